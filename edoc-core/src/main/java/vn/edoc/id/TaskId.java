package vn.edoc.id;

import vn.edoc.validation.EdocRuleException;

/**
 * The id of an assigned task (nhiệm vụ được giao), as handed out by a {@code TaskStore}. A type of its own so that a service method taking several ids cannot be given them in the wrong
 * order: passing a {@link PersonId} where a {@link UnitId} is expected does not compile. The text is opaque; the
 * records keep it as a {@code String} ({@code Task#id()}).
 *
 * @param value 1 to 128 characters, not blank, no control characters
 */
public record TaskId(String value) {

    /**
     * Refuses a missing, blank, over-long or control-charactered id.
     *
     * @throws EdocRuleException {@link IdViolation#ENTITY_ID_BLANK}, {@link IdViolation#ENTITY_ID_TOO_LONG} or
     *                           {@link IdViolation#ENTITY_ID_CONTROL}
     */
    public TaskId {
        EntityIds.check(value, "task");
    }

    /**
     * The id {@code value}.
     *
     * @throws EdocRuleException when {@code value} is not a usable id
     */
    public static TaskId of(String value) {
        return new TaskId(value);
    }

    /** The text of the id, as stored. */
    @Override
    public String toString() {
        return value;
    }
}
