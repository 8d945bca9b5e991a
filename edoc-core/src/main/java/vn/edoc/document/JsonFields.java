package vn.edoc.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import vn.edoc.validation.Violation;

/**
 * Reads the members of one JSON object produced by {@code vn.edoc.internal.json.Json}, collecting every problem as a
 * violation with its JSON path instead of throwing: a member of the wrong type, an unknown value, a bad date, a
 * missing required member. Members never asked for are reported as unknown (a warning) by {@link #finish()}.
 * A member that is absent or {@code null} reads as empty.
 */
final class JsonFields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<?, ?> members;
    private final String path;
    private final List<Violation> found;
    private final Set<String> known = new HashSet<>();

    private JsonFields(Map<?, ?> members, String path, List<Violation> found) {
        this.members = members;
        this.path = path;
        this.found = found;
    }

    /** The object {@code value} at {@code path}; a violation and empty when it is not an object. */
    static Optional<JsonFields> of(Object value, String path, List<Violation> found) {
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new JsonFields(map, path, found));
        }
        found.add(DocumentViolation.JSON_WRONG_TYPE.at(path, "object", typeName(value)));
        return Optional.empty();
    }

    /** The path of member {@code name}. */
    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The raw value of {@code name}, marking it known; empty when absent or null. */
    Optional<Object> raw(String name) {
        known.add(name);
        return Optional.ofNullable(members.get(name));
    }

    /** True when member {@code name} is present (even if null). */
    boolean has(String name) {
        return members.containsKey(name);
    }

    Optional<String> string(String name) {
        Optional<Object> v = raw(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof String s) {
            return Optional.of(s);
        }
        found.add(DocumentViolation.JSON_WRONG_TYPE.at(path(name), "string", typeName(v.get())));
        return Optional.empty();
    }

    Optional<String> requiredString(String name) {
        Optional<String> s = string(name);
        if (s.isEmpty() && members.get(name) == null) {
            found.add(DocumentViolation.JSON_MISSING_MEMBER.at(path(name), path(name)));
        }
        return s;
    }

    Optional<Boolean> bool(String name) {
        Optional<Object> v = raw(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof Boolean b) {
            return Optional.of(b);
        }
        found.add(DocumentViolation.JSON_WRONG_TYPE.at(path(name), "true or false", typeName(v.get())));
        return Optional.empty();
    }

    OptionalLong integer(String name, long min, long max) {
        Optional<Object> v = raw(name);
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!(v.get() instanceof BigDecimal n)) {
            found.add(DocumentViolation.JSON_WRONG_TYPE.at(path(name), "integer", typeName(v.get())));
            return OptionalLong.empty();
        }
        try {
            long l = n.longValueExact();
            if (l >= min && l <= max) {
                return OptionalLong.of(l);
            }
        } catch (ArithmeticException e) {
            // not an integer, or beyond long: reported below
        }
        found.add(DocumentViolation.JSON_NUMBER_INVALID.at(path(name), abbreviate(n.toString()), min, max));
        return OptionalLong.empty();
    }

    Optional<LocalDate> date(String name) {
        return string(name).flatMap(s -> {
            try {
                if (s.length() != 10) {
                    // yyyy-MM-dd exactly: the formatter would also take a signed year of up to nine digits
                    throw new DateTimeParseException("not yyyy-MM-dd", s, 0);
                }
                return Optional.of(LocalDate.parse(s, DATE));
            } catch (DateTimeParseException e) {
                found.add(DocumentViolation.JSON_INVALID_DATE.at(path(name), abbreviate(s)));
                return Optional.empty();
            }
        });
    }

    /** An enumerated value read by {@code parser}; {@code accepted} lists the accepted spellings for the message. */
    <E> Optional<E> choice(String name, Function<String, Optional<E>> parser, String accepted) {
        return string(name).flatMap(s -> {
            Optional<E> e = parser.apply(s);
            if (e.isEmpty()) {
                found.add(DocumentViolation.JSON_UNKNOWN_VALUE.at(path(name), abbreviate(s), accepted));
            }
            return e;
        });
    }

    Optional<List<?>> array(String name) {
        Optional<Object> v = raw(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof List<?> list) {
            return Optional.of(list);
        }
        found.add(DocumentViolation.JSON_WRONG_TYPE.at(path(name), "array", typeName(v.get())));
        return Optional.empty();
    }

    Optional<JsonFields> object(String name) {
        Optional<Object> v = raw(name);
        return v.isEmpty() ? Optional.empty() : of(v.get(), path(name), found);
    }

    /** Reports the members never read as unknown (warnings). */
    void finish() {
        for (Object key : members.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                found.add(DocumentViolation.JSON_UNKNOWN_MEMBER.at(path(abbreviate(String.valueOf(key))),
                        abbreviate(String.valueOf(key))));
            }
        }
    }

    static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof BigDecimal) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof Map) {
            return "object";
        }
        return value.getClass().getSimpleName();
    }

    /** Keeps messages short and printable whatever the input. */
    static String abbreviate(String s) {
        return vn.edoc.text.Excerpt.of(s);
    }
}
