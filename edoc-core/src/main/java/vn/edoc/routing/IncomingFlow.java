package vn.edoc.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edoc.audit.AuditFlag;
import vn.edoc.document.AssignmentKind;
import vn.edoc.document.Document;
import vn.edoc.document.Urgency;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.OrganCode;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Person;
import vn.edoc.org.Role;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.InboxEntry;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.SignatureVerifier;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.spi.VerificationReport;
import vn.edoc.spi.VerificationViolation;
import vn.edoc.time.TimeRules;
import vn.edoc.time.WorkingTime;
import vn.edoc.validation.EdocRuleException;

/**
 * The incoming flow (quy trình xử lý văn bản đến): receipt from a transport or from paper (R-IN-2), the clerk's check
 * and registration (R-IN-1, R-IN-3) or refusal (R-IN-6), the office chief's proposal and the leader's annotation and
 * assignment (R-IN-8, R-IN-5), then in each unit the clerk, the head and the specialist (TP Đ3), and the recall
 * (R-IN-7). Bỉm Sơn's shorter route goes from registration straight to assignment (BS Đ12.2).
 *
 * <p>Every step is one unit of work: the permission check ({@link Permissions}, R-ACC-1, R-ACC-2), the lifecycle
 * check ({@link IncomingTransition}, {@link AssignmentTransition}), the change of the record with a history step,
 * one audit entry with the before and after digests, and the domain events and transport messages, which go out
 * only after commit. A refused step throws {@link EdocRuleException} naming its rule and changes nothing.
 */
public final class IncomingFlow {

    /** The audit object type of an incoming record. */
    public static final String OBJECT_TYPE = "incoming";

    private final RoutingContext ctx;
    private final IncomingRoutes routes;

    /** The flow over {@code ctx}, every organisation on the short route ({@link IncomingRoutes#direct()}). */
    public IncomingFlow(RoutingContext ctx) {
        this(ctx, IncomingRoutes.direct());
    }

    /** The flow over {@code ctx}, each organisation on its own route (R-IN-8). */
    public IncomingFlow(RoutingContext ctx, IncomingRoutes routes) {
        this.ctx = java.util.Objects.requireNonNull(ctx, "ctx");
        this.routes = java.util.Objects.requireNonNull(routes, "routes");
    }

    /** The route {@code organisation} follows. */
    public IncomingRoute routeOf(OrganCode organisation) {
        return java.util.Objects.requireNonNull(routes.of(organisation), "route of " + organisation);
    }

    // ------------------------------------------------------------------------------------------------ receipt

    /**
     * Receives a new document from a transport (tiếp nhận văn bản điện tử): one record per task it carries (R-IN-9),
     * or one, in state RECEIVED, with the effective receipt time (R-TIME-4) and the clerk's handling deadline
     * (R-TIME-2). Done by the system itself. Idempotent: the message is recorded in the {@link vn.edoc.spi.InboxStore}
     * in the same unit of work, and the same message (sender, id and digest) received again returns the records it
     * made the first time instead of making new ones.
     *
     * @throws EdocRuleException when the message is not a new document, the document is a state secret (R-SEC-1), a
     *                           file is not in the content store as described (R-ARC-1), or the sender already sent
     *                           other content under this message id
     */
    public List<IncomingRecord> receive(TransportMessage message) {
        requireNewDocument(message);
        return ctx.transactions().inTransaction(uow -> receive(uow, message));
    }

    private static void requireNewDocument(TransportMessage message) {
        if (message == null || message.kind() != TransportMessage.Kind.NEW_DOCUMENT) {
            throw EdocRuleException.of(FlowViolation.WRONG_MESSAGE, "message", "a new document is expected");
        }
    }

    /** {@link #receive(TransportMessage)} inside {@code uow}, for the {@link TransportInbox}. */
    List<IncomingRecord> receive(UnitOfWork uow, TransportMessage message) {
        requireNewDocument(message);
        Optional<InboxEntry> seen = ctx.inbox().find(uow, message.to(), message.from(), message.id());
        if (seen.isPresent()) {
            requireSameMessage(seen.get(), message);
            return ctx.documents().incomingFrom(uow, message.to(), message.from(), message.documentRef());
        }
        List<IncomingRecord> made = create(uow, DomainEvent.SYSTEM, DomainEvent.SYSTEM, message.to(),
                Origin.TRANSPORT, Optional.of(message.from()), message.documentRef(), message.document().orElseThrow(),
                message.tasks(), Steps.now(ctx), Set.of(), "");
        ctx.inbox().add(uow, InboxEntry.of(message, Steps.now(ctx)));
        // 01 đã đến: the system has it, the clerk has not handled it yet
        answer(uow, made.get(0), TransportMessage.Kind.ARRIVED, "", Steps.now(ctx));
        return made;
    }

    /** Refuses a message whose id was already taken in with another digest. */
    static void requireSameMessage(InboxEntry seen, TransportMessage message) {
        if (!seen.digest().equals(message.digest())) {
            throw EdocRuleException.of(FlowViolation.MESSAGE_ID_REUSED, "message.id", message.id().value(),
                    message.from().value());
        }
    }

    /**
     * Receives a document scanned from paper (R-IN-2): the clerk enters it, and it is then routed like an electronic
     * one. {@code sender} is the issuing organisation when it has a code.
     */
    public IncomingRecord receivePaper(Actor clerk, Document scanned, Optional<OrganCode> sender) {
        Steps.actor(clerk);
        OrganCode org = clerk.person().organisation();
        return ctx.transactions().inTransaction(uow -> {
            Permissions.require(ctx.current(clerk), Action.REGISTER_INCOMING, Scope.organisation(org));
            return create(uow, clerk.personId(), clerk.account().name(), org, Origin.PAPER, sender == null ? Optional.empty() : sender, "",
                    scanned, List.of(), Steps.now(ctx), Set.of(), "").get(0);
        });
    }

    private List<IncomingRecord> create(UnitOfWork uow, String actor, String auditActor, OrganCode org, Origin origin,
                                        Optional<OrganCode> sender, String ref, Document document, List<String> tasks,
                                        Instant received, Set<AuditFlag> flags, String comment) {
        if (document == null) {
            throw EdocRuleException.of(FlowViolation.WRONG_MESSAGE, "document", "the document is missing");
        }
        if (document.confidentiality().isStateSecret()) {
            throw EdocRuleException.of(FlowViolation.NOT_ENTERED, "document.confidentiality",
                    document.confidentiality().vietnameseName());
        }
        ContentCheck.requireStored(ctx.contents(), document, "document");
        Urgency urgency = document.urgency();
        Instant effective = ctx.timeRules().effectiveReceipt(received).toInstant();
        Instant handling = ctx.timeRules().handlingDeadline(received, urgency).toInstant();
        Instant assignBy = ctx.timeRules().assignmentDeadline(received).toInstant();
        List<String> rows = tasks.isEmpty() ? List.of("") : tasks;
        List<IncomingRecord> made = new ArrayList<>();
        String groupId = null;
        for (String task : rows) {
            String id = ctx.documents().newId(uow, "in");
            groupId = groupId == null ? id : groupId;
            HistoryStep step = new HistoryStep(received, actor, "incoming.receive", "", IncomingState.RECEIVED.name(),
                    comment);
            IncomingRecord r = new IncomingRecord(id, groupId, org, origin, sender, ref == null ? "" : ref, document,
                    task == null ? "" : task.strip(), IncomingState.RECEIVED, received, effective, handling, assignBy,
                    0, Optional.empty(), List.of(), List.of(step), "", !flags.isEmpty(), 1);
            ctx.documents().saveIncoming(uow, r);
            Steps.audit(ctx.audit(), uow, org, auditActor, "incoming.receive", Steps.now(ctx), OBJECT_TYPE, id, null,
                    r.digest(), comment, flags);
            made.add(r);
        }
        return List.copyOf(made);
    }

    // ------------------------------------------------------------------------------------------ clerk's check

    /**
     * The clerk checks and registers the document of record {@code recordId} (R-IN-1, R-IN-3): every row of the
     * received document gets the same number in the incoming register, in the same unit of work; a receipt
     * acknowledgement goes back to the sender after commit.
     *
     * @throws EdocRuleException when the check finds a fault ({@link FlowViolation#RECEIPT_CHECK_FAILED}: refuse
     *                           it instead), a file is not in the content store as the document describes it
     *                           ({@link FlowViolation#CONTENT_MISSING}), the clerk may not, the record is not
     *                           RECEIVED, or the register refuses
     */
    public List<IncomingRecord> register(Actor clerk, RecordId recordId, ReceiptCheck check) {
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord first = load(uow, String.valueOf(recordId));
            Permissions.require(ctx.current(clerk), Action.REGISTER_INCOMING, Scope.organisation(first.organisation()));
            List<IncomingRecord> group = group(uow, first);
            for (IncomingRecord r : group) {
                IncomingTransition.transitionBetween(r.state(), IncomingState.REGISTERED);
            }
            receiptCheck(first, check);
            ContentCheck.requireStored(ctx.contents(), first.document(), "document");
            Instant now = Steps.now(ctx);
            RegisterEntry entry = ctx.registerService().register(uow, request(first, clerk));
            List<IncomingRecord> done = new ArrayList<>();
            for (IncomingRecord r : group) {
                IncomingRecord next = r.registered(entry.number(), now, false, new HistoryStep(now, clerk.personId(),
                        "incoming.register", r.state().name(), IncomingState.REGISTERED.name(),
                        "số đến " + entry.number()));
                save(uow, clerk.account().name(), "incoming.register", r, next, "number " + entry.number(), Set.of());
                stateChanged(uow, clerk.personId(), r, next, IncomingTransition.RECEIVED_TO_REGISTERED.ruleId());
                done.add(next);
            }
            Steps.publish(uow, ctx.events(), new DomainEvent.DocumentRegistered(now, clerk.personId(),
                    first.groupId(), vn.edoc.document.Direction.INCOMING, entry.number()));
            answer(uow, first, TransportMessage.Kind.RECEIPT_ACK, "received as number " + entry.number(), now);
            // R-IN-4: once registered it goes to the person who proposes or assigns
            List<Person> next = ctx.directory().get().officeChiefOf(first.organisation()).map(List::of)
                    .orElse(ctx.directory().get().holders(first.organisation(), Role.LEADER));
            notifyAll(uow, next, first, "Văn bản đến chờ xử lý");
            return List.copyOf(done);
        });
    }

    /**
     * Checks the digital signatures of the main file of record {@code recordId} with {@code verifier} (kiểm tra chữ
     * ký số, R-IN-1) and records the outcome in the audit trail ({@code incoming.verify-signature}, the indication
     * of every signature and the codes of the reasons), for the clerk to register the document with
     * {@link ReceiptCheck#of(int, VerificationReport)} or to refuse it. The file is verified before any
     * unit of work opens, so no transaction waits on a large file; the record itself does not change.
     *
     * @throws EdocRuleException when the record does not exist or the clerk may not register incoming documents
     */
    public VerificationReport verifySignatures(Actor clerk, RecordId recordId,
                                                           SignatureVerifier verifier) {
        java.util.Objects.requireNonNull(verifier, "verifier");
        IncomingRecord record = ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Permissions.require(ctx.current(clerk), Action.REGISTER_INCOMING, Scope.organisation(r.organisation()));
            return r;
        });
        VerificationReport report = verifyMainFile(record.document(), String.valueOf(recordId), verifier);
        ctx.transactions().inTransaction(uow -> {
            Steps.audit(ctx.audit(), uow, record.organisation(), clerk.account().name(), "incoming.verify-signature", Steps.now(ctx),
                    OBJECT_TYPE, record.id(), record.digest(), record.digest(), summary(report), Set.of());
            return null;
        });
        return report;
    }

    /**
     * The verification of {@code document}'s main file, the signed file (R-FMT-4); a failed report naming
     * {@code name} when the document has none. The verifier does not throw for what a file contains.
     */
    static VerificationReport verifyMainFile(Document document, String name, SignatureVerifier verifier) {
        return document.mainFile()
                .map(f -> verifier.verify(new ContentRef(f.sha256(), f.size())))
                .orElseGet(() -> VerificationReport.failed(name,
                        VerificationViolation.UNREADABLE.at("document.attachments",
                                "the document has no main file")));
    }

    /** One line per signature for the audit trail: field, indication, reasons' codes. */
    static String summary(VerificationReport report) {
        StringBuilder sb = new StringBuilder(report.indication().name());
        for (SignatureReport s : report.signatures()) {
            sb.append("; ").append(s.field()).append(' ').append(s.indication()).append(" (").append(s.signer())
                    .append(')');
            s.reasons().forEach(v -> sb.append(' ').append(v.code()));
        }
        report.reasons().forEach(v -> sb.append("; ").append(v.code()));
        return sb.toString();
    }

    private void receiptCheck(IncomingRecord r, ReceiptCheck check) {
        List<String> faults = new ArrayList<>();
        Document d = r.document();
        if (check == null) {
            faults.add("no check result");
        } else {
            if (d.notation().isEmpty()) {
                faults.add("number and notation missing");
            }
            if (d.pageCount() < 1 || check.pagesCounted() != d.pageCount()) {
                faults.add("page count " + d.pageCount() + " declared, " + check.pagesCounted() + " counted");
            }
            if (r.origin() == Origin.TRANSPORT && !check.signatureValid()) {
                faults.add("the digital signature does not verify");
            }
        }
        if (!faults.isEmpty()) {
            throw EdocRuleException.of(FlowViolation.RECEIPT_CHECK_FAILED, "check", String.join("; ", faults));
        }
    }

    private static RegistrationRequest request(IncomingRecord r, Actor clerk) {
        Document d = r.document();
        return RegistrationRequest.incoming(r.organisation())
                .documentId(r.groupId()).notation(d.notation().map(n -> n.format()).orElse(null))
                .documentDate(d.issueDate().orElse(null)).type(d.type().orElse(null))
                .summary(d.subject().orElse(null)).issuer(d.issuer().map(i -> i.name()).orElse(null))
                .pageCount(d.pageCount()).urgency(d.urgency()).confidentiality(d.confidentiality())
                .actorId(clerk.account().name()).build();
    }

    /**
     * The clerk refuses the document of record {@code recordId} with {@code reason} (R-IN-6): every row becomes
     * REFUSED and the reason goes back to the sender as a REFUSAL message after commit.
     */
    public List<IncomingRecord> refuse(Actor clerk, RecordId recordId, String reason) {
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord first = load(uow, String.valueOf(recordId));
            Permissions.require(ctx.current(clerk), Action.REFUSE_INCOMING, Scope.organisation(first.organisation()));
            String why = Steps.text(reason, () -> EdocRuleException.of(FlowViolation.REASON_REQUIRED, "reason"));
            Instant now = Steps.now(ctx);
            List<IncomingRecord> done = new ArrayList<>();
            for (IncomingRecord r : group(uow, first)) {
                IncomingTransition t = IncomingTransition.transitionBetween(r.state(), IncomingState.REFUSED);
                IncomingRecord next = r.closed(IncomingState.REFUSED, Optional.of(now), why, r.assignments(),
                        new HistoryStep(now, clerk.personId(), "incoming.refuse", r.state().name(), t.to().name(),
                                why));
                save(uow, clerk.account().name(), "incoming.refuse", r, next, why, Set.of());
                stateChanged(uow, clerk.personId(), r, next, t.ruleId());
                done.add(next);
            }
            Steps.publish(uow, ctx.events(), new DomainEvent.DocumentRefused(now, clerk.personId(), first.groupId(),
                    why));
            answer(uow, first, TransportMessage.Kind.REFUSAL, why, now);
            return List.copyOf(done);
        });
    }

    // ------------------------------------------------------------------------------- proposal and assignment

    /** The office chief proposes how to handle it (đề xuất, R-IN-8, TP Đ3.1b): REGISTERED → PROPOSED. */
    public IncomingRecord propose(Actor chief, RecordId recordId, String proposal) {
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Permissions.require(ctx.current(chief), Action.PROPOSE, Scope.organisation(r.organisation()));
            IncomingTransition t = IncomingTransition.transitionBetween(r.state(), IncomingState.PROPOSED);
            String text = Steps.text(proposal, () -> EdocRuleException.of(FlowViolation.COMMENT_REQUIRED, "proposal"));
            Instant now = Steps.now(ctx);
            IncomingRecord next = r.with(IncomingState.PROPOSED, r.assignments(), new HistoryStep(now,
                    chief.personId(), "incoming.propose", r.state().name(), t.to().name(), text));
            save(uow, chief.account().name(), "incoming.propose", r, next, text, Set.of());
            stateChanged(uow, chief.personId(), r, next, t.ruleId());
            notifyAll(uow, ctx.directory().get().holders(r.organisation(), Role.LEADER), r,
                    "Văn bản chờ bút phê");
            return next;
        });
    }

    /**
     * The leader annotates (bút phê) and assigns (R-IN-5, R-IN-8): exactly one lead unit and any cooperating units,
     * each once and with its own deadline, and any units or persons informed (the vice-chair in charge, the office
     * leader who follows up, TP Đ3.1c), without deadlines; from PROPOSED (district route) or straight from
     * REGISTERED (R-IN-4, BS Đ12.2) unless the organisation's {@link IncomingRoute#proposalRequired()}. A deadline
     * before now is refused ({@link FlowViolation#DEADLINE_IN_PAST}); one outside office hours is moved to the end of
     * office hours (see {@link #normaliseDeadline}); a deadline given as a date is {@link #deadlineOn(LocalDate)}.
     */
    public IncomingRecord assign(Actor leader, RecordId recordId, String annotation, List<AssignmentOrder> orders) {
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Permissions.require(ctx.current(leader), Action.ANNOTATE_AND_ASSIGN, Scope.organisation(r.organisation()));
            IncomingTransition t = IncomingTransition.transitionBetween(r.state(), IncomingState.ASSIGNED);
            if (t == IncomingTransition.REGISTERED_TO_ASSIGNED && routeOf(r.organisation()).proposalRequired()) {
                throw EdocRuleException.of(FlowViolation.PROPOSAL_REQUIRED, "state", r.id());
            }
            String text = Steps.text(annotation,
                    () -> EdocRuleException.of(FlowViolation.COMMENT_REQUIRED, "annotation"));
            Instant now = Steps.now(ctx);
            List<Assignment> made = orders(ctx.current(leader), r, orders, now, ctx.timeRules());
            IncomingRecord next = r.with(IncomingState.ASSIGNED, made, new HistoryStep(now, leader.personId(),
                    "incoming.assign", r.state().name(), t.to().name(), text));
            save(uow, leader.account().name(), "incoming.assign", r, next, text, Set.of());
            stateChanged(uow, leader.personId(), r, next, t.ruleId());
            for (Assignment a : made) {
                Steps.publish(uow, ctx.events(), new DomainEvent.DocumentAssigned(now, leader.personId(), r.id(),
                        a.unitId(), a.kind(), a.deadline().orElse(null)));
                String subject = "Văn bản được phân công (" + a.kind().vietnameseName() + ")";
                if (a.isPerson()) {
                    notifyAll(uow, ctx.directory().get().person(a.personId()).stream().toList(), r, subject);
                } else {
                    ctx.directory().get().clerkOf(a.unitId()).ifPresent(c -> notifyAll(uow, List.of(c), r,
                            subject));
                }
            }
            return next;
        });
    }

    /**
     * The deadline instant of an assignment due on {@code date}: the end of that day's office hours, or of the next
     * working day when the date is a day off (as task deadlines, {@link TimeRules#endOfDeadlineDay}).
     */
    public Instant deadlineOn(LocalDate date) {
        if (date == null) {
            throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "deadline", "a deadline date is missing");
        }
        return ctx.timeRules().endOfDeadlineDay(date).toInstant();
    }

    /**
     * An assignment deadline outside office hours (at night, in the lunch break, on a day off) moves to the end of
     * the office hours of its day, or of the next working day when the day is off or its office hours are over:
     * later, never earlier, so normalising never shortens the time the leader gave.
     */
    static Instant normaliseDeadline(Instant deadline, TimeRules rules) {
        if (rules.workingTime().isOfficeTime(deadline)) {
            return deadline;
        }
        LocalDate day = WorkingTime.vietnamTime(deadline).toLocalDate();
        Instant end = rules.endOfDeadlineDay(day).toInstant();
        return end.isBefore(deadline)
                ? rules.endOfDeadlineDay(rules.workingTime().addWorkingDays(day, 1)).toInstant() : end;
    }

    private static List<Assignment> orders(Actor leader, IncomingRecord r, List<AssignmentOrder> orders,
                                           Instant now, TimeRules rules) {
        if (orders == null || orders.isEmpty() || orders.stream().anyMatch(java.util.Objects::isNull)) {
            throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders", "no units given");
        }
        long leads = orders.stream().filter(o -> o.kind() == AssignmentKind.LEAD).count();
        if (leads != 1) {
            throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders",
                    "exactly one lead unit (chủ trì) is needed, " + leads + " given");
        }
        Set<String> seen = new HashSet<>();
        List<Assignment> made = new ArrayList<>();
        for (AssignmentOrder o : orders) {
            String unitId = o.unitId();
            if (!o.personId().isEmpty()) {
                // a person informed: someone of this organisation who can act, such as the vice-chair in charge
                unitId = leader.directory().person(o.personId())
                        .filter(p -> p.organisation().equals(r.organisation()))
                        .filter(p -> leader.directory().canAct(p.id())).map(Person::unitId)
                        .orElseThrow(() -> EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders",
                                "person " + o.personId() + " is not an active member of " + r.organisation()));
                if (!seen.add("person:" + o.personId())) {
                    throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders",
                            "person " + o.personId() + " twice");
                }
            } else {
                String unit = unitId;
                boolean known = leader.directory().unit(unit)
                        .filter(u -> u.organisation().equals(r.organisation())).isPresent();
                if (!known) {
                    throw EdocRuleException.of(RoutingViolation.UNKNOWN_UNIT, "orders", unit,
                            r.organisation().value());
                }
                if (!seen.add(unit)) {
                    throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders", "unit " + unit + " twice");
                }
            }
            Optional<Instant> deadline = o.deadline();
            if (deadline.isPresent() && deadline.get().isBefore(now)) {
                throw EdocRuleException.of(FlowViolation.DEADLINE_IN_PAST, "orders", deadline.get(), unitId);
            }
            made.add(new Assignment(unitId, o.personId(), o.kind(), deadline.map(d -> normaliseDeadline(d, rules)),
                    AssignmentState.ASSIGNED, "", 0));
        }
        return made;
    }

    // ------------------------------------------------------------------------------------------- in the units

    /**
     * The unit's clerk takes the document in (R-IN-8, TP Đ3.2a): ASSIGNED → RECEIVED_BY_UNIT; when it is the lead
     * unit, the document goes ASSIGNED → IN_PROGRESS. Where the organisation's route has
     * {@linkplain IncomingRoute#unitRegisters() units registering}, the clerk enters it in the unit's own incoming
     * register ({@link IncomingRoute#unitSeries}) in the same unit of work, and the number is kept on the
     * assignment ({@link Assignment#unitNumber()}).
     */
    public IncomingRecord receiveAtUnit(Actor unitClerk, RecordId recordId, UnitId unitId) {
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Permissions.require(ctx.current(unitClerk), Action.FORWARD_TO_HEAD, Scope.unit(r.organisation(), String.valueOf(unitId)));
            Assignment a = r.assignment(String.valueOf(unitId)).orElseThrow(() -> EdocRuleException.of(
                    FlowViolation.NOT_ASSIGNED_TO_UNIT, "unitId", String.valueOf(unitId)));
            String comment = "";
            if (routeOf(r.organisation()).unitRegisters()) {
                AssignmentTransition.transitionBetween(a.state(), AssignmentState.RECEIVED_BY_UNIT, a.kind());
                vn.edoc.org.Unit unit = ctx.directory().get().unit(String.valueOf(unitId)).orElseThrow(() -> EdocRuleException.of(
                        RoutingViolation.UNKNOWN_UNIT, "unitId", String.valueOf(unitId), r.organisation().value()));
                RegisterEntry entry = ctx.registerService().register(uow, request(r, unitClerk).toBuilder()
                        .series(IncomingRoute.unitSeries(unit)).build());
                a = a.numbered(entry.number());
                comment = "số đến của đơn vị " + entry.number();
            }
            return moveUnit(uow, unitClerk, r, a, AssignmentState.RECEIVED_BY_UNIT, "incoming.unit-receive", null,
                    comment);
        });
    }

    /**
     * A person informed of the document (để biết, TP Đ3.1c: the vice-chair in charge of the field, the office leader
     * following up) records that they have read it: their part goes ASSIGNED → DONE. Only that person may.
     */
    public IncomingRecord acknowledge(Actor person, RecordId recordId) {
        Steps.actor(person);
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Actor current = ctx.current(person);
            Assignment a = r.assignments().stream().filter(x -> x.personId().equals(current.personId()))
                    .findFirst().orElseThrow(() -> EdocRuleException.of(FlowViolation.NOT_INFORMED, "personId",
                            current.personId(), r.id()));
            Permissions.require(current, Action.ACKNOWLEDGE,
                    Scope.assignment(r.organisation(), a.unitId(), a.personId()));
            return moveUnit(uow, current, r, a, AssignmentState.DONE, "incoming.acknowledge", null, "đã biết");
        });
    }

    /** The unit's clerk forwards it to the head (R-IN-8): RECEIVED_BY_UNIT → WITH_HEAD. */
    public IncomingRecord forwardToHead(Actor unitClerk, RecordId recordId, UnitId unitId) {
        return unitStep(unitClerk, String.valueOf(recordId), String.valueOf(unitId), Action.FORWARD_TO_HEAD, AssignmentState.WITH_HEAD,
                "incoming.forward", null, "");
    }

    /**
     * The head gives it to a specialist of the unit (R-IN-8, TP Đ3.2b): WITH_HEAD → WITH_SPECIALIST.
     *
     * @throws EdocRuleException when the specialist does not work in the unit ({@link FlowViolation#NOT_IN_UNIT})
     */
    public IncomingRecord assignSpecialist(Actor head, RecordId recordId, UnitId unitId, PersonId specialistId,
                                           String comment) {
        return unitStep(head, String.valueOf(recordId), String.valueOf(unitId), Action.ASSIGN_SPECIALIST, AssignmentState.WITH_SPECIALIST,
                "incoming.assign-specialist", String.valueOf(specialistId), comment);
    }

    /**
     * The person holding the unit's work finishes it (R-IN-8): the specialist (WITH_SPECIALIST) or the head
     * (WITH_HEAD) → DONE, or ANSWERED for a cooperating unit (R-TASK-9). When the lead unit is done the document
     * is DONE.
     */
    public IncomingRecord complete(Actor handler, RecordId recordId, UnitId unitId, String comment) {
        Steps.actor(handler);
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Assignment a = r.assignment(String.valueOf(unitId)).orElseThrow(() -> EdocRuleException.of(
                    FlowViolation.NOT_ASSIGNED_TO_UNIT, "unitId", String.valueOf(unitId)));
            String holder = a.state() == AssignmentState.WITH_SPECIALIST ? a.handlerId()
                    : handler.account().has(Role.UNIT_HEAD) && handler.person().unitId().equals(String.valueOf(unitId))
                    ? handler.personId() : ctx.directory().get().headOf(String.valueOf(unitId)).map(Person::id).orElse("");
            Permissions.require(ctx.current(handler), Action.COMPLETE,
                    Scope.assignment(r.organisation(), String.valueOf(unitId), holder));
            AssignmentState target = a.kind() == AssignmentKind.COOPERATE ? AssignmentState.ANSWERED
                    : AssignmentState.DONE;
            return moveUnit(uow, handler, r, a, target, "incoming.complete", null, comment);
        });
    }

    /**
     * The specialist hands the work back to the head (R-IN-8: for another specialist or the head's decision):
     * WITH_SPECIALIST → WITH_HEAD, by the specialist holding it.
     */
    public IncomingRecord backToHead(Actor handler, RecordId recordId, UnitId unitId, String comment) {
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Assignment a = r.assignment(String.valueOf(unitId)).orElseThrow(() -> EdocRuleException.of(
                    FlowViolation.NOT_ASSIGNED_TO_UNIT, "unitId", String.valueOf(unitId)));
            Permissions.require(ctx.current(handler), Action.HANDLE,
                    Scope.assignment(r.organisation(), String.valueOf(unitId), a.handlerId()));
            return moveUnit(uow, handler, r, a, AssignmentState.WITH_HEAD, "incoming.back-to-head", "", comment);
        });
    }

    /**
     * The unit returns a document assigned to it by mistake (trả lại, R-IN-5), with its reason: from the unit's
     * clerk (RECEIVED_BY_UNIT) or its head (WITH_HEAD) → RETURNED. The lead unit's return leaves the document for
     * the leader to assign again only through a new document; the other units are unaffected.
     */
    public IncomingRecord returnAssignment(Actor actor, RecordId recordId, UnitId unitId, String reason) {
        String why = Steps.text(reason, () -> EdocRuleException.of(FlowViolation.REASON_REQUIRED, "reason"));
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Assignment a = r.assignment(String.valueOf(unitId)).orElseThrow(() -> EdocRuleException.of(
                    FlowViolation.NOT_ASSIGNED_TO_UNIT, "unitId", String.valueOf(unitId)));
            Action action = a.state() == AssignmentState.WITH_HEAD ? Action.ASSIGN_SPECIALIST
                    : Action.FORWARD_TO_HEAD;
            Permissions.require(ctx.current(actor), action, Scope.unit(r.organisation(), String.valueOf(unitId)));
            return moveUnit(uow, actor, r, a, AssignmentState.RETURNED, "incoming.return", null, why);
        });
    }

    /**
     * The head of a cooperating unit refuses the cooperation in writing, with reasons (R-TASK-9, LS Đ14.4):
     * WITH_HEAD → COOPERATION_REFUSED.
     */
    public IncomingRecord refuseCooperation(Actor head, RecordId recordId, UnitId unitId, String reasons) {
        String why = Steps.text(reasons, () -> EdocRuleException.of(FlowViolation.REASON_REQUIRED, "reasons"));
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, String.valueOf(recordId));
            Permissions.require(ctx.current(head), Action.COOPERATE_REFUSE, Scope.unit(r.organisation(), String.valueOf(unitId)));
            Assignment a = r.assignment(String.valueOf(unitId)).orElseThrow(() -> EdocRuleException.of(
                    FlowViolation.NOT_ASSIGNED_TO_UNIT, "unitId", String.valueOf(unitId)));
            return moveUnit(uow, head, r, a, AssignmentState.COOPERATION_REFUSED, "incoming.refuse-cooperation",
                    null, why);
        });
    }

    private IncomingRecord unitStep(Actor actor, String recordId, String unitId, Action action,
                                    AssignmentState target, String auditAction, String handlerId, String comment) {
        return ctx.transactions().inTransaction(uow -> {
            IncomingRecord r = load(uow, recordId);
            Permissions.require(ctx.current(actor), action, Scope.unit(r.organisation(), unitId));
            Assignment a = r.assignment(unitId).orElseThrow(() -> EdocRuleException.of(
                    FlowViolation.NOT_ASSIGNED_TO_UNIT, "unitId", String.valueOf(unitId)));
            if (handlerId != null) {
                boolean fits = ctx.directory().get().person(handlerId).filter(p -> p.unitId().equals(unitId))
                        .filter(p -> p.holds(Role.SPECIALIST) || p.holds(Role.UNIT_HEAD))
                        .filter(p -> ctx.directory().get().canAct(p.id())).isPresent();
                if (!fits) {
                    throw EdocRuleException.of(FlowViolation.NOT_IN_UNIT, "specialistId", handlerId, unitId);
                }
            }
            return moveUnit(uow, actor, r, a, target, auditAction, handlerId, comment);
        });
    }

    private IncomingRecord moveUnit(UnitOfWork uow, Actor actor, IncomingRecord r, Assignment a,
                                    AssignmentState target, String auditAction, String handlerId, String comment) {
        AssignmentTransition at = AssignmentTransition.transitionBetween(a.state(), target, a.kind());
        Assignment moved = a.moveTo(target);
        if (handlerId != null) {
            moved = moved.handledBy(handlerId);
        }
        List<Assignment> all = new ArrayList<>();
        for (Assignment x : r.assignments()) {
            all.add(x.party().equals(a.party()) ? moved : x);
        }
        IncomingState docState = r.state();
        Optional<IncomingTransition> dt = Optional.empty();
        if (a.kind() == AssignmentKind.LEAD && target == AssignmentState.RECEIVED_BY_UNIT) {
            dt = Optional.of(IncomingTransition.transitionBetween(r.state(), IncomingState.IN_PROGRESS));
        } else if (a.kind() == AssignmentKind.LEAD && target == AssignmentState.DONE) {
            dt = Optional.of(IncomingTransition.transitionBetween(r.state(), IncomingState.DONE));
        }
        if (dt.isPresent()) {
            docState = dt.get().to();
        }
        Instant now = Steps.now(ctx);
        String text = comment == null ? "" : comment.strip();
        IncomingRecord next = r.with(docState, all, new HistoryStep(now, actor.personId(), auditAction,
                a.party() + ":" + a.state().name(), a.party() + ":" + target.name(), text));
        save(uow, actor.account().name(), auditAction, r, next, a.party() + ": " + a.state() + " -> " + target
                + (text.isEmpty() ? "" : "; " + text), Set.of());
        Steps.publish(uow, ctx.events(), new DomainEvent.StateChanged(now, actor.personId(),
                r.id() + "/" + a.party(), "AssignmentState", a.state().name(), target.name(), at.ruleId()));
        if (dt.isPresent()) {
            stateChanged(uow, actor.personId(), r, next, dt.get().ruleId());
        }
        if (handlerId != null) {
            notifyAll(uow, ctx.directory().get().person(handlerId).stream().toList(), r, "Văn bản giao xử lý");
        }
        return next;
    }

    // ----------------------------------------------------------------------------------------------- recall

    /**
     * The clerk cancels everywhere the document a recall notice names (R-IN-7, LS Đ9.3): every row becomes
     * RECALLED whatever its state, handled (DONE) rows included, and every open assignment CANCELLED; rows the
     * receiver refused or already cancelled stay as they are. The sender is told after commit by a STATUS message
     * whenever a row was cancelled.
     *
     * @throws EdocRuleException when the message is not a recall for this organisation, names nothing received, or
     *                           names only rows refused or cancelled before (the sender has had its answer)
     */
    public List<IncomingRecord> cancelOnRecall(Actor clerk, TransportMessage recall) {
        if (recall == null || recall.kind() != TransportMessage.Kind.RECALL) {
            throw EdocRuleException.of(FlowViolation.WRONG_MESSAGE, "recall", "a recall notice is expected");
        }
        return ctx.transactions().inTransaction(uow -> {
            OrganCode org = recall.to();
            Permissions.require(ctx.current(clerk), Action.CANCEL_ON_RECALL, Scope.organisation(org));
            List<IncomingRecord> rows = ctx.documents().incomingFrom(uow, org, recall.from(), recall.documentRef());
            if (rows.isEmpty()) {
                throw EdocRuleException.of(FlowViolation.NOTHING_TO_RECALL, "recall.documentRef",
                        recall.documentRef(), recall.from().value());
            }
            Instant now = Steps.now(ctx);
            List<IncomingRecord> done = new ArrayList<>();
            // the answer is named after a row cancelled now: a row cancelled before (replaced) may have answered at
            // its version
            IncomingRecord firstCancelled = null;
            for (IncomingRecord r : rows) {
                if (r.state() == IncomingState.REFUSED || r.state() == IncomingState.RECALLED) {
                    // refused rows were never taken in and recalled ones are cancelled already: nothing to cancel,
                    // and one such row must not keep the others from being cancelled
                    done.add(r);
                    continue;
                }
                IncomingTransition t = IncomingTransition.transitionBetween(r.state(), IncomingState.RECALLED);
                List<Assignment> cancelled = new ArrayList<>();
                for (Assignment a : r.assignments()) {
                    cancelled.add(a.open() ? a.moveTo(AssignmentState.CANCELLED) : a);
                }
                IncomingRecord next = r.closed(IncomingState.RECALLED, r.handledAt(), recall.reason(), cancelled,
                        new HistoryStep(now, clerk.personId(), "incoming.recall", r.state().name(), t.to().name(),
                                recall.reason()));
                save(uow, clerk.account().name(), "incoming.recall", r, next, recall.reason(), Set.of());
                stateChanged(uow, clerk.personId(), r, next, t.ruleId());
                Steps.publish(uow, ctx.events(), new DomainEvent.DocumentRecalled(now, clerk.personId(), r.id(),
                        recall.reason()));
                done.add(next);
                if (firstCancelled == null) {
                    firstCancelled = next;
                }
            }
            if (firstCancelled == null) {
                // a repeated notice, or one for a document the receiver refused: the sender has its answer already
                throw EdocRuleException.of(FlowViolation.NOTHING_TO_RECALL, "recall.documentRef",
                        recall.documentRef(), recall.from().value());
            }
            answer(uow, firstCancelled, TransportMessage.Kind.RECALL_ACCEPTED, "recalled: cancelled by the receiver",
                    now);
            return List.copyOf(done);
        });
    }

    /**
     * The clerk refuses the recall a notice asks for (từ chối thu hồi, status 16), with {@code reason}: the records
     * stay as they are, each gets a history step, and the sender is told after commit.
     *
     * @throws EdocRuleException when the message is not a recall for this organisation, names nothing received, the
     *                           reason is blank or the clerk may not
     */
    public List<IncomingRecord> refuseRecall(Actor clerk, TransportMessage recall, String reason) {
        if (recall == null || recall.kind() != TransportMessage.Kind.RECALL) {
            throw EdocRuleException.of(FlowViolation.WRONG_MESSAGE, "recall", "a recall notice is expected");
        }
        return answerChange(clerk, recall, reason, "incoming.recall-refused");
    }

    /**
     * Applies an update or a replacement the sender sent of a document received before, inside {@code uow}, for the
     * {@link TransportInbox} (cập nhật / thay thế văn bản, BussinessDocType 2 / 3). For an update every row not
     * refused or recalled gets the new document in place of the old one, keeping its number, state and
     * assignments; for a replacement those rows are cancelled (RECALLED, "thay thế") and the replacing document is
     * received as new rows, registered like any other. The sender is told after commit: agreed (15), or refused (16)
     * when nothing received is still open; the clerks and the people handling the rows are told. Done by the system.
     * Returns the rows made (replacement) and changed.
     *
     * @throws EdocRuleException when the message is not an update or replacement, the document is a state secret
     *                           or a file is not in the content store
     */
    List<IncomingRecord> applyChange(UnitOfWork uow, TransportMessage change) {
        requireChange(change);
        Document document = change.document().orElseThrow();
        ContentCheck.requireStored(ctx.contents(), document, "document");
        List<IncomingRecord> open = ctx.documents().incomingFrom(uow, change.to(), change.from(), change.documentRef())
                .stream().filter(r -> r.state() != IncomingState.REFUSED && r.state() != IncomingState.RECALLED)
                .toList();
        Instant now = Steps.now(ctx);
        boolean update = change.kind() == TransportMessage.Kind.UPDATE;
        String why = change.reason().isBlank() ? update ? "cập nhật" : "thay thế" : change.reason();
        if (open.isEmpty()) {
            // nothing to change: a document refused or recalled before, or never received
            // named by the message answered, so a redelivered change gets the same answer under the same id
            MessageId id = MessageId.of("answer/" + MessageId.digestPart(change.from().value() + "/"
                    + change.id().value()) + "/recall-refused");
            TransportMessage m = new TransportMessage(id, TransportMessage.Kind.RECALL_REFUSED, change.to(), change.from(), change.documentRef(),
                    Optional.empty(), List.of(), "không có văn bản đang mở để " + (update ? "cập nhật" : "thay thế"),
                    now);
            ctx.transport().send(uow, m);
            return List.of();
        }
        noteRecall(uow, change);
        List<IncomingRecord> out = new ArrayList<>();
        for (IncomingRecord r : ctx.documents().incomingFrom(uow, change.to(), change.from(), change.documentRef())) {
            if (r.state() == IncomingState.REFUSED || r.state() == IncomingState.RECALLED) {
                continue;
            }
            IncomingRecord next;
            if (update) {
                next = r.updated(document, new HistoryStep(now, DomainEvent.SYSTEM, "incoming.update",
                        r.state().name(), r.state().name(), why));
                save(uow, DomainEvent.SYSTEM, "incoming.update", r, next, why, Set.of());
            } else {
                IncomingTransition t = IncomingTransition.transitionBetween(r.state(), IncomingState.RECALLED);
                List<Assignment> cancelled = new ArrayList<>();
                for (Assignment a : r.assignments()) {
                    cancelled.add(a.open() ? a.moveTo(AssignmentState.CANCELLED) : a);
                }
                next = r.closed(IncomingState.RECALLED, r.handledAt(), why, cancelled, new HistoryStep(now,
                        DomainEvent.SYSTEM, "incoming.replaced", r.state().name(), t.to().name(), why));
                save(uow, DomainEvent.SYSTEM, "incoming.replaced", r, next, why, Set.of());
                stateChanged(uow, DomainEvent.SYSTEM, r, next, t.ruleId());
            }
            out.add(next);
        }
        answer(uow, out.get(0), TransportMessage.Kind.RECALL_ACCEPTED, why, now);
        if (!update) {
            out.addAll(create(uow, DomainEvent.SYSTEM, DomainEvent.SYSTEM, change.to(), Origin.TRANSPORT,
                    Optional.of(change.from()), change.documentRef(), document, change.tasks(), now, Set.of(),
                    "thay thế văn bản đã nhận"));
        }
        return List.copyOf(out);
    }

    private static void requireChange(TransportMessage change) {
        if (change == null || change.kind() != TransportMessage.Kind.UPDATE
                && change.kind() != TransportMessage.Kind.REPLACEMENT) {
            throw EdocRuleException.of(FlowViolation.WRONG_MESSAGE, "change", "an update or replacement is expected");
        }
    }

    private List<IncomingRecord> openRows(UnitOfWork uow, TransportMessage m) {
        List<IncomingRecord> open = ctx.documents().incomingFrom(uow, m.to(), m.from(), m.documentRef()).stream()
                .filter(r -> r.state() != IncomingState.REFUSED && r.state() != IncomingState.RECALLED).toList();
        if (open.isEmpty()) {
            throw EdocRuleException.of(FlowViolation.NOTHING_TO_RECALL, "message.documentRef", m.documentRef(),
                    m.from().value());
        }
        return open;
    }

    private List<IncomingRecord> answerChange(Actor clerk, TransportMessage m, String reason, String action) {
        String why = Steps.text(reason, () -> EdocRuleException.of(FlowViolation.REASON_REQUIRED, "reason"));
        return ctx.transactions().inTransaction(uow -> {
            Permissions.require(ctx.current(clerk), Action.REGISTER_INCOMING, Scope.organisation(m.to()));
            List<IncomingRecord> open = openRows(uow, m);
            Instant now = Steps.now(ctx);
            List<IncomingRecord> out = new ArrayList<>();
            for (IncomingRecord r : open) {
                IncomingRecord next = r.with(r.state(), r.assignments(), new HistoryStep(now, clerk.personId(),
                        action, r.state().name(), r.state().name(), why));
                save(uow, clerk.account().name(), action, r, next, why, Set.of());
                out.add(next);
            }
            answer(uow, open.get(0), TransportMessage.Kind.RECALL_REFUSED, why, now);
            return List.copyOf(out);
        });
    }

    /**
     * Keeps a recall notice inside {@code uow} (R-IN-7) for the {@link TransportInbox}: every row received from the
     * sender under the reference and not refused or recalled before gets a history step with the reason, a
     * {@link DomainEvent.RecallNoticeReceived} event is published, and the organisation's clerks and the people
     * handling the rows are told after commit. The clerk then cancels the document ({@link #cancelOnRecall}). The
     * notice itself is stored by the caller as an {@link InboxEntry}. Returns the rows that show it.
     */
    List<IncomingRecord> noteRecall(UnitOfWork uow, TransportMessage recall) {
        if (recall == null || recall.kind() != TransportMessage.Kind.RECALL
                && recall.kind() != TransportMessage.Kind.UPDATE && recall.kind() != TransportMessage.Kind.REPLACEMENT) {
            throw EdocRuleException.of(FlowViolation.WRONG_MESSAGE, "recall", "a recall notice is expected");
        }
        OrganCode org = recall.to();
        Instant now = Steps.now(ctx);
        String label = switch (recall.kind()) {
            case UPDATE -> "Cập nhật";
            case REPLACEMENT -> "Thay thế";
            default -> "Thu hồi";
        };
        // a recall always states its reason; an update or replacement may not
        String stated = recall.reason().isBlank() ? label.toLowerCase(java.util.Locale.ROOT) : recall.reason();
        String comment = recall.kind() == TransportMessage.Kind.RECALL ? stated : label + ": " + stated;
        List<IncomingRecord> shown = new ArrayList<>();
        Set<String> told = new java.util.LinkedHashSet<>();
        ctx.directory().get().holders(org, Role.CLERK).forEach(p -> told.add(p.id()));
        for (IncomingRecord r : ctx.documents().incomingFrom(uow, org, recall.from(), recall.documentRef())) {
            if (r.state() == IncomingState.REFUSED || r.state() == IncomingState.RECALLED) {
                continue;
            }
            IncomingRecord next = r.with(r.state(), r.assignments(), new HistoryStep(now, DomainEvent.SYSTEM,
                    "incoming.recall-notice", r.state().name(), r.state().name(), comment));
            save(uow, DomainEvent.SYSTEM, "incoming.recall-notice", r, next, "recall notice from "
                    + recall.from().value() + ": " + stated, Set.of());
            for (Assignment a : r.assignments()) {
                if (a.open() && a.handlerId() != null && !a.handlerId().isEmpty()) {
                    told.add(a.handlerId());
                }
            }
            shown.add(next);
        }
        String object = shown.isEmpty() ? recall.from().value() + "/" + recall.documentRef() : shown.get(0).groupId();
        Steps.publish(uow, ctx.events(), new DomainEvent.RecallNoticeReceived(now, DomainEvent.SYSTEM, object,
                recall.from().value(), stated));
        String what = label + " văn bản " + recall.documentRef() + " của " + recall.from().value() + ": "
                + stated;
        for (String person : told) {
            uow.afterCommit(() -> ctx.notifier().notify(person, "Thông báo " + label.toLowerCase(java.util.Locale.ROOT)
                    + " văn bản", what));
        }
        return List.copyOf(shown);
    }

    /**
     * The recall notices {@code organisation} received (R-IN-7), oldest first, {@code limit} from {@code offset}: what
     * the clerk still has to act on with {@link #cancelOnRecall} ({@link InboxEntry#asRecall()} gives the message).
     */
    public List<InboxEntry> recallNotices(OrganCode organisation, int offset, int limit) {
        return ctx.inbox().entries(organisation, TransportMessage.Kind.RECALL, offset, limit);
    }

    // ----------------------------------------------------------------------------------------------- outage

    /**
     * Enters afterwards a document received and registered on paper during {@code outageId} (R-OPS-2, LA Đ14.3a),
     * with its real times: received at {@code realReceivedAt}, registered at {@code realRegisteredAt}, both inside
     * the outage, entered only once the system resumed. The record, its register line and every audit entry are
     * flagged {@link AuditFlag#ENTERED_AFTER_OUTAGE}.
     */
    public IncomingRecord enterAfterOutage(Actor clerk, vn.edoc.routing.OutageLog outages, String outageId,
                                           Document paper, Optional<OrganCode> sender, Instant realReceivedAt,
                                           Instant realRegisteredAt, ReceiptCheck check) {
        Steps.actor(clerk);
        return ctx.transactions().inTransaction(uow -> {
            OrganCode org = clerk.person().organisation();
            Permissions.require(ctx.current(clerk), Action.ENTER_AFTER_OUTAGE, Scope.organisation(org));
            Permissions.require(ctx.current(clerk), Action.REGISTER_INCOMING, Scope.organisation(org));
            Outage outage = outages.find(uow, String.valueOf(outageId)).filter(o -> o.organisation().equals(org))
                    .orElseThrow(() -> EdocRuleException.of(FlowViolation.NO_SUCH_OUTAGE, "outageId",
                            String.valueOf(outageId)));
            Instant now = Steps.now(ctx);
            if (!outage.covers(realReceivedAt) || !outage.covers(realRegisteredAt)
                    || realRegisteredAt.isBefore(realReceivedAt) || now.isBefore(outage.resumedAt())) {
                throw EdocRuleException.of(FlowViolation.NOT_DURING_OUTAGE, "realRegisteredAt",
                        realRegisteredAt, outage.stoppedAt(), outage.resumedAt());
            }
            Set<AuditFlag> flag = EnumSet.of(AuditFlag.ENTERED_AFTER_OUTAGE);
            String note = "handled on paper during outage " + outage.id() + "; received at " + realReceivedAt;
            IncomingRecord r = create(uow, clerk.personId(), clerk.account().name(), org, Origin.PAPER,
                    sender == null ? Optional.empty() : sender, "", paper, List.of(),
                    realReceivedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS), flag, note).get(0);
            receiptCheck(r, check);
            RegisterEntry entry = ctx.registerService().registerEnteredAfterOutage(uow, request(r, clerk),
                    realRegisteredAt);
            IncomingRecord next = r.registered(entry.number(), entry.registeredAt(), true, new HistoryStep(
                    entry.registeredAt(), clerk.personId(), "incoming.register", r.state().name(),
                    IncomingState.REGISTERED.name(), "số đến " + entry.number() + "; entered after outage "
                    + outage.id()));
            save(uow, clerk.account().name(), "incoming.register", r, next, "number " + entry.number() + "; registered on"
                    + " paper at " + entry.registeredAt(), flag);
            stateChanged(uow, clerk.personId(), r, next, IncomingTransition.RECEIVED_TO_REGISTERED.ruleId());
            return next;
        });
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private IncomingRecord load(UnitOfWork uow, String id) {
        return ctx.documents().incoming(uow, String.valueOf(id)).orElseThrow(() -> EdocRuleException.of(
                FlowViolation.NO_SUCH_INCOMING, "recordId", String.valueOf(id)));
    }

    private List<IncomingRecord> group(UnitOfWork uow, IncomingRecord first) {
        if (first.sender().isEmpty() || first.senderRef().isEmpty()) {
            return List.of(first);
        }
        return ctx.documents().incomingFrom(uow, first.organisation(), first.sender().get(), first.senderRef())
                .stream().filter(r -> r.groupId().equals(first.groupId())).toList();
    }

    private void save(UnitOfWork uow, String actor, String action, IncomingRecord before, IncomingRecord after,
                      String comment, Set<AuditFlag> flags) {
        ctx.documents().saveIncoming(uow, after);
        Steps.audit(ctx.audit(), uow, after.organisation(), actor, action, Steps.now(ctx), OBJECT_TYPE, after.id(), before.digest(),
                after.digest(), comment, flags);
    }

    private void stateChanged(UnitOfWork uow, String actor, IncomingRecord before, IncomingRecord after,
                              String rule) {
        DomainEvent.StateChanged event = new DomainEvent.StateChanged(Steps.now(ctx), actor, after.id(),
                "IncomingState", before.state().name(), after.state().name(), rule);
        Steps.publish(uow, ctx.events(), event);
        // the row's own progress goes back to the sender with the row's task (R-IN-9, R-OUT-6); the moves of the
        // whole document (registered, refused, recalled) are answered once per document by their actions
        rowStatus(event).ifPresent(kind -> answer(uow, after, kind, "", event.occurredAt()));
    }

    /**
     * The status message (gói tin trạng thái) a change of one row's state sends back to the sender of a document
     * received through a transport: assigned 04, in progress 05, done 06. The rest of the replies — arrived 01 on
     * receipt, registered 03, refused 02 with its reason, recall agreed 15 or refused 16, update agreed 15 or refused
     * 16 — answer actions on the whole document and are sent by them.
     */
    static Optional<TransportMessage.Kind> rowStatus(DomainEvent.StateChanged event) {
        if (!event.lifecycle().equals("IncomingState")) {
            return Optional.empty();
        }
        return switch (event.to()) {
            case "ASSIGNED" -> Optional.of(TransportMessage.Kind.ASSIGNED);
            case "IN_PROGRESS" -> Optional.of(TransportMessage.Kind.IN_PROGRESS);
            case "DONE" -> Optional.of(TransportMessage.Kind.COMPLETED);
            default -> Optional.empty();
        };
    }

    private void answer(UnitOfWork uow, IncomingRecord r, TransportMessage.Kind kind, String text, Instant now) {
        if (r.origin() == Origin.TRANSPORT && r.sender().isPresent()) {
            // one message per change of the record: the record's id and version name it, so a resend keeps its id
            MessageId id = MessageId.of(r.id() + "/v" + r.version() + "/"
                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            // a status about one row of a document carrying several tasks names the row's task (R-IN-9)
            boolean perRow = kind == TransportMessage.Kind.ASSIGNED || kind == TransportMessage.Kind.IN_PROGRESS
                    || kind == TransportMessage.Kind.COMPLETED;
            List<String> task = perRow && !r.task().isEmpty() ? List.of(r.task()) : List.of();
            TransportMessage m = new TransportMessage(id, kind, r.organisation(), r.sender().get(), r.senderRef(),
                    Optional.empty(), task, text, now);
            ctx.transport().send(uow, m);
        }
    }

    private void notifyAll(UnitOfWork uow, List<Person> people, IncomingRecord r, String subject) {
        String what = r.document().subject().orElse(r.id()) + (r.task().isEmpty() ? "" : " — " + r.task());
        for (Person p : people) {
            uow.afterCommit(() -> ctx.notifier().notify(p.id(), subject, what));
        }
    }
}
