package vn.edoc.interconnect.edxml;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.DocumentId;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.TransportMessage.Kind;
import vn.edoc.validation.Parsed;

/**
 * Maps the engine's {@link TransportMessage}s to edXML packages and status messages and back (ánh xạ thông điệp
 * liên thông ↔ gói tin edXML), and says which status a domain event makes the receiver send.
 *
 * <table>
 *   <caption>Kinds</caption>
 *   <tr><th>TransportMessage</th><th>edXML</th></tr>
 *   <tr><td>NEW_DOCUMENT, UPDATE, REPLACEMENT</td><td>package, {@code BussinessDocType} 0, 2, 3</td></tr>
 *   <tr><td>RECALL</td><td>status 13 (a recall package, {@code BussinessDocType} 1, when the message carries the
 *       document; both are read as RECALL)</td></tr>
 *   <tr><td>ARRIVED, REFUSAL, RECEIPT_ACK, ASSIGNED, IN_PROGRESS, COMPLETED</td><td>status 01, 02, 03, 04, 05,
 *       06</td></tr>
 *   <tr><td>RECALL_ACCEPTED, RECALL_REFUSED</td><td>status 15, 16</td></tr>
 *   <tr><td>STATUS</td><td>status 15 with the kind named in edoc's extension ({@link EdocExtension}): the engine
 *       sends the generic STATUS only to acknowledge a recall it carried out; a reader without the extension reads
 *       RECALL_ACCEPTED</td></tr>
 * </table>
 *
 * <p>The message's {@code documentRef} is the sender's own reference of the document; edXML names documents by
 * their {@code DocumentId}. {@link References} translates; by default the reference is the document identifier's
 * text, which is what a receiver knows of a document it got by edXML. A message's time is written in Vietnam time to
 * the second. The message id travels as the {@code id} attribute of {@code TraceHeaderList}; a package from a system
 * that writes none is named by what it says itself (its document id, kind, receiver and time, see
 * {@link #toTransport}). What the standard has no field for travels in edoc's extension element, which other
 * readers skip: the tasks a new document carries (R-IN-9), the task row a status is about, whether the document is
 * digitally signed, and the generic STATUS kind. So a package alone carries the whole message, over any transport.
 */
public final class EdxmlMessages {

    /**
     * Translates between a message's {@code documentRef} and the edXML {@code DocumentId} text.
     *
     * @param toDocumentId from a reference to a document identifier
     * @param toReference  from a document identifier to a reference
     */
    public record References(UnaryOperator<String> toDocumentId, UnaryOperator<String> toReference) {

        /** Refuses missing parts. */
        public References {
            Objects.requireNonNull(toDocumentId, "toDocumentId");
            Objects.requireNonNull(toReference, "toReference");
        }

        /** The reference is the document identifier's text. */
        public static References identity() {
            return new References(UnaryOperator.identity(), UnaryOperator.identity());
        }
    }

    private final References references;
    private final Clock clock;
    private final Direction direction;

    private EdxmlMessages(References references, Clock clock, Direction direction) {
        this.references = Objects.requireNonNull(references, "references");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    /**
     * A mapper with identity references; {@code clock} gives the time of a package that carries none; documents read
     * from packages are seen as their sender issued them ({@link Direction#OUTGOING}, as the engine sends them).
     */
    public static EdxmlMessages of(Clock clock) {
        return new EdxmlMessages(References.identity(), clock, Direction.OUTGOING);
    }

    /** This mapper with other references. */
    public EdxmlMessages withReferences(References value) {
        return new EdxmlMessages(value, clock, direction);
    }

    /** This mapper reading documents with another direction. */
    public EdxmlMessages withDirection(Direction value) {
        return new EdxmlMessages(references, clock, value);
    }

    // ------------------------------------------------------------------------------------------ to edXML

    /**
     * The edXML form of {@code message}; {@code staff} is the person who acts (written in the business part of a
     * package or the {@code StaffInfo} of a status).
     *
     * @throws EdxmlException for a document that cannot be written ({@link EdxmlDocuments#toHeader})
     */
    public EdxmlMessage toEdxml(TransportMessage message, Optional<StaffInfo> staff) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(staff, "staff");
        LocalDateTime time = LocalDateTime.ofInstant(message.time(), TreeReader.VIETNAM).withNano(0);
        Optional<BusinessDocType> type = switch (message.kind()) {
            case NEW_DOCUMENT -> Optional.of(BusinessDocType.NEW);
            case UPDATE -> Optional.of(BusinessDocType.UPDATE);
            case REPLACEMENT -> Optional.of(BusinessDocType.REPLACE);
            case RECALL -> message.document().isPresent() ? Optional.of(BusinessDocType.RECALL) : Optional.empty();
            default -> Optional.empty();
        };
        if (type.isPresent()) {
            Document document = message.document().orElseThrow();
            EdxmlPackage p = EdxmlDocuments.toPackage(document, type.get(), message.reason(), staff, time);
            EdxmlHeader.Builder h = p.header().toBuilder();
            if (p.header().to().stream().noneMatch(o -> o.organId().equals(message.to().value()))) {
                h.addTo(Organization.of(message.to().value(), ""));
            }
            TraceInfo.Business business = p.trace().business().orElseThrow();
            TraceInfo.Business named = new TraceInfo.Business(references.toDocumentId().apply(message.documentRef()),
                    business.type(), business.reason(), business.paper(), "", "", List.of(), List.of(), staff);
            EdocExtension extension = new EdocExtension(Optional.empty(), p.trace().extension().signed(),
                    message.tasks());
            return new EdxmlPackage(h.build(), new TraceInfo(p.trace().headers(), Optional.of(named),
                    message.id().value(), extension), p.attachments());
        }
        String documentId = references.toDocumentId().apply(message.documentRef());
        Parsed<DocumentId> id = DocumentId.check(documentId);
        ResponseFor about = id.isValid() ? withId(EdxmlDocuments.responseFor(id.value()), documentId)
                : new ResponseFor(message.to().value(), "", Optional.empty(), documentId);
        StatusCode code = statusCode(message.kind());
        // the standard's code says the kind, except the engine's generic STATUS, which 15 would read back otherwise
        Optional<String> kind = kind(code) == message.kind() ? Optional.empty() : Optional.of(message.kind().name());
        EdocExtension extension = new EdocExtension(kind, Optional.empty(), message.tasks());
        return new EdxmlStatus(Organization.of(message.from().value(), ""), about, staff, code,
                message.reason(), time, new TraceInfo(List.of(new TraceInfo.TraceHeader(message.from().value(),
                Optional.of(time))), Optional.empty(), message.id().value(), extension));
    }

    private static ResponseFor withId(ResponseFor r, String documentId) {
        return new ResponseFor(r.organId(), r.code(), r.promulgationDate(), documentId);
    }

    /** The status code written for a status message of {@code kind}. */
    public static StatusCode statusCode(Kind kind) {
        return switch (kind) {
            case ARRIVED -> StatusCode.ARRIVED;
            case REFUSAL -> StatusCode.REFUSED;
            case RECEIPT_ACK -> StatusCode.ACCEPTED;
            case ASSIGNED -> StatusCode.ASSIGNED;
            case IN_PROGRESS -> StatusCode.PROCESSING;
            case COMPLETED -> StatusCode.COMPLETED;
            case RECALL -> StatusCode.RECALL_REQUESTED;
            case RECALL_ACCEPTED, STATUS -> StatusCode.RECALL_AGREED;
            case RECALL_REFUSED -> StatusCode.RECALL_REFUSED;
            case NEW_DOCUMENT, UPDATE, REPLACEMENT -> throw new IllegalArgumentException(kind + " is a package");
        };
    }

    /** The message kind of a status code. */
    public static Kind kind(StatusCode code) {
        return switch (code) {
            case ARRIVED -> Kind.ARRIVED;
            case REFUSED -> Kind.REFUSAL;
            case ACCEPTED -> Kind.RECEIPT_ACK;
            case ASSIGNED -> Kind.ASSIGNED;
            case PROCESSING -> Kind.IN_PROGRESS;
            case COMPLETED -> Kind.COMPLETED;
            case RECALL_REQUESTED -> Kind.RECALL;
            case RECALL_AGREED -> Kind.RECALL_ACCEPTED;
            case RECALL_REFUSED -> Kind.RECALL_REFUSED;
        };
    }

    // ------------------------------------------------------------------------------------------ from edXML

    /**
     * The message {@code read} means for {@code receiver} (the organisation that received it).
     *
     * @throws EdxmlException ({@link EdxmlViolation#BAD_VALUE}) when the sender's code is not an organisation code
     */
    public TransportMessage toTransport(EdxmlMessage read, OrganCode receiver) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(receiver, "receiver");
        OrganCode from = OrganCode.check(read.from().organId()).toOptional().orElseThrow(() -> new EdxmlException(
                EdxmlViolation.BAD_VALUE, "MessageHeader/From/OrganId", read.from().organId(),
                "not an organisation code"));
        if (read instanceof EdxmlStatus s) {
            Kind kind = kind(s.code());
            String reason = s.description();
            if ((kind == Kind.REFUSAL || kind == Kind.RECALL) && reason.isBlank()) {
                reason = s.code().vietnameseName();
            }
            kind = extendedKind(kind, s.trace().extension(), s.code());
            Instant at = s.timestamp().toInstant(TreeReader.VIETNAM);
            String ref = references.toReference().apply(s.responseFor().documentId());
            TransportMessage m = new TransportMessage(ownId(s.trace(), ref, kind, receiver, at), kind, from,
                    receiver, ref, Optional.empty(), s.trace().extension().tasks(), reason, at);
            return m;
        }
        EdxmlPackage p = (EdxmlPackage) read;
        Document document = EdxmlDocuments.toDocument(p, direction).document();
        Optional<TraceInfo.Business> business = p.trace().business();
        BusinessDocType type = p.businessType();
        String id = business.map(TraceInfo.Business::documentId).filter(x -> !x.isEmpty())
                .orElse(p.header().documentId());
        String reason = business.map(TraceInfo.Business::reason).orElse("");
        if (reason.equals(type.vietnameseName())) {
            reason = "";
        }
        Kind kind = switch (type) {
            case NEW -> Kind.NEW_DOCUMENT;
            case RECALL -> Kind.RECALL;
            case UPDATE -> Kind.UPDATE;
            case REPLACE -> Kind.REPLACEMENT;
        };
        if (kind == Kind.RECALL && reason.isBlank()) {
            reason = type.vietnameseName();
        }
        Instant time = p.trace().headers().stream()
                .filter(t -> t.organId().equals(p.header().from().organId()) && t.timestamp().isPresent())
                .findFirst().or(() -> p.trace().headers().stream().filter(t -> t.timestamp().isPresent())
                        .findFirst())
                .map(t -> t.timestamp().get().toInstant(TreeReader.VIETNAM)).orElseGet(clock::instant);
        EdocExtension extension = p.trace().extension();
        kind = extendedKind(kind, extension, null);
        String ref = references.toReference().apply(id);
        return new TransportMessage(ownId(p.trace(), ref, kind, receiver, time), kind, from, receiver, ref,
                Optional.of(document), extension.tasks(), reason, time);
    }

    /**
     * The kind the extension names, when the standard's reading gives {@code read}: only a kind the same standard
     * code is written for (a status message cannot turn into a new document).
     */
    private static Kind extendedKind(Kind read, EdocExtension extension, StatusCode code) {
        if (extension.kind().isEmpty()) {
            return read;
        }
        Kind named;
        try {
            named = Kind.valueOf(extension.kind().get());
        } catch (IllegalArgumentException e) {
            throw new EdxmlException(EdxmlViolation.BAD_VALUE, "Extension/Kind", extension.kind().get(),
                    "not a message kind");
        }
        boolean fits = code == null ? named == read : isStatus(named) && statusCode(named) == code;
        if (!fits) {
            throw new EdxmlException(EdxmlViolation.BAD_VALUE, "Extension/Kind", named.name(),
                    "does not fit the standard's " + (code == null ? "business type" : "status code " + code.code()));
        }
        return named;
    }

    private static boolean isStatus(Kind kind) {
        return kind != Kind.NEW_DOCUMENT && kind != Kind.UPDATE && kind != Kind.REPLACEMENT;
    }

    /**
     * The message's own id: the package's {@code TraceHeaderList/@id} when it carries one the engine can use;
     * otherwise one made from what the package itself says — its document reference, kind and receiver, and the
     * sender's time to the second, so that two statuses of one kind about one document (two assignments, say) are
     * two messages, while the same package delivered twice keeps one id.
     */
    private static MessageId ownId(TraceInfo trace, String ref, Kind kind, OrganCode receiver, Instant time) {
        if (!trace.messageId().isEmpty()) {
            try {
                return new MessageId(trace.messageId());
            } catch (IllegalArgumentException e) {
                // an id of characters the engine does not allow: the package is still named by what it says
            }
        }
        String stamp = LocalDateTime.ofInstant(time, TreeReader.VIETNAM).format(STAMP);
        String id = ref.replaceAll("[^A-Za-z0-9._:@+=-]", "_") + "/"
                + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "/" + receiver.value() + "/"
                + stamp;
        if (id.length() > MessageId.MAX_LENGTH) {
            // an over-long reference: a digest of the whole keeps the id unique and in bounds
            try {
                id = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks SHA-256", e);
            }
        }
        return new MessageId(id);
    }

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    // ------------------------------------------------------------------------------------------ events

    /**
     * The status a receiving system reports to the sender when {@code event} happens to an incoming document: the
     * moves of the incoming lifecycle ({@code StateChanged} of {@code IncomingState}: received 01, refused 02,
     * registered 03, assigned 04, in progress 05, done 06, recalled 15), a registration in the incoming register (03),
     * a refusal (02), an assignment (04); empty for every other event. The caller knows whether the event concerns a
     * document received from another organisation's system.
     */
    public static Optional<StatusCode> statusFor(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (event instanceof DomainEvent.StateChanged c && c.lifecycle().equals("IncomingState")) {
            return switch (c.to()) {
                case "RECEIVED" -> Optional.of(StatusCode.ARRIVED);
                case "REFUSED" -> Optional.of(StatusCode.REFUSED);
                case "REGISTERED" -> Optional.of(StatusCode.ACCEPTED);
                case "ASSIGNED" -> Optional.of(StatusCode.ASSIGNED);
                case "IN_PROGRESS" -> Optional.of(StatusCode.PROCESSING);
                case "DONE" -> Optional.of(StatusCode.COMPLETED);
                case "RECALLED" -> Optional.of(StatusCode.RECALL_AGREED);
                default -> Optional.empty();
            };
        }
        if (event instanceof DomainEvent.DocumentRegistered r) {
            return r.direction() == Direction.INCOMING ? Optional.of(StatusCode.ACCEPTED) : Optional.empty();
        }
        if (event instanceof DomainEvent.DocumentRefused) {
            return Optional.of(StatusCode.REFUSED);
        }
        if (event instanceof DomainEvent.DocumentAssigned) {
            return Optional.of(StatusCode.ASSIGNED);
        }
        return Optional.empty();
    }

}
