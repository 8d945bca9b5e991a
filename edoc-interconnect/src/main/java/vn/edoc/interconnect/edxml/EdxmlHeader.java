package vn.edoc.interconnect.edxml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The header of a document package ({@code MessageHeader}, QCVN 102:2016), in the order the official SDK writes it.
 * Texts are {@code ""} when absent (an empty element is read as absent); numbers and dates are optional. Values are
 * kept as written: {@link EdxmlDocuments} maps them to a {@link vn.edoc.document.Document} and
 * {@link ReceiptChecks} checks them against the rules.
 *
 * @param from            the sender ({@code From})
 * @param to              the addressees ({@code To})
 * @param documentId      the document identifier ({@code DocumentId})
 * @param code            number and notation ({@code Code})
 * @param place           place of issue ({@code PromulgationInfo/Place})
 * @param promulgationDate date of issue ({@code PromulgationInfo/PromulgationDate})
 * @param type            document type ({@code DocumentType})
 * @param subject         the abstract (trích yếu, {@code Subject})
 * @param content         {@code Content}
 * @param signer          signer ({@code SignerInfo})
 * @param dueDate         the answer's deadline ({@code DueDate}, hạn trả lời)
 * @param other           {@code OtherInfo}
 * @param responseFor     the documents this one answers ({@code ResponseFor})
 * @param steeringType    0 not steering, 1 steering, 2 steering report ({@code SteeringType})
 * @param responseForTask task codes ({@code ResponseForTask/TaskCode})
 * @param applicationType {@code ApplicationType}
 * @param toPlaces        the recipients as printed (nơi nhận, {@code ToPlaces/Place})
 */
public record EdxmlHeader(Organization from, List<Organization> to, String documentId, Code code, String place,
                          Optional<LocalDate> promulgationDate, DocType type, String subject, String content,
                          SignerInfo signer, Optional<LocalDate> dueDate, OtherInfo other,
                          List<ResponseFor> responseFor, Optional<Integer> steeringType, List<String> responseForTask,
                          String applicationType, List<String> toPlaces) {

    /** Refuses missing parts; copies lists; {@code null} texts become {@code ""}. */
    public EdxmlHeader {
        Objects.requireNonNull(from, "from");
        to = Texts.list(to);
        documentId = Texts.text(documentId);
        Objects.requireNonNull(code, "code");
        place = Texts.text(place);
        Objects.requireNonNull(promulgationDate, "promulgationDate");
        Objects.requireNonNull(type, "type");
        subject = Texts.text(subject);
        content = Texts.text(content);
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(other, "other");
        responseFor = Texts.list(responseFor);
        Objects.requireNonNull(steeringType, "steeringType");
        responseForTask = Texts.list(responseForTask);
        applicationType = Texts.text(applicationType);
        toPlaces = Texts.list(toPlaces);
    }

    /** A builder, everything empty and {@code From} required. */
    public static Builder builder(Organization from) {
        return new Builder(from);
    }

    /** A builder holding this header's values. */
    public Builder toBuilder() {
        Builder b = new Builder(from);
        b.to.addAll(to);
        b.documentId = documentId;
        b.code = code;
        b.place = place;
        b.promulgationDate = promulgationDate.orElse(null);
        b.type = type;
        b.subject = subject;
        b.content = content;
        b.signer = signer;
        b.dueDate = dueDate.orElse(null);
        b.other = other;
        b.responseFor.addAll(responseFor);
        b.steeringType = steeringType.orElse(null);
        b.responseForTask.addAll(responseForTask);
        b.applicationType = applicationType;
        b.toPlaces.addAll(toPlaces);
        return b;
    }

    /**
     * Number and notation ({@code Code}): {@code CodeNumber} ({@code 7816}) and {@code CodeNotation}
     * ({@code VPCP-TTĐT}).
     *
     * @param number   {@code CodeNumber}
     * @param notation {@code CodeNotation}
     */
    public record Code(String number, String notation) {

        /** Turns {@code null}s into {@code ""}. */
        public Code {
            number = Texts.text(number);
            notation = Texts.text(notation);
        }
    }

    /**
     * The document type ({@code DocumentType}).
     *
     * @param type   {@code Type}: this library writes 1 for an administrative document, 2 for a legal normative one
     * @param detail {@code TypeDetail}
     * @param name   {@code TypeName}, the Vietnamese name ({@code Công văn})
     */
    public record DocType(String type, String detail, String name) {

        /** Turns {@code null}s into {@code ""}. */
        public DocType {
            type = Texts.text(type);
            detail = Texts.text(detail);
            name = Texts.text(name);
        }
    }

    /**
     * The signer ({@code SignerInfo}).
     *
     * @param competence the authority, such as {@code KT.} or {@code KT. BỘ TRƯỞNG} ({@code Competence})
     * @param position   the signer's title ({@code Position})
     * @param fullName   {@code FullName}
     */
    public record SignerInfo(String competence, String position, String fullName) {

        /** Turns {@code null}s into {@code ""}. */
        public SignerInfo {
            competence = Texts.text(competence);
            position = Texts.text(position);
            fullName = Texts.text(fullName);
        }

        /** No signer information. */
        public static SignerInfo none() {
            return new SignerInfo("", "", "");
        }
    }

    /**
     * {@code OtherInfo}.
     *
     * @param priority             urgency: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ
     *                             ({@code Priority})
     * @param sphereOfPromulgation {@code SphereOfPromulgation}
     * @param typerNotation        the typist's initials ({@code TyperNotation})
     * @param promulgationAmount   copies issued ({@code PromulgationAmount})
     * @param pageAmount           pages ({@code PageAmount})
     * @param replyFors            {@code ReplyFors}, as written
     * @param direction            {@code Direction}, as written ({@code "false"})
     * @param referenceCodes       {@code ReferenceCodes}, as written
     * @param appendixes           the appendices ({@code Appendixes/Appendix}); this library lists there the names of
     *                             the attachments that are appendices
     */
    public record OtherInfo(Optional<Integer> priority, String sphereOfPromulgation, String typerNotation,
                            Optional<Integer> promulgationAmount, Optional<Integer> pageAmount, String replyFors,
                            String direction, String referenceCodes, List<String> appendixes) {

        /** Refuses missing optionals; copies the list. */
        public OtherInfo {
            Objects.requireNonNull(priority, "priority");
            sphereOfPromulgation = Texts.text(sphereOfPromulgation);
            typerNotation = Texts.text(typerNotation);
            Objects.requireNonNull(promulgationAmount, "promulgationAmount");
            Objects.requireNonNull(pageAmount, "pageAmount");
            replyFors = Texts.text(replyFors);
            direction = Texts.text(direction);
            referenceCodes = Texts.text(referenceCodes);
            appendixes = Texts.list(appendixes);
        }

        /** Nothing known. */
        public static OtherInfo none() {
            return new OtherInfo(Optional.empty(), "", "", Optional.empty(), Optional.empty(), "", "", "",
                    List.of());
        }
    }

    /** Builds an {@link EdxmlHeader}; {@code null} leaves a part out. */
    public static final class Builder {
        private Organization from;
        private final List<Organization> to = new ArrayList<>();
        private String documentId = "";
        private Code code = new Code("", "");
        private String place = "";
        private LocalDate promulgationDate;
        private DocType type = new DocType("", "", "");
        private String subject = "";
        private String content = "";
        private SignerInfo signer = SignerInfo.none();
        private LocalDate dueDate;
        private OtherInfo other = OtherInfo.none();
        private final List<ResponseFor> responseFor = new ArrayList<>();
        private Integer steeringType;
        private final List<String> responseForTask = new ArrayList<>();
        private String applicationType = "";
        private final List<String> toPlaces = new ArrayList<>();

        private Builder(Organization from) {
            this.from = Objects.requireNonNull(from, "from");
        }

        /** The sender. */
        public Builder from(Organization value) {
            from = Objects.requireNonNull(value, "from");
            return this;
        }

        /** Adds an addressee. */
        public Builder addTo(Organization value) {
            to.add(Objects.requireNonNull(value, "to"));
            return this;
        }

        /** Replaces the addressees. */
        public Builder to(List<Organization> values) {
            to.clear();
            values.forEach(this::addTo);
            return this;
        }

        /** The document identifier. */
        public Builder documentId(String value) {
            documentId = Texts.text(value);
            return this;
        }

        /** Number and notation. */
        public Builder code(String number, String notation) {
            code = new Code(number, notation);
            return this;
        }

        /** Place of issue. */
        public Builder place(String value) {
            place = Texts.text(value);
            return this;
        }

        /** Date of issue. */
        public Builder promulgationDate(LocalDate value) {
            promulgationDate = value;
            return this;
        }

        /** Document type. */
        public Builder type(DocType value) {
            type = Objects.requireNonNull(value, "type");
            return this;
        }

        /** The abstract. */
        public Builder subject(String value) {
            subject = Texts.text(value);
            return this;
        }

        /** {@code Content}. */
        public Builder content(String value) {
            content = Texts.text(value);
            return this;
        }

        /** The signer. */
        public Builder signer(SignerInfo value) {
            signer = Objects.requireNonNull(value, "signer");
            return this;
        }

        /** The answer's deadline. */
        public Builder dueDate(LocalDate value) {
            dueDate = value;
            return this;
        }

        /** {@code OtherInfo}. */
        public Builder other(OtherInfo value) {
            other = Objects.requireNonNull(value, "other");
            return this;
        }

        /** Adds a {@code ResponseFor}. */
        public Builder addResponseFor(ResponseFor value) {
            responseFor.add(Objects.requireNonNull(value, "responseFor"));
            return this;
        }

        /** Steering type. */
        public Builder steeringType(Integer value) {
            steeringType = value;
            return this;
        }

        /** Adds a task code. */
        public Builder addResponseForTask(String value) {
            responseForTask.add(Objects.requireNonNull(value, "taskCode"));
            return this;
        }

        /** {@code ApplicationType}. */
        public Builder applicationType(String value) {
            applicationType = Texts.text(value);
            return this;
        }

        /** Adds a recipient as printed. */
        public Builder addToPlace(String value) {
            toPlaces.add(Objects.requireNonNull(value, "place"));
            return this;
        }

        /** The header. */
        public EdxmlHeader build() {
            return new EdxmlHeader(from, to, documentId, code, place, Optional.ofNullable(promulgationDate), type,
                    subject, content, signer, Optional.ofNullable(dueDate), other, responseFor,
                    Optional.ofNullable(steeringType), responseForTask, applicationType, toPlaces);
        }
    }
}
