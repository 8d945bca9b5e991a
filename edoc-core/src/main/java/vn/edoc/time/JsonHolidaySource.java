package vn.edoc.time;

import vn.edoc.spi.HolidaySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.edoc.internal.json.Json;
import vn.edoc.internal.json.JsonException;
import vn.edoc.internal.json.JsonLimits;
import vn.edoc.text.Excerpt;
import vn.edoc.text.VietnameseText;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Announced holiday schedules read from JSON (lịch nghỉ lễ dạng JSON): the government's yearly notices for civil
 * servants, typed in by a user or shipped with the library.
 *
 * <p>The format: an object with an optional {@code "format": "edoc-holiday-schedule/1"} and an array
 * {@code "entries"}; each entry has
 * <ul>
 *   <li>either {@code "date"} (one day) or {@code "first"} and {@code "last"} (a range, both inclusive, at most
 *       {@value ScheduleEntry#MAX_DAYS} days), as {@code yyyy-MM-dd};</li>
 *   <li>{@code "kind"}: {@code "holiday"} (a legal holiday of the Labour Code 2019 Art. 112, such as the Tết days the
 *       Prime Minister picked), {@code "day-off"} (a carried-over or swapped day off; weekend days inside the range
 *       stay ordinary weekends) or {@code "working-day"} (a weekend day worked in exchange);</li>
 *   <li>{@code "name"}: what the days are, in Vietnamese;</li>
 *   <li>{@code "source"} (optional): the notice the entry comes from.</li>
 * </ul>
 * No other member is allowed (a misspelt member would otherwise be silently ignored), and no two entries may share a
 * day. Example, the 2026 National Day notice:
 * <pre>{@code
 * {
 *   "format": "edoc-holiday-schedule/1",
 *   "entries": [
 *     {"first": "2026-09-01", "last": "2026-09-02", "kind": "holiday", "name": "Quốc khánh",
 *      "source": "Thông báo 9441/TB-BNV ngày 16/10/2025"},
 *     {"date": "2026-08-31", "kind": "day-off", "name": "Nghỉ hoán đổi dịp Quốc khánh",
 *      "source": "Thông báo 9441/TB-BNV ngày 16/10/2025"},
 *     {"date": "2026-08-22", "kind": "working-day", "name": "Làm bù cho thứ Hai 31/8/2026",
 *      "source": "Thông báo 9441/TB-BNV ngày 16/10/2025"}
 *   ]
 * }
 * }</pre>
 * Malformed input never throws: {@link #parse(String)} returns every violation with its path (such as
 * {@code entries[2].kind}).
 */
public final class JsonHolidaySource implements HolidaySource {

    /** The value of {@code "format"}. */
    public static final String FORMAT = "edoc-holiday-schedule/1";

    /** Where the shipped schedules live on the classpath. */
    public static final String SHIPPED_RESOURCE = "/vn/edoc/time/holidays-vn-2020-2026.json";

    private static final JsonLimits LIMITS = new JsonLimits(4 * 1024 * 1024, 8, 4096, 20_000);
    private static final Set<String> TOP = Set.of("format", "entries");
    private static final Set<String> ENTRY = Set.of("date", "first", "last", "kind", "name", "source");

    private static volatile JsonHolidaySource shipped;

    private final List<ScheduleEntry> entries;
    private final Map<Integer, YearSchedule> byYear;

    private JsonHolidaySource(List<ScheduleEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<Integer, List<ScheduleEntry>> grouped = new TreeMap<>();
        for (ScheduleEntry e : entries) {
            for (int y = e.first().getYear(); y <= e.last().getYear(); y++) {
                grouped.computeIfAbsent(y, k -> new ArrayList<>()).add(e);
            }
        }
        Map<Integer, YearSchedule> years = new TreeMap<>();
        grouped.forEach((y, list) -> years.put(y, new YearSchedule(y, list)));
        this.byYear = Map.copyOf(years);
    }

    /**
     * The civil-servant schedules for 2020-2026 shipped with the library (resource {@value #SHIPPED_RESOURCE}), each
     * entry naming the notice it comes from.
     */
    public static JsonHolidaySource shipped() {
        JsonHolidaySource s = shipped;
        if (s == null) {
            s = parse(readResource()).orThrow();
            shipped = s;
        }
        return s;
    }

    /**
     * Reads a schedule from its bytes, which must be UTF-8 (RFC 8259): bytes that are not are refused with
     * {@link TimeViolation#SCHEDULE_MALFORMED} and the text check's violations, which say what encoding they are in (as
     * {@code DocumentJson} does for a document), rather than being decoded with replacement characters.
     */
    public static Parsed<JsonHolidaySource> parseUtf8(byte[] json) {
        if (json == null) {
            return parse(null);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            return Parsed.refused(ValidationResult.of(TimeViolation.SCHEDULE_MALFORMED.at("", "not UTF-8"))
                    .and(VietnameseText.check(json).result()));
        }
    }

    /** Reads a schedule; refused with every violation found, each with its path. */
    public static Parsed<JsonHolidaySource> parse(String json) {
        if (json == null) {
            return Parsed.refused(TimeViolation.SCHEDULE_MALFORMED.at("", "no input"));
        }
        Object root;
        try {
            root = Json.parse(json, LIMITS);
        } catch (JsonException e) {
            return Parsed.refused(TimeViolation.SCHEDULE_MALFORMED.at("", e.getMessage()));
        }
        List<Violation> errors = new ArrayList<>();
        if (!(root instanceof Map<?, ?> top)) {
            return Parsed.refused(TimeViolation.SCHEDULE_FIELD_MISSING.at("", "entries", "object"));
        }
        for (Object key : top.keySet()) {
            if (!TOP.contains(key)) {
                errors.add(TimeViolation.SCHEDULE_UNKNOWN_MEMBER.at(Excerpt.of(String.valueOf(key)),
                        Excerpt.of(String.valueOf(key))));
            }
        }
        Object format = top.get("format");
        if (format != null && !FORMAT.equals(format)) {
            errors.add(TimeViolation.SCHEDULE_FIELD_INVALID.at("format", Excerpt.of(String.valueOf(format)),
                    "expected \"" + FORMAT + "\""));
        }
        List<ScheduleEntry> entries = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (!(top.get("entries") instanceof List<?> list)) {
            errors.add(TimeViolation.SCHEDULE_FIELD_MISSING.at("entries", "entries", "array"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                String path = "entries[" + i + "]";
                ScheduleEntry e = entry(list.get(i), path, errors);
                if (e != null) {
                    entries.add(e);
                    paths.add(path);
                }
            }
        }
        checkOverlaps(entries, paths, errors);
        if (!errors.isEmpty()) {
            return Parsed.refused(ValidationResult.of(errors));
        }
        return Parsed.ok(new JsonHolidaySource(entries));
    }

    @Override
    public Optional<YearSchedule> scheduleFor(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /** Every entry, in the order read. */
    public List<ScheduleEntry> entries() {
        return entries;
    }

    /** The years with at least one entry, ascending. */
    public List<Integer> years() {
        return byYear.keySet().stream().sorted().toList();
    }

    private static ScheduleEntry entry(Object value, String path, List<Violation> errors) {
        if (!(value instanceof Map<?, ?> m)) {
            errors.add(TimeViolation.SCHEDULE_FIELD_MISSING.at(path, "entry", "object"));
            return null;
        }
        int before = errors.size();
        for (Object key : m.keySet()) {
            if (!ENTRY.contains(key)) {
                errors.add(TimeViolation.SCHEDULE_UNKNOWN_MEMBER.at(path + "." + Excerpt.of(String.valueOf(key)),
                        Excerpt.of(String.valueOf(key))));
            }
        }
        LocalDate first;
        LocalDate last;
        if (m.containsKey("date")) {
            if (m.containsKey("first") || m.containsKey("last")) {
                errors.add(TimeViolation.SCHEDULE_FIELD_INVALID.at(path + ".date", "date",
                        "give either \"date\" or \"first\" and \"last\""));
            }
            first = date(m, "date", path, errors);
            last = first;
        } else {
            first = date(m, "first", path, errors);
            last = date(m, "last", path, errors);
        }
        DayKind kind = null;
        if (!(m.get("kind") instanceof String k)) {
            errors.add(TimeViolation.SCHEDULE_FIELD_MISSING.at(path + ".kind", "kind", "string"));
        } else {
            kind = DayKind.fromJsonName(k).orElse(null);
            if (kind == null) {
                errors.add(TimeViolation.SCHEDULE_FIELD_INVALID.at(path + ".kind", Excerpt.of(k),
                        "expected holiday, day-off or working-day"));
            }
        }
        String name = null;
        if (!(m.get("name") instanceof String n) || n.isBlank()) {
            errors.add(TimeViolation.SCHEDULE_FIELD_MISSING.at(path + ".name", "name", "non-empty string"));
        } else {
            name = n.strip();
        }
        String source = "";
        if (m.containsKey("source")) {
            if (m.get("source") instanceof String s) {
                source = s.strip();
            } else {
                errors.add(TimeViolation.SCHEDULE_FIELD_MISSING.at(path + ".source", "source", "string"));
            }
        }
        if (first != null && last != null
                && (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= ScheduleEntry.MAX_DAYS)) {
            errors.add(TimeViolation.SCHEDULE_RANGE_INVALID.at(path, first, last, ScheduleEntry.MAX_DAYS));
        }
        for (LocalDate d : new LocalDate[] {first, last}) {
            if (d != null && (d.getYear() < HolidayCalendar.FIRST_YEAR || d.getYear() > HolidayCalendar.LAST_YEAR)) {
                errors.add(TimeViolation.YEAR_OUT_OF_RANGE.at(path, d.getYear(), HolidayCalendar.FIRST_YEAR,
                        HolidayCalendar.LAST_YEAR));
                break;
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new ScheduleEntry(first, last, name, kind, source);
    }

    private static LocalDate date(Map<?, ?> m, String member, String path, List<Violation> errors) {
        if (!(m.get(member) instanceof String s)) {
            errors.add(TimeViolation.SCHEDULE_FIELD_MISSING.at(path + "." + member, member, "date yyyy-MM-dd"));
            return null;
        }
        try {
            if (s.length() != 10) {
                throw new DateTimeParseException("not yyyy-MM-dd", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(TimeViolation.SCHEDULE_FIELD_INVALID.at(path + "." + member, Excerpt.of(s),
                    "expected a date yyyy-MM-dd"));
            return null;
        }
    }

    private static void checkOverlaps(List<ScheduleEntry> entries, List<String> paths, List<Violation> errors) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> entries.get(i).first()));
        LocalDate lastEnd = null;
        for (int i : order) {
            ScheduleEntry e = entries.get(i);
            if (lastEnd != null && !e.first().isAfter(lastEnd)) {
                errors.add(TimeViolation.SCHEDULE_OVERLAP.at(paths.get(i), e.first()));
            }
            if (lastEnd == null || e.last().isAfter(lastEnd)) {
                lastEnd = e.last();
            }
        }
    }

    private static String readResource() {
        try (InputStream in = JsonHolidaySource.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
