package vn.edoc.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.edoc.text.Excerpt;

/**
 * Reading dates, instants and durations from the command line. A value that cannot be read is a usage error
 * (exit code 2). Times are Vietnam time (R-TIME-5): an instant without offset is read as UTC+07:00, one with
 * another offset (or {@code Z}) is converted, and every instant is written back with {@code +07:00}.
 */
final class Converters {

    /** Vietnam time, UTC+07:00, without daylight saving (R-TIME-5). */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Converters() {
    }

    /** {@code yyyy-MM-dd}. */
    static String format(LocalDate date) {
        return date.format(DATE);
    }

    /** ISO 8601 in Vietnam time, such as {@code 2025-01-24T18:05:00+07:00}. */
    static String format(Instant instant) {
        return instant.atOffset(VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * The one digit policy of the tool: machine-readable numbers and dates are written with the ASCII digits 0-9
     * only (not the Arabic-Indic ١٢, the full-width １２ or any other script's digits, which {@code Integer.parseInt}
     * would take), so that what edoc reads is what another program reads. Dates and instants are read by
     * {@link DateTimeFormatter}s with the standard decimal style, which holds to the same rule.
     */
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,10}");

    /** Hours: at most seven digits before the point and nine after, no exponent, so no input is costly to read. */
    private static final Pattern HOURS = Pattern.compile("[+-]?[0-9]{1,7}(\\.[0-9]{1,9})?");

    /** A value as messages quote it. */
    static String shown(String text) {
        return Excerpt.of(text);
    }

    /** An int written with ASCII digits; anything else, or a value beyond int, is a usage error. */
    static int parseInt(String text) {
        String t = text.trim();
        if (!INTEGER.matcher(t).matches()) {
            throw new TypeConversionException("'" + shown(text) + "' is not a whole number (ASCII digits 0-9)");
        }
        long value = Long.parseLong(t);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + shown(text) + "' is out of range (" + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE + ")");
        }
        return (int) value;
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim(), DATE);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + shown(text) + "' is not a date yyyy-MM-dd (ASCII digits)");
        }
    }

    /**
     * An ISO 8601 instant. One that cannot be written in Vietnam time (beyond the years of {@link LocalDateTime}
     * once moved to +07:00) is a usage error naming the year given, never an internal error.
     */
    static Instant parseInstant(String text) {
        String t = text.trim();
        Instant instant;
        int year;
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            instant = odt.toInstant();
            year = odt.getYear();
        } catch (DateTimeParseException withOffset) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                instant = ldt.atOffset(VIETNAM).toInstant();
                year = ldt.getYear();
            } catch (DateTimeParseException withoutOffset) {
                throw new TypeConversionException("'" + shown(text)
                        + "' is not an ISO 8601 time such as 2025-01-24T18:05:00+07:00 (ASCII digits)");
            }
        }
        try {
            instant.atOffset(VIETNAM);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + shown(text) + "': year " + year
                    + " is beyond the years that can be written in Vietnam time");
        }
        return instant;
    }

    /** A number of hours, possibly fractional ({@code 1.5}), to the second; bounded before any arithmetic. */
    static Duration parseHours(String text) {
        String t = text.trim();
        if (!HOURS.matcher(t).matches()) {
            throw new TypeConversionException("'" + shown(text)
                    + "' is not a number of hours such as 2 or 1.5 (ASCII digits, at most 7 before the point and 9"
                    + " after, no exponent)");
        }
        BigDecimal hours = new BigDecimal(t);
        // the sign is left to the library (a negative duration is a refused answer, not a usage error)
        if (hours.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new TypeConversionException("'" + shown(text) + "' hours: expected at most 1000000");
        }
        long seconds = hours.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Duration.ofSeconds(seconds);
    }

    /** Picocli converter for {@code yyyy-MM-dd}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return parseDate(value);
        }
    }

    /** Picocli converter for instants, see {@link Converters}. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            return parseInstant(value);
        }
    }

    /** Picocli converter for a number of hours. */
    static final class HoursConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parseHours(value);
        }
    }

    /** Picocli converter for {@code --lang}. */
    static final class LangConverter implements ITypeConverter<Console.Lang> {
        @Override
        public Console.Lang convert(String value) {
            try {
                return Console.Lang.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + shown(value) + "': expected en or vi");
            }
        }
    }
}
