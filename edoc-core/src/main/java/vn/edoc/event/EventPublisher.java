package vn.edoc.event;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands domain events to listeners (phát sự kiện): synchronous, thread-safe, isolating. Each event goes to every
 * listener subscribed when publishing starts, in subscription order, on the publishing thread. A listener that
 * throws is logged through SLF4J (at WARN, with the event and the exception) and skipped: the other listeners
 * still receive the event and {@link #publish} returns normally, so that a failing notification never undoes
 * nor stops the action that raised it. Only errors of the virtual machine itself ({@link VirtualMachineError},
 * such as running out of memory) pass through.
 *
 * <p>Subscribing and unsubscribing are safe at any time, from any thread, including from inside a listener; the
 * change applies to the next event.
 */
public final class EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final CopyOnWriteArrayList<Registration> registrations = new CopyOnWriteArrayList<>();

    /** A handle to stop receiving events; closing twice is harmless. */
    public interface Subscription extends AutoCloseable {
        /** Stops the delivery of later events to this listener. */
        @Override
        void close();
    }

    /** A publisher without listeners. */
    public EventPublisher() {
    }

    /**
     * Subscribes {@code listener} to every event. The same listener subscribed twice receives each event twice.
     *
     * @throws IllegalArgumentException when {@code listener} is null
     */
    public Subscription subscribe(EventListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is required");
        }
        Registration r = new Registration(listener);
        registrations.add(r);
        return r;
    }

    /**
     * Subscribes {@code listener} to the events of {@code type} only.
     *
     * @throws IllegalArgumentException when an argument is null
     */
    public <E extends DomainEvent> Subscription subscribe(Class<E> type, Consumer<? super E> listener) {
        if (type == null || listener == null) {
            throw new IllegalArgumentException("type and listener are required");
        }
        return subscribe(event -> {
            if (type.isInstance(event)) {
                listener.accept(type.cast(event));
            }
        });
    }

    /**
     * Delivers {@code event} to every listener.
     *
     * @return the number of listeners that failed (0 when all received it)
     * @throws IllegalArgumentException when {@code event} is null
     */
    public int publish(DomainEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("event is required");
        }
        int failed = 0;
        for (Registration r : registrations) {
            try {
                r.listener.onEvent(event);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable t) {
                // a listener's fault must not reach the action that published the event
                failed++;
                LOG.warn("event listener {} failed on {}", r.listener, event, t);
            }
        }
        return failed;
    }

    /** The number of listeners subscribed now. */
    public int listenerCount() {
        return registrations.size();
    }

    private final class Registration implements Subscription {
        private final EventListener listener;

        private Registration(EventListener listener) {
            this.listener = Objects.requireNonNull(listener);
        }

        @Override
        public void close() {
            registrations.remove(this);
        }
    }
}
