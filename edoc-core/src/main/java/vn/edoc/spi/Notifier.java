package vn.edoc.spi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person that something waits for them or has happened (thông báo): a document to handle, an outage
 * (R-OPS-2). The library ships {@link #logging()}; e-mail comes with {@code edoc-interconnect}. A notifier must not
 * throw for an unreachable person: it is called after the change committed.
 */
@FunctionalInterface
public interface Notifier {

    /** Tells {@code personId} about {@code subject}, with {@code message}. */
    void notify(String personId, String subject, String message);

    /** A notifier that writes each notice to the SLF4J log {@code vn.edoc.notify} at INFO level. */
    static Notifier logging() {
        Logger log = LoggerFactory.getLogger("vn.edoc.notify");
        return (personId, subject, message) -> log.info("to {}: {} - {}", personId, subject, message);
    }
}
