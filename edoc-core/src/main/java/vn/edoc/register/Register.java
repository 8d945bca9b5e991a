package vn.edoc.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import vn.edoc.validation.EdocRuleException;

/**
 * An extract of one register (trích sổ văn bản đến / đi) for a day or a period, Vietnam time: what the clerk prints
 * each day for signature (R-IN-3, BS Đ12.1b). Made by {@link RegisterService#extract}; a value, rendered later.
 *
 * @param key     the register: organisation, kind, series, year
 * @param from    the first day, included
 * @param to      the last day, included
 * @param entries the lines registered on those days, by number
 */
public record Register(RegisterKey key, LocalDate from, LocalDate to, List<RegisterEntry> entries) {

    /** Copies the lines; refuses a missing key, day or list with {@link EdocRuleException}. */
    public Register {
        if (key == null) {
            throw EdocRuleException.of(RegisterViolation.KEY_PART_MISSING, "key", "key");
        }
        if (from == null || to == null || entries == null || entries.stream().anyMatch(Objects::isNull)) {
            throw EdocRuleException.of(RegisterViolation.PERIOD_INVALID, "", "a day or the lines are missing");
        }
        entries = List.copyOf(entries);
    }

    /** The kind of register: incoming (đến) or outgoing (đi). */
    public RegisterKind kind() {
        return key.kind();
    }

    /** True when nothing was registered in the period. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The number of lines. */
    public int size() {
        return entries.size();
    }

    /** The first number of the extract, if any. */
    public OptionalLong firstNumber() {
        return entries.isEmpty() ? OptionalLong.empty() : OptionalLong.of(entries.get(0).number());
    }

    /** The last number of the extract, if any. */
    public OptionalLong lastNumber() {
        return entries.isEmpty() ? OptionalLong.empty() : OptionalLong.of(entries.get(entries.size() - 1).number());
    }

    /** A title such as "Sổ văn bản đến 000.00.00.H37 năm 2025, từ 2025-03-10 đến 2025-03-10". */
    public String titleVi() {
        String series = key.isMainSeries() ? "" : " (" + key.series() + ")";
        return "Sổ văn bản " + key.kind().shortVietnamese() + series + " " + key.organ() + " năm " + key.year()
                + ", từ " + from + " đến " + to;
    }
}
