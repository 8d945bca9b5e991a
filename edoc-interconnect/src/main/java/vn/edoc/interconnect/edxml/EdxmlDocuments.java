package vn.edoc.interconnect.edxml;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.document.Attachment;
import vn.edoc.document.Confidentiality;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Organisation;
import vn.edoc.document.Recipient;
import vn.edoc.document.Signer;
import vn.edoc.document.SigningCompetence;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentId;
import vn.edoc.id.DocumentType;
import vn.edoc.id.EdxmlDocumentId;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ContentRef;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Maps a {@link Document} to the header and attachments of an edXML package and back (ánh xạ văn bản ↔ gói tin
 * edXML). Every field both have survives the round trip:
 *
 * <table>
 *   <caption>Document ↔ edXML</caption>
 *   <tr><th>Document</th><th>edXML</th></tr>
 *   <tr><td>documentId</td><td>{@code DocumentId}</td></tr>
 *   <tr><td>notation</td><td>{@code Code/CodeNumber}, {@code Code/CodeNotation}</td></tr>
 *   <tr><td>type</td><td>{@code DocumentType/TypeName} (Decree 30 name); {@code Type} 1 administrative, 2 legal
 *       normative</td></tr>
 *   <tr><td>issueDate, place</td><td>{@code PromulgationInfo}</td></tr>
 *   <tr><td>subject</td><td>{@code Subject} (and {@code Content})</td></tr>
 *   <tr><td>issuer</td><td>{@code From/OrganId}, {@code From/OrganName}</td></tr>
 *   <tr><td>signer</td><td>{@code SignerInfo}: {@code Competence} the prefix ({@code KT.}); read from the first
 *       word of what others write ({@code KT. BỘ TRƯỞNG})</td></tr>
 *   <tr><td>recipients</td><td>{@code ToPlaces/Place} every recipient as printed, in order; those with a code
 *       also as {@code To} (code and name), which gives the code back by name</td></tr>
 *   <tr><td>pageCount</td><td>{@code OtherInfo/PageAmount} (0: left out)</td></tr>
 *   <tr><td>urgency</td><td>{@code OtherInfo/Priority}</td></tr>
 *   <tr><td>reply</td><td>{@code DueDate}</td></tr>
 *   <tr><td>replyTo</td><td>{@code ResponseFor} (the first)</td></tr>
 *   <tr><td>attachments</td><td>manifest and content; the names of appendices listed in
 *       {@code OtherInfo/Appendixes}, every other attachment is a main file</td></tr>
 * </table>
 *
 * <p>What edXML has no field for is not carried: the direction (given when reading), the confidentiality (a state
 * secret is never sent, R-SEC-1, so writing one is refused), and the content category. Whether the main file is
 * digitally signed travels in edoc's extension ({@link EdocExtension}; a package from another system, without it,
 * reads as not signed: the receiver verifies the PDF itself). An answer asked for without deadline cannot
 * be written ({@code DueDate} is its only carrier; R-OUT-4 refuses it anyway). Blank texts are left out and read back
 * as absent; two recipients printed with the same name are told apart by order only. A package without
 * {@code ToPlaces} (as some systems send) gives its {@code To} organisations as recipients, with a warning, so a
 * document without recipients (which R-FMT-5 refuses once registered) reads back with its addressees.
 */
public final class EdxmlDocuments {

    private EdxmlDocuments() {
    }

    /**
     * A document read from a package: the document, and what could not be read into it (an identifier code, an
     * identifier, a notation that the rules refuse, each at its edXML path). The document holds what could be read.
     *
     * @param document the document
     * @param result   the violations met while mapping
     */
    public record Mapped(Document document, ValidationResult result) {

        /** Refuses missing parts. */
        public Mapped {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * The header of a package carrying {@code document}.
     *
     * @throws EdxmlException ({@link EdxmlViolation#UNREPRESENTABLE}) for a document without issuer, a state secret
     *                        (R-SEC-1) or an answer asked for without deadline
     */
    public static EdxmlHeader toHeader(Document document) {
        Objects.requireNonNull(document, "document");
        Organisation issuer = document.issuer().orElseThrow(() -> new EdxmlException(
                EdxmlViolation.UNREPRESENTABLE, "From", "a package names its sender (From): the issuer is missing"));
        if (document.confidentiality() != Confidentiality.NONE) {
            throw new EdxmlException(EdxmlViolation.UNREPRESENTABLE, "", "a document classified \""
                    + document.confidentiality().vietnameseName() + "\" is never sent (R-SEC-1)");
        }
        if (document.reply().isPresent() && document.reply().get().deadline().isEmpty()) {
            throw new EdxmlException(EdxmlViolation.UNREPRESENTABLE, "DueDate",
                    "an answer asked for without deadline (DueDate is its only carrier; R-OUT-4)");
        }
        EdxmlHeader.Builder b = EdxmlHeader.builder(Organization.of(issuer.code().value(), issuer.name()));
        for (Recipient r : document.recipients()) {
            r.code().ifPresent(c -> b.addTo(Organization.of(c.value(), r.name())));
            b.addToPlace(r.name());
        }
        document.documentId().ifPresent(id -> b.documentId(id.format()));
        document.notation().ifPresent(n -> b.code(n.codeNumber(), n.codeNotation()));
        document.place().ifPresent(b::place);
        document.issueDate().ifPresent(b::promulgationDate);
        document.type().ifPresent(t -> b.type(new EdxmlHeader.DocType(t.legalNormative() ? "2" : "1", "",
                t.vietnameseName())));
        document.subject().ifPresent(s -> {
            b.subject(s);
            b.content(s);
        });
        document.signer().ifPresent(s -> b.signer(new EdxmlHeader.SignerInfo(s.competence().prefix(), s.title(),
                s.fullName())));
        document.reply().flatMap(r -> r.deadline()).ifPresent(b::dueDate);
        List<String> appendixes = document.attachments().stream().filter(a -> !a.isMain()).map(Attachment::name)
                .toList();
        b.other(new EdxmlHeader.OtherInfo(Optional.of(document.urgency().edxmlPriority()), "", "", Optional.empty(),
                document.pageCount() == 0 ? Optional.empty() : Optional.of(document.pageCount()), "", "", "",
                appendixes));
        document.replyTo().ifPresent(id -> b.addResponseFor(responseFor(id)));
        return b.build();
    }

    /** The {@code ResponseFor} naming {@code id}: its organisation, and for the edXML form its code and date. */
    public static ResponseFor responseFor(DocumentId id) {
        if (id instanceof EdxmlDocumentId e) {
            return new ResponseFor(e.organCode().value(), e.notation().format(), Optional.of(e.promulgationDate()),
                    e.format());
        }
        return new ResponseFor(id.organCode().value(), "", Optional.empty(), id.format());
    }

    /**
     * The attachments of a package carrying {@code document}: content ids {@code cid:1}, {@code cid:2}… in order,
     * the content referenced by each attachment's digest and size (the bytes must be in the store the writer reads).
     *
     * @throws EdxmlException ({@link EdxmlViolation#UNREPRESENTABLE}) for an attachment whose digest is not a SHA-256
     */
    public static List<EdxmlAttachment> toAttachments(Document document) {
        List<EdxmlAttachment> out = new ArrayList<>();
        int i = 0;
        for (Attachment a : document.attachments()) {
            i++;
            if (!ContentRef.isSha256(a.sha256()) || a.size() < 0) {
                throw new EdxmlException(EdxmlViolation.UNREPRESENTABLE, "attachments[" + (i - 1) + "]",
                        "the attachment has no SHA-256 digest and size to find its content by");
            }
            out.add(new EdxmlAttachment("cid:" + i, a.name(), a.mediaType(), "", new ContentRef(a.sha256(),
                    a.size())));
        }
        return out;
    }

    /**
     * A whole package for {@code document}: header, attachments, a trace header of the issuer at {@code time}
     * (Vietnam local time) and the business part of {@code type} with {@code reason} ({@code ""}: the type's name)
     * and the clerk who sends it.
     */
    public static EdxmlPackage toPackage(Document document, BusinessDocType type, String reason,
                                         Optional<StaffInfo> staff, LocalDateTime time) {
        EdxmlHeader header = toHeader(document);
        String why = reason == null || reason.isBlank() ? type.vietnameseName() : reason;
        TraceInfo trace = new TraceInfo(List.of(new TraceInfo.TraceHeader(header.from().organId(),
                Optional.of(time))), Optional.of(new TraceInfo.Business(header.documentId(), type, why,
                Optional.of(0), "", "", List.of(), List.of(), staff)), "",
                new EdocExtension(Optional.empty(), Optional.of(document.signed()), List.of()));
        return new EdxmlPackage(header, trace, toAttachments(document));
    }

    /**
     * The document a package carries, as seen with {@code direction}, and every violation met reading its
     * identifiers (paths are edXML element paths). Never throws on a package the reader returned.
     */
    public static Mapped toDocument(EdxmlPackage pkg, Direction direction) {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(direction, "direction");
        EdxmlHeader h = pkg.header();
        List<Violation> found = new ArrayList<>();
        Document.Builder b = Document.builder().direction(direction);
        if (!h.documentId().isEmpty()) {
            b.documentId(read(DocumentId.check(h.documentId()), "MessageHeader/DocumentId", found));
        }
        if (!h.code().number().isEmpty() || !h.code().notation().isEmpty()) {
            b.notation(read(Notation.fromEdxml(h.code().number(), h.code().notation()), "MessageHeader/Code",
                    found));
        }
        if (!h.type().name().isEmpty()) {
            Optional<DocumentType> t = DocumentType.byName(h.type().name());
            if (t.isEmpty()) {
                found.add(EdxmlViolation.UNKNOWN_TYPE.at("MessageHeader/DocumentType/TypeName", h.type().name()));
            }
            b.type(t.orElse(null));
        }
        h.promulgationDate().ifPresent(b::issueDate);
        b.place(blankToNull(h.place()));
        b.subject(blankToNull(h.subject()));
        OrganCode issuer = code(h.from().organId(), "MessageHeader/From/OrganId", found);
        if (issuer != null) {
            b.issuer(new Organisation(issuer, h.from().organName()));
        }
        EdxmlHeader.SignerInfo s = h.signer();
        if (!s.competence().isEmpty() || !s.position().isEmpty() || !s.fullName().isEmpty()) {
            b.signer(new Signer(competence(s.competence(), found), s.position(), s.fullName()));
        }
        b.recipients(recipients(h, found));
        h.other().pageAmount().ifPresent(b::pageCount);
        h.other().priority().ifPresent(p -> b.urgency(Urgency.fromEdxmlPriority(p).orElseGet(() -> {
            found.add(EdxmlViolation.VALUE_VARIANT.at("MessageHeader/OtherInfo/Priority", p,
                    "not a priority 0-4; read as normal"));
            return Urgency.NORMAL;
        })));
        h.dueDate().ifPresent(b::replyBy);
        if (!h.responseFor().isEmpty() && !h.responseFor().get(0).documentId().isEmpty()) {
            b.replyTo(read(DocumentId.check(h.responseFor().get(0).documentId()),
                    "MessageHeader/ResponseFor/DocumentId", found));
        }
        Set<String> appendixNames = new HashSet<>(h.other().appendixes());
        for (EdxmlAttachment a : pkg.attachments()) {
            b.addAttachment(new Attachment(a.name(), a.contentType(), a.content().size(), a.content().sha256(),
                    appendixNames.contains(a.name()) ? Attachment.Role.APPENDIX : Attachment.Role.MAIN));
        }
        pkg.trace().extension().signed().ifPresent(b::signed);
        return new Mapped(b.build(), ValidationResult.of(found));
    }

    private static List<Recipient> recipients(EdxmlHeader h, List<Violation> found) {
        List<Recipient> out = new ArrayList<>();
        List<Organization> unused = new ArrayList<>(h.to());
        if (h.toPlaces().isEmpty()) {
            if (!h.to().isEmpty()) {
                found.add(EdxmlViolation.RECIPIENTS_FROM_TO.at("MessageHeader/ToPlaces"));
            }
            for (int i = 0; i < h.to().size(); i++) {
                Organization o = h.to().get(i);
                OrganCode c = code(o.organId(), "MessageHeader/To" + (i > 0 ? "[" + (i + 1) + "]" : "") + "/OrganId",
                        found);
                out.add(new Recipient(o.organName().isEmpty() ? o.organId() : o.organName(),
                        Optional.ofNullable(c)));
            }
            return out;
        }
        for (String place : h.toPlaces()) {
            Organization match = null;
            for (Organization o : unused) {
                if (o.organName().equals(place)) {
                    match = o;
                    break;
                }
            }
            OrganCode c = null;
            if (match != null) {
                unused.remove(match);
                c = code(match.organId(), "MessageHeader/To/OrganId", found);
            }
            out.add(new Recipient(place, Optional.ofNullable(c)));
        }
        return out;
    }

    private static SigningCompetence competence(String text, List<Violation> found) {
        String t = text.strip();
        if (t.isEmpty()) {
            return SigningCompetence.NONE;
        }
        int dot = t.indexOf('.');
        String prefix = dot < 0 ? t.split("\\s+")[0] : t.substring(0, dot + 1);
        Optional<SigningCompetence> c = SigningCompetence.fromJsonName(prefix.toUpperCase(Locale.ROOT));
        if (c.isEmpty()) {
            found.add(EdxmlViolation.VALUE_VARIANT.at("MessageHeader/SignerInfo/Competence", text,
                    "no TM./KT./TL./TUQ./Q. prefix; read as signing in one's own name"));
            return SigningCompetence.NONE;
        }
        return c.get();
    }

    private static OrganCode code(String text, String path, List<Violation> found) {
        if (text.isEmpty()) {
            return null;
        }
        return read(OrganCode.check(text), path, found);
    }

    private static <T> T read(Parsed<T> parsed, String path, List<Violation> found) {
        found.addAll(parsed.result().under(path).violations());
        return parsed.value();
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
