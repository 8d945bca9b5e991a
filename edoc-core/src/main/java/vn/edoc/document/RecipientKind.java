package vn.edoc.document;

/**
 * The kind of body a document is sent to (loại nơi nhận), as far as the paper-copy rule R-PAPER-1 cares.
 * See {@link PaperCopyPolicy}.
 */
public enum RecipientKind {
    /** Chính phủ: the Government. */
    GOVERNMENT,
    /** Thủ tướng Chính phủ: the Prime Minister. */
    PRIME_MINISTER,
    /** Ủy ban nhân dân (any level): a People's Committee. */
    PEOPLES_COMMITTEE,
    /** Chủ tịch Ủy ban nhân dân: the chair of a People's Committee. */
    PEOPLES_COMMITTEE_CHAIR,
    /** Hội đồng nhân dân: a People's Council. */
    PEOPLES_COUNCIL,
    /** Cơ quan Đảng cấp trên: a Party body of a higher level. */
    PARTY_BODY,
    /** Bộ, ngành, địa phương khác: a ministry, sector or locality outside this province. */
    OTHER_MINISTRY_OR_LOCALITY,
    /** Any other agency or unit (cơ quan, đơn vị khác), such as a department of the same province. */
    OTHER_AGENCY,
    /** A unit inside the issuing organisation (nội bộ). */
    INTERNAL_UNIT
}
