package vn.edoc.store.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;

/**
 * An in-memory transport (truyền nhận trong bộ nhớ): every message sent waits in its recipient's inbox until
 * received, and every message ever sent is kept in {@link #sent()} for tests and demos. Thread-safe.
 */
public final class LoopbackTransport implements Transport {

    private final Map<OrganCode, Deque<TransportMessage>> inboxes = new HashMap<>();
    private final List<TransportMessage> sent = new ArrayList<>();

    /** An empty transport. */
    public LoopbackTransport() {
        // no set-up: the maps are the whole state
    }

    @Override
    public synchronized void send(TransportMessage message) {
        Objects.requireNonNull(message, "message");
        inboxes.computeIfAbsent(message.to(), k -> new ArrayDeque<>()).add(message);
        sent.add(message);
    }

    @Override
    public synchronized List<TransportMessage> receive(OrganCode organisation) {
        Deque<TransportMessage> inbox = inboxes.get(organisation);
        if (inbox == null) {
            return List.of();
        }
        List<TransportMessage> out = List.copyOf(inbox);
        inbox.clear();
        return out;
    }

    /** Every message sent so far, in order. */
    public synchronized List<TransportMessage> sent() {
        return List.copyOf(sent);
    }
}
