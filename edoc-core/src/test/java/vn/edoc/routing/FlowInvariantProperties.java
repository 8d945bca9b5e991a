package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.org.OrgFixtures.ADMIN;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.JUSTICE;
import static vn.edoc.org.OrgFixtures.JUSTICE_HEAD;
import static vn.edoc.org.OrgFixtures.JUSTICE_OFFICER;
import static vn.edoc.org.OrgFixtures.OFFICE_CHIEF;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;
import static vn.edoc.org.OrgFixtures.VICE_CHAIR;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Role;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.spi.TransportMessage;
import vn.edoc.validation.EdocRuleException;

/**
 * Random sequences of flow actions by random actors of a fixed small directory never break the invariants: register
 * numbers unique and gap-free (R-ID-3), no change by an actor whose roles do not allow the action (R-ACC-2), every
 * change of a record audited (one entry per saved version), the audit chain verifies, and a refused action changes
 * nothing (the committed state compared before and after).
 */
class FlowInvariantProperties {

    private static final List<String> PEOPLE = List.of(CLERK, OFFICE_CHIEF, CHAIR, VICE_CHAIR, FINANCE_CLERK,
            FINANCE_HEAD, SPECIALIST, JUSTICE_HEAD, JUSTICE_OFFICER, ADMIN);
    private static final List<String> UNITS = List.of(FINANCE, JUSTICE);

    /** One random step: what, by whom, on which record, in which unit. */
    record Op(Kind kind, int actor, int target, int unit) {
    }

    enum Kind {
        RECEIVE(null, CLERK), REGISTER(Action.REGISTER_INCOMING, CLERK), REFUSE(Action.REFUSE_INCOMING, CLERK),
        PROPOSE(Action.PROPOSE, OFFICE_CHIEF), ASSIGN(Action.ANNOTATE_AND_ASSIGN, CHAIR),
        UNIT_RECEIVE(Action.FORWARD_TO_HEAD, FINANCE_CLERK), FORWARD(Action.FORWARD_TO_HEAD, FINANCE_CLERK),
        SPECIALIST_ASSIGN(Action.ASSIGN_SPECIALIST, FINANCE_HEAD), COMPLETE(Action.COMPLETE, SPECIALIST),
        RECALL(Action.CANCEL_ON_RECALL, CLERK), DRAFT(Action.DRAFT, SPECIALIST), SUBMIT(Action.DRAFT, SPECIALIST),
        REVIEW(Action.REVIEW, FINANCE_HEAD), RETURN(Action.RETURN_FOR_REWORK, CHAIR),
        APPROVE(Action.APPROVE_AND_SIGN, CHAIR), REGISTER_OUT(Action.REGISTER_OUTGOING, CLERK),
        ISSUE(Action.ISSUE, CLERK), ADVANCE(null, CLERK),
        /** The next step of the newest incoming (even target) or outgoing (odd target) document. */
        NEXT(null, CLERK);

        final Action action;
        final String usual;

        Kind(Action action, String usual) {
            this.action = action;
            this.usual = usual;
        }
    }

    /** New documents and refusals seldom, the steps that move a document on often. */
    private static List<Kind> weightedKinds() {
        List<Kind> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            int weight = switch (k) {
                case RECEIVE, DRAFT, REFUSE, RECALL, RETURN -> 1;
                case NEXT -> 40;
                default -> 4;
            };
            for (int i = 0; i < weight; i++) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    @Provide
    Arbitrary<List<Op>> scripts() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(weightedKinds()), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99), Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, 0), net.jqwik.api.Tuple.of(1, 1))).as(Op::new);
        return op.list().ofMinSize(5).ofMaxSize(60);
    }

    /** Everything committed that a refused action must leave alone. */
    private record Snapshot(List<IncomingRecord> incoming, List<OutgoingRecord> outgoing, long audit,
                            Map<RegisterKey, List<RegisterEntry>> registers, int messagesSent, int notices,
                            int events) {
    }

    private static Snapshot snapshot(FlowWorld w) {
        Map<RegisterKey, List<RegisterEntry>> regs = new HashMap<>();
        for (RegisterKey k : w.registers.keys()) {
            regs.put(k, w.registers.entries(k));
        }
        return new Snapshot(w.documents.incomingOf(TUY_PHUOC), w.documents.outgoingOf(TUY_PHUOC), w.audit.size(),
                regs, w.transport.sent().size(), w.notices.size(), w.seen.size());
    }

    @Property(tries = 150)
    void randomActionsKeepTheInvariants(@ForAll("scripts") List<Op> script) {
        FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
        int refs = 0;
        int done = 0;
        for (Op raw : script) {
            Op op = raw.kind() == Kind.NEXT ? next(w, raw) : raw;
            Snapshot before = snapshot(w);
            // mostly the person whose turn it is, so that runs go deep; sometimes anyone, to be refused
            String person = op.actor() < 75 ? op.kind().usual : PEOPLE.get(op.actor() % PEOPLE.size());
            boolean changed;
            try {
                changed = run(w, op, person, refs++);
                done++;
            } catch (EdocRuleException refused) {
                assertThat(snapshot(w)).as("refused %s by %s changed nothing", op, person).isEqualTo(before);
                assertThat(refused.result().errors()).allSatisfy(v -> assertThat(v.ruleId()).startsWith("R-"));
                continue;
            }
            if (changed && op.kind().action != null) {
                Set<Role> roles = w.as(person).account().roles();
                assertThat(roles).as("%s by %s", op.kind(), person).containsAnyElementsOf(op.kind().action.roles());
                assertThat(w.audit.size()).isGreaterThan(before.audit());
            }
        }
        Statistics.label("done").collect(done > script.size() / 4 ? "many" : "few");
        Statistics.label("some incoming done").collect(w.documents.incomingOf(TUY_PHUOC).stream()
                .anyMatch(r -> r.state() == IncomingState.DONE || r.state() == IncomingState.IN_PROGRESS));
        Statistics.label("some outgoing issued").collect(w.documents.outgoingOf(TUY_PHUOC).stream()
                .anyMatch(r -> r.state() == OutgoingState.ISSUED || r.state() == OutgoingState.REGISTERED));
        invariants(w);
    }

    /** The step that moves the newest document on, by the person whose turn it is (mostly). */
    private static Op next(FlowWorld w, Op raw) {
        List<IncomingRecord> ins = w.documents.incomingOf(TUY_PHUOC);
        List<OutgoingRecord> outs = w.documents.outgoingOf(TUY_PHUOC);
        Kind k;
        if (raw.target() % 2 == 0) {
            if (ins.isEmpty()) {
                k = Kind.RECEIVE;
            } else {
                IncomingRecord r = ins.get(ins.size() - 1);
                k = switch (r.state()) {
                    case RECEIVED -> Kind.REGISTER;
                    case REGISTERED -> raw.actor() % 2 == 0 ? Kind.PROPOSE : Kind.ASSIGN;
                    case PROPOSED -> Kind.ASSIGN;
                    case ASSIGNED -> Kind.UNIT_RECEIVE;
                    case IN_PROGRESS -> switch (r.lead().map(Assignment::state).orElse(AssignmentState.DONE)) {
                        case RECEIVED_BY_UNIT -> Kind.FORWARD;
                        case WITH_HEAD -> Kind.SPECIALIST_ASSIGN;
                        default -> Kind.COMPLETE;
                    };
                    default -> Kind.RECEIVE;
                };
            }
        } else {
            if (outs.isEmpty()) {
                k = Kind.DRAFT;
            } else {
                k = switch (outs.get(outs.size() - 1).state()) {
                    case DRAFTING, RETURNED -> Kind.SUBMIT;
                    case UNDER_REVIEW -> Kind.REVIEW;
                    case AWAITING_APPROVAL -> raw.actor() % 7 == 0 ? Kind.RETURN : Kind.APPROVE;
                    case APPROVED_SIGNED -> Kind.REGISTER_OUT;
                    case REGISTERED -> Kind.ISSUE;
                    default -> Kind.DRAFT;
                };
            }
        }
        // target 1: the newest record, a passing receipt check; unit 0: the finance department leads
        return new Op(k, raw.actor(), 1, 0);
    }

    private static boolean run(FlowWorld w, Op op, String person, int ref) {
        List<IncomingRecord> ins = w.documents.incomingOf(TUY_PHUOC);
        List<OutgoingRecord> outs = w.documents.outgoingOf(TUY_PHUOC);
        String unit = UNITS.get(op.unit());
        // the newest record most of the time, so that one document travels far
        int pick = op.target() < 60 ? Integer.MAX_VALUE : op.target();
        String in = ins.isEmpty() ? "none" : ins.get(pick == Integer.MAX_VALUE ? ins.size() - 1 : pick % ins.size()).id();
        String out = outs.isEmpty() ? "none"
                : outs.get(pick == Integer.MAX_VALUE ? outs.size() - 1 : pick % outs.size()).id();
        Instant deadline = w.clock.instant().plus(Duration.ofDays(3));
        Actor a = w.as(person);
        switch (op.kind()) {
            case RECEIVE -> w.incoming.receive(w.newFromJustice("ref-" + ref, "Văn bản " + ref,
                    op.target() % 3 == 0 ? List.of("Nhiệm vụ A", "Nhiệm vụ B") : List.of()));
            case REGISTER -> w.incoming.register(a, RecordId.of(in), ReceiptCheck.passed(op.target() % 5 == 0 ? 1 : 2));
            case REFUSE -> w.incoming.refuse(a, RecordId.of(in), "Sai thể thức");
            case PROPOSE -> w.incoming.propose(a, RecordId.of(in), "Đề xuất");
            case ASSIGN -> w.incoming.assign(a, RecordId.of(in), "Bút phê", List.of(AssignmentOrder.lead(unit, deadline),
                    AssignmentOrder.cooperate(UNITS.get(1 - op.unit()), deadline)));
            case UNIT_RECEIVE -> w.incoming.receiveAtUnit(a, RecordId.of(in), UnitId.of(unit));
            case FORWARD -> w.incoming.forwardToHead(a, RecordId.of(in), UnitId.of(unit));
            case SPECIALIST_ASSIGN -> w.incoming.assignSpecialist(a, RecordId.of(in), UnitId.of(unit),
                    PersonId.of(op.unit() == 0 ? SPECIALIST : JUSTICE_OFFICER), "");
            case COMPLETE -> w.incoming.complete(a, RecordId.of(in), UnitId.of(unit), "Xong");
            case RECALL -> {
                String senderRef = ins.isEmpty() ? "none" : ins.get(op.target() % ins.size()).senderRef();
                w.incoming.cancelOnRecall(a, TransportMessage.status(TransportMessage.Kind.RECALL, SO_TU_PHAP,
                        TUY_PHUOC, senderRef, "Thu hồi", w.clock.instant()));
            }
            case DRAFT -> w.outgoing.draft(a, FlowWorld.replyDraft("Dự thảo " + ref,
                    Recipient.of("Sở Tư pháp", SO_TU_PHAP)), DraftOptions.none());
            case SUBMIT -> {
                if (w.documents.outgoing(out).map(o -> o.state() == OutgoingState.RETURNED).orElse(false)) {
                    w.outgoing.revise(a, RecordId.of(out), FlowWorld.replyDraft("Dự thảo sửa " + ref,
                            Recipient.of("Sở Tư pháp", SO_TU_PHAP)));
                } else {
                    w.outgoing.submit(a, RecordId.of(out));
                }
            }
            case REVIEW -> w.outgoing.review(a, RecordId.of(out), "Xem xét");
            case RETURN -> w.outgoing.returnForRework(a, RecordId.of(out), "Sửa lại");
            case APPROVE -> w.outgoing.approveAndSign(a, RecordId.of(out), SigningCompetence.TM, "Chủ tịch", "");
            case REGISTER_OUT -> w.outgoing.register(a, RecordId.of(out), "UBND");
            case ISSUE -> w.outgoing.issue(a, RecordId.of(out));
            case NEXT -> throw new IllegalStateException("NEXT is resolved before running");
            case ADVANCE -> {
                w.clock.advance(Duration.ofMinutes(37));
                return false;
            }
            default -> throw new IllegalStateException(op.kind().name());
        }
        return true;
    }

    private static void invariants(FlowWorld w) {
        for (RegisterKey k : w.registers.keys()) {
            List<RegisterEntry> entries = w.registers.entries(k);
            for (int i = 0; i < entries.size(); i++) {
                assertThat(entries.get(i).number()).as("gap-free numbers in %s", k).isEqualTo(i + 1L);
            }
            assertThat(w.sequences.current(k)).isEqualTo(entries.size());
        }
        Map<String, Integer> audited = new HashMap<>();
        List<AuditEntry> all = new ArrayList<>();
        w.audit.scan(all::add);
        for (AuditEntry e : all) {
            if (e.objectType().equals(IncomingFlow.OBJECT_TYPE) || e.objectType().equals(OutgoingFlow.OBJECT_TYPE)) {
                audited.merge(e.objectId(), 1, Integer::sum);
            }
        }
        for (IncomingRecord r : w.documents.incomingOf(TUY_PHUOC)) {
            assertThat(audited.get(r.id())).as("every version of %s audited", r.id()).isEqualTo((int) r.version());
            if (r.number() > 0) {
                assertThat(w.documents.incomingOf(TUY_PHUOC)).filteredOn(x -> x.number() == r.number())
                        .allMatch(x -> x.groupId().equals(r.groupId()));
            }
        }
        for (OutgoingRecord r : w.documents.outgoingOf(TUY_PHUOC)) {
            assertThat(audited.get(r.id())).as("every version of %s audited", r.id()).isEqualTo((int) r.version());
        }
        assertThat(w.audit.verify().intact()).isTrue();
    }
}
