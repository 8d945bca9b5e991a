package vn.edoc.document;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The range of dates a document may plausibly carry (khoảng ngày hợp lý), for {@link DocumentValidator}: a date of
 * issue or a reply deadline outside it is a typing or a hostile value (year −999,999,999), not a document of an
 * agency, and is refused with {@link DocumentViolation#ISSUE_DATE_IMPLAUSIBLE} or
 * {@link DocumentViolation#REPLY_DEADLINE_IMPLAUSIBLE}.
 *
 * @param earliest the earliest date of issue or deadline accepted
 * @param horizon  how far after today a reply deadline may lie (the date of issue may not lie after today at all:
 *                 {@link DocumentViolation#DATE_IN_FUTURE})
 */
public record DatePlausibility(LocalDate earliest, Period horizon) {

    /**
     * The earliest date by default: 2 September 1945, when the state whose agencies edoc serves was founded; no
     * document of theirs is older.
     */
    public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1945, 9, 2);

    /** How far ahead a reply deadline may lie by default: five years (answers are asked for in days or months). */
    public static final Period DEFAULT_HORIZON = Period.ofYears(5);

    private static final DatePlausibility DEFAULTS = new DatePlausibility(DEFAULT_EARLIEST, DEFAULT_HORIZON);

    /**
     * Checks the components: both present, and the horizon not negative.
     *
     * @throws NullPointerException     naming the component that is null
     * @throws IllegalArgumentException when the horizon is negative
     */
    public DatePlausibility {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative()) {
            throw new IllegalArgumentException("horizon must not be negative: " + horizon);
        }
    }

    /** From {@link #DEFAULT_EARLIEST}, deadlines up to {@link #DEFAULT_HORIZON} after today. */
    public static DatePlausibility defaults() {
        return DEFAULTS;
    }

    /** The latest plausible reply deadline when today is {@code today}. */
    public LocalDate latestDeadline(LocalDate today) {
        return today.plus(horizon);
    }
}
