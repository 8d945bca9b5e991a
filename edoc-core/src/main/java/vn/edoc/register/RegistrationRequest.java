package vn.edoc.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.edoc.document.Confidentiality;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;

/**
 * What a clerk (văn thư) asks to register (đề nghị đăng ký văn bản): the register to use and the data the register
 * records. It is untrusted input: {@link RegisterService#check} names every fault at once, and
 * {@link RegisterService#register} refuses a faulty request without changing anything. The number and the year are
 * not part of it: the register gives them.
 *
 * @param organ           the organisation whose register it is
 * @param kind            incoming (đến) or outgoing (đi)
 * @param series          the number series, {@code ""} for the main register (see {@link RegisterKey})
 * @param documentId      the document's identifier in the system
 * @param notation        "số, ký hiệu" as written (see {@link RegisterEntry#notation()})
 * @param documentDate    the date written on the document
 * @param type            the kind of document
 * @param summary         the abstract (trích yếu)
 * @param correspondents  the issuing organisation (incoming, exactly one) or the recipients (outgoing, one or more)
 * @param pageCount       number of pages
 * @param urgency         urgency (độ khẩn)
 * @param confidentiality confidentiality (độ mật); a state-secret level is refused (R-SEC-1)
 * @param actorId         the account of the clerk registering it
 */
public record RegistrationRequest(OrganCode organ, RegisterKind kind, String series, String documentId,
                                  String notation, LocalDate documentDate, DocumentType type, String summary,
                                  List<String> correspondents, int pageCount, Urgency urgency,
                                  Confidentiality confidentiality, String actorId) {

    /** Keeps the fields as given, for {@link RegisterService#check} to judge; copies the correspondents. */
    public RegistrationRequest {
        // null elements are kept so that the check can name them instead of failing on the copy
        correspondents = correspondents == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(correspondents));
    }

    /** A builder for a request to the incoming register (sổ văn bản đến) of {@code organ}. */
    public static Builder incoming(OrganCode organ) {
        return new Builder(organ, RegisterKind.INCOMING);
    }

    /** A builder for a request to the outgoing register (sổ văn bản đi) of {@code organ}. */
    public static Builder outgoing(OrganCode organ) {
        return new Builder(organ, RegisterKind.OUTGOING);
    }

    /** A builder starting from this request, to change some fields. */
    public Builder toBuilder() {
        Builder b = new Builder(organ, kind);
        b.series = series;
        b.documentId = documentId;
        b.notation = notation;
        b.documentDate = documentDate;
        b.type = type;
        b.summary = summary;
        b.correspondents = new ArrayList<>(correspondents);
        b.pageCount = pageCount;
        b.urgency = urgency;
        b.confidentiality = confidentiality;
        b.actorId = actorId;
        return b;
    }

    /**
     * Builds a {@link RegistrationRequest}. Defaults: main series, urgency {@link Urgency#NORMAL}, confidentiality
     * {@link Confidentiality#NONE}, one page. Not thread-safe; the request it builds is immutable.
     */
    public static final class Builder {
        private OrganCode organ;
        private RegisterKind kind;
        private String series = RegisterKey.MAIN_SERIES;
        private String documentId;
        private String notation;
        private LocalDate documentDate;
        private DocumentType type;
        private String summary;
        private List<String> correspondents = new ArrayList<>();
        private int pageCount = 1;
        private Urgency urgency = Urgency.NORMAL;
        private Confidentiality confidentiality = Confidentiality.NONE;
        private String actorId;

        private Builder(OrganCode organ, RegisterKind kind) {
            this.organ = organ;
            this.kind = kind;
        }

        /** The organisation. */
        public Builder organ(OrganCode value) {
            this.organ = value;
            return this;
        }

        /** The kind of register. */
        public Builder kind(RegisterKind value) {
            this.kind = value;
            return this;
        }

        /** The number series. */
        public Builder series(String value) {
            this.series = value;
            return this;
        }

        /** The document's identifier. */
        public Builder documentId(String value) {
            this.documentId = value;
            return this;
        }

        /** The "số, ký hiệu" as written. */
        public Builder notation(String value) {
            this.notation = value;
            return this;
        }

        /** The date on the document. */
        public Builder documentDate(LocalDate value) {
            this.documentDate = value;
            return this;
        }

        /** The kind of document. */
        public Builder type(DocumentType value) {
            this.type = value;
            return this;
        }

        /** The abstract (trích yếu). */
        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /** The issuing organisation of an incoming document (replaces any earlier correspondents). */
        public Builder issuer(String value) {
            this.correspondents = new ArrayList<>();
            this.correspondents.add(value);
            return this;
        }

        /** The recipients of an outgoing document (replaces any earlier correspondents). */
        public Builder recipients(List<String> values) {
            this.correspondents = values == null ? new ArrayList<>() : new ArrayList<>(values);
            return this;
        }

        /** The recipients of an outgoing document (replaces any earlier correspondents). */
        public Builder recipients(String... values) {
            return recipients(values == null ? null : java.util.Arrays.asList(values));
        }

        /** The number of pages. */
        public Builder pageCount(int value) {
            this.pageCount = value;
            return this;
        }

        /** The urgency. */
        public Builder urgency(Urgency value) {
            this.urgency = value;
            return this;
        }

        /** The confidentiality. */
        public Builder confidentiality(Confidentiality value) {
            this.confidentiality = value;
            return this;
        }

        /** The registering clerk's account. */
        public Builder actorId(String value) {
            this.actorId = value;
            return this;
        }

        /** The request; nothing is checked here (see {@link RegisterService#check}). */
        public RegistrationRequest build() {
            return new RegistrationRequest(organ, kind, series, documentId, notation, documentDate, type, summary,
                    correspondents, pageCount, urgency, confidentiality, actorId);
        }
    }
}
