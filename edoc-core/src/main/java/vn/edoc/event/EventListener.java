package vn.edoc.event;

/**
 * Receives domain events (người nhận sự kiện). Called synchronously, on the thread that published the event; a
 * listener that throws is logged and skipped by the {@link EventPublisher}, never stopping the others nor the action
 * that published. A listener that does slow work (sending e-mail) should hand it to its own executor.
 */
@FunctionalInterface
public interface EventListener {

    /** Called once per event published. */
    void onEvent(DomainEvent event);
}
