package vn.edoc.store.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;

/**
 * An in-memory transport (truyền nhận trong bộ nhớ) with leases and acknowledgements: every message sent waits in
 * its recipient's inbox until a receiver acknowledges it, and every message ever sent is kept in {@link #sent()} for
 * tests and demos. Thread-safe.
 *
 * <h2>Content</h2>
 * Built without a content function ({@link #LoopbackTransport(Clock)}), it assumes every organisation reads one
 * shared {@link ContentStore} — one deployment hosting many organisations — and moves only the references. Built
 * with one ({@link #LoopbackTransport(Clock, Duration, Function)}), it copies the bytes of every file of a new
 * document from the sender's store into the receiver's when the message is sent, as a transport between two
 * deployments carries the files in its package; a file missing at the sender fails the send.
 */
public final class LoopbackTransport implements Transport {

    /** The lease given when none is set: five minutes. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private static final class Waiting {
        final TransportMessage message;
        int deliveries;
        String token;
        Instant leasedUntil;

        Waiting(TransportMessage message) {
            this.message = message;
        }
    }

    private final Clock clock;
    private final Duration lease;
    private final Function<OrganCode, ContentStore> contentOf;
    private final Map<OrganCode, List<Waiting>> inboxes = new HashMap<>();
    private final Map<String, Waiting> byToken = new HashMap<>();
    private final List<TransportMessage> sent = new ArrayList<>();
    private long tokens;

    /** A transport on {@code clock} with the default lease, every organisation sharing one content store. */
    public LoopbackTransport(Clock clock) {
        this(clock, DEFAULT_LEASE, null);
    }

    /** A transport on {@code clock} with leases of {@code lease}, every organisation sharing one content store. */
    public LoopbackTransport(Clock clock, Duration lease) {
        this(clock, lease, null);
    }

    /**
     * A transport on {@code clock} with leases of {@code lease} copying files from the sender's to the receiver's
     * content store, {@code contentOf} giving each organisation's store ({@code null}: one shared store).
     */
    public LoopbackTransport(Clock clock, Duration lease, Function<OrganCode, ContentStore> contentOf) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the lease must be positive: " + lease);
        }
        this.contentOf = contentOf;
    }

    @Override
    public void send(TransportMessage message) {
        Objects.requireNonNull(message, "message");
        if (contentOf != null) {
            copyContent(message);
        }
        synchronized (this) {
            inboxes.computeIfAbsent(message.to(), k -> new ArrayList<>()).add(new Waiting(message));
            sent.add(message);
        }
    }

    private void copyContent(TransportMessage message) {
        ContentStore source = Objects.requireNonNull(contentOf.apply(message.from()), "content store of sender");
        ContentStore target = Objects.requireNonNull(contentOf.apply(message.to()), "content store of receiver");
        if (source == target) {
            return;
        }
        for (ContentRef ref : message.contents()) {
            if (target.exists(ref)) {
                continue;
            }
            try (InputStream in = source.open(ref)) {
                ContentRef stored = target.put(in);
                if (!stored.equals(ref)) {
                    throw new IllegalStateException("copied " + stored + " instead of " + ref);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("copying " + ref + " failed", e);
            }
        }
    }

    @Override
    public synchronized List<LeasedMessage> receive(OrganCode organisation, int max) {
        Objects.requireNonNull(organisation, "organisation");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        List<Waiting> inbox = inboxes.get(organisation);
        if (inbox == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<LeasedMessage> out = new ArrayList<>();
        for (Waiting w : inbox) {
            if (out.size() == max) {
                break;
            }
            if (w.leasedUntil != null && now.isBefore(w.leasedUntil)) {
                continue;
            }
            if (w.token != null) {
                byToken.remove(w.token);
            }
            w.deliveries++;
            w.token = "lb-" + (++tokens);
            w.leasedUntil = now.plus(lease);
            byToken.put(w.token, w);
            out.add(new LeasedMessage(w.message, new DeliveryToken(w.token), w.deliveries, w.leasedUntil));
        }
        return List.copyOf(out);
    }

    @Override
    public synchronized boolean acknowledge(DeliveryToken token) {
        Objects.requireNonNull(token, "token");
        Waiting w = byToken.remove(token.value());
        if (w == null) {
            return false;
        }
        List<Waiting> inbox = inboxes.get(w.message.to());
        for (Iterator<Waiting> it = inbox.iterator(); it.hasNext(); ) {
            if (it.next() == w) {
                it.remove();
                break;
            }
        }
        return true;
    }

    /** Every message sent so far, in order. */
    public synchronized List<TransportMessage> sent() {
        return List.copyOf(sent);
    }

    /** How many messages wait for {@code organisation}, leased or not (not yet acknowledged). */
    public synchronized int waiting(OrganCode organisation) {
        List<Waiting> inbox = inboxes.get(organisation);
        return inbox == null ? 0 : inbox.size();
    }
}
