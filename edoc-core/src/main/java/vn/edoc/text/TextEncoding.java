package vn.edoc.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The character encoding (bảng mã) that a piece of text was found in.
 *
 * <p>{@link #UTF8_NFC} is the form required by TCVN 6909:2001 as this project reads it (Unicode, UTF-8,
 * precomposed letters); plain ASCII is reported as {@code UTF8_NFC} because it is valid TCVN 6909 text.
 * {@link #UTF8_NFD} is Unicode with decomposed letters (base letter followed by combining marks, as
 * produced by macOS or by a Windows-1258 conversion). The other constants are the legacy encodings still
 * found in agencies' files: {@link #TCVN3} (ABC, TCVN 5712:1993 VN3, the {@code .Vn} fonts), {@link #VNI}
 * (VNI-Windows fonts) and {@link #WINDOWS_1258} (Microsoft's Vietnamese code page).
 */
public enum TextEncoding {
    /** Valid UTF-8 in Unicode Normalization Form C (precomposed), including plain ASCII. */
    UTF8_NFC("utf-8-nfc"),
    /** Valid UTF-8 that is not in NFC (decomposed letters). */
    UTF8_NFD("utf-8-nfd"),
    /** TCVN 5712:1993 VN3 ("TCVN3", "ABC"). */
    TCVN3("tcvn3"),
    /** VNI-Windows: base letter followed by a mark byte, in Windows-1252 byte positions. */
    VNI("vni"),
    /** Windows code page 1258, with combining tone marks. */
    WINDOWS_1258("windows-1258"),
    /** Nothing convincing was found. */
    UNKNOWN("unknown");

    private final String jsonName;

    TextEncoding(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in JSON output and on the command line, such as {@code "utf-8-nfc"} or {@code "tcvn3"}. */
    public String jsonName() {
        return jsonName;
    }

    /** True for the encodings that {@link LegacyCodecs#of(TextEncoding)} can decode. */
    public boolean isLegacy() {
        return this == TCVN3 || this == VNI || this == WINDOWS_1258;
    }

    /** True for the two UTF-8 forms. */
    public boolean isUnicode() {
        return this == UTF8_NFC || this == UTF8_NFD;
    }

    /**
     * The encoding with the given JSON name, case-insensitive; {@code "utf-8"} and {@code "utf8"} are
     * read as {@link #UTF8_NFC}. Empty for {@code null} or an unknown name.
     */
    public static Optional<TextEncoding> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("utf-8") || n.equals("utf8")) {
            return Optional.of(UTF8_NFC);
        }
        for (TextEncoding e : values()) {
            if (e.jsonName.equals(n)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
