package vn.edoc.internal.json;

/** Malformed JSON, or JSON beyond the {@link JsonLimits}; says where. */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public JsonException(String message, int line, int column) {
        super(message + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
