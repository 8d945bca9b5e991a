package vn.edoc.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small, strict JSON reader and writer (RFC 8259) for edoc-core, which must not depend on a JSON library.
 *
 * <p>Values read are {@code Map<String, Object>} (insertion-ordered, unmodifiable), {@code List<Object>}
 * (unmodifiable), {@link String}, {@link BigDecimal}, {@link Boolean}, or {@code null}. Duplicate member names are
 * refused, since two readers could otherwise see two different documents. This package is internal: not API.
 */
public final class Json {

    private final String text;
    private final JsonLimits limits;
    private int pos;
    private int depth;

    private Json(String text, JsonLimits limits) {
        this.text = text;
        this.limits = limits;
    }

    /** Reads one JSON value with the default limits. */
    public static Object parse(String text) {
        return parse(text, JsonLimits.DEFAULT);
    }

    /** Reads one JSON value; throws {@link JsonException} on malformed input or input beyond {@code limits}. */
    public static Object parse(String text, JsonLimits limits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(limits, "limits");
        Json reader = new Json(text, limits);
        if (text.length() > limits.maxChars()) {
            throw reader.limit("input longer than " + limits.maxChars() + " characters");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            reader.pos = 1;
        }
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + printable(c) + "'");
        }
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            int namePos = pos;
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            Object v = value();
            if (members.containsKey(name)) {
                pos = namePos;
                throw error("duplicate member \"" + vn.edoc.text.Excerpt.of(name) + "\"");
            }
            members.put(name, v);
            if (members.size() > limits.maxMembers()) {
                throw limit("more than " + limits.maxMembers() + " members in one object");
            }
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return Collections.unmodifiableMap(members);
            } else {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            skipSpace();
            items.add(value());
            if (items.size() > limits.maxMembers()) {
                throw limit("more than " + limits.maxMembers() + " elements in one array");
            }
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return Collections.unmodifiableList(items);
            } else {
                throw error("expected ',' or ']'");
            }
        }
    }

    private void enter() {
        if (++depth > limits.maxDepth()) {
            throw limit("nesting deeper than " + limits.maxDepth());
        }
    }

    private String string() {
        pos++;
        // most strings of a stored record have no escape: one scan and one substring, no builder
        int end = pos;
        int length = text.length();
        while (end < length) {
            char c = text.charAt(end);
            if (c == '"') {
                if (end - pos > limits.maxStringChars()) {
                    break;
                }
                String plain = text.substring(pos, end);
                pos = end + 1;
                return plain;
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            end++;
        }
        // escapes, a control character, a string over the limit or no closing quote: character by character, so
        // that the error names the exact place
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    throw error("unterminated escape");
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> out.append(unicodeEscape());
                    default -> {
                        pos--;
                        throw error("invalid escape '\\" + printable(e) + "'");
                    }
                }
            } else if (c < 0x20) {
                pos--;
                throw error("control character in string");
            } else {
                out.append(c);
            }
            if (out.length() > limits.maxStringChars()) {
                throw limit("string longer than " + limits.maxStringChars() + " characters");
            }
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = hexDigit(text.charAt(pos + i));
            if (d < 0) {
                pos += i;
                throw error("invalid \\u escape: '" + printable(text.charAt(pos)) + "' is not a hex digit 0-9, a-f, A-F");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    /**
     * The value of an ASCII hex digit, or -1. RFC 8259 allows only these; {@code Character.digit} would also take
     * full-width and other scripts' digits, and another reader would then see another document than edoc does.
     */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private BigDecimal number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("invalid number");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("invalid number: digit expected after '.'");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("invalid number: digit expected in exponent");
            }
            while (peek() == '0') {
                pos++;
            }
            int exponentStart = pos;
            digits();
            if (pos - exponentStart > 4) {
                // refused before any arithmetic: 1e-100000000 is cheap to write and costly to scale
                pos = start;
                throw limit("number exponent out of range");
            }
        }
        if (pos - start > 100) {
            pos = start;
            throw limit("number longer than 100 characters");
        }
        try {
            BigDecimal n = new BigDecimal(text.substring(start, pos));
            if (Math.abs((long) n.scale()) > 1000) {
                pos = start;
                throw limit("number exponent out of range");
            }
            return n;
        } catch (NumberFormatException e) {
            pos = start;
            throw error("invalid number");
        }
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    /** Input beyond the {@link JsonLimits} (or the number bounds): well-formed perhaps, but refused. */
    private JsonException limit(String message) {
        JsonException e = error(message);
        return new JsonException(message, e.line(), e.column(), true);
    }

    private JsonException error(String message) {
        int line = 1;
        int column = 1;
        int end = Math.min(pos, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonException(message, line, column);
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** Writes {@code value} compactly. Supported: Map, Iterable, arrays of Object, CharSequence, Number, Boolean, null. */
    public static String write(Object value) {
        // a stored record is a kilobyte or two: growing from the default 16 characters would copy it eight times
        StringBuilder out = new StringBuilder(value instanceof Map<?, ?> ? 1024 : 64);
        write(out, value, -1, 0);
        return out.toString();
    }

    /** Writes {@code value} indented by two spaces a level. */
    public static String writePretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 2, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int indent, int level) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence s) {
            quote(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toString());
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new IllegalArgumentException("JSON has no NaN or infinity");
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, indent, level + 1);
                quote(out, String.valueOf(e.getKey()));
                out.append(indent >= 0 ? ": " : ":");
                write(out, e.getValue(), indent, level + 1);
            }
            if (!first) {
                newline(out, indent, level);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, indent, level + 1);
                write(out, item, indent, level + 1);
            }
            if (!first) {
                newline(out, indent, level);
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(out, java.util.Arrays.asList(array), indent, level);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void newline(StringBuilder out, int indent, int level) {
        if (indent >= 0) {
            out.append('\n');
            out.append(" ".repeat(indent * level));
        }
    }

    private static void quote(StringBuilder out, CharSequence s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
