package vn.edoc.signature.appearance;

/**
 * The visible signature (hình thức chữ ký số hiển thị) of Decree 30/2020 Phụ lục I Phần I §7–8 and LS Đ10.2
 * (R-SIG-1): the person's signature image, the organisation's seal, or the organisation's text signature on an
 * attachment in a separate file or an electronic copy.
 */
public sealed interface SignatureAppearance permits PersonAppearance, SealAppearance, TextAppearance {

    /** The prefix of the signature field's name, so that a later seal can find the person's signature. */
    String fieldPrefix();
}
