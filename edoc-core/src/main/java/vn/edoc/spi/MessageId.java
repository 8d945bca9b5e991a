package vn.edoc.spi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.edoc.internal.hash.Sha256;

/**
 * The identifier of a transport message (mã thông điệp), unique per sending organisation: the receiver recognises a
 * message delivered twice by its sender and this id (with the message's digest, see
 * {@link TransportMessage#digest()}). The flows derive it from the record and the step that sends the message, so a
 * message sent again after a failure keeps its id; the edXML form carries it as the message identifier.
 *
 * @param value 1 to 128 characters among letters, digits and {@code . _ - : / @ + =}
 */
public record MessageId(String value) {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 128;

    /** Refuses an empty, over-long or oddly-charactered id. */
    public MessageId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a message id has 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || ".-_:/@+=".indexOf(c) >= 0;
            if (!ok) {
                throw new IllegalArgumentException("character " + (int) c + " not allowed in a message id");
            }
        }
    }

    /** The id {@code value}. */
    public static MessageId of(String value) {
        return new MessageId(value);
    }

    /**
     * A part of an id made from {@code key}: the first 40 hex digits of its SHA-256, so that an id built from
     * references of any length and alphabet stays short, in the allowed characters, and the same for the same key.
     */
    public static String digestPart(String key) {
        return Sha256.of(Objects.requireNonNull(key, "key").getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    @Override
    public String toString() {
        return value;
    }
}
