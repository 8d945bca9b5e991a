package vn.edoc.document;

import java.util.Objects;

/**
 * Who signs a document (người ký): the authority under which they sign, their title and their full name, as printed
 * in the signature block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A"). Lengths (title ≤ 100, name ≤ 50
 * characters, Decree 30/2020 Phụ lục VI {@code SignerInfo}) are checked by {@link DocumentValidator}.
 *
 * @param competence the signing authority prefix (TM., KT., TL., TUQ., Q. or none)
 * @param title      the signer's title (chức vụ), such as "Phó Chủ tịch"
 * @param fullName   the signer's full name (họ và tên)
 */
public record Signer(SigningCompetence competence, String title, String fullName) {

    public Signer {
        Objects.requireNonNull(competence, "competence");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fullName, "fullName");
    }
}
