package vn.edoc.id;

import vn.edoc.validation.EdocRuleException;

/**
 * The id of a unit of an organisation (đơn vị: phòng, ban, văn phòng) in the directory. A type of its own so that a service method taking several ids cannot be given them in the wrong
 * order: passing a {@link PersonId} where a {@link UnitId} is expected does not compile. The text is opaque; the
 * records keep it as a {@code String} ({@code Unit#id()}).
 *
 * @param value 1 to 128 characters, not blank, no control characters
 */
public record UnitId(String value) {

    /**
     * Refuses a missing, blank, over-long or control-charactered id.
     *
     * @throws EdocRuleException {@link IdViolation#ENTITY_ID_BLANK}, {@link IdViolation#ENTITY_ID_TOO_LONG} or
     *                           {@link IdViolation#ENTITY_ID_CONTROL}
     */
    public UnitId {
        EntityIds.check(value, "unit");
    }

    /**
     * The id {@code value}.
     *
     * @throws EdocRuleException when {@code value} is not a usable id
     */
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    /** The text of the id, as stored. */
    @Override
    public String toString() {
        return value;
    }
}
