package vn.edoc.audit;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import vn.edoc.internal.hash.Sha256;

/**
 * Canonical, unambiguous byte encoding of a state (dạng chuẩn để băm), and its SHA-256 digest. It is what the audit
 * trail (nhật ký) hashes: the digest of an object's state before and after an action, and the hash that chains the
 * entries.
 *
 * <p>The encoding, version 1, is a sequence of values written in a fixed order chosen by the caller. The first value
 * is a type label naming what is encoded and its layout version (such as {@code "edoc.audit.entry/1"}), so that two
 * different kinds of state never share an encoding. Each value is one tag byte followed by its content:
 * <ul>
 *   <li>{@code 'N'} — absent ({@code null}); nothing follows;</li>
 *   <li>{@code 'S'} — text: a 4-byte big-endian length in bytes, then the text in UTF-8 (the text must be
 *       well-formed UTF-16: an unpaired surrogate is refused, since UTF-8 cannot carry it unambiguously);</li>
 *   <li>{@code 'I'} — a whole number: 8 bytes, big-endian two's complement;</li>
 *   <li>{@code 'T'} — an instant: 8 bytes of epoch seconds then 4 bytes of nanoseconds, big-endian;</li>
 *   <li>{@code 'D'} — a calendar date: 8 bytes of epoch day (days since 1970-01-01), big-endian;</li>
 *   <li>{@code 'B'} — a boolean: one byte 0 or 1;</li>
 *   <li>{@code 'L'} — a list of texts: a 4-byte big-endian count, then each element as an {@code 'S'} or
 *       {@code 'N'} value.</li>
 * </ul>
 * Because every value carries its tag and every variable-length value its length, no two different sequences of
 * values give the same bytes: {@code ("ab","c")} and {@code ("a","bc")} differ, and so do {@code null} and
 * {@code ""}. The digest is SHA-256 (FIPS 180-4) of those bytes, written as 64 lower-case hexadecimal digits.
 *
 * <p>Instances are single-use builders, not thread-safe; the digest functions are pure.
 */
public final class Canonical {

    private static final HexFormat HEX = HexFormat.of();

    // an audit entry or a register line fits in 512 bytes unless its texts are long: no growth on the common path
    private byte[] buffer = new byte[512];
    private int size;

    private Canonical(String typeLabel) {
        text(Objects.requireNonNull(typeLabel, "typeLabel"));
    }

    /** Starts an encoding whose first value is {@code typeLabel}, such as {@code "edoc.register.entry/1"}. */
    public static Canonical of(String typeLabel) {
        return new Canonical(typeLabel);
    }

    /** Appends a text, or the absent marker for {@code null}. */
    public Canonical text(String value) {
        if (value == null) {
            return absent();
        }
        requireWellFormed(value);
        // UTF-8 written straight into the buffer (no temporary array per text; texts are well-formed, see above)
        int length = utf8Length(value);
        ensure(5 + length);
        buffer[size++] = 'S';
        putInt(length);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xC0 | c >> 6);
                buffer[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                buffer[size++] = (byte) (0xF0 | cp >> 18);
                buffer[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                buffer[size++] = (byte) (0xE0 | c >> 12);
                buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /** Appends a whole number. */
    public Canonical number(long value) {
        ensure(9);
        buffer[size++] = 'I';
        putLong(value);
        return this;
    }

    /** Appends an instant, or the absent marker for {@code null}. */
    public Canonical instant(Instant value) {
        if (value == null) {
            return absent();
        }
        ensure(13);
        buffer[size++] = 'T';
        putLong(value.getEpochSecond());
        putInt(value.getNano());
        return this;
    }

    /** Appends a calendar date, or the absent marker for {@code null}. */
    public Canonical date(LocalDate value) {
        if (value == null) {
            return absent();
        }
        ensure(9);
        buffer[size++] = 'D';
        putLong(value.toEpochDay());
        return this;
    }

    /** Appends a boolean. */
    public Canonical bool(boolean value) {
        ensure(2);
        buffer[size++] = 'B';
        buffer[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** Appends a list of texts in its given order, or the absent marker for {@code null}. */
    public Canonical texts(Collection<String> values) {
        if (values == null) {
            return absent();
        }
        ensure(5);
        buffer[size++] = 'L';
        putInt(values.size());
        for (String v : values) {
            text(v);
        }
        return this;
    }

    /** The bytes encoded so far. */
    public byte[] bytes() {
        return Arrays.copyOf(buffer, size);
    }

    /** SHA-256 of the bytes encoded so far, as 64 lower-case hexadecimal digits. */
    public String sha256Hex() {
        MessageDigest sha = sha256();
        sha.update(buffer, 0, size);
        return HEX.formatHex(sha.digest());
    }

    /** True when {@code text} is 64 lower-case hexadecimal digits, the form of every digest here. */
    public static boolean isDigest(String text) {
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} has no unpaired surrogate, so that it encodes to UTF-8 and back unchanged. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private Canonical absent() {
        ensure(1);
        buffer[size++] = 'N';
        return this;
    }

    private static void requireWellFormed(String value) {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("text with an unpaired surrogate has no canonical encoding");
        }
    }

    private static MessageDigest sha256() {
        return Sha256.newDigest();
    }

    /** The UTF-8 length of a well-formed {@code value}: a surrogate pair is 4 bytes, as its two chars count 2 + 2. */
    private static int utf8Length(String value) {
        int length = value.length();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x800) {
                length += Character.isSurrogate(c) ? 1 : 2;
            } else if (c >= 0x80) {
                length += 1;
            }
        }
        return length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    private void putInt(int v) {
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }
}
