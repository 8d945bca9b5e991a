package vn.edoc.routing;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import vn.edoc.event.EventPublisher;
import vn.edoc.org.Directory;
import vn.edoc.register.RegisterService;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentStore;
import vn.edoc.spi.InboxStore;
import vn.edoc.spi.Notifier;
import vn.edoc.spi.RegisterStore;
import vn.edoc.spi.SequenceAllocator;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.Transport;
import vn.edoc.time.TimeRules;

/**
 * What the document flows work with (môi trường xử lý): one storage adapter's parts, the content store, the event
 * publisher, the transport, the notifier, the time rules and the clock. Plain constructor injection, no framework.
 *
 * @param transactions the units of work
 * @param documents    the document store
 * @param contents     the bytes of the files the records describe (signed through it, sent by reference):
 *                     receipt and registration check every file is there with the digest and size its document
 *                     gives
 * @param sequences    the register number allocator
 * @param registers    the register store
 * @param audit        the audit trail
 * @param events       where domain events go after commit
 * @param transport    how documents and status messages reach other organisations
 * @param notifier     how people are told
 * @param timeRules    deadlines (R-TIME-1, R-TIME-2, R-TIME-4)
 * @param clock        the source of every time
 * @param directory    the directory as it is now (e.g. {@code DirectoryStore::current}): every flow rebinds the
 *                     acting person to it before checking permissions, so a stale or forged snapshot in an
 *                     {@link Actor} counts for nothing (R-ACC-1, R-ACC-2)
 * @param inbox        the messages taken in and quarantined, written in the unit of work that takes a message in
 */
public record RoutingContext(Transactions transactions, DocumentStore documents, ContentStore contents,
                             SequenceAllocator sequences,
                             RegisterStore registers, AuditLog audit, EventPublisher events, Transport transport,
                             Notifier notifier, TimeRules timeRules, Clock clock,
                             Supplier<Directory> directory, InboxStore inbox) {

    /** Refuses missing parts. */
    public RoutingContext {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(sequences, "sequences");
        Objects.requireNonNull(registers, "registers");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(timeRules, "timeRules");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(inbox, "inbox");
    }

    /**
     * {@code actor} rebound to the current directory ({@link Actor#rebind}); {@code null} stays {@code null} so that
     * {@link Permissions#check} reports it as missing.
     */
    public Actor current(Actor actor) {
        return actor == null ? null : actor.rebind(directory.get());
    }

    /** A register service over these parts, on this clock. */
    public RegisterService registerService() {
        return new RegisterService(transactions, sequences, registers, audit, clock);
    }
}
