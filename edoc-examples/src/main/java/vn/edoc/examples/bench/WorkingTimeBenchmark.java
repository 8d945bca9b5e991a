package vn.edoc.examples.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.edoc.time.HolidayCalendar;
import vn.edoc.time.OfficeHours;
import vn.edoc.time.TimeRange;
import vn.edoc.time.TimeRules;
import vn.edoc.time.WorkingTime;

/**
 * Working-time arithmetic against the naive day-by-day loop, in one run (see {@code docs/benchmarks.md}).
 *
 * <p>Inputs cycle through 4096 precomputed random values: dates in 2020-2030 with 1 to 20 working days to add, and
 * instants in 2020-2030 at any second of the day (so about three quarters fall outside office hours, as documents
 * received at night and on weekends do). The naive methods are the obvious implementation a reader would write
 * first; they exist only here, as the baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingTimeBenchmark {

    private static final int SIZE = 4096;
    private static final int MASK = SIZE - 1;

    private WorkingTime time;
    private TimeRules rules;
    private Naive naive;
    private LocalDate[] dates;
    private int[] counts;
    private Instant[] instants;
    private Duration[] durations;
    private int i;

    /** Builds the inputs and warms the year tables, which are built once per year and kept. */
    @Setup
    public void setUp() {
        time = WorkingTime.defaults();
        rules = TimeRules.of(time);
        naive = new Naive(HolidayCalendar.builtIn(), OfficeHours.defaults());
        SplittableRandom random = new SplittableRandom(20261122L);
        long from = LocalDate.of(2020, 1, 1).toEpochDay();
        long to = LocalDate.of(2030, 12, 31).toEpochDay();
        dates = new LocalDate[SIZE];
        counts = new int[SIZE];
        instants = new Instant[SIZE];
        durations = new Duration[SIZE];
        for (int k = 0; k < SIZE; k++) {
            dates[k] = LocalDate.ofEpochDay(random.nextLong(from, to));
            counts[k] = random.nextInt(1, 21);
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(from, to));
            instants[k] = WorkingTime.at(d, LocalTime.ofSecondOfDay(random.nextInt(86_400))).toInstant();
            durations[k] = Duration.ofMinutes(random.nextInt(1, 40 * 60));
        }
        for (int y = 2020; y <= 2031; y++) {
            time.addWorkingDays(LocalDate.of(y, 6, 1), 1);
            time.officeTimeBetween(WorkingTime.at(LocalDate.of(y, 6, 1), LocalTime.NOON).toInstant(),
                    WorkingTime.at(LocalDate.of(y, 6, 2), LocalTime.NOON).toInstant());
        }
        // the baseline must compute the same thing, or the comparison means nothing
        for (int k = 0; k < SIZE; k++) {
            check(time.addWorkingDays(dates[k], counts[k]), naive.addWorkingDays(dates[k], counts[k]), k);
            check(rules.effectiveReceipt(instants[k]), naive.effectiveReceipt(instants[k]), k);
            check(time.addOfficeHours(instants[k], durations[k]), naive.addOfficeHours(instants[k], durations[k]), k);
        }
    }

    private static void check(Object fast, Object slow, int k) {
        if (!fast.equals(slow)) {
            throw new IllegalStateException("input " + k + ": fast " + fast + " but naive " + slow);
        }
    }

    /** {@link WorkingTime#addWorkingDays(LocalDate, int)}: table look-ups. */
    @Benchmark
    public LocalDate addWorkingDays() {
        int k = i++ & MASK;
        return time.addWorkingDays(dates[k], counts[k]);
    }

    /** The naive baseline: step one day at a time, asking the calendar each day. */
    @Benchmark
    public LocalDate addWorkingDaysNaive() {
        int k = i++ & MASK;
        return naive.addWorkingDays(dates[k], counts[k]);
    }

    /** {@link TimeRules#effectiveReceipt(Instant)} (R-TIME-4), the receipt normalisation. */
    @Benchmark
    public ZonedDateTime effectiveReceipt() {
        return rules.effectiveReceipt(instants[i++ & MASK]);
    }

    /** The naive baseline: from the day received, look at each day's periods until one starts after the instant. */
    @Benchmark
    public ZonedDateTime effectiveReceiptNaive() {
        return naive.effectiveReceipt(instants[i++ & MASK]);
    }

    /** {@link WorkingTime#addOfficeHours(Instant, Duration)}: prefix sums and one binary search. */
    @Benchmark
    public ZonedDateTime addOfficeHours() {
        int k = i++ & MASK;
        return time.addOfficeHours(instants[k], durations[k]);
    }

    /** The naive baseline: walk the periods day by day, subtracting each one's length. */
    @Benchmark
    public ZonedDateTime addOfficeHoursNaive() {
        int k = i++ & MASK;
        return naive.addOfficeHours(instants[k], durations[k]);
    }

    /** The obvious implementation, for comparison only. */
    static final class Naive {
        private final HolidayCalendar calendar;
        private final OfficeHours hours;

        Naive(HolidayCalendar calendar, OfficeHours hours) {
            this.calendar = calendar;
            this.hours = hours;
        }

        LocalDate addWorkingDays(LocalDate d, int n) {
            LocalDate r = d;
            for (int left = n; left > 0; ) {
                r = r.plusDays(1);
                if (calendar.isWorkingDay(r)) {
                    left--;
                }
            }
            return r;
        }

        ZonedDateTime effectiveReceipt(Instant received) {
            ZonedDateTime z = WorkingTime.vietnamTime(received);
            LocalTime t = z.toLocalTime();
            for (LocalDate day = z.toLocalDate(); ; day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    for (TimeRange p : hours.periodsOn(day)) {
                        if (day.equals(z.toLocalDate()) && p.contains(t)) {
                            return z;
                        }
                        if (!day.equals(z.toLocalDate()) || p.start().isAfter(t)) {
                            return WorkingTime.at(day, p.start());
                        }
                    }
                }
            }
        }

        ZonedDateTime addOfficeHours(Instant start, Duration d) {
            Duration left = d;
            for (LocalDate day = WorkingTime.vietnamTime(start).toLocalDate(); ; day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                List<TimeRange> periods = hours.periodsOn(day);
                for (TimeRange p : periods) {
                    Instant ps = WorkingTime.at(day, p.start()).toInstant();
                    Instant pe = WorkingTime.at(day, p.end()).toInstant();
                    Instant from = ps.isAfter(start) ? ps : start;
                    if (!pe.isAfter(from)) {
                        continue;
                    }
                    Duration available = Duration.between(from, pe);
                    if (left.compareTo(available) <= 0) {
                        return WorkingTime.vietnamTime(from.plus(left));
                    }
                    left = left.minus(available);
                }
            }
        }
    }
}
