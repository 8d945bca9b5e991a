package vn.edoc.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.DocumentValidator;
import vn.edoc.document.Recipient;
import vn.edoc.document.Signer;
import vn.edoc.document.SigningCompetence;
import vn.edoc.document.Stage;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.id.RecordId;
import vn.edoc.id.SeedDocumentId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Organisation;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.SigningRequest;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;

/**
 * The outgoing flow (quy trình văn bản đi): the specialist drafts (optionally answering an incoming document,
 * R-OUT-5, or a task, R-TASK-4), the cooperating units comment (BS Đ7.2), the head reviews, a legal normative draft
 * goes to the justice appraisal (R-OUT-2), the leader approves and signs under a competence it holds (TM., KT., TL.,
 * TUQ., Q.) or returns it with comments (R-OUT-1); the clerk checks the presentation, registers it (R-OUT-3), signs
 * as the organisation ({@link DocumentSigner}) and issues it through the {@link vn.edoc.spi.Transport} before the
 * deadline of R-TIME-1 (a late issue is flagged and reported as an {@link DomainEvent.Overdue} event); delivery is
 * followed per recipient (R-OUT-6) and a document sent through the system is not also sent by e-mail (R-OUT-7).
 *
 * <p>Drafts are versioned: every comment, return and approval names the version it concerns. Every step is one
 * unit of work with a permission check, a lifecycle check ({@link OutgoingTransition}), a history step, an audit
 * entry and events after commit; a refused step changes nothing. On drafting every {@link DraftParticipant} is
 * called inside the drafting unit of work (the task engine records a reply drafted from a task, R-TASK-4); on issue
 * every {@link IssueParticipant} is called inside the issuing unit of work, then every {@link TaskDescriptorSource}
 * tells which tasks the message to each recipient carries (R-IN-9).
 */
public final class OutgoingFlow {

    /** The audit object type of an outgoing record. */
    public static final String OBJECT_TYPE = "outgoing";

    private static final Logger LOG = LoggerFactory.getLogger(OutgoingFlow.class);

    private final RoutingContext ctx;
    private final DocumentSigner signer;
    private final List<Authorisation> authorisations;
    private final List<IssueParticipant> participants;
    private final List<DraftParticipant> drafting;
    private final List<TaskDescriptorSource> taskSources;
    private final DocumentValidator validator;
    private final Duration reservationTime;

    /** How long a signing reservation holds by default: five minutes, ample for a token's PIN or a remote service. */
    public static final Duration DEFAULT_RESERVATION_TIME = Duration.ofMinutes(5);

    /**
     * The flow over {@code ctx}, signing as the organisation with {@code signer}, accepting the written
     * "TUQ." {@code authorisations} and calling {@code participants} on every issue.
     */
    public OutgoingFlow(RoutingContext ctx, DocumentSigner signer, List<Authorisation> authorisations,
                        List<IssueParticipant> participants) {
        this(ctx, signer, authorisations, participants, List.of(), List.of());
    }

    /**
     * The flow over {@code ctx}, signing as the organisation with {@code signer}, accepting the written "TUQ."
     * {@code authorisations}, calling {@code drafting} on every new draft and {@code participants} on every issue,
     * and asking {@code taskSources} which tasks each issued document carries to each recipient. A task engine is
     * joined by passing its three parts, e.g. {@code List.of(tasks.draftParticipant())},
     * {@code List.of(tasks.issueParticipant())}, {@code List.of(tasks.taskDescriptorSource())}.
     */
    public OutgoingFlow(RoutingContext ctx, DocumentSigner signer, List<Authorisation> authorisations,
                        List<IssueParticipant> participants, List<DraftParticipant> drafting,
                        List<TaskDescriptorSource> taskSources) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.authorisations = authorisations == null ? List.of() : List.copyOf(authorisations);
        this.participants = participants == null ? List.of() : List.copyOf(participants);
        this.drafting = drafting == null ? List.of() : List.copyOf(drafting);
        this.taskSources = taskSources == null ? List.of() : List.copyOf(taskSources);
        this.validator = DocumentValidator.of(ctx.clock());
        this.reservationTime = DEFAULT_RESERVATION_TIME;
    }

    private OutgoingFlow(OutgoingFlow base, Duration reservationTime) {
        this.ctx = base.ctx;
        this.signer = base.signer;
        this.authorisations = base.authorisations;
        this.participants = base.participants;
        this.drafting = base.drafting;
        this.taskSources = base.taskSources;
        this.validator = base.validator;
        this.reservationTime = reservationTime;
    }

    /**
     * This flow with signing reservations held for {@code time} (see {@link #issue}): long enough for the slowest
     * signer the organisation uses, short enough that a desk that crashed while signing does not block the record
     * for long. Positive.
     */
    public OutgoingFlow reservingFor(Duration time) {
        Objects.requireNonNull(time, "time");
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("the reservation time must be positive: " + time);
        }
        return new OutgoingFlow(this, time);
    }

    /** How long this flow's signing reservations hold. */
    public Duration reservationTime() {
        return reservationTime;
    }

    // -------------------------------------------------------------------------------------------- drafting

    /**
     * The specialist drafts (soạn thảo, R-OUT-1): version 1 in DRAFTING, in the drafter's unit. A reply names the
     * incoming record it answers, which must be of the same organisation, and carries its document identifier
     * (R-OUT-5). A reply to a task (R-TASK-4) is told to the {@link DraftParticipant}s in the same unit of work: the
     * task engine records it, or refuses it (task document closed, drafter not the task's handler...) and then no
     * draft is kept.
     */
    public OutgoingRecord draft(Actor drafter, Document draft, DraftOptions options) {
        DraftOptions opts = options == null ? DraftOptions.none() : options;
        Steps.actor(drafter);
        return ctx.transactions().inTransaction(uow -> {
            OrganCode org = drafter.person().organisation();
            String unit = drafter.person().unitId();
            Permissions.require(ctx.current(drafter), Action.DRAFT, Scope.unit(org, unit));
            Document doc = outgoing(draft);
            if (opts.replyToIncomingId().isPresent()) {
                String inId = opts.replyToIncomingId().get();
                IncomingRecord answered = ctx.documents().incoming(uow, inId)
                        .filter(r -> r.organisation().equals(org))
                        .orElseThrow(() -> EdocRuleException.of(FlowViolation.BAD_REPLY_LINK, "replyToIncomingId",
                                inId));
                if (answered.document().documentId().isPresent()) {
                    doc = doc.toBuilder().replyTo(answered.document().documentId().get()).build();
                }
            }
            for (String u : opts.cooperatingUnits()) {
                if (ctx.directory().get().unit(u).filter(x -> x.organisation().equals(org)).isEmpty()) {
                    throw EdocRuleException.of(RoutingViolation.UNKNOWN_UNIT, "cooperatingUnits", u, org.value());
                }
            }
            Instant now = Steps.now(ctx);
            String id = ctx.documents().newId(uow, "out");
            HistoryStep step = new HistoryStep(now, drafter.personId(), "outgoing.draft", "",
                    OutgoingState.DRAFTING.name(), "version 1");
            OutgoingRecord r = new OutgoingRecord(id, org, unit, drafter.personId(), OutgoingState.DRAFTING, doc,
                    List.of(new DraftVersion(1, doc, now, drafter.personId())), List.of(),
                    opts.cooperatingUnits(), opts.replyToIncomingId(), opts.answersTaskId(), 0, Optional.empty(),
                    Optional.empty(), Optional.empty(), false, List.of(), List.of(step), 1);
            ctx.documents().saveOutgoing(uow, r);
            Steps.audit(ctx.audit(), uow, org, drafter.account().name(), "outgoing.draft", now, OBJECT_TYPE, id, null,
                    r.digest(), "version 1", Set.of());
            for (DraftParticipant p : drafting) {
                p.onDraft(uow, drafter, r);
            }
            return r;
        });
    }

    /**
     * The drafter writes a new version (sửa dự thảo): in DRAFTING, or in RETURNED, which goes back to DRAFTING
     * (R-OUT-1).
     */
    public OutgoingRecord revise(Actor drafter, RecordId id, Document draft) {
        return step(drafter, String.valueOf(id), Action.DRAFT, null, (uow, r, e, now) -> {
            requireDrafter(drafter, r);
            if (r.state() == OutgoingState.RETURNED) {
                e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.DRAFTING).to();
            } else if (r.state() != OutgoingState.DRAFTING) {
                OutgoingTransition.transitionBetween(r.state(), OutgoingState.DRAFTING);
            }
            Document doc = outgoing(draft);
            if (r.document().replyTo().isPresent() && doc.replyTo().isEmpty()) {
                doc = doc.toBuilder().replyTo(r.document().replyTo().get()).build();
            }
            int v = r.currentVersion() + 1;
            e.versions.add(new DraftVersion(v, doc, now, drafter.personId()));
            e.document = doc;
            return "version " + v;
        }, "outgoing.revise");
    }

    /**
     * A cooperating unit comments on the current version (góp ý, BS Đ7.2), by its head (or the office chief).
     */
    public OutgoingRecord comment(Actor commenter, RecordId id, UnitId unitId, String text) {
        return step(commenter, String.valueOf(id), Action.REVIEW, String.valueOf(unitId), (uow, r, e, now) -> {
            if (!r.cooperatingUnits().contains(String.valueOf(unitId))) {
                throw EdocRuleException.of(FlowViolation.NOT_COOPERATING, "unitId", String.valueOf(unitId));
            }
            if (r.state() != OutgoingState.DRAFTING) {
                OutgoingTransition.transitionBetween(r.state(), OutgoingState.DRAFTING);
            }
            String t = required(text);
            e.comments.add(new ReviewComment(r.currentVersion(), ReviewComment.Kind.COOPERATION,
                    commenter.personId(), String.valueOf(unitId), now, t));
            return "v" + r.currentVersion() + " " + String.valueOf(unitId) + ": " + t;
        }, "outgoing.cooperation-comment");
    }

    /**
     * The drafter submits the draft to the head (trình, R-OUT-1): DRAFTING → UNDER_REVIEW; refused while a
     * cooperating unit asked has not commented on some version (BS Đ7.2).
     */
    public OutgoingRecord submit(Actor drafter, RecordId id) {
        return step(drafter, String.valueOf(id), Action.DRAFT, null, (uow, r, e, now) -> {
            requireDrafter(drafter, r);
            e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.UNDER_REVIEW).to();
            List<String> missing = r.cooperatingUnits().stream().filter(u -> r.comments().stream()
                    .noneMatch(c -> c.kind() == ReviewComment.Kind.COOPERATION && c.unitId().equals(u))).toList();
            if (!missing.isEmpty()) {
                throw EdocRuleException.of(FlowViolation.COOPERATION_MISSING, "cooperatingUnits",
                        String.join(", ", missing));
            }
            return "version " + r.currentVersion();
        }, "outgoing.submit");
    }

    /**
     * The head reviews and passes the draft on (xem xét, R-OUT-1): UNDER_REVIEW → AWAITING_APPROVAL, or → APPRAISAL
     * for a legal normative draft (R-OUT-2). The comment is tied to the current version.
     */
    public OutgoingRecord review(Actor head, RecordId id, String comment) {
        return step(head, String.valueOf(id), Action.REVIEW, "", (uow, r, e, now) -> {
            boolean legal = r.document().type().map(DocumentType::legalNormative).orElse(false);
            OutgoingState target = legal ? OutgoingState.APPRAISAL : OutgoingState.AWAITING_APPROVAL;
            e.state = OutgoingTransition.transitionBetween(r.state(), target, legal).to();
            String t = comment == null ? "" : comment.strip();
            e.comments.add(new ReviewComment(r.currentVersion(), ReviewComment.Kind.REVIEW, head.personId(),
                    head.person().unitId(), now, t));
            return "v" + r.currentVersion() + ": " + t;
        }, "outgoing.review");
    }

    /** The justice office appraises a legal normative draft in writing (thẩm định, R-OUT-2): → AWAITING_APPROVAL. */
    public OutgoingRecord appraise(Actor justice, RecordId id, String appraisal) {
        return step(justice, String.valueOf(id), Action.APPRAISE, null, (uow, r, e, now) -> {
            e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.AWAITING_APPROVAL).to();
            String t = required(appraisal);
            e.comments.add(new ReviewComment(r.currentVersion(), ReviewComment.Kind.APPRAISAL, justice.personId(),
                    justice.person().unitId(), now, t));
            return "v" + r.currentVersion() + ": " + t;
        }, "outgoing.appraise");
    }

    /**
     * Returns the draft to the drafter with comments (trả lại, R-OUT-1, R-OUT-2): from UNDER_REVIEW, APPRAISAL or
     * AWAITING_APPROVAL → RETURNED; the comment is tied to the current version.
     */
    public OutgoingRecord returnForRework(Actor reviewer, RecordId id, String comment) {
        return step(reviewer, String.valueOf(id), Action.RETURN_FOR_REWORK, "", (uow, r, e, now) -> {
            e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.RETURNED).to();
            String t = required(comment);
            e.comments.add(new ReviewComment(r.currentVersion(), ReviewComment.Kind.RETURN, reviewer.personId(),
                    reviewer.person().unitId(), now, t));
            return "v" + r.currentVersion() + ": " + t;
        }, "outgoing.return");
    }

    /**
     * The leader approves and signs the current version (duyệt ký, R-OUT-1) under {@code competence}, checked by
     * {@link SigningAuthority} (Decree 30/2020 Điều 13): AWAITING_APPROVAL → APPROVED_SIGNED. The signing time
     * starts the issue deadline of R-TIME-1. The main file is signed by the {@link DocumentSigner} as the person
     * ({@link SignatureRole#PERSON}) with no unit of work open, the record reserved meanwhile (see {@link #issue} for
     * the three steps).
     *
     * @throws vn.edoc.spi.ConcurrentChangeException when the record changed while it was being signed, or
     *                                               ({@link SigningReservedException}, {@link
     *                                               FlowViolation#SIGNING_RESERVED}) another desk is signing it
     */
    public OutgoingRecord approveAndSign(Actor leader, RecordId id, SigningCompetence competence, String title,
                                         String comment) {
        return signedStep(leader, String.valueOf(id), Action.APPROVE_AND_SIGN, "", SignatureRole.PERSON, (uow, r, e, now, phase) -> {
            e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.APPROVED_SIGNED).to();
            // signing competence is read from the directory as it is now, never from the caller's snapshot
            Actor signer = ctx.current(leader);
            Organisation org = signer.directory().organisation(r.organisation()).orElseThrow(() ->
                    EdocRuleException.of(RoutingViolation.MISSING, "organisation", r.organisation().value()));
            ValidationResult may = SigningAuthority.of(signer.directory(), authorisations)
                    .check(signer.person(), competence, org, Steps.day(now));
            may.orThrow();
            String t = title == null || title.isBlank() ? leader.person().fullName() : title.strip();
            e.document = e.document.toBuilder().signer(competence, t, leader.person().fullName()).build();
            e.signedAt = Optional.of(now);
            e.issueDeadline = Optional.of(ctx.timeRules().issueDeadline(now).toInstant());
            String c = comment == null ? "" : comment.strip();
            e.comments.add(new ReviewComment(r.currentVersion(), ReviewComment.Kind.APPROVAL, leader.personId(),
                    leader.person().unitId(), now, c.isEmpty() ? "approved" : c));
            return "v" + r.currentVersion() + " signed " + competence.name();
        }, "outgoing.approve-sign");
    }

    // ---------------------------------------------------------------------------------------- at the clerk's

    /**
     * The clerk numbers the signed document in the outgoing register (vào sổ, R-OUT-3, R-ID-3): the number, the
     * notation built from {@code issuerAbbreviation} and {@code units}, the document identifier and the date of
     * issue; the presentation is checked at {@link Stage#REGISTERED} (R-FMT-5) and every file must be in the content
     * store with the digest and size the document gives ({@link FlowViolation#CONTENT_MISSING}, R-ARC-1) before
     * anything is written.
     */
    public OutgoingRecord register(Actor clerk, RecordId id, String issuerAbbreviation, String... units) {
        return step(clerk, String.valueOf(id), Action.REGISTER_OUTGOING, null, (uow, r, e, now) -> {
            e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.REGISTERED).to();
            Document d = r.document();
            DocumentType type = d.type().orElse(null);
            LocalDate day = Steps.day(now);
            String series = RegisterKey.defaultSeries(RegisterKind.OUTGOING, type);
            RegisterKey key = RegisterKey.at(r.organisation(), RegisterKind.OUTGOING, series, now);
            // take the number first: a notation built from current()+1 could be another clerk's number on a
            // database adapter; a refusal below rolls the allocation back with the unit of work
            long next = ctx.sequences().next(uow, key);
            Integer year = type != null && type.legalNormative() ? day.getYear() : null;
            Notation notation = Notation.of((int) next, year, type, issuerAbbreviation, units);
            Document numbered = d.toBuilder().notation(notation)
                    .documentId(new SeedDocumentId(r.organisation(), day.getYear(), (int) next))
                    .issueDate(day).build();
            ValidationResult presentation = validator.validate(numbered, Stage.REGISTERED);
            if (!presentation.isValid()) {
                throw new EdocRuleException(presentation);
            }
            ContentCheck.requireStored(ctx.contents(), numbered, "document");
            RegisterEntry entry = ctx.registerService().register(uow, RegistrationRequest.outgoing(r.organisation())
                    .series(series).documentId(r.id()).notation(notation.format()).documentDate(day)
                    .type(type).summary(d.subject().orElse(null))
                    .recipients(d.recipients().stream().map(Recipient::name).toList()).pageCount(d.pageCount())
                    .urgency(d.urgency()).confidentiality(d.confidentiality()).actorId(clerk.account().name())
                    .build(), next);
            e.number = entry.number();
            e.document = numbered;
            Steps.publish(uow, ctx.events(), new DomainEvent.DocumentRegistered(now, clerk.personId(), r.id(),
                    Direction.OUTGOING, entry.number()));
            return "number " + entry.number() + " " + notation.format();
        }, "outgoing.register");
    }

    /**
     * The clerk finds a presentation fault in the signed document and returns it to the drafter with the fault
     * (R-OUT-3, BS Đ13.3): APPROVED_SIGNED → RETURNED; the comment is tied to the current version.
     */
    public OutgoingRecord returnForPresentation(Actor clerk, RecordId id, String fault) {
        return step(clerk, String.valueOf(id), Action.REGISTER_OUTGOING, null, (uow, r, e, now) -> {
            e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.RETURNED).to();
            String t = required(fault);
            e.comments.add(new ReviewComment(r.currentVersion(), ReviewComment.Kind.RETURN, clerk.personId(),
                    clerk.person().unitId(), now, t));
            e.signedAt = Optional.empty();
            e.issueDeadline = Optional.empty();
            return "v" + r.currentVersion() + ": " + t;
        }, "outgoing.return-presentation");
    }

    /**
     * The clerk signs as the organisation and issues (ký số, phát hành, R-OUT-3, R-FMT-4): the signed document is
     * checked at {@link Stage#ISSUED}, every recipient with an organisation code gets a delivery SENT through the
     * system (R-OUT-6), the {@link IssueParticipant}s are called, and after commit the document goes out through
     * the transport, to each recipient with the tasks the {@link TaskDescriptorSource}s name for it (R-IN-9).
     * Issued after the deadline of R-TIME-1 it is flagged late and an {@link DomainEvent.Overdue} event is published.
     *
     * <p>Signing may take seconds (a USB token, an HSM, a remote service), so it happens in three steps and holds no
     * transaction or lock while the signer works:
     * <ol>
     *   <li><b>prepare</b>: every check (permission, lifecycle, presentation, register line,
     *       {@link IssueParticipant#check}) runs on the record at its current version in a unit of work that is always
     *       rolled back; then a second, short unit of work reserves the record — a {@link SigningReservation} (the
     *       clerk, the step, an expiry {@link #reservationTime()} from now by the context's clock) written into the
     *       record's next version, audited ({@code outgoing.reserve}) and committed. A refusal here means the
     *       signer is never called; in particular a live reservation of another desk refuses with
     *       {@link SigningReservedException} ({@link FlowViolation#ISSUE_RESERVED}, retryable), so two clerks
     *       issuing the same record at once never both sign;</li>
     *   <li><b>sign</b>, with no unit of work open: the {@link DocumentSigner} reads the main file from the
     *       {@link vn.edoc.spi.ContentStore} and stores the signed one ({@link SignatureRole#ORGANISATION});</li>
     *   <li><b>commit</b>, in a new unit of work: the record must still be the reserved version with this step's
     *       reservation (otherwise {@link vn.edoc.spi.ConcurrentChangeException}, and the signed file is simply left
     *       unreferenced), the checks run again, {@link IssueParticipant#onIssue} is called with the signed document,
     *       the reservation is cleared and the record, audit entry, events and messages are written.</li>
     * </ol>
     * When the signer or the commit fails, the reservation is released in a unit of work of its own (best effort:
     * if even that fails, it lapses at its expiry). An expired reservation no longer refuses anyone: another desk
     * takes the step over, and the late holder's commit is then refused. While a live reservation stands, the other
     * steps on the record are refused for everyone but its holder.
     *
     * @throws vn.edoc.spi.ConcurrentChangeException when the record changed while it was being signed, or
     *                                               ({@link SigningReservedException}) another desk is signing it
     */
    public OutgoingRecord issue(Actor clerk, RecordId id) {
        return signedStep(clerk, String.valueOf(id), Action.ISSUE, null, SignatureRole.ORGANISATION, (uow, r, e, now, phase) -> {
            Permissions.require(ctx.current(clerk), Action.SIGN_AS_ORGANISATION, Scope.organisation(r.organisation()));
            e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.ISSUED).to();
            // in the prepare phase e.document is the document as it will be signed: the presentation check sees it
            // as the signature will mark it; in the commit phase it is the signed one, which must still pass
            Document doc = e.document;
            ValidationResult presentation = validator.validate(phase == Phase.PREPARE
                    ? doc.toBuilder().signed(true).build() : doc, Stage.ISSUED);
            if (!presentation.isValid()) {
                throw new EdocRuleException(presentation);
            }
            List<OrganCode> to = doc.recipients().stream().map(Recipient::code).flatMap(Optional::stream)
                    .filter(c -> !c.equals(r.organisation())).distinct().toList();
            LocalDate day = doc.issueDate().orElse(Steps.day(now));
            RegisterKey key = RegisterKey.of(r.organisation(), RegisterKind.OUTGOING,
                    RegisterKey.defaultSeries(RegisterKind.OUTGOING, doc.type().orElse(null)), day.getYear());
            RegisterEntry entry = ctx.registers().findByDocument(uow, key, r.id()).orElseThrow(() ->
                    new IllegalStateException("registered outgoing document without register line: " + r.id()));
            IssuedDocument issued = new IssuedDocument(r.id(), doc, entry, now, clerk.personId(), r.answersTaskId());
            for (IssueParticipant p : participants) {
                if (phase == Phase.PREPARE) {
                    p.check(uow, issued);
                } else {
                    p.onIssue(uow, issued);
                }
            }
            if (phase == Phase.PREPARE) {
                return "";
            }
            e.issuedAt = Optional.of(now);
            e.issuedLate = r.issueDeadline().map(d -> vn.edoc.time.Deadlines.isPast(d, now)).orElse(false);
            java.util.Map<OrganCode, List<String>> tasksTo = new java.util.LinkedHashMap<>();
            for (OrganCode c : to) {
                List<String> tasks = new ArrayList<>();
                for (TaskDescriptorSource s : taskSources) {
                    tasks.addAll(s.tasksFor(uow, issued, c));
                }
                tasksTo.put(c, tasks);
                e.deliveries.add(new Delivery(c, Channel.SYSTEM, DeliveryState.SENT, now, "", tasks.stream()
                        .distinct().map(t -> new TaskDelivery(t, DeliveryState.SENT, now)).toList()));
            }
            Steps.publish(uow, ctx.events(), new DomainEvent.DocumentIssued(now, clerk.personId(), r.id(),
                    to.stream().map(OrganCode::value).toList()));
            if (e.issuedLate) {
                Steps.publish(uow, ctx.events(), new DomainEvent.Overdue(now, clerk.personId(), r.id(),
                        clerk.personId(), r.issueDeadline().orElseThrow()));
            }
            for (OrganCode c : to) {
                TransportMessage m = TransportMessage.newDocument(r.organisation(), c, r.id(), doc, tasksTo.get(c),
                        now);
                ctx.transport().send(uow, m);
            }
            return (e.issuedLate ? "issued late (deadline " + r.issueDeadline().orElseThrow() + ")" : "issued")
                    + " to " + to.stream().map(OrganCode::value).collect(Collectors.joining(", "));
        }, "outgoing.issue");
    }

    /**
     * Records that the document was sent to {@code recipient} by e-mail (R-X-3) — refused when it already went
     * there through the system (R-OUT-7, LA Đ5.1b).
     */
    public OutgoingRecord sendByEmail(Actor clerk, RecordId id, OrganCode recipient) {
        return step(clerk, String.valueOf(id), Action.ISSUE, null, (uow, r, e, now) -> {
            if (r.state() != OutgoingState.ISSUED) {
                OutgoingTransition.transitionBetween(r.state(), OutgoingState.ISSUED);
            }
            if (recipient == null) {
                throw EdocRuleException.of(RoutingViolation.MISSING, "recipient", "recipient");
            }
            if (!r.deliveriesTo(recipient).isEmpty()) {
                throw EdocRuleException.of(FlowViolation.DOUBLE_SENDING, "recipient", recipient.value());
            }
            e.deliveries.add(new Delivery(recipient, Channel.EMAIL, DeliveryState.SENT, now, ""));
            return "e-mail to " + recipient.value();
        }, "outgoing.email");
    }

    /**
     * Recalls the issued document (thu hồi, R-OUT-6): ISSUED → RECALLED, every delivery RECALLED, and a RECALL
     * message to every recipient reached through the system after commit (they cancel it, R-IN-7).
     */
    public OutgoingRecord recall(Actor actor, RecordId id, String reason) {
        return step(actor, String.valueOf(id), Action.RECALL, null, (uow, r, e, now) -> {
            e.state = OutgoingTransition.transitionBetween(r.state(), OutgoingState.RECALLED).to();
            String why = Steps.text(reason, () -> EdocRuleException.of(FlowViolation.REASON_REQUIRED, "reason"));
            List<Delivery> moved = new ArrayList<>();
            for (Delivery d : r.deliveries()) {
                boolean open = d.isOpen();
                moved.add(open ? d.moveTo(DeliveryState.RECALLED, now, why) : d);
                if (open && d.channel() == Channel.SYSTEM) {
                    TransportMessage m = TransportMessage.status(TransportMessage.Kind.RECALL, r.organisation(),
                            d.recipient(), r.id(), why, now);
                    ctx.transport().send(uow, m);
                }
            }
            e.deliveries = moved;
            Steps.publish(uow, ctx.events(), new DomainEvent.DocumentRecalled(now, actor.personId(), r.id(), why));
            return why;
        }, "outgoing.recall");
    }

    /**
     * Sends an update of the issued document (cập nhật, edXML BussinessDocType 2) to every recipient reached through
     * the system whose delivery is still open (not refused or recalled): {@code corrected} takes the place of the
     * record's document. An update corrects what neither the signed text nor the register line holds — an appendix,
     * the signer's details, the place, the answer asked for; the signed main file must be the same
     * ({@link FlowViolation#WRONG_CHANGE_KIND}, otherwise send a {@linkplain #sendReplacement replacement}) and so
     * must everything the outgoing register holds ({@link FlowViolation#CHANGE_TOUCHES_REGISTER}: identifier, number
     * and notation, date, type, abstract, recipients, pages, urgency, confidentiality — to change those, recall and
     * issue a new document). Each open delivery records the change as sent ({@link DeliveryChange}), the message
     * goes through the outbox with this unit of work, and the recipient's answer (15 agreed, 16 refused) is recorded
     * by the {@link DeliveryTracker}. Recipients reached by e-mail are not sent anything: the clerk mails them. Done
     * by the clerk, as an issue is.
     *
     * @throws EdocRuleException when the record is not issued, has no open delivery through the system, or the
     *                           corrected document breaks one of the rules above
     */
    public OutgoingRecord sendUpdate(Actor clerk, RecordId id, Document corrected, String reason) {
        return step(clerk, String.valueOf(id), Action.ISSUE, null, (uow, r, e, now) -> {
            Document doc = checkedChange(r, corrected, DeliveryChange.Kind.UPDATE);
            ValidationResult presentation = validator.validate(doc, Stage.ISSUED);
            if (!presentation.isValid()) {
                throw new EdocRuleException(presentation);
            }
            String why = reason == null || reason.isBlank() ? "cập nhật" : reason.strip();
            e.document = doc;
            return sendChange(uow, r, e, DeliveryChange.Kind.UPDATE, why, now);
        }, "outgoing.update");
    }

    /**
     * Sends a replacement of the issued document (thay thế, edXML BussinessDocType 3): the same registered document —
     * same register line, identifier, number and notation — with a corrected text in a new main file, signed again
     * as the organisation in three steps as {@link #issue} does (prepare, sign with no unit of work open, commit).
     * The main file must differ from the signed one ({@link FlowViolation#WRONG_CHANGE_KIND}) and everything the
     * outgoing register holds must stay ({@link FlowViolation#CHANGE_TOUCHES_REGISTER}); a document with another
     * number is a new document, issued through the flow after recalling this one. Every recipient reached through
     * the system whose delivery is open gets the replacement: it cancels what it had and receives the replacing
     * document anew, so the delivery starts again at {@link DeliveryState#SENT} (its tasks too) with the change
     * recorded; its answer (15 / 16) is recorded by the {@link DeliveryTracker}. Done by the clerk, as an issue is.
     *
     * @throws EdocRuleException when the record is not issued, has no open delivery through the system, or the
     *                           replacing document breaks one of the rules above
     * @throws vn.edoc.spi.ConcurrentChangeException when the record changed while the file was being signed
     */
    public OutgoingRecord sendReplacement(Actor clerk, RecordId id, Document replacing, String reason) {
        return signedStep(clerk, String.valueOf(id), Action.ISSUE, null, SignatureRole.ORGANISATION,
                (uow, r, e, now, phase) -> {
            Permissions.require(ctx.current(clerk), Action.SIGN_AS_ORGANISATION, Scope.organisation(r.organisation()));
            // prepare: the document as it will be signed; commit: the signed one, checked again against the record
            Document doc = checkedChange(r, phase == Phase.PREPARE ? replacing : e.document,
                    DeliveryChange.Kind.REPLACEMENT);
            ContentCheck.requireStored(ctx.contents(), doc, "document");
            ValidationResult presentation = validator.validate(phase == Phase.PREPARE
                    ? doc.toBuilder().signed(true).build() : doc, Stage.ISSUED);
            if (!presentation.isValid()) {
                throw new EdocRuleException(presentation);
            }
            if (phase == Phase.PREPARE) {
                e.document = doc.toBuilder().signed(false).build();
                return "";
            }
            e.document = doc;
            String why = reason == null || reason.isBlank() ? "thay thế" : reason.strip();
            return sendChange(uow, r, e, DeliveryChange.Kind.REPLACEMENT, why, now);
        }, "outgoing.replace");
    }

    /**
     * {@code given} checked as the update or replacement of {@code r}'s issued document: the record issued, the
     * register line's fields unchanged, the signed main file kept (update) or new (replacement).
     */
    private Document checkedChange(OutgoingRecord r, Document given, DeliveryChange.Kind kind) {
        if (r.state() != OutgoingState.ISSUED) {
            throw EdocRuleException.of(FlowViolation.NOTHING_TO_CHANGE, "id", r.id());
        }
        if (given == null) {
            throw EdocRuleException.of(RoutingViolation.MISSING, "document", "document");
        }
        Document doc = outgoing(given);
        Document old = r.document();
        java.util.Map<String, Boolean> same = new java.util.LinkedHashMap<>();
        same.put("documentId", doc.documentId().equals(old.documentId()));
        same.put("notation", doc.notation().equals(old.notation()));
        same.put("issueDate", doc.issueDate().equals(old.issueDate()));
        same.put("type", doc.type().equals(old.type()));
        same.put("abstract", doc.subject().equals(old.subject()));
        same.put("recipients", doc.recipients().equals(old.recipients()));
        same.put("pageCount", doc.pageCount() == old.pageCount());
        same.put("urgency", doc.urgency() == old.urgency());
        same.put("confidentiality", doc.confidentiality() == old.confidentiality());
        for (java.util.Map.Entry<String, Boolean> f : same.entrySet()) {
            if (!f.getValue()) {
                throw EdocRuleException.of(FlowViolation.CHANGE_TOUCHES_REGISTER, "document." + f.getKey(),
                        f.getKey());
            }
        }
        Optional<String> oldMain = old.mainFile().map(Attachment::sha256);
        Optional<String> newMain = doc.mainFile().map(Attachment::sha256);
        if (kind == DeliveryChange.Kind.UPDATE && !newMain.equals(oldMain)) {
            throw EdocRuleException.of(FlowViolation.WRONG_CHANGE_KIND, "document.mainFile", "was changed");
        }
        if (kind == DeliveryChange.Kind.REPLACEMENT && (newMain.isEmpty() || newMain.equals(oldMain))) {
            throw EdocRuleException.of(FlowViolation.WRONG_CHANGE_KIND, "document.mainFile", "was kept");
        }
        if (kind == DeliveryChange.Kind.UPDATE) {
            ContentCheck.requireStored(ctx.contents(), doc, "document");
        }
        return doc;
    }

    /**
     * Records {@code kind} on every open delivery through the system and queues its message with {@code e}'s
     * document in {@code uow}; returns the history note.
     */
    private String sendChange(UnitOfWork uow, OutgoingRecord r, OutgoingRecord.Edit e, DeliveryChange.Kind kind,
                              String why, Instant now) {
        List<Delivery> next = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (Delivery d : r.deliveries()) {
            boolean open = d.channel() == Channel.SYSTEM && d.isOpen();
            if (!open) {
                next.add(d);
                continue;
            }
            DeliveryChange change = new DeliveryChange(kind, DeliveryChange.State.SENT, now, why);
            next.add(kind == DeliveryChange.Kind.UPDATE ? d.withChange(change) : d.restartedFor(change, now));
            to.add(d.recipient().value());
            TransportMessage.Kind messageKind = kind == DeliveryChange.Kind.UPDATE ? TransportMessage.Kind.UPDATE
                    : TransportMessage.Kind.REPLACEMENT;
            // one id per change and recipient: a second update of the same document is another message
            MessageId messageId = MessageId.of(MessageId.digestPart(r.id() + "/" + kind + "/"
                    + (d.changes().size() + 1) + "/" + d.recipient().value()) + "/"
                    + kind.name().toLowerCase(java.util.Locale.ROOT));
            ctx.transport().send(uow, new TransportMessage(messageId, messageKind, r.organisation(), d.recipient(),
                    r.id(), Optional.of(e.document), d.tasks().stream().map(TaskDelivery::task).toList(), why, now));
        }
        if (to.isEmpty()) {
            throw EdocRuleException.of(FlowViolation.NOTHING_TO_CHANGE, "id", r.id());
        }
        e.deliveries = next;
        return (kind == DeliveryChange.Kind.UPDATE ? "update" : "replacement") + " to " + String.join(", ", to)
                + ": " + why;
    }

    /**
     * Applies a status message from a recipient (R-OUT-6) through a {@link DeliveryTracker}: a receipt
     * acknowledgement makes the delivery DELIVERED, a refusal REFUSED with its reason (R-IN-6); any other status is
     * recorded in the history. Done by the system.
     *
     * @throws EdocRuleException when the message names no document of this organisation or no delivery to its
     *                           sender
     */
    public OutgoingRecord onStatus(TransportMessage message) {
        return new DeliveryTracker(ctx).onStatus(message);
    }

    // --------------------------------------------------------------------------------------------- helpers

    /** One change of an outgoing record. */
    @FunctionalInterface
    private interface Change {
        /** Changes {@code e}, or throws to refuse; returns the comment for the history and the audit trail. */
        String apply(UnitOfWork uow, OutgoingRecord r, OutgoingRecord.Edit e, Instant now);
    }

    /** The two runs of a signed change: checking before the signature, writing after it. */
    private enum Phase { PREPARE, COMMIT }

    /** One change of an outgoing record that carries a signature of its main file. */
    @FunctionalInterface
    private interface SignedChange {
        /**
         * Changes {@code e}, or throws to refuse. Run once in {@link Phase#PREPARE} (the unit of work is rolled
         * back; {@code e.document} is the document to sign afterwards) and once in {@link Phase#COMMIT} (with the
         * signed main file already in {@code e.document}).
         */
        String apply(UnitOfWork uow, OutgoingRecord r, OutgoingRecord.Edit e, Instant now, Phase phase);
    }

    /** What the prepare step fixed: the record's version and the document to sign, as of that version. */
    private record Prepared(long version, Document document, Instant at, OrganCode organisation) {
    }

    /**
     * Prepare (check, then reserve), sign with no unit of work open, commit (see {@link #issue}): {@code change}
     * runs in the checking and the committing units of work; the commit refuses with
     * {@link ConcurrentChangeException} when the record is no longer the reserved version holding this step's
     * reservation. Any failure after the reservation releases it.
     */
    private OutgoingRecord signedStep(Actor actor, String id, Action action, String unitId, SignatureRole role,
                                      SignedChange change, String auditAction) {
        Steps.actor(actor);
        Prepared prepared = ctx.transactions().inTransaction(uow -> {
            // nothing of the checks is kept: participants may write into this unit of work to see whether they
            // would accept, and the record itself is written by the reserving and committing steps only
            uow.setRollbackOnly();
            OutgoingRecord r = open(uow, actor, id, action, unitId);
            Instant now = Steps.now(ctx);
            // a second signature of the same step is wasted work whoever asks, the holder's other desk included
            refuseIfReserved(r, null, now);
            OutgoingRecord.Edit e = r.edit();
            change.apply(uow, r, e, now, Phase.PREPARE);
            return new Prepared(r.version(), e.document, now, r.organisation());
        });
        SigningReservation mine = new SigningReservation(actor.personId(), action, prepared.at(),
                prepared.at().plus(reservationTime));
        long reserved = reserve(actor, id, prepared.version(), mine);
        try {
            Document signed = signAs(role, prepared.document(), prepared.organisation(), prepared.at());
            return stepIn(actor, id, action, unitId, (uow, r, e, now) -> {
                if (r.version() != reserved || !r.reservation().equals(Optional.of(mine))) {
                    throw new ConcurrentChangeException(OBJECT_TYPE, r.id(), reserved, r.version());
                }
                e.reservation = Optional.empty();
                e.document = signed;
                return change.apply(uow, r, e, now, Phase.COMMIT);
            }, auditAction, true);
        } catch (RuntimeException | Error failure) {
            release(actor, id, mine, failure);
            throw failure;
        }
    }

    /**
     * Writes {@code mine} into the next version of record {@code id}, which must still be at {@code version} with no
     * live reservation; commits at once so that other desks see it. Returns the reserved version. Audited like every
     * version of a record ({@code outgoing.reserve}); no history step, since it changes nothing of the document.
     */
    private long reserve(Actor actor, String id, long version, SigningReservation mine) {
        return ctx.transactions().inTransaction(uow -> {
            OutgoingRecord r = ctx.documents().outgoing(uow, id).orElseThrow(() ->
                    EdocRuleException.of(FlowViolation.NO_SUCH_OUTGOING, "id", id));
            refuseIfReserved(r, null, Steps.now(ctx));
            if (r.version() != version) {
                throw new ConcurrentChangeException(OBJECT_TYPE, r.id(), version, r.version());
            }
            OutgoingRecord.Edit e = r.edit();
            e.reservation = Optional.of(mine);
            OutgoingRecord next = e.build();
            ctx.documents().saveOutgoing(uow, next);
            Steps.audit(ctx.audit(), uow, r.organisation(), actor.account().name(), "outgoing.reserve",
                    mine.reservedAt(), OBJECT_TYPE, r.id(), r.digest(), next.digest(),
                    mine.action().name() + " until " + mine.expiresAt(), Set.of());
            return next.version();
        });
    }

    /**
     * Clears {@code mine} from record {@code id} when it still stands there, in a unit of work of its own, audited
     * ({@code outgoing.release}) with the failure that ended the step; a failure
     * to do so is attached to {@code cause} and logged, never thrown: the reservation then lapses at its expiry.
     */
    private void release(Actor actor, String id, SigningReservation mine, Throwable cause) {
        try {
            ctx.transactions().run(uow -> {
                OutgoingRecord r = ctx.documents().outgoing(uow, id).orElse(null);
                if (r != null && r.reservation().equals(Optional.of(mine))) {
                    OutgoingRecord.Edit e = r.edit();
                    e.reservation = Optional.empty();
                    OutgoingRecord next = e.build();
                    ctx.documents().saveOutgoing(uow, next);
                    Steps.audit(ctx.audit(), uow, r.organisation(), actor.account().name(), "outgoing.release",
                            Steps.now(ctx), OBJECT_TYPE, r.id(), r.digest(), next.digest(),
                            mine.action().name() + ": " + cause, Set.of());
                }
            });
        } catch (RuntimeException releaseFailure) {
            LOG.warn("signing reservation of {} by {} not released, it lapses at {}: {}", id, mine.holderId(),
                    mine.expiresAt(), releaseFailure.toString());
            cause.addSuppressed(releaseFailure);
        }
    }

    /**
     * Refuses with {@link SigningReservedException} when a reservation live at {@code now} stands on {@code r} and is
     * not held by {@code allowedHolder} ({@code null}: held by anyone).
     */
    private static void refuseIfReserved(OutgoingRecord r, String allowedHolder, Instant now) {
        Optional<SigningReservation> held = r.reservation().filter(v -> v.liveAt(now));
        if (held.isPresent() && (allowedHolder == null || !held.get().heldBy(allowedHolder))) {
            SigningReservation v = held.get();
            FlowViolation type = v.action() == Action.APPROVE_AND_SIGN ? FlowViolation.SIGNING_RESERVED
                    : FlowViolation.ISSUE_RESERVED;
            throw new SigningReservedException(r, v, type.at("id", r.id(), v.holderId(),
                    vn.edoc.time.WorkingTime.iso(vn.edoc.time.WorkingTime.vietnamTime(v.expiresAt()))));
        }
    }

    /**
     * The record {@code id} as seen in {@code uow}, once {@code actor} may do {@code action} in {@code unitId}
     * ({@code null}: the whole organisation; {@code ""}: the record's unit for unit roles, the organisation
     * otherwise).
     */
    private OutgoingRecord open(UnitOfWork uow, Actor actor, String id, Action action, String unitId) {
        OutgoingRecord r = ctx.documents().outgoing(uow, String.valueOf(id)).orElseThrow(() ->
                EdocRuleException.of(FlowViolation.NO_SUCH_OUTGOING, "id", String.valueOf(id)));
        Scope scope;
        if (unitId == null) {
            scope = action == Action.DRAFT ? Scope.unit(r.organisation(), r.unitId())
                    : Scope.organisation(r.organisation());
        } else if (unitId.isEmpty()) {
            boolean unitRole = actor.account().roles().stream()
                    .anyMatch(ro -> ro == vn.edoc.org.Role.UNIT_HEAD || ro == vn.edoc.org.Role.SPECIALIST);
            scope = unitRole ? Scope.unit(r.organisation(), r.unitId()) : Scope.organisation(r.organisation());
        } else {
            scope = Scope.unit(r.organisation(), unitId);
        }
        Permissions.require(ctx.current(actor), action, scope);
        return r;
    }

    /**
     * Loads the record, checks {@code action} in {@code unitId} (see {@link #open}), applies the change, saves it
     * with a history step and an audit entry, and publishes the state change.
     */
    private OutgoingRecord step(Actor actor, String id, Action action, String unitId, Change change,
                                String auditAction) {
        return stepIn(actor, id, action, unitId, change, auditAction, false);
    }

    /**
     * As {@link #step}; {@code signedCommit} is true for the commit of a signed step, which checks its own
     * reservation, and false for every other step, refused while someone else's reservation is live.
     */
    private OutgoingRecord stepIn(Actor actor, String id, Action action, String unitId, Change change,
                                  String auditAction, boolean signedCommit) {
        Steps.actor(actor);
        return ctx.transactions().inTransaction(uow -> {
            OutgoingRecord r = open(uow, actor, id, action, unitId);
            OutgoingRecord.Edit e = r.edit();
            Instant now = Steps.now(ctx);
            if (!signedCommit) {
                refuseIfReserved(r, actor.personId(), now);
            }
            String note = change.apply(uow, r, e, now);
            e.history.add(new HistoryStep(now, actor.personId(), auditAction, r.state().name(), e.state.name(),
                    note));
            OutgoingRecord next = e.build();
            ctx.documents().saveOutgoing(uow, next);
            Steps.audit(ctx.audit(), uow, r.organisation(), actor.account().name(), auditAction, now, OBJECT_TYPE, r.id(), r.digest(),
                    next.digest(), note, Set.of());
            if (next.state() != r.state()) {
                OutgoingTransition t = OutgoingTransition.transitionBetween(r.state(), next.state());
                Steps.publish(uow, ctx.events(), new DomainEvent.StateChanged(now, actor.personId(), r.id(),
                        "OutgoingState", r.state().name(), next.state().name(), t.ruleId()));
                notifyWaiting(uow, actor, next);
            }
            return next;
        });
    }

    private void notifyWaiting(UnitOfWork uow, Actor actor, OutgoingRecord r) {
        List<String> who = WorkQueue.waitersOf(ctx.directory().get(), r);
        String what = r.document().subject().orElse(r.id()) + " (" + r.state().vietnameseName() + ")";
        for (String p : who) {
            uow.afterCommit(() -> ctx.notifier().notify(p, "Văn bản đi chờ xử lý", what));
        }
    }

    /**
     * {@code document} with its main file signed in {@code role} by the {@link DocumentSigner}: the main file's
     * reference replaced by the signed one, and marked signed for the organisation's signature.
     */
    private Document signAs(SignatureRole role, Document document, OrganCode organisation, Instant now) {
        Attachment main = document.mainFile().orElseThrow(() ->
                EdocRuleException.of(FlowViolation.SIGNATURE_FAILED, "document", "the document has no main file"));
        Signer who = document.signer().orElseThrow(() ->
                EdocRuleException.of(FlowViolation.SIGNATURE_FAILED, "document", "the document names no signer"));
        if (!ContentRef.isSha256(main.sha256()) || main.size() < 0) {
            throw EdocRuleException.of(FlowViolation.SIGNATURE_FAILED, "document",
                    "the main file has no valid digest");
        }
        SigningRequest request = new SigningRequest(new ContentRef(main.sha256(), main.size()), role, organisation,
                who, document.notation().map(Notation::format), now);
        ContentRef signedRef;
        try {
            signedRef = signer.sign(request, ctx.contents());
        } catch (EdocRuleException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw EdocRuleException.of(FlowViolation.SIGNATURE_FAILED, "document", String.valueOf(ex.getMessage()));
        }
        if (signedRef == null || signedRef.equals(request.content())) {
            throw EdocRuleException.of(FlowViolation.SIGNATURE_FAILED, "document", "the signer gave no signature");
        }
        List<Attachment> files = new ArrayList<>();
        for (Attachment a : document.attachments()) {
            files.add(a == main ? new Attachment(a.name(), a.mediaType(), signedRef.size(), signedRef.sha256(),
                    a.role()) : a);
        }
        Document.Builder b = document.toBuilder().attachments(files);
        if (role == SignatureRole.ORGANISATION) {
            b.signed(true);
        }
        return b.build();
    }

    private static void requireDrafter(Actor actor, OutgoingRecord r) {
        if (!actor.personId().equals(r.drafterId())) {
            throw EdocRuleException.of(FlowViolation.NOT_DRAFTER, "actor", r.drafterId());
        }
    }

    private static String required(String text) {
        return Steps.text(text, () -> EdocRuleException.of(FlowViolation.COMMENT_REQUIRED, "comment"));
    }

    private static Document outgoing(Document draft) {
        if (draft == null) {
            throw EdocRuleException.of(RoutingViolation.MISSING, "draft", "draft");
        }
        return draft.direction() == Direction.OUTGOING ? draft : draft.toBuilder().direction(Direction.OUTGOING)
                .build();
    }
}
