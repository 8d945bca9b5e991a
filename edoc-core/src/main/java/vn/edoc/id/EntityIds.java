package vn.edoc.id;

import vn.edoc.validation.EdocRuleException;

/**
 * The one check every id of the engine's own objects passes (mã định danh bản ghi): given, not blank, at most
 * {@link #MAX_LENGTH} characters, no control character. Ids are opaque otherwise: adapters choose their shape.
 */
final class EntityIds {

    /** The longest id accepted; far above what the engine and the reference adapters generate. */
    static final int MAX_LENGTH = 128;

    private EntityIds() {
    }

    /**
     * {@code value} when it is a usable id of a {@code kind} (named in the message).
     *
     * @throws EdocRuleException naming {@link IdViolation#ENTITY_ID_BLANK}, {@link IdViolation#ENTITY_ID_TOO_LONG}
     *                           or {@link IdViolation#ENTITY_ID_CONTROL}
     */
    static String check(String value, String kind) {
        if (value == null || value.isBlank()) {
            throw EdocRuleException.of(IdViolation.ENTITY_ID_BLANK, kind, kind);
        }
        if (value.length() > MAX_LENGTH) {
            throw EdocRuleException.of(IdViolation.ENTITY_ID_TOO_LONG, kind, kind, value.length(), MAX_LENGTH);
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                throw EdocRuleException.of(IdViolation.ENTITY_ID_CONTROL, kind, kind,
                        String.format("%04X", c));
            }
            i += Character.charCount(c);
        }
        return value;
    }
}
