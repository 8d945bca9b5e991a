package vn.edoc.id;

import vn.edoc.validation.EdocRuleException;

/**
 * The id of a work file (hồ sơ công việc), as handed out by a {@code WorkFileStore}. A type of its own so that a service method taking several ids cannot be given them in the wrong
 * order: passing a {@link PersonId} where a {@link UnitId} is expected does not compile. The text is opaque; the
 * records keep it as a {@code String} ({@code WorkFile#id()}).
 *
 * @param value 1 to 128 characters, not blank, no control characters
 */
public record WorkFileId(String value) {

    /**
     * Refuses a missing, blank, over-long or control-charactered id.
     *
     * @throws EdocRuleException {@link IdViolation#ENTITY_ID_BLANK}, {@link IdViolation#ENTITY_ID_TOO_LONG} or
     *                           {@link IdViolation#ENTITY_ID_CONTROL}
     */
    public WorkFileId {
        EntityIds.check(value, "work file");
    }

    /**
     * The id {@code value}.
     *
     * @throws EdocRuleException when {@code value} is not a usable id
     */
    public static WorkFileId of(String value) {
        return new WorkFileId(value);
    }

    /** The text of the id, as stored. */
    @Override
    public String toString() {
        return value;
    }
}
