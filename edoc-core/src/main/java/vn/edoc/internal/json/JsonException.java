package vn.edoc.internal.json;

/** Malformed JSON, or JSON beyond the {@link JsonLimits}; says where. */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final boolean limit;

    public JsonException(String message, int line, int column) {
        this(message, line, column, false);
    }

    /** With {@code limit} true when the input went beyond a {@link JsonLimits} bound rather than breaking the syntax. */
    public JsonException(String message, int line, int column, boolean limit) {
        super(message + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
        this.limit = limit;
    }

    /** True when the input was refused for going beyond a limit, not for breaking RFC 8259. */
    public boolean limit() {
        return limit;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
