package vn.edoc.text;

/**
 * Converts between Unicode and one legacy Vietnamese encoding (bảng mã cũ: TCVN3, VNI, Windows-1258).
 * Instances come from {@link LegacyCodecs}; they are immutable and thread-safe.
 */
public interface LegacyCodec {

    /** The encoding this codec reads and writes. */
    TextEncoding encoding();

    /**
     * Decodes {@code bytes} to Unicode text in NFC.
     *
     * @throws vn.edoc.validation.EdocRuleException with {@link TextViolation#UNDECODABLE_BYTES} when a byte
     *                                              has no meaning in this encoding
     */
    String decode(byte[] bytes);

    /**
     * Encodes {@code nfcText} (normalised to NFC first if it is not) in this encoding.
     *
     * @throws vn.edoc.validation.EdocRuleException with {@link TextViolation#UNREPRESENTABLE_CHARACTER} for the
     *                                              first character the encoding cannot represent
     */
    byte[] encode(String nfcText);
}
