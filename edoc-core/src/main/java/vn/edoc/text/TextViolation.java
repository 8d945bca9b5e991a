package vn.edoc.text;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Every way a text can break rule R-FMT-1 (văn bản phải dùng bộ mã ký tự chữ Việt TCVN 6909:2001), and the
 * refusals of the conversion functions. Codes {@code EDOC-TXT-NNN} are stable.
 *
 * <p>Severities: a decomposed (NFD) letter is a WARNING because it converts losslessly to NFC and the
 * standard's demand for precomposed letters is not confirmed (see {@code docs/decisions.md}, "Text"); a text with
 * decomposed letters is still reported as not TCVN 6909 by {@link TextReport#tcvn6909()}. A leading byte order
 * mark is a WARNING (harmless, but not part of the text). Everything that loses or garbles characters is an
 * ERROR.
 */
public enum TextViolation implements ViolationType {

    /** The bytes are not valid UTF-8. */
    INVALID_UTF8("EDOC-TXT-001", Severity.ERROR,
            "Dữ liệu không phải UTF-8 hợp lệ (byte 0x%s sai; có %s chỗ sai)",
            "The bytes are not valid UTF-8 (bad byte 0x%s; %s invalid sequences in all)"),
    /** The text is in a legacy Vietnamese encoding. */
    LEGACY_ENCODING("EDOC-TXT-002", Severity.ERROR,
            "Văn bản dùng bảng mã cũ %s, không phải Unicode TCVN 6909:2001; cần chuyển sang Unicode dựng sẵn",
            "The text is in the legacy encoding %s, not TCVN 6909:2001 Unicode; convert it to precomposed Unicode"),
    /** Not UTF-8 and no legacy Vietnamese encoding was recognised. */
    ENCODING_NOT_DETECTED("EDOC-TXT-003", Severity.ERROR,
            "Không nhận ra bảng mã của văn bản (không phải UTF-8, TCVN3, VNI hay Windows-1258)",
            "The encoding of the text was not recognised (neither UTF-8, TCVN3, VNI nor Windows-1258)"),
    /** A letter is decomposed (base letter followed by combining marks). */
    DECOMPOSED("EDOC-TXT-004", Severity.WARNING,
            "Chữ \"%s\" ở dạng tổ hợp (NFD: %s); TCVN 6909 dùng chữ dựng sẵn (NFC)",
            "The letter \"%s\" is decomposed (NFD: %s); TCVN 6909 uses precomposed letters (NFC)"),
    /** A control character other than tab, line feed and carriage return. */
    CONTROL_CHARACTER("EDOC-TXT-005", Severity.ERROR,
            "Ký tự điều khiển %s không được phép trong văn bản",
            "Control character %s is not allowed in text"),
    /** U+FFFD: characters were lost by an earlier wrong decoding. */
    REPLACEMENT_CHARACTER("EDOC-TXT-006", Severity.ERROR,
            "Ký tự thay thế U+FFFD: văn bản đã bị mất chữ do đọc sai bảng mã trước đó",
            "Replacement character U+FFFD: characters were lost by an earlier wrong decoding"),
    /** A byte order mark inside the text, usually from joining files. */
    BYTE_ORDER_MARK_INSIDE("EDOC-TXT-007", Severity.ERROR,
            "Dấu thứ tự byte (BOM, U+FEFF) nằm giữa văn bản",
            "Byte order mark (BOM, U+FEFF) in the middle of the text"),
    /** A byte order mark at the start of a UTF-8 file. */
    LEADING_BYTE_ORDER_MARK("EDOC-TXT-008", Severity.WARNING,
            "Tệp UTF-8 bắt đầu bằng dấu thứ tự byte (BOM); nên bỏ",
            "The UTF-8 file starts with a byte order mark (BOM); better without"),
    /** UTF-8 bytes that were read as Windows-1252 or Latin-1 and saved again ("Nguyá»…n"). */
    MOJIBAKE_UTF8("EDOC-TXT-009", Severity.ERROR,
            "Lỗi mã hóa kép: \"%s\" là chữ UTF-8 bị đọc nhầm theo Windows-1252/Latin-1 (đúng là \"%s\")",
            "Mojibake: \"%s\" is UTF-8 read as Windows-1252/Latin-1 and saved again (should be \"%s\")"),
    /** Legacy-font bytes that were read as Windows-1252 and saved as UTF-8 ("NguyÔn"). */
    MOJIBAKE_LEGACY("EDOC-TXT-010", Severity.ERROR,
            "Lỗi font: \"%s\" là chữ bảng mã %s bị lưu nhầm thành Unicode (đúng là \"%s\")",
            "Mojibake: \"%s\" is %s text that was saved as Unicode without conversion (should be \"%s\")"),
    /** An unpaired surrogate or a Unicode noncharacter. */
    INVALID_CODE_POINT("EDOC-TXT-011", Severity.ERROR,
            "Mã ký tự không hợp lệ %s (nửa cặp thay thế hoặc phi ký tự)",
            "Invalid code point %s (unpaired surrogate or noncharacter)"),
    /** A private-use character, usually a symbol-font glyph that carries no meaning outside its font. */
    PRIVATE_USE_CHARACTER("EDOC-TXT-012", Severity.WARNING,
            "Ký tự vùng dùng riêng %s (thường là ký hiệu của một font riêng)",
            "Private-use character %s (usually a glyph of a particular font)"),
    /** The input is larger than the configured limit. */
    INPUT_TOO_LARGE("EDOC-TXT-013", Severity.ERROR,
            "Dữ liệu quá lớn: %s byte, giới hạn %s byte",
            "Input too large: %s bytes, the limit is %s bytes"),
    /** A byte has no meaning in the encoding asked for. */
    UNDECODABLE_BYTES("EDOC-TXT-014", Severity.ERROR,
            "Byte 0x%s không có nghĩa trong bảng mã %s",
            "Byte 0x%s has no meaning in the encoding %s"),
    /** A character cannot be written in the target encoding. */
    UNREPRESENTABLE_CHARACTER("EDOC-TXT-015", Severity.ERROR,
            "Ký tự \"%s\" (%s) không biểu diễn được trong bảng mã %s",
            "Character \"%s\" (%s) cannot be represented in the encoding %s"),
    /** UTF-16 text (what Notepad calls "Unicode"): Unicode, but not in the UTF-8 form this library reads. */
    UTF16_TEXT("EDOC-TXT-017", Severity.ERROR,
            "Tệp ở dạng UTF-16 (Notepad gọi là \"Unicode\"); cần lưu lại ở dạng UTF-8",
            "The file is UTF-16 (Notepad's \"Unicode\"); save it again as UTF-8"),
    /** The eth letter Ð or ð (Icelandic), which looks like Đ or đ but is another character. */
    LOOKALIKE_LETTER("EDOC-TXT-018", Severity.WARNING,
            "Chữ %s (%s) trông giống \"%s\" nhưng không thuộc bộ chữ Việt; dùng %s",
            "The letter %s (%s) looks like \"%s\" but is not Vietnamese; use %s"),
    /** Further occurrences of a kind that were not listed one by one. */
    MORE_OCCURRENCES("EDOC-TXT-016", Severity.WARNING,
            "Còn %s chỗ vi phạm %s khác không liệt kê",
            "%s more occurrences of %s not listed"),
    /**
     * A bidirectional embedding, override or isolate (U+202A-U+202E, U+2066-U+2069). It reorders what is shown
     * without changing what is stored, the trick behind spoofed file names ("hoadon[U+202E]gpj.exe" shows as
     * "hoadonexe.jpg"); Vietnamese text, written left to right, never needs one.
     */
    BIDI_CONTROL("EDOC-TXT-019", Severity.ERROR,
            "Ký tự điều khiển hướng chữ %s (%s) làm đảo thứ tự hiển thị: chữ hiện ra khác chữ được lưu, có thể "
                    + "dùng để giả mạo (tên tệp \"hoadon[U+202E]gpj.exe\" hiện thành \"hoadonexe.jpg\"); văn bản "
                    + "tiếng Việt không cần ký tự này",
            "Bidirectional control %s (%s) reorders what is displayed, so the text shown differs from the text "
                    + "stored and can spoof (the file name \"hoadon[U+202E]gpj.exe\" shows as \"hoadonexe.jpg\"); "
                    + "Vietnamese text never needs it"),
    /**
     * An invisible format character (Unicode class Cf) other than the byte order mark and the bidirectional
     * controls: zero-width space, joiners, word joiner, left-to-right and right-to-left marks, soft hyphen...
     * Harmless to read, but it splits words for search and comparison ("Hà[U+200B]Nội" is not "Hà Nội").
     */
    INVISIBLE_CHARACTER("EDOC-TXT-020", Severity.WARNING,
            "Ký tự vô hình %s (%s): không hiện ra nhưng làm sai việc tìm kiếm và so sánh chữ; nên bỏ",
            "Invisible format character %s (%s): not displayed, but it breaks searching and comparing text; "
                    + "better removed"),
    /**
     * More combining marks in a row than the Stream-Safe Text Format of Unicode allows (UAX #15): a Vietnamese letter
     * carries at most two, and a longer run is a way to make normalisation slow or a message huge.
     */
    COMBINING_MARKS_RUN("EDOC-TXT-021", Severity.ERROR,
            "Quá %s dấu kết hợp liền nhau trên một chữ (chữ Việt có nhiều nhất hai dấu)",
            "More than %s combining marks in a row on one letter (a Vietnamese letter carries at most two)");

    /** The article that every text violation enforces. */
    public static final String ARTICLE = "BS Đ4.3, LS Đ4.2, LA Đ4.2; TCVN 6909:2001";

    /** The rule of {@code rules.md} that every text violation enforces. */
    public static final String RULE = "R-FMT-1";

    private final ViolationSpec spec;

    TextViolation(String code, Severity severity, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, RULE, ARTICLE, severity, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
