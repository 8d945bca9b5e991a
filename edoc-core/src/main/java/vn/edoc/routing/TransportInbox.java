package vn.edoc.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;

/**
 * Takes what the {@link Transport} holds for an organisation and hands each message to its flow (hộp thư đến liên
 * thông): a new document is received ({@link IncomingFlow#receive}, R-IN-9 rows included), a receipt
 * acknowledgement, refusal or status updates the delivery of the outgoing document it names
 * ({@link OutgoingFlow#onStatus}, R-OUT-6), and a recall notice is kept for the clerk, who cancels the document
 * ({@link IncomingFlow#cancelOnRecall}, R-IN-7) since that is the clerk's action. A message a flow refuses is kept
 * with its refusal instead of stopping the others.
 */
public final class TransportInbox {

    private final Transport transport;
    private final IncomingFlow incoming;
    private final OutgoingFlow outgoing;

    /** An inbox reading {@code transport} for the two flows. */
    public TransportInbox(Transport transport, IncomingFlow incoming, OutgoingFlow outgoing) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.incoming = Objects.requireNonNull(incoming, "incoming");
        this.outgoing = Objects.requireNonNull(outgoing, "outgoing");
    }

    /**
     * What one round of {@link #process} did.
     *
     * @param received the incoming records created
     * @param updated  the outgoing records updated by status messages
     * @param recalls  the recall notices waiting for the clerk
     * @param refused  the messages a flow refused, each with the refusal
     */
    public record Result(List<IncomingRecord> received, List<OutgoingRecord> updated, List<TransportMessage> recalls,
                         List<Refused> refused) {

        /** Copies the lists. */
        public Result {
            received = List.copyOf(received);
            updated = List.copyOf(updated);
            recalls = List.copyOf(recalls);
            refused = List.copyOf(refused);
        }
    }

    /**
     * A message a flow refused.
     *
     * @param message the message
     * @param refusal why
     */
    public record Refused(TransportMessage message, vn.edoc.validation.EdocRuleException refusal) {
    }

    /** Reads and dispatches every message waiting for {@code organisation}. */
    public Result process(OrganCode organisation) {
        List<IncomingRecord> received = new ArrayList<>();
        List<OutgoingRecord> updated = new ArrayList<>();
        List<TransportMessage> recalls = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (TransportMessage m : transport.receive(organisation)) {
            try {
                switch (m.kind()) {
                    case NEW_DOCUMENT -> received.addAll(incoming.receive(m));
                    case RECALL -> recalls.add(m);
                    default -> updated.add(outgoing.onStatus(m));
                }
            } catch (vn.edoc.validation.EdocRuleException e) {
                refused.add(new Refused(m, e));
            }
        }
        return new Result(received, updated, recalls, refused);
    }
}
