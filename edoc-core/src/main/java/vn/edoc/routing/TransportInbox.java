package vn.edoc.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.audit.Canonical;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.OrganCode;
import vn.edoc.org.Role;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.InboxEntry;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.QuarantinedMessage;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureVerifier;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.spi.VerificationReport;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Severity;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Takes what the {@link Transport} holds for an organisation and hands each message to its flow (hộp thư đến liên
 * thông): a new document is received ({@link IncomingFlow#receive}, R-IN-9 rows included), a receipt
 * acknowledgement, refusal or status goes to the {@link StatusReceiver} ({@link DeliveryTracker} unless given,
 * R-OUT-6), and a recall notice is stored, shown on the records and told to the clerks and handlers
 * ({@link IncomingFlow#noteRecall}); the clerk then cancels the document ({@link IncomingFlow#cancelOnRecall},
 * R-IN-7) since that is the clerk's action.
 *
 * <h2>Signatures (R-IN-1)</h2>
 * Built with a {@link SignatureVerifier}, the inbox verifies the main file of every document it carries in (new,
 * updated or replacing) — the signed file
 * (R-FMT-4); the document's own "signed" flag is the sender's claim, not a proof, so it does not exempt a file —
 * before its unit of work opens (no transaction waits on a large file). A document whose verification is
 * {@link SignatureIndication#TOTAL_FAILED} (altered, wrong signature, revoked or not-yet-valid certificate, no
 * signature) is not taken in: the message is quarantined with {@link FlowViolation#SIGNATURE_REJECTED} followed by
 * the verification's errors (and, as for every quarantined document, the sender is told it was not taken in), for
 * the clerk to dismiss or retry, which verifies again. Any other outcome is taken in, and the report's summary is written to the audit trail of every record the
 * receipt made ({@code incoming.verify-signature}), in the receipt's unit of work; an {@code INDETERMINATE} one
 * (untrusted chain, unknown revocation) is left to the clerk's check at registration ({@link ReceiptCheck}).
 *
 * <h2>Delivery guarantees</h2>
 * <ul>
 *   <li>Each message is taken in by its own unit of work, which also records it in the
 *       {@link vn.edoc.spi.InboxStore}; the transport is acknowledged only after that unit of work committed. A
 *       crash in between leaves the message unacknowledged: the transport delivers it again after the lease, and
 *       the inbox, finding the entry, acknowledges it without doing anything twice.</li>
 *   <li>A message that fails — a rule refusal or any other exception — is quarantined with its reason (stored,
 *       listed by {@link #quarantined}, retried or dismissed by a clerk) and acknowledged; the other messages keep
 *       flowing. If even the quarantine cannot be written, the message is left unacknowledged for a later round.</li>
 * </ul>
 */
public final class TransportInbox {

    private static final Logger LOG = LoggerFactory.getLogger(TransportInbox.class);
    /** How many messages one lease covers at most. */
    private static final int BATCH = 50;
    /** The audit object type of a quarantined message. */
    public static final String OBJECT_TYPE = "quarantine";

    private final RoutingContext ctx;
    private final IncomingFlow incoming;
    private final StatusReceiver statuses;
    private final Optional<SignatureVerifier> verifier;

    /** An inbox over {@code ctx}'s transport, with a new {@link IncomingFlow} and a {@link DeliveryTracker}. */
    public TransportInbox(RoutingContext ctx) {
        this(ctx, new IncomingFlow(ctx), new DeliveryTracker(ctx));
    }

    /** An inbox over {@code ctx}'s transport: new documents to {@code incoming}, statuses to {@code statuses}. */
    public TransportInbox(RoutingContext ctx, IncomingFlow incoming, StatusReceiver statuses) {
        this(ctx, incoming, statuses, Optional.empty());
    }

    /**
     * An inbox over {@code ctx}'s transport that verifies the signature of every new document with {@code verifier}
     * before taking it in (see the class description).
     */
    public TransportInbox(RoutingContext ctx, IncomingFlow incoming, StatusReceiver statuses,
                          SignatureVerifier verifier) {
        this(ctx, incoming, statuses, Optional.of(Objects.requireNonNull(verifier, "verifier")));
    }

    private TransportInbox(RoutingContext ctx, IncomingFlow incoming, StatusReceiver statuses,
                           Optional<SignatureVerifier> verifier) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.incoming = Objects.requireNonNull(incoming, "incoming");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.verifier = verifier;
    }

    /**
     * What one round of {@link #process} did.
     *
     * @param received    the incoming records created
     * @param updated     the outgoing records updated by status messages
     * @param recalls     the recall notices stored in this round, waiting for the clerk
     * @param duplicates  the messages ignored because they were taken in (or quarantined) before
     * @param quarantined the messages quarantined in this round, each with the exception that failed it
     * @param deferred    the messages left unacknowledged because not even the quarantine could be written; the
     *                    transport delivers them again after their lease
     * @param verified    the signature verification of every new document verified in this round (empty without a
     *                    verifier), taken in or quarantined
     */
    public record Result(List<IncomingRecord> received, List<OutgoingRecord> updated, List<TransportMessage> recalls,
                         List<TransportMessage> duplicates, List<Held> quarantined, List<TransportMessage> deferred,
                         List<Verified> verified) {

        /** Copies the lists. */
        public Result {
            received = List.copyOf(received);
            updated = List.copyOf(updated);
            recalls = List.copyOf(recalls);
            duplicates = List.copyOf(duplicates);
            quarantined = List.copyOf(quarantined);
            deferred = List.copyOf(deferred);
            verified = List.copyOf(verified);
        }
    }

    /**
     * The signature verification of a received document.
     *
     * @param message the message carrying the document
     * @param report  what the verifier found about its main file
     */
    public record Verified(TransportMessage message, VerificationReport report) {

        /** Refuses missing parts. */
        public Verified {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * A message quarantined in this round.
     *
     * @param stored the quarantine record as stored
     * @param cause  the exception that failed it
     */
    public record Held(QuarantinedMessage stored, RuntimeException cause) {
    }

    /** What taking in one message gave. */
    private record Outcome(List<IncomingRecord> received, Optional<OutgoingRecord> updated, boolean recall,
                           boolean duplicate) {
    }

    /** Reads and dispatches every message waiting for {@code organisation}; see the class description. */
    public Result process(OrganCode organisation) {
        Objects.requireNonNull(organisation, "organisation");
        List<IncomingRecord> received = new ArrayList<>();
        List<OutgoingRecord> updated = new ArrayList<>();
        List<TransportMessage> recalls = new ArrayList<>();
        List<TransportMessage> duplicates = new ArrayList<>();
        List<Held> held = new ArrayList<>();
        List<TransportMessage> deferred = new ArrayList<>();
        List<Verified> verified = new ArrayList<>();
        List<LeasedMessage> batch;
        // small batches, so that no lease runs out while earlier messages of the batch are taken in
        while (!(batch = ctx.transport().receive(organisation, BATCH)).isEmpty()) {
            for (LeasedMessage leased : batch) {
                TransportMessage m = leased.message();
                try {
                    Optional<VerificationReport> report = verify(m);
                    report.ifPresent(r -> verified.add(new Verified(m, r)));
                    Outcome o = takeInOnce(organisation, leased, report);
                    received.addAll(o.received());
                    o.updated().ifPresent(updated::add);
                    if (o.recall()) {
                        recalls.add(m);
                    }
                    if (o.duplicate()) {
                        duplicates.add(m);
                    }
                } catch (RuntimeException failure) {
                    try {
                        held.add(new Held(quarantine(organisation, leased, failure), failure));
                    } catch (RuntimeException e) {
                        LOG.error("message {} from {} for {} failed ({}) and could not be quarantined; left for"
                                + " redelivery", m.id(), m.from().value(), organisation.value(), failure, e);
                        deferred.add(m);
                    }
                }
            }
        }
        return new Result(received, updated, recalls, duplicates, held, deferred, verified);
    }

    /**
     * Takes {@code leased} in within one unit of work; when another receiver took the same message in meanwhile
     * (the unique inbox key refused this one), once more, which then finds it taken in.
     */
    private Outcome takeInOnce(OrganCode organisation, LeasedMessage leased, Optional<VerificationReport> report) {
        try {
            return takeInAndAcknowledge(organisation, leased, report);
        } catch (ConcurrentChangeException raced) {
            LOG.debug("message {} taken in concurrently; looking again", leased.message().id());
            return takeInAndAcknowledge(organisation, leased, report);
        }
    }

    /**
     * The verification of the main file of a new, updated or replacing document, outside any unit of work; empty
     * without a verifier or for a status message.
     */
    private Optional<VerificationReport> verify(TransportMessage m) {
        if (verifier.isEmpty() || !carriesDocument(m) || m.document().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IncomingFlow.verifyMainFile(m.document().get(), m.id().value(), verifier.get()));
    }

    private Outcome takeInAndAcknowledge(OrganCode organisation, LeasedMessage leased,
                                         Optional<VerificationReport> report) {
        return ctx.transactions().inTransaction(uow -> {
            Outcome out = takeIn(uow, organisation, leased.message(), false, report);
            acknowledgeAfterCommit(uow, leased.token());
            return out;
        });
    }

    private void acknowledgeAfterCommit(UnitOfWork uow, DeliveryToken token) {
        uow.afterCommit(() -> {
            if (!ctx.transport().acknowledge(token)) {
                // the lease ran out and the message went to another round: that round finds it taken in
                LOG.warn("acknowledgement {} came after the lease; the message will be ignored when seen again",
                        token.value());
            }
        });
    }

    private Outcome takeIn(UnitOfWork uow, OrganCode organisation, TransportMessage m, boolean retrying,
                           Optional<VerificationReport> report) {
        if (!m.to().equals(organisation)) {
            throw EdocRuleException.of(FlowViolation.WRONG_MESSAGE, "message.to", "addressed to " + m.to().value());
        }
        Optional<InboxEntry> seen = ctx.inbox().find(uow, organisation, m.from(), m.id());
        if (seen.isPresent()) {
            IncomingFlow.requireSameMessage(seen.get(), m);
            return new Outcome(List.of(), Optional.empty(), false, true);
        }
        boolean alreadyHeld = !retrying && ctx.inbox().quarantinedFor(uow, organisation, m.from(), m.id()).stream()
                .anyMatch(q -> q.state() != QuarantinedMessage.State.RELEASED
                        && q.message().digest().equals(m.digest()));
        if (alreadyHeld) {
            // delivered again while a person decides on it: the quarantined copy is the one that counts
            return new Outcome(List.of(), Optional.empty(), false, true);
        }
        return dispatch(uow, m, report);
    }

    private Outcome dispatch(UnitOfWork uow, TransportMessage m, Optional<VerificationReport> report) {
        switch (m.kind()) {
            case NEW_DOCUMENT -> {
                refuseFailedSignature(m, report);
                List<IncomingRecord> made = incoming.receive(uow, m);
                recordVerification(uow, made, report);
                return new Outcome(made, Optional.empty(), false, false);
            }
            case UPDATE, REPLACEMENT -> {
                refuseFailedSignature(m, report);
                List<IncomingRecord> changed = incoming.applyChange(uow, m);
                recordVerification(uow, changed, report);
                ctx.inbox().add(uow, InboxEntry.of(m, Steps.now(ctx)));
                return new Outcome(changed.stream().filter(r -> r.version() == 1).toList(), Optional.empty(), false,
                        false);
            }
            case RECALL -> {
                // the clerk decides: cancels the document (R-IN-7) or refuses the recall
                incoming.noteRecall(uow, m);
                ctx.inbox().add(uow, InboxEntry.of(m, Steps.now(ctx)));
                return new Outcome(List.of(), Optional.empty(), true, false);
            }
            default -> {
                OutgoingRecord r = statuses.onStatus(uow, m);
                ctx.inbox().add(uow, InboxEntry.of(m, Steps.now(ctx)));
                return new Outcome(List.of(), Optional.of(r), false, false);
            }
        }
    }

    /** Refuses a document whose signature failed; a file that did not arrive is said as such, not as a bad signature. */
    private void refuseFailedSignature(TransportMessage m, Optional<VerificationReport> report) {
        if (report.isPresent() && report.get().indication() == SignatureIndication.TOTAL_FAILED) {
            ContentCheck.requireStored(ctx.contents(), m.document().orElseThrow(), "document");
            throw rejected(report.get());
        }
    }

    /** The report's summary in the audit trail of each record the message made or changed, in its unit of work. */
    private void recordVerification(UnitOfWork uow, List<IncomingRecord> records,
                                    Optional<VerificationReport> report) {
        if (report.isEmpty()) {
            return;
        }
        String summary = IncomingFlow.summary(report.get());
        for (IncomingRecord r : records) {
            Steps.audit(ctx.audit(), uow, r.organisation(), DomainEvent.SYSTEM, "incoming.verify-signature",
                    Steps.now(ctx), IncomingFlow.OBJECT_TYPE, r.id(), r.digest(), r.digest(), summary, Set.of());
        }
    }

    /** The refusal of a document whose signature failed: the summary first, then the verification's errors. */
    private static EdocRuleException rejected(VerificationReport report) {
        List<Violation> all = new ArrayList<>();
        all.add(FlowViolation.SIGNATURE_REJECTED.at("document.signature", IncomingFlow.summary(report)));
        report.reasons().stream().filter(v -> v.severity() == Severity.ERROR).forEach(all::add);
        report.signatures().forEach(s -> s.reasons().stream().filter(v -> v.severity() == Severity.ERROR)
                .forEach(all::add));
        return new EdocRuleException(ValidationResult.of(all));
    }

    private QuarantinedMessage quarantine(OrganCode organisation, LeasedMessage leased, RuntimeException failure) {
        TransportMessage m = leased.message();
        String code = failureCode(failure);
        String reason = failureText(failure);
        QuarantinedMessage stored = ctx.transactions().inTransaction(uow -> {
            Instant now = Steps.now(ctx);
            Optional<QuarantinedMessage> before = ctx.inbox().quarantinedFor(uow, organisation, m.from(), m.id())
                    .stream().filter(q -> q.state() == QuarantinedMessage.State.HELD
                            && q.message().digest().equals(m.digest())).findFirst();
            QuarantinedMessage q = before.map(b -> b.failedAgain(code, reason, now)).orElseGet(() ->
                    new QuarantinedMessage(ctx.inbox().newQuarantineId(uow), organisation, m, code, reason, now,
                            now, 1, QuarantinedMessage.State.HELD, "", 1));
            ctx.inbox().saveQuarantined(uow, q);
            Steps.audit(ctx.audit(), uow, organisation, DomainEvent.SYSTEM, "inbox.quarantine", now, OBJECT_TYPE, q.id(),
                    before.map(TransportInbox::digest).orElse(null), digest(q), code + ": " + reason, Set.of());
            Steps.publish(uow, ctx.events(), new DomainEvent.MessageQuarantined(now, DomainEvent.SYSTEM, q.id(),
                    m.from().value(), code + ": " + reason));
            String what = m.kind() + " " + m.id() + " từ " + m.from().value() + ": " + reason;
            for (var clerk : ctx.directory().get().holders(organisation, Role.CLERK)) {
                uow.afterCommit(() -> ctx.notifier().notify(clerk.id(), "Thông điệp bị cách ly", what));
            }
            acknowledgeAfterCommit(uow, leased.token());
            if (before.isEmpty() && carriesDocument(m)) {
                // the sender learns at once that its document was not taken in (02 từ chối tiếp nhận, R-IN-6)
                TransportMessage refusal = new TransportMessage(MessageId.of("quarantine/"
                        + q.id().replaceAll("[^A-Za-z0-9._:@+=-]", "_") + "/refusal"), TransportMessage.Kind.REFUSAL,
                        organisation, m.from(), m.documentRef(), Optional.empty(), List.of(),
                        "không tiếp nhận được: " + reason, now);
                ctx.transport().send(uow, refusal);
            }
            return q;
        });
        LOG.warn("message {} from {} for {} quarantined as {}: {}", m.id(), m.from().value(), organisation.value(),
                stored.id(), reason);
        return stored;
    }

    private static boolean carriesDocument(TransportMessage m) {
        return m.kind() == TransportMessage.Kind.NEW_DOCUMENT || m.kind() == TransportMessage.Kind.UPDATE
                || m.kind() == TransportMessage.Kind.REPLACEMENT;
    }

    private static String failureCode(RuntimeException failure) {
        if (failure instanceof EdocRuleException rule && !rule.violations().isEmpty()) {
            return rule.violations().get(0).code();
        }
        return failure.getClass().getName();
    }

    private static String failureText(RuntimeException failure) {
        String text = failure.getMessage();
        return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
    }

    private static String digest(QuarantinedMessage q) {
        return Canonical.of("edoc.quarantine/1").text(q.id()).text(q.receiver().value()).text(q.message().digest())
                .text(q.failure()).text(q.reason()).number(q.attempts()).text(q.state().name()).text(q.decidedBy())
                .number(q.version()).sha256Hex();
    }

    // ------------------------------------------------------------------------------------------- for people

    /** The messages of {@code organisation} held in quarantine, oldest first, {@code limit} from {@code offset}. */
    public List<QuarantinedMessage> quarantined(OrganCode organisation, int offset, int limit) {
        return ctx.inbox().quarantinedOf(organisation, QuarantinedMessage.State.HELD, offset, limit);
    }

    /**
     * The clerk takes in a quarantined message again once its cause is fixed (nhận lại thông điệp bị cách ly): in one
     * unit of work the message is dispatched as on arrival and the quarantine record becomes RELEASED. When it fails
     * again the record keeps it HELD with the new reason and one more attempt, and the failure is thrown.
     *
     * @return what taking it in gave: the incoming records made, if any
     * @throws EdocRuleException {@link FlowViolation#NOT_QUARANTINED} when it is not held, a permission refusal, or
     *                           the refusal that failed the message again
     */
    public List<IncomingRecord> retry(Actor clerk, String quarantineId) {
        Steps.actor(clerk);
        QuarantinedMessage q = held(quarantineId);
        Permissions.require(ctx.current(clerk), Action.REGISTER_INCOMING, Scope.organisation(q.receiver()));
        try {
            // verified again, before the unit of work: the file, the trust anchors or the revocation data may differ
            Optional<VerificationReport> report = verify(q.message());
            return ctx.transactions().inTransaction(uow -> {
                QuarantinedMessage now = heldIn(uow, quarantineId);
                Outcome o = takeIn(uow, now.receiver(), now.message(), true, report);
                QuarantinedMessage released = now.decided(QuarantinedMessage.State.RELEASED, clerk.personId(),
                        "", Steps.now(ctx));
                ctx.inbox().saveQuarantined(uow, released);
                Steps.audit(ctx.audit(), uow, now.receiver(), clerk.account().name(), "inbox.retry", Steps.now(ctx), OBJECT_TYPE,
                        now.id(), digest(now), digest(released), "taken in on retry", Set.of());
                return o.received();
            });
        } catch (RuntimeException failure) {
            if (failure instanceof EdocRuleException rule
                    && rule.result().has(FlowViolation.NOT_QUARANTINED)) {
                throw failure;
            }
            ctx.transactions().run(uow -> {
                QuarantinedMessage now = heldIn(uow, quarantineId);
                QuarantinedMessage again = now.failedAgain(failureCode(failure), failureText(failure),
                        Steps.now(ctx));
                ctx.inbox().saveQuarantined(uow, again);
                Steps.audit(ctx.audit(), uow, now.receiver(), clerk.account().name(), "inbox.retry-failed", Steps.now(ctx),
                        OBJECT_TYPE, now.id(), digest(now), digest(again), again.reason(), Set.of());
            });
            throw failure;
        }
    }

    /**
     * The clerk dismisses a quarantined message with {@code reason} (loại bỏ): it stays stored, DISMISSED, and the
     * same message delivered again is ignored.
     */
    public QuarantinedMessage dismiss(Actor clerk, String quarantineId, String reason) {
        Steps.actor(clerk);
        QuarantinedMessage q = held(quarantineId);
        Permissions.require(ctx.current(clerk), Action.REGISTER_INCOMING, Scope.organisation(q.receiver()));
        String why = Steps.text(reason, () -> EdocRuleException.of(FlowViolation.REASON_REQUIRED, "reason"));
        return ctx.transactions().inTransaction(uow -> {
            QuarantinedMessage now = heldIn(uow, quarantineId);
            QuarantinedMessage dismissed = now.decided(QuarantinedMessage.State.DISMISSED, clerk.personId(), why,
                    Steps.now(ctx));
            ctx.inbox().saveQuarantined(uow, dismissed);
            Steps.audit(ctx.audit(), uow, now.receiver(), clerk.account().name(), "inbox.dismiss", Steps.now(ctx), OBJECT_TYPE,
                    now.id(), digest(now), digest(dismissed), why, Set.of());
            return dismissed;
        });
    }

    private QuarantinedMessage held(String id) {
        return ctx.inbox().quarantined(String.valueOf(id)).filter(q -> q.state() == QuarantinedMessage.State.HELD)
                .orElseThrow(() -> EdocRuleException.of(FlowViolation.NOT_QUARANTINED, "quarantineId",
                        String.valueOf(id)));
    }

    private QuarantinedMessage heldIn(UnitOfWork uow, String id) {
        return ctx.inbox().quarantined(uow, String.valueOf(id))
                .filter(q -> q.state() == QuarantinedMessage.State.HELD)
                .orElseThrow(() -> EdocRuleException.of(FlowViolation.NOT_QUARANTINED, "quarantineId",
                        String.valueOf(id)));
    }
}
