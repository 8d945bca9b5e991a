package vn.edoc.text;

import java.util.Objects;
import vn.edoc.validation.ValidationResult;

/**
 * The outcome of checking a file's text against TCVN 6909:2001 (kết quả kiểm tra bảng mã): which
 * encoding it is in, whether it conforms, and every violation of rule R-FMT-1 found.
 *
 * @param encoding the encoding found (for legacy bytes: the best-scoring legacy decoding, or
 *                 {@link TextEncoding#UNKNOWN})
 * @param tcvn6909 true when the bytes are valid UTF-8, in NFC, with no violation of severity ERROR
 * @param result   every violation found
 */
public record TextReport(TextEncoding encoding, boolean tcvn6909, ValidationResult result) {

    /** Checks that no component is null and that {@code tcvn6909} agrees with the other two. */
    public TextReport {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(result, "result");
        if (tcvn6909 && (encoding != TextEncoding.UTF8_NFC || !result.isValid())) {
            throw new IllegalArgumentException("tcvn6909 needs valid UTF-8 NFC text without errors");
        }
    }
}
