package vn.edoc.signature.appearance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.signature.sign.SigningViolation;

/**
 * The organisation's signature without image (chữ ký số của cơ quan, tổ chức không hiển thị hình ảnh), top right of
 * the first page, in a Times New Roman-compatible font (Liberation Serif), 10 pt, regular, black:
 * <ul>
 *   <li>on an attachment in a separate file (văn bản kèm theo, Decree 30/2020 Phụ lục I Phần I §8b): "số và ký
 *       hiệu văn bản; thời gian ký";</li>
 *   <li>on an electronic copy (bản sao điện tử, Phụ lục I Phần II): the copy form (SAO Y, TRÍCH SAO, SAO LỤC,
 *       upper case, bold, 13 pt), the copying organisation and the signing time.</li>
 * </ul>
 * Times are ISO 8601 in Vietnam time ({@code 2025-01-24T18:05:00+07:00}).
 *
 * @param heading   the bold heading (the copy form), or empty
 * @param lines     the regular 10 pt lines
 * @param placement an explicit place, or empty for the top right of the first page
 */
public record TextAppearance(Optional<String> heading, List<String> lines, Optional<Placement> placement)
        implements SignatureAppearance {

    /** Vietnam time, the offset the regulation asks for. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** The electronic copy forms (hình thức sao). */
    public enum CopyForm {
        /** Sao y (a full copy). */
        SAO_Y("SAO Y"),
        /** Trích sao (an extract). */
        TRICH_SAO("TRÍCH SAO"),
        /** Sao lục (a copy of a copy). */
        SAO_LUC("SAO LỤC");

        private final String label;

        CopyForm(String label) {
            this.label = label;
        }

        /** The printed label, upper case. */
        public String label() {
            return label;
        }
    }

    /** Refuses missing parts and an empty text. */
    public TextAppearance {
        Objects.requireNonNull(heading, "heading");
        lines = List.copyOf(lines);
        Objects.requireNonNull(placement, "placement");
        if (lines.isEmpty() || lines.stream().anyMatch(String::isBlank)) {
            throw EdocRuleException.of(SigningViolation.APPEARANCE_TEXT_MISSING, "lines",
                    "the file", "non-empty lines");
        }
    }

    /** The attachment signature: "Số: 12/QĐ-UBND; 2025-01-24T18:05:00+07:00". */
    public static TextAppearance attachment(String notation, Instant time) {
        if (notation == null || notation.isBlank()) {
            throw EdocRuleException.of(SigningViolation.APPEARANCE_TEXT_MISSING, "notation",
                    "an attachment", "the number and notation (số và ký hiệu)");
        }
        return new TextAppearance(Optional.empty(), List.of("Số: " + notation.strip() + "; " + iso(time)),
                Optional.empty());
    }

    /** The electronic copy signature: the form, the copying organisation, the time. */
    public static TextAppearance copy(CopyForm form, String copyingOrganisation, Instant time) {
        Objects.requireNonNull(form, "form");
        if (copyingOrganisation == null || copyingOrganisation.isBlank()) {
            throw EdocRuleException.of(SigningViolation.APPEARANCE_TEXT_MISSING, "organisation",
                    "an electronic copy", "the copying organisation (tên cơ quan, tổ chức sao)");
        }
        return new TextAppearance(Optional.of(form.label()), List.of(copyingOrganisation.strip(), iso(time)),
                Optional.empty());
    }

    /** {@code time} in ISO 8601 with the +07:00 offset, to the second. */
    public static String iso(Instant time) {
        return ISO.format(time.truncatedTo(ChronoUnit.SECONDS).atOffset(VIETNAM));
    }

    /** The same text at an explicit place. */
    public TextAppearance at(Placement value) {
        return new TextAppearance(heading, lines, Optional.of(value));
    }

    @Override
    public String fieldPrefix() {
        return heading.isPresent() ? "CopySignature" : "AttachmentSignature";
    }
}
