package vn.edoc.spi;

/**
 * In which role a file is signed (vai trò ký số), which decides the visible signature (Decree 30/2020 Phụ lục I,
 * R-SIG-1, R-OUT-3).
 */
public enum SignatureRole {
    /** The person who signs the document (người có thẩm quyền ký): the signer's image between title and name. */
    PERSON,
    /** The issuing organisation (ký số của cơ quan, tổ chức): its seal over the left third of the signer's image. */
    ORGANISATION,
    /**
     * The organisation's signature on an attachment in a separate file: top right of the first page, no image, the
     * number and notation and the signing time.
     */
    ATTACHMENT,
    /** The organisation's signature on an electronic copy (sao y, trích sao, sao lục). */
    COPY
}
