package vn.edoc.spi;

import java.util.Objects;

/**
 * Another unit of work changed the same record first (thay đổi đồng thời): the write was refused and nothing of the
 * unit of work was applied. It is the one exception every store throws for a stale version, so an integrator writes
 * one retry policy: reload and try again ({@link #isRetryable()} is always true). Subtypes say more about who holds
 * the record (for example the outgoing flow's signing reservation), never something that is not worth retrying.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;
    private final long expectedVersion;
    private final long foundVersion;

    /**
     * A stale write of {@code entity} {@code id}: the writer expected {@code expectedVersion} to be stored, the store
     * held {@code foundVersion} ({@code -1} when the record is gone or unknown).
     */
    public ConcurrentChangeException(String entity, String id, long expectedVersion, long foundVersion) {
        super(Objects.requireNonNull(entity, "entity") + " " + Objects.requireNonNull(id, "id")
                + " was changed concurrently: expected stored version " + expectedVersion + ", found "
                + (foundVersion < 0 ? "none" : Long.toString(foundVersion)));
        this.entity = entity;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.foundVersion = foundVersion;
    }

    /** As {@link #ConcurrentChangeException(String, String, long, long)}, with a subtype's own {@code message}. */
    protected ConcurrentChangeException(String entity, String id, long expectedVersion, long foundVersion,
                                        String message) {
        super(Objects.requireNonNull(message, "message"));
        this.entity = Objects.requireNonNull(entity, "entity");
        this.id = Objects.requireNonNull(id, "id");
        this.expectedVersion = expectedVersion;
        this.foundVersion = foundVersion;
    }

    /** What kind of record: {@code "incoming"}, {@code "outgoing"}, {@code "task"}, … */
    public String entity() {
        return entity;
    }

    /** The record's id. */
    public String id() {
        return id;
    }

    /** The version the writer expected to find stored. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found, {@code -1} when none. */
    public long foundVersion() {
        return foundVersion;
    }

    /** Always true: reloading and repeating the operation may succeed. */
    public final boolean isRetryable() {
        return true;
    }
}
