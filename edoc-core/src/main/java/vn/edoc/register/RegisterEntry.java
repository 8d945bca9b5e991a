package vn.edoc.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.edoc.audit.Canonical;
import vn.edoc.document.DocumentType;
import vn.edoc.document.Urgency;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * One line of a register (một dòng trong sổ văn bản đến / đi): what R-IN-3 (BS Đ12.1b) and R-OUT-3 (BS Đ13.3)
 * say a register records. Made by {@link RegisterService#register}; stores give it back unchanged.
 *
 * @param number       the number in the register: the "số đến" of an incoming document, the number of an outgoing
 *                     one; 1, 2, 3… within the key
 * @param key          the register: organisation, kind, series, year
 * @param registeredAt when it was registered (thời điểm đăng ký), to the microsecond; its Vietnam year is the key's
 * @param documentId   the document's identifier in the system (unique within a register)
 * @param notation     "số, ký hiệu" in full, number included, in both registers: the sender's number and notation
 *                     ({@code "12/QĐ-UBND"}) for an incoming document; the document's own ({@code "05/QĐ-UBND"},
 *                     its number being {@code number}) for an outgoing one
 * @param documentDate the date written on the document (ngày tháng văn bản)
 * @param type         the kind of document (tên loại)
 * @param summary      the abstract (trích yếu nội dung)
 * @param correspondents for an incoming document, the one issuing organisation (cơ quan ban hành); for an outgoing
 *                     one, the recipients (nơi nhận)
 * @param pageCount    number of pages (số trang)
 * @param urgency      urgency (độ khẩn)
 * @param actorId      the account of the clerk who registered it (văn thư)
 */
public record RegisterEntry(long number, RegisterKey key, Instant registeredAt, String documentId, String notation,
                            LocalDate documentDate, DocumentType type, String summary, List<String> correspondents,
                            int pageCount, Urgency urgency, String actorId) {

    /**
     * Refuses an entry with missing parts or a number below 1 with {@link EdocRuleException}; the content rules are
     * checked by {@link RegisterService#check}.
     */
    public RegisterEntry {
        List<Violation> found = new ArrayList<>();
        RegisterViolation missing = key != null && key.kind() == RegisterKind.OUTGOING
                ? RegisterViolation.OUTGOING_FIELD_MISSING : RegisterViolation.INCOMING_FIELD_MISSING;
        if (number < 1) {
            found.add(RegisterViolation.NUMBER_OUT_OF_SEQUENCE.at("number", number, 0, String.valueOf(key)));
        }
        if (key == null) {
            found.add(RegisterViolation.KEY_PART_MISSING.at("key", "key"));
        }
        require(found, missing, "registeredAt", registeredAt);
        require(found, missing, "documentId", documentId);
        require(found, missing, "notation", notation);
        require(found, missing, "documentDate", documentDate);
        require(found, missing, "type", type);
        require(found, missing, "summary", summary);
        require(found, missing, "urgency", urgency);
        if (correspondents == null || correspondents.isEmpty() || correspondents.stream().anyMatch(java.util.Objects::isNull)) {
            found.add(missing.at("correspondents", "correspondents"));
        }
        if (actorId == null) {
            found.add(RegisterViolation.ACTOR_MISSING.at("actorId"));
        }
        if (!found.isEmpty()) {
            throw new EdocRuleException(ValidationResult.of(found));
        }
        correspondents = List.copyOf(correspondents);
    }

    /** The issuing organisation of an incoming document. */
    public Optional<String> issuer() {
        return key.kind() == RegisterKind.INCOMING ? Optional.of(correspondents.get(0)) : Optional.empty();
    }

    /** The recipients of an outgoing document; empty for an incoming one. */
    public List<String> recipients() {
        return key.kind() == RegisterKind.OUTGOING ? correspondents : List.of();
    }

    /** The day of registration in Vietnam time (ngày đến / ngày đăng ký). */
    public LocalDate registrationDay() {
        return RegisterKey.dayOf(registeredAt);
    }

    /** The identifier of this line: the key and number, such as {@code "000.00.00.H37/incoming/2025#12"}. */
    public String reference() {
        return key + "#" + number;
    }

    /**
     * The SHA-256 digest of this entry's {@link Canonical} encoding, as recorded in the audit trail: type label
     * {@code "edoc.register.entry/1"}, then organisation code, kind, series, year, number, registeredAt, documentId,
     * notation, documentDate, type (enum name), summary, correspondents (in order), page count, urgency (enum name),
     * actorId.
     */
    public String digest() {
        return Canonical.of("edoc.register.entry/1")
                .text(key.organ().value())
                .text(key.kind().name())
                .text(key.series())
                .number(key.year())
                .number(number)
                .instant(registeredAt)
                .text(documentId)
                .text(notation)
                .date(documentDate)
                .text(type.name())
                .text(summary)
                .texts(correspondents)
                .number(pageCount)
                .text(urgency.name())
                .text(actorId)
                .sha256Hex();
    }

    private static void require(List<Violation> found, RegisterViolation missing, String field, Object value) {
        if (value == null) {
            found.add(missing.at(field, field));
        }
    }
}
