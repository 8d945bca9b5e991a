package vn.edoc.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import vn.edoc.validation.EdocRuleException;

/**
 * A reporting period (kỳ báo cáo) of R-TASK-10 and R-RPT-1: a month, a quarter, a half-year, a year, or any range of
 * days, both ends included, in Vietnam time.
 *
 * @param kind  what kind of period it is
 * @param first the first day of the period
 * @param last  the last day of the period (not before {@code first})
 */
public record ReportPeriod(Kind kind, LocalDate first, LocalDate last) {

    /** The kinds of reporting period named by LS Đ14.3đ (tháng, quý, 6 tháng, năm, đột xuất). */
    public enum Kind {
        /** Tháng. */
        MONTH,
        /** Quý. */
        QUARTER,
        /** 6 tháng. */
        HALF_YEAR,
        /** Năm. */
        YEAR,
        /** Đột xuất: any range of days. */
        RANGE
    }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw EdocRuleException.of(TimeViolation.PERIOD_REVERSED, "last", first, last);
        }
    }

    /** The month {@code month} of {@code year}. */
    public static ReportPeriod month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new ReportPeriod(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    /** Quarter {@code quarter} (1–4) of {@code year}. */
    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
        LocalDate first = LocalDate.of(year, Month.of(3 * quarter - 2), 1);
        return new ReportPeriod(Kind.QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    /** Half {@code half} (1 or 2) of {@code year}. */
    public static ReportPeriod halfYear(int year, int half) {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half must be 1 or 2: " + half);
        }
        LocalDate first = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new ReportPeriod(Kind.HALF_YEAR, first, first.plusMonths(6).minusDays(1));
    }

    /** The whole of {@code year}. */
    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Any range of days, both ends included. */
    public static ReportPeriod range(LocalDate first, LocalDate last) {
        return new ReportPeriod(Kind.RANGE, first, last);
    }

    /** True when {@code day} falls in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
