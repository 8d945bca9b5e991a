package vn.edoc.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.DocumentId;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;

/**
 * A document (văn bản) and its metadata: the presentation fields of Decree 30/2020 (thể thức, R-FMT-5) and what the
 * document system records about it. Immutable; lists are unmodifiable, optional parts are {@link Optional}s.
 *
 * <p>Build one with {@link #builder()}. Building checks nothing but {@code null}s: a document missing its notation,
 * with a wrong type abbreviation or a state-secret classification can be built, so that {@link DocumentValidator}
 * can report every fault at once.
 *
 * @param direction       incoming, outgoing or internal (đến, đi, nội bộ)
 * @param documentId      the document identifier (mã định danh văn bản, R-ID-2), given at registration
 * @param notation        the number and notation (số, ký hiệu), given at registration
 * @param type            the type (loại văn bản)
 * @param issueDate       the date of issue (ngày ban hành)
 * @param place           the place of issue (địa danh), such as "Lạng Sơn"
 * @param subject         the abstract (trích yếu nội dung); written {@code "abstract"} in JSON
 * @param issuer          the issuing organisation (cơ quan ban hành)
 * @param signer          who signs (người ký)
 * @param recipients      the recipients (nơi nhận)
 * @param pageCount       the number of pages (số trang); 0 when not known yet
 * @param urgency         the urgency (độ khẩn)
 * @param confidentiality the confidentiality (độ mật)
 * @param contentCategory the content category, for the entry policy of R-SEC-2
 * @param reply           the answer this document asks for, with its deadline (R-OUT-4)
 * @param replyTo         the document this one answers (văn bản được phản hồi, R-OUT-5)
 * @param attachments     the files: the main file and appendices
 * @param signed          whether the main file carries the digital signature (đã ký số, R-FMT-4)
 */
public record Document(
        Direction direction,
        Optional<DocumentId> documentId,
        Optional<Notation> notation,
        Optional<DocumentType> type,
        Optional<LocalDate> issueDate,
        Optional<String> place,
        Optional<String> subject,
        Optional<Organisation> issuer,
        Optional<Signer> signer,
        List<Recipient> recipients,
        int pageCount,
        Urgency urgency,
        Confidentiality confidentiality,
        ContentCategory contentCategory,
        Optional<ReplyRequirement> reply,
        Optional<DocumentId> replyTo,
        List<Attachment> attachments,
        boolean signed) {

    public Document {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(signer, "signer");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(confidentiality, "confidentiality");
        Objects.requireNonNull(contentCategory, "contentCategory");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(replyTo, "replyTo");
        attachments = List.copyOf(attachments);
    }

    /** A new builder; only the direction must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this document's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.direction = direction;
        b.documentId = documentId.orElse(null);
        b.notation = notation.orElse(null);
        b.type = type.orElse(null);
        b.issueDate = issueDate.orElse(null);
        b.place = place.orElse(null);
        b.subject = subject.orElse(null);
        b.issuer = issuer.orElse(null);
        b.signer = signer.orElse(null);
        b.recipients.addAll(recipients);
        b.pageCount = pageCount;
        b.urgency = urgency;
        b.confidentiality = confidentiality;
        b.contentCategory = contentCategory;
        b.reply = reply.orElse(null);
        b.replyTo = replyTo.orElse(null);
        b.attachments.addAll(attachments);
        b.signed = signed;
        return b;
    }

    /** The main (signed) file, when exactly one attachment has that role. */
    public Optional<Attachment> mainFile() {
        List<Attachment> mains = attachments.stream().filter(Attachment::isMain).toList();
        return mains.size() == 1 ? Optional.of(mains.get(0)) : Optional.empty();
    }

    /**
     * Builds a {@link Document}. Setting an optional part to {@code null} leaves it out; the direction must be set;
     * urgency, confidentiality and content category default to normal, none and ordinary.
     */
    public static final class Builder {
        private Direction direction;
        private DocumentId documentId;
        private Notation notation;
        private DocumentType type;
        private LocalDate issueDate;
        private String place;
        private String subject;
        private Organisation issuer;
        private Signer signer;
        private final List<Recipient> recipients = new ArrayList<>();
        private int pageCount;
        private Urgency urgency = Urgency.NORMAL;
        private Confidentiality confidentiality = Confidentiality.NONE;
        private ContentCategory contentCategory = ContentCategory.ORDINARY;
        private ReplyRequirement reply;
        private DocumentId replyTo;
        private final List<Attachment> attachments = new ArrayList<>();
        private boolean signed;

        private Builder() {
        }

        /** Incoming, outgoing or internal. */
        public Builder direction(Direction direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /** The document identifier, or {@code null} before registration. */
        public Builder documentId(DocumentId documentId) {
            this.documentId = documentId;
            return this;
        }

        /** The number and notation, or {@code null} before registration. */
        public Builder notation(Notation notation) {
            this.notation = notation;
            return this;
        }

        /** The document type. */
        public Builder type(DocumentType type) {
            this.type = type;
            return this;
        }

        /** The date of issue. */
        public Builder issueDate(LocalDate issueDate) {
            this.issueDate = issueDate;
            return this;
        }

        /** The place of issue. */
        public Builder place(String place) {
            this.place = place;
            return this;
        }

        /** The abstract (trích yếu). */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** The issuing organisation. */
        public Builder issuer(Organisation issuer) {
            this.issuer = issuer;
            return this;
        }

        /** The issuing organisation, by code and name. */
        public Builder issuer(OrganCode code, String name) {
            return issuer(new Organisation(code, name));
        }

        /** The signer. */
        public Builder signer(Signer signer) {
            this.signer = signer;
            return this;
        }

        /** The signer, by competence, title and full name. */
        public Builder signer(SigningCompetence competence, String title, String fullName) {
            return signer(new Signer(competence, title, fullName));
        }

        /** Replaces the recipients. */
        public Builder recipients(List<Recipient> recipients) {
            this.recipients.clear();
            recipients.forEach(this::addRecipient);
            return this;
        }

        /** Adds a recipient. */
        public Builder addRecipient(Recipient recipient) {
            this.recipients.add(Objects.requireNonNull(recipient, "recipient"));
            return this;
        }

        /** The number of pages. */
        public Builder pageCount(int pageCount) {
            this.pageCount = pageCount;
            return this;
        }

        /** The urgency. */
        public Builder urgency(Urgency urgency) {
            this.urgency = Objects.requireNonNull(urgency, "urgency");
            return this;
        }

        /** The confidentiality. */
        public Builder confidentiality(Confidentiality confidentiality) {
            this.confidentiality = Objects.requireNonNull(confidentiality, "confidentiality");
            return this;
        }

        /** The content category. */
        public Builder contentCategory(ContentCategory contentCategory) {
            this.contentCategory = Objects.requireNonNull(contentCategory, "contentCategory");
            return this;
        }

        /** The answer asked for, or {@code null} when none. */
        public Builder reply(ReplyRequirement reply) {
            this.reply = reply;
            return this;
        }

        /** Asks for an answer by {@code deadline}. */
        public Builder replyBy(LocalDate deadline) {
            return reply(ReplyRequirement.by(deadline));
        }

        /** The document this one answers, or {@code null}. */
        public Builder replyTo(DocumentId replyTo) {
            this.replyTo = replyTo;
            return this;
        }

        /** Replaces the attachments. */
        public Builder attachments(List<Attachment> attachments) {
            this.attachments.clear();
            attachments.forEach(this::addAttachment);
            return this;
        }

        /** Adds an attachment. */
        public Builder addAttachment(Attachment attachment) {
            this.attachments.add(Objects.requireNonNull(attachment, "attachment"));
            return this;
        }

        /** Whether the main file is digitally signed. */
        public Builder signed(boolean signed) {
            this.signed = signed;
            return this;
        }

        /**
         * The document.
         *
         * @throws vn.edoc.validation.EdocRuleException when no direction was set
         *                                              ({@link DocumentViolation#REQUIRED_FIELD_MISSING} at
         *                                              {@code direction}): every document is incoming, outgoing or
         *                                              internal, and no default would be right
         */
        public Document build() {
            if (direction == null) {
                throw vn.edoc.validation.EdocRuleException.of(DocumentViolation.REQUIRED_FIELD_MISSING, "direction",
                        "direction", Stage.DRAFT.name().toLowerCase(java.util.Locale.ROOT));
            }
            return new Document(direction, Optional.ofNullable(documentId), Optional.ofNullable(notation),
                    Optional.ofNullable(type), Optional.ofNullable(issueDate), Optional.ofNullable(place),
                    Optional.ofNullable(subject), Optional.ofNullable(issuer), Optional.ofNullable(signer),
                    recipients, pageCount, urgency, confidentiality, contentCategory, Optional.ofNullable(reply),
                    Optional.ofNullable(replyTo), attachments, signed);
        }
    }
}
