package vn.edoc.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

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

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim(), DATE);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date yyyy-MM-dd");
        }
    }

    static Instant parseInstant(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(VIETNAM).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                throw new TypeConversionException("'" + text
                        + "' is not an ISO 8601 time such as 2025-01-24T18:05:00+07:00");
            }
        }
    }

    /** A number of hours, possibly fractional ({@code 1.5}), to the second. */
    static Duration parseHours(String text) {
        BigDecimal hours;
        try {
            hours = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number of hours such as 2 or 1.5");
        }
        // the sign is left to the library (a negative duration is a refused answer, not a usage error)
        if (hours.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new TypeConversionException("'" + text + "' hours: expected at most 1000000");
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
                throw new TypeConversionException("'" + value + "': expected en or vi");
            }
        }
    }
}
