package vn.edoc.interconnect.edxml;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The trace of a package ({@code TraceHeaderList}): the organisations it passed through with their times, and the
 * business part ({@code Bussiness}) saying whether it is a new document, a recall, an update or a replacement.
 *
 * @param headers   the trace headers, in order
 * @param business  the business part, when present
 * @param messageId the message's identifier, the {@code id} attribute of {@code TraceHeaderList}; {@code ""} when
 *                  absent (it carries the engine's {@link vn.edoc.spi.MessageId})
 * @param extension what edoc says beside the standard's fields ({@link EdocExtension}, written after
 *                  {@code TraceHeaderList}); {@link EdocExtension#none()} when nothing
 */
public record TraceInfo(List<TraceHeader> headers, Optional<Business> business, String messageId,
                        EdocExtension extension) {

    /** Copies the list. */
    public TraceInfo {
        headers = Texts.list(headers);
        Objects.requireNonNull(business, "business");
        messageId = Texts.text(messageId);
        extension = extension == null ? EdocExtension.none() : extension;
    }

    /** A trace without extension. */
    public TraceInfo(List<TraceHeader> headers, Optional<Business> business, String messageId) {
        this(headers, business, messageId, EdocExtension.none());
    }

    /** This trace with {@code value} as its extension. */
    public TraceInfo withExtension(EdocExtension value) {
        return new TraceInfo(headers, business, messageId, value);
    }

    /** A trace without message identifier. */
    public TraceInfo(List<TraceHeader> headers, Optional<Business> business) {
        this(headers, business, "");
    }

    /** No trace and no business part. */
    public static TraceInfo none() {
        return new TraceInfo(List.of(), Optional.empty());
    }

    /**
     * One hop ({@code TraceHeader}): an organisation and when the package passed it (Vietnam time, written
     * {@code yyyy/MM/dd HH:mm:ss}).
     *
     * @param organId   the organisation's code
     * @param timestamp when, Vietnam local time
     */
    public record TraceHeader(String organId, Optional<LocalDateTime> timestamp) {

        /** Turns a {@code null} code into {@code ""}. */
        public TraceHeader {
            organId = Texts.text(organId);
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }

    /**
     * The business part ({@code Bussiness}): what the package does to the document it names.
     *
     * @param documentId       the document concerned
     * @param type             new, recall, update or replace ({@code BussinessDocType})
     * @param reason           why ({@code BussinessDocReason})
     * @param paper            0 without, 1 with a paper copy ({@code Paper})
     * @param documentInfo     {@code BussinessDocumentInfo/DocumentInfo}
     * @param documentReceiver {@code BussinessDocumentInfo/DocumentReceiver}
     * @param receivers        {@code BussinessDocumentInfo/ReceiverList}
     * @param replacements     the documents replaced, for {@link BusinessDocType#REPLACE}
     * @param staff            who acted
     */
    public record Business(String documentId, BusinessDocType type, String reason, Optional<Integer> paper,
                           String documentInfo, String documentReceiver, List<Receiver> receivers,
                           List<ReplacementInfo> replacements, Optional<StaffInfo> staff) {

        /** Checks the type and optionals are given; copies lists. */
        public Business {
            documentId = Texts.text(documentId);
            Objects.requireNonNull(type, "type");
            reason = Texts.text(reason);
            Objects.requireNonNull(paper, "paper");
            documentInfo = Texts.text(documentInfo);
            documentReceiver = Texts.text(documentReceiver);
            receivers = Texts.list(receivers);
            replacements = Texts.list(replacements);
            Objects.requireNonNull(staff, "staff");
        }

        /** A business part of {@code type} for {@code documentId}, with {@code reason}. */
        public static Business of(String documentId, BusinessDocType type, String reason) {
            return new Business(documentId, type, reason, Optional.of(0), "", "", List.of(), List.of(),
                    Optional.empty());
        }
    }

    /**
     * A receiver of the business part ({@code Receiver}).
     *
     * @param organId      the receiver's code
     * @param receiverType its type code as written ({@code "0"}, {@code "1"})
     */
    public record Receiver(String organId, String receiverType) {

        /** Turns {@code null}s into {@code ""}. */
        public Receiver {
            organId = Texts.text(organId);
            receiverType = Texts.text(receiverType);
        }
    }

    /**
     * A document replaced by this one ({@code ReplacementInfo}) and the organisations concerned.
     *
     * @param documentId the replaced document
     * @param organIds   the organisations
     */
    public record ReplacementInfo(String documentId, List<String> organIds) {

        /** Copies the list. */
        public ReplacementInfo {
            documentId = Texts.text(documentId);
            organIds = Texts.list(organIds);
        }
    }
}
