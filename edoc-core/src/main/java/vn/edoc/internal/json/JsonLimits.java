package vn.edoc.internal.json;

/**
 * Bounds applied while reading JSON from untrusted sources, so that a hostile document cannot exhaust memory or stack.
 *
 * @param maxChars        longest accepted input, in chars
 * @param maxDepth        deepest nesting of arrays and objects
 * @param maxStringChars  longest single string
 * @param maxMembers      most members of one object or elements of one array
 */
public record JsonLimits(int maxChars, int maxDepth, int maxStringChars, int maxMembers) {

    /** Generous defaults for documents and schedules: 16 Mi chars, depth 64, 1 Mi chars a string, 100,000 members. */
    public static final JsonLimits DEFAULT = new JsonLimits(16 * 1024 * 1024, 64, 1024 * 1024, 100_000);

    public JsonLimits {
        if (maxChars < 1 || maxDepth < 1 || maxStringChars < 1 || maxMembers < 1) {
            throw new IllegalArgumentException("JSON limits must be positive");
        }
    }
}
