package vn.edoc.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edoc.text.Excerpt;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The office hours of one organisation (giờ hành chính, giờ làm việc): the periods of a working day, optionally with
 * seasonal timetables (lịch làm việc mùa hè, mùa đông) that repeat every year.
 *
 * <p>There is no national timetable: Decision 188/1999/QĐ-TTg only fixes the 40-hour, Monday-to-Friday week, and each
 * province sets its own hours, some with a summer and a winter timetable (for example 13:00-17:00 in winter and
 * 13:30-17:30 in summer). The default, 07:30-11:30 and 13:30-17:00, is the most common one.
 *
 * <p>A seasonal timetable applies from one month-day to another, both inclusive, every year; a season may run across
 * the new year (for example from 10-15 to 04-14). Days outside every season use the base timetable.
 */
public final class OfficeHours {

    /**
     * The longest value {@link #parse} reads: a day of twelve periods and a dozen seasons fit with room to spare, and
     * a value of thousands of periods is refused at once instead of being answered with thousands of violations.
     */
    public static final int MAX_SPEC_CHARS = 1000;

    private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");
    private static final Pattern SEASON =
            Pattern.compile("\\s*(\\d{2})-(\\d{2})\\s*\\.\\.\\s*(\\d{2})-(\\d{2})\\s*=(.*)", Pattern.DOTALL);
    private static final OfficeHours DEFAULTS = new OfficeHours(
            List.of(TimeRange.of(7, 30, 11, 30), TimeRange.of(13, 30, 17, 0)), List.of());

    private final List<TimeRange> base;
    private final List<Season> seasons;
    /** Timetable index per day of a leap year (0 = base, i = seasons[i-1]); index by MonthDay. */
    private final byte[] timetableByMonthDay;

    private OfficeHours(List<TimeRange> base, List<Season> seasons) {
        this.base = List.copyOf(base);
        this.seasons = List.copyOf(seasons);
        this.timetableByMonthDay = new byte[13 * 32];
        for (int s = 0; s < this.seasons.size(); s++) {
            Season season = this.seasons.get(s);
            for (int m = 1; m <= 12; m++) {
                for (int d = 1; d <= 31; d++) {
                    if (validMonthDay(m, d) && season.covers(MonthDay.of(m, d))) {
                        timetableByMonthDay[m * 32 + d] = (byte) (s + 1);
                    }
                }
            }
        }
    }

    /** 07:30-11:30 and 13:30-17:00 every working day. */
    public static OfficeHours defaults() {
        return DEFAULTS;
    }

    /** The same periods every working day; refused if the periods are empty, out of order or overlapping. */
    public static OfficeHours of(List<TimeRange> periods) {
        checkPeriods(periods, "").orThrow();
        return new OfficeHours(periods, List.of());
    }

    /**
     * Reads office hours such as {@code "07:30-11:30,13:30-17:00"}: periods separated by commas, each
     * {@code HH:mm-HH:mm}, in order, not overlapping, none empty. Seasonal timetables may follow, each after a
     * semicolon as {@code MM-dd..MM-dd=periods}, for example
     * {@code "07:30-11:30,13:30-17:00; 10-15..04-14=07:30-11:30,13:00-17:00"} (the form {@link #toString()} writes).
     * Every violation is reported at once, with paths such as {@code periods[1]} or {@code seasons[0].periods[1]}; a
     * value longer than {@value #MAX_SPEC_CHARS} characters is refused with one {@link TimeViolation#OFFICE_HOURS_TOO_LONG}.
     */
    public static Parsed<OfficeHours> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return Parsed.refused(TimeViolation.OFFICE_HOURS_EMPTY.at("periods"));
        }
        if (spec.length() > MAX_SPEC_CHARS) {
            return Parsed.refused(TimeViolation.OFFICE_HOURS_TOO_LONG.at("periods", spec.length(), MAX_SPEC_CHARS,
                    Excerpt.of(spec)));
        }
        List<Violation> errors = new ArrayList<>();
        String[] parts = spec.split(";", -1);
        List<TimeRange> base = parsePeriods(parts[0], "periods", errors);
        List<Season> seasons = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String path = "seasons[" + (i - 1) + "]";
            Matcher m = SEASON.matcher(parts[i]);
            if (!m.matches()) {
                errors.add(TimeViolation.SEASON_SYNTAX.at(path, Excerpt.of(parts[i].trim())));
                continue;
            }
            MonthDay from;
            MonthDay to;
            try {
                from = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                to = MonthDay.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (java.time.DateTimeException e) {
                errors.add(TimeViolation.SEASON_SYNTAX.at(path, Excerpt.of(parts[i].trim())));
                continue;
            }
            List<TimeRange> periods = parsePeriods(m.group(5), path + ".periods", errors);
            if (periods != null) {
                seasons.add(new Season(from, to, periods));
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(overlaps(seasons));
        }
        if (!errors.isEmpty()) {
            return Parsed.refused(ValidationResult.of(errors));
        }
        return Parsed.ok(new OfficeHours(base, seasons));
    }

    private static List<TimeRange> parsePeriods(String spec, String path, List<Violation> errors) {
        int before = errors.size();
        if (spec.isBlank()) {
            errors.add(TimeViolation.OFFICE_HOURS_EMPTY.at(path));
            return null;
        }
        List<TimeRange> periods = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        String[] parts = spec.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            Matcher m = PERIOD.matcher(parts[i]);
            String at = path + "[" + i + "]";
            if (!m.matches()) {
                errors.add(TimeViolation.OFFICE_PERIOD_SYNTAX.at(at, Excerpt.of(parts[i].trim())));
                continue;
            }
            LocalTime start;
            LocalTime end;
            try {
                start = time(m.group(1), m.group(2));
                end = time(m.group(3), m.group(4));
            } catch (java.time.DateTimeException e) {
                errors.add(TimeViolation.OFFICE_PERIOD_SYNTAX.at(at, Excerpt.of(parts[i].trim())));
                continue;
            }
            if (!end.isAfter(start)) {
                errors.add(TimeViolation.OFFICE_PERIOD_EMPTY.at(at, TimeRange.format(start, end)));
                continue;
            }
            periods.add(new TimeRange(start, end));
            positions.add(i);
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                errors.add(TimeViolation.OFFICE_PERIODS_OVERLAP.at(path + "[" + positions.get(i) + "]",
                        periods.get(i), periods.get(i - 1)));
            }
        }
        return errors.size() > before ? null : periods;
    }

    private static List<Violation> overlaps(List<Season> seasons) {
        for (int m = 1; m <= 12; m++) {
            for (int d = 1; d <= java.time.Month.of(m).maxLength(); d++) {
                MonthDay md = MonthDay.of(m, d);
                int count = 0;
                for (Season s : seasons) {
                    if (s.covers(md)) {
                        count++;
                    }
                }
                if (count > 1) {
                    return List.of(TimeViolation.SEASONS_OVERLAP.at("seasons", md.toString().substring(2)));
                }
            }
        }
        return List.of();
    }

    /** Starts seasonal office hours whose days outside every season follow {@code base}. */
    public static Builder seasonal(List<TimeRange> base) {
        return new Builder(base);
    }

    /** Starts seasonal office hours from this timetable's base periods (its seasons are kept). */
    public Builder toBuilder() {
        Builder b = new Builder(base);
        b.seasons.addAll(seasons);
        return b;
    }

    /** The office periods on {@code date}, in order (the same list for working and non-working days). */
    public List<TimeRange> periodsOn(LocalDate date) {
        int t = timetableIndex(date);
        return t == 0 ? base : seasons.get(t - 1).periods();
    }

    /** The periods of days outside every season. */
    public List<TimeRange> basePeriods() {
        return base;
    }

    /** The seasonal timetables, in the order added. */
    public List<Season> seasons() {
        return seasons;
    }

    /** The number of distinct timetables: 1 + the number of seasons. */
    int timetableCount() {
        return 1 + seasons.size();
    }

    /** The periods of timetable {@code index} (0 = base). */
    List<TimeRange> timetable(int index) {
        return index == 0 ? base : seasons.get(index - 1).periods();
    }

    /** Which timetable applies on {@code date}: 0 = base, i = the i-th season. */
    int timetableIndex(LocalDate date) {
        return timetableByMonthDay[date.getMonthValue() * 32 + date.getDayOfMonth()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeHours other && base.equals(other.base) && seasons.equals(other.seasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, seasons);
    }

    /** The base periods as {@code parse} reads them, followed by the seasons. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(spec(base));
        for (Season s : seasons) {
            sb.append(';').append(s);
        }
        return sb.toString();
    }

    private static String spec(List<TimeRange> periods) {
        StringBuilder sb = new StringBuilder();
        for (TimeRange p : periods) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static LocalTime time(String h, String m) {
        return LocalTime.of(Integer.parseInt(h), Integer.parseInt(m));
    }

    private static boolean validMonthDay(int m, int d) {
        return d <= java.time.Month.of(m).maxLength();
    }

    static ValidationResult checkPeriods(List<TimeRange> periods, String path) {
        if (periods == null || periods.isEmpty()) {
            return ValidationResult.of(TimeViolation.OFFICE_HOURS_EMPTY.at(path));
        }
        List<Violation> errors = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i) == null) {
                errors.add(TimeViolation.OFFICE_PERIOD_SYNTAX.at(path + "[" + i + "]", "null"));
            } else if (i > 0 && periods.get(i - 1) != null
                    && periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                errors.add(TimeViolation.OFFICE_PERIODS_OVERLAP.at(path + "[" + i + "]", periods.get(i),
                        periods.get(i - 1)));
            }
        }
        return ValidationResult.of(errors);
    }

    /**
     * A seasonal timetable (lịch làm việc theo mùa): {@code periods} apply from {@code from} to {@code to}, both
     * inclusive, every year; {@code from} after {@code to} means the season runs across the new year.
     *
     * @param from    first day of the season
     * @param to      last day of the season
     * @param periods the office periods in that season
     */
    public record Season(MonthDay from, MonthDay to, List<TimeRange> periods) {

        public Season {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            checkPeriods(periods, "periods").orThrow();
            periods = List.copyOf(periods);
        }

        /** True when {@code day} is in the season. */
        public boolean covers(MonthDay day) {
            return from.isAfter(to)
                    ? !day.isBefore(from) || !day.isAfter(to)
                    : !day.isBefore(from) && !day.isAfter(to);
        }

        @Override
        public String toString() {
            return from.toString().substring(2) + ".." + to.toString().substring(2) + "=" + spec(periods);
        }
    }

    /** Builds seasonal office hours; {@link #build()} refuses overlapping seasons. */
    public static final class Builder {
        private final List<TimeRange> base;
        private final List<Season> seasons = new ArrayList<>();

        private Builder(List<TimeRange> base) {
            checkPeriods(base, "base").orThrow();
            this.base = List.copyOf(base);
        }

        /** Adds a season from {@code from} to {@code to} (inclusive, every year) with {@code periods}. */
        public Builder season(MonthDay from, MonthDay to, List<TimeRange> periods) {
            seasons.add(new Season(from, to, periods));
            return this;
        }

        /** The office hours; refused with {@link TimeViolation#SEASONS_OVERLAP} when two seasons share a day. */
        public OfficeHours build() {
            if (seasons.size() > 100) {
                throw new IllegalArgumentException("at most 100 seasons");
            }
            List<Violation> errors = overlaps(seasons);
            if (!errors.isEmpty()) {
                throw new EdocRuleException(ValidationResult.of(errors));
            }
            return new OfficeHours(base, seasons);
        }
    }
}
