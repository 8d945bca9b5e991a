package vn.edoc.internal.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers shared by the content adapters; every JDK has SHA-256, so its absence is a broken runtime. */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /**
     * Never handed out, only cloned: {@link MessageDigest#getInstance} looks the algorithm up among the providers and
     * builds the engine by reflection on every call, a cost paid for every audit entry and file.
     */
    private static final MessageDigest PROTOTYPE = lookUp();

    /** A new SHA-256 digest. */
    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the runtime has no SHA-256", e);
        }
    }

    /** Lower-case hexadecimal of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** SHA-256 of {@code bytes}, in lower-case hexadecimal. */
    public static String of(byte[] bytes) {
        return hex(newDigest().digest(bytes));
    }
}
