package vn.edoc.id;

import vn.edoc.validation.EdocRuleException;

/**
 * The id of the record of an incoming or outgoing document (hồ sơ văn bản đến/đi, bản ghi văn bản), as handed out by a {@code DocumentStore}. A type of its own so that a service method taking several ids cannot be given them in the wrong
 * order: passing a {@link PersonId} where a {@link UnitId} is expected does not compile. The text is opaque; the
 * records keep it as a {@code String} ({@code IncomingRecord#id()} or {@code OutgoingRecord#id()}).
 *
 * @param value 1 to 128 characters, not blank, no control characters
 */
public record RecordId(String value) {

    /**
     * Refuses a missing, blank, over-long or control-charactered id.
     *
     * @throws EdocRuleException {@link IdViolation#ENTITY_ID_BLANK}, {@link IdViolation#ENTITY_ID_TOO_LONG} or
     *                           {@link IdViolation#ENTITY_ID_CONTROL}
     */
    public RecordId {
        EntityIds.check(value, "record");
    }

    /**
     * The id {@code value}.
     *
     * @throws EdocRuleException when {@code value} is not a usable id
     */
    public static RecordId of(String value) {
        return new RecordId(value);
    }

    /** The text of the id, as stored. */
    @Override
    public String toString() {
        return value;
    }
}
