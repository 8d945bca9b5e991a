package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.task.TaskWorld.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.edoc.audit.AuditEntry;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Role;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.validation.EdocRuleException;

/**
 * Random sequences of task actions by random people never break the invariants: a refused action changes nothing
 * (tasks, audit trail, events); an accepted one is done by someone whose role allows it and is audited under their
 * account; every step of every task is audited exactly once and every state change follows {@link TaskTransition};
 * histories only grow; the audit chain verifies.
 */
class TaskServiceProperties {

    private static final List<String> PEOPLE = List.of(CHAIR, UBND_CLERK, MONITOR, DRAFTER, OFFICE_CHIEF, STC_CLERK,
            STC_DIRECTOR, STC_HEAD, HANDLER, HANDLER2, PRICES_HEAD, SKH_DIRECTOR, SKH_HEAD, SKH_SPECIALIST);

    /** What a random step does. */
    enum Kind {
        CREATE(Action.CREATE_TASK), UPDATE(Action.CREATE_TASK), CHECK(Action.CHECK_TASK), REOPEN(Action.CHECK_TASK),
        ISSUE_ASSIGNING(Action.ISSUE), RECEIVE(Action.RECEIVE_TASK), RETURN(Action.RETURN_TASK),
        REASSIGN(Action.CHECK_TASK), START_REPLY(Action.HANDLE), CLOSE(Action.COMPLETE), TAKE_BACK(Action.HANDLE),
        ISSUE_REPLY(Action.ISSUE), APPROVE(Action.APPROVE_TASK_RESULT), REFUSE(Action.REFUSE_TASK_RESULT),
        REQUEST_EXTENSION(Action.REQUEST_EXTENSION), APPROVE_EXTENSION(Action.APPROVE_EXTENSION),
        REFUSE_EXTENSION(Action.REFUSE_EXTENSION), ANSWER(Action.COOPERATE_ANSWER),
        REFUSE_COOPERATION(Action.COOPERATE_REFUSE), DIRECT(Action.ASSIGN_DIRECTLY), SCAN(null),
        CORRECT(Action.CHECK_TASK),
        /** The next step of the flow by the person who does it, so that walks reach the later states. */
        ADVANCE(null);

        final Action action;

        Kind(Action action) {
            this.action = action;
        }
    }

    record Op(Kind kind, int person, int task, int extra, int hours) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Kind.CREATE)), Tuple.of(4, Arbitraries.just(Kind.ADVANCE)),
                Tuple.of(12, Arbitraries.of(Kind.class))), Arbitraries.integers().between(0, 27),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 27),
                Arbitraries.integers().between(0, 12)).as(Op::new);
        return op.list().ofMinSize(5).ofMaxSize(80);
    }

    @Property(tries = 150)
    void randomActionsKeepEveryInvariant(@ForAll("operations") List<Op> ops) {
        TaskWorld w = new TaskWorld();
        for (Op op : ops) {
            w.clock.advance(Duration.ofHours(op.hours()));
            Map<String, Task> before = snapshot(w);
            long auditBefore = w.audit.size();
            List<AuditEntry> trailBefore = new java.util.ArrayList<>();
            w.audit.scan(trailBefore::add);
            int eventsBefore = w.events.size();
            Actor actor = w.actor(op.person() < PEOPLE.size() ? PEOPLE.get(op.person()) : natural(w, op));
            boolean done;
            try {
                run(w, op, actor);
                done = true;
            } catch (EdocRuleException refused) {
                done = false;
                assertThat(refused.violations()).isNotEmpty();
                assertThat(refused.ruleIds()).allMatch(r -> r.matches("R-[A-Z]+-\\d+"));
            }
            Statistics.collect(op.kind(), done ? "done" : "refused");
            Map<String, Task> after = snapshot(w);
            if (!done) {
                assertThat(after).as("a refused %s changes nothing", op.kind()).isEqualTo(before);
                assertThat(w.audit.size()).isEqualTo(auditBefore);
                assertThat(w.events).hasSize(eventsBefore);
                continue;
            }
            // entries go to the chain of the organisation acting: what is new is what was not there before
            List<AuditEntry> added = new java.util.ArrayList<>();
            w.audit.scan(added::add);
            added.removeAll(trailBefore);
            if (op.kind().action != null && !added.isEmpty()) {
                // no unauthorised change: the one who acted holds a role the permission table allows
                Set<Role> roles = EnumSet.copyOf(actor.account().roles());
                Set<Role> allowed = EnumSet.copyOf(op.kind().action.roles());
                if (op.kind() == Kind.UPDATE) {
                    // the drafter corrects, or the monitoring officer completes (R-TASK-2)
                    allowed.addAll(Action.CHECK_TASK.roles());
                }
                roles.retainAll(allowed);
                assertThat(roles).as("%s by %s", op.kind(), actor.personId()).isNotEmpty();
                assertThat(added).extracting(AuditEntry::actor)
                        .allMatch(a -> a.equals(actor.account().name()) || a.equals(DomainEvent.SYSTEM));
            }
            for (Task t : after.values()) {
                Task old = before.get(t.id());
                if (old != null) {
                    assertThat(t.history().subList(0, old.history().size())).isEqualTo(old.history());
                    assertThat(t.version()).isGreaterThanOrEqualTo(old.version());
                }
            }
        }
        for (Task t : snapshot(w).values()) {
            List<AuditEntry> trail = w.auditOf(t.id());
            assertThat(trail).hasSize(t.history().size());
            assertThat(trail).extracting(AuditEntry::action)
                    .containsExactlyElementsOf(t.history().stream().map(TaskStep::action).toList());
            if (t.notices().isEmpty()) {
                // scan notices are bookkept without an audit entry; otherwise the trail ends on the task as stored
                assertThat(trail.get(trail.size() - 1).afterDigest()).isEqualTo(t.digest());
            }
            assertThat(TaskState.initialStates()).contains(t.history().get(0).to());
            for (int i = 1; i < t.history().size(); i++) {
                TaskStep prev = t.history().get(i - 1);
                TaskStep step = t.history().get(i);
                assertThat(step.from()).isEqualTo(prev.to());
                if (step.changedState()) {
                    assertThat(TaskTransition.find(step.from(), step.to())).as("%s", step).isPresent();
                }
            }
            assertThat(t.state()).isEqualTo(t.history().get(t.history().size() - 1).to());
        }
        assertThat(w.audit.verify().intact()).isTrue();
        assertThat(w.events).noneMatch(e -> e.occurredAt() == null);
    }

    /** Half of the steps are done by the person who would do them in the flow, so that walks get far. */
    private static String natural(TaskWorld w, Op op) {
        List<Task> tasks = w.store.all();
        Task task = tasks.isEmpty() ? null : tasks.get(op.task() % tasks.size());
        return switch (op.kind()) {
            case CREATE, UPDATE -> DRAFTER;
            case CHECK, REOPEN, REASSIGN, CORRECT, APPROVE, REFUSE, APPROVE_EXTENSION, REFUSE_EXTENSION -> MONITOR;
            case ISSUE_ASSIGNING -> UBND_CLERK;
            case RECEIVE, RETURN, ISSUE_REPLY -> STC_CLERK;
            case START_REPLY, CLOSE, TAKE_BACK, REQUEST_EXTENSION ->
                    task == null ? HANDLER : task.handlerId().orElse(HANDLER);
            case ANSWER, REFUSE_COOPERATION -> SKH_HEAD;
            case DIRECT -> STC_DIRECTOR;
            case SCAN, ADVANCE -> MONITOR;
        };
    }

    private static Map<String, Task> snapshot(TaskWorld w) {
        Map<String, Task> all = new TreeMap<>();
        for (Task t : w.store.all()) {
            all.put(t.id(), t);
        }
        return all;
    }

    private static void run(TaskWorld w, Op op, Actor actor) {
        List<Task> tasks = w.store.all();
        Task task = tasks.isEmpty() ? null : tasks.get(op.task() % tasks.size());
        String id = task == null ? "none" : task.id();
        Instant now = w.clock.instant();
        DocumentRef doc = DocumentRef.of("doc-" + op.extra(), op.extra() + "/X", now.minusSeconds(3600));
        String other = op.extra() < PEOPLE.size() ? PEOPLE.get(op.extra())
                : task != null && task.unitId().equals(STC_PRICES) ? PRICES_HEAD : HANDLER;
        String record = task != null && op.extra() % 2 == 0 && !task.assigningRecordId().isEmpty()
                ? task.assigningRecordId() : "rec-" + (op.task() % 2);
        switch (op.kind()) {
            case CREATE -> w.service.create(actor, RecordId.of(record), data(w, op.task() % 2 == 0 ? STC_BUDGET : STC_PRICES));
            case UPDATE -> w.service.update(actor, TaskId.of(id), data(w, STC_BUDGET));
            case CHECK -> w.service.confirmCheck(actor, TaskId.of(id), task == null ? null : dataOf(task));
            case REOPEN -> w.service.reopen(actor, TaskId.of(id), "văn bản thay đổi");
            case ISSUE_ASSIGNING -> w.transactions.run(uow -> w.bridges.issueParticipant().onIssue(uow,
                    issued(w, record, actor, Optional.empty())));
            case RECEIVE -> w.service.receive(actor, TaskId.of(id), PersonId.of(other));
            case RETURN -> w.service.returnTask(actor, TaskId.of(id), op.extra() % 3 == 0 ? "" : "giao nhầm");
            case REASSIGN -> w.service.reassign(actor, TaskId.of(id), data(w, STC_PRICES));
            case START_REPLY -> w.service.startReply(actor, TaskId.of(id), RecordId.of("reply-" + op.extra()));
            case CLOSE -> w.service.closeDocument(actor, TaskId.of(id));
            case TAKE_BACK -> w.service.takeBack(actor, TaskId.of(id));
            case ISSUE_REPLY -> w.transactions.run(uow -> w.bridges.issueParticipant().onIssue(uow,
                    issued(w, task != null && op.extra() % 2 == 0 ? task.replyDraftId().orElse("none")
                            : "reply-" + op.extra(), actor, Optional.of(id))));
            case APPROVE -> w.service.approveResult(actor, TaskId.of(id), "");
            case REFUSE -> w.service.refuseResult(actor, TaskId.of(id), op.extra() % 3 == 0 ? null : "chưa đạt");
            case REQUEST_EXTENSION -> w.service.requestExtension(actor, TaskId.of(id), doc, "xin thêm thời gian");
            case APPROVE_EXTENSION -> w.service.approveExtension(actor, TaskId.of(id), doc,
                    task == null ? null : TaskDeadline.at(task.deadlineAt(w.rules).plus(Duration.ofDays(7))), "");
            case REFUSE_EXTENSION -> w.service.refuseExtension(actor, TaskId.of(id), "không đồng ý");
            case ANSWER -> w.service.answerCooperation(actor, TaskId.of(id), UnitId.of(SKH_INVEST), doc);
            case REFUSE_COOPERATION -> w.service.refuseCooperation(actor, TaskId.of(id), UnitId.of(SKH_INVEST), doc,
                    op.extra() % 3 == 0 ? "" : "không đúng chức năng");
            case DIRECT -> w.service.assignDirectly(actor, new TaskData(STC_PRICES, "Giao trực tiếp",
                    TaskDeadline.at(w.clock.instant().plus(Duration.ofDays(4))), null, null));
            case SCAN -> w.scanner.scan(now);
            case ADVANCE -> advance(w, task, op);
            case CORRECT -> w.service.correct(actor, TaskId.of(id), data(w, op.extra() % 2 == 0 ? STC_BUDGET : STC_PRICES),
                    "sửa");
        }
    }

    private static void advance(TaskWorld w, Task t, Op op) {
        if (t == null) {
            return;
        }
        String unitPerson = t.unitId().equals(STC_PRICES) ? PRICES_HEAD : HANDLER;
        switch (t.state()) {
            case CREATED -> w.service.confirmCheck(w.actor(MONITOR), TaskId.of(t.id()), dataOf(t));
            case CHECKED -> w.transactions.run(uow -> w.bridges.issueParticipant().onIssue(uow,
                    issued(w, t.assigningRecordId(), w.actor(UBND_CLERK), Optional.empty())));
            case ASSIGNED -> w.service.receive(w.actor(STC_CLERK), TaskId.of(t.id()), PersonId.of(unitPerson));
            case RECEIVED -> w.service.startReply(w.actor(t.handlerId().orElse(unitPerson)), TaskId.of(t.id()), RecordId.of("r-" + t.id()));
            case IN_PROGRESS -> w.transactions.run(uow -> w.bridges.issueParticipant().onIssue(uow,
                    issued(w, t.replyDraftId().orElse("r-" + t.id()), w.actor(STC_CLERK), Optional.of(t.id()))));
            case REPORTED -> {
                if (op.extra() % 3 == 0) {
                    w.service.refuseResult(w.actor(MONITOR), TaskId.of(t.id()), "làm lại");
                } else {
                    w.service.approveResult(w.actor(MONITOR), TaskId.of(t.id()), "");
                }
            }
            case RETURNED -> w.service.reassign(w.actor(MONITOR), TaskId.of(t.id()), data(w, STC_BUDGET));
            case APPROVED -> w.scanner.scan(w.clock.instant());
        }
    }

    private static TaskData data(TaskWorld w, String unit) {
        return TaskData.of(unit, "Nhiệm vụ ngẫu nhiên", TaskDeadline.at(w.clock.instant().plus(Duration.ofDays(5))),
                MONITOR).withCooperating(SKH_INVEST, TaskDeadline.at(w.clock.instant().plus(Duration.ofDays(3))));
    }

    private static TaskData dataOf(Task t) {
        TaskData d = TaskData.of(t.unitId(), t.content(), t.deadline(), t.monitorId());
        for (Cooperation c : t.cooperations()) {
            d = d.withCooperating(c.unitId(), c.deadline());
        }
        return d;
    }

    private static vn.edoc.routing.IssuedDocument issued(TaskWorld w, String record, Actor clerk,
                                                         Optional<String> answers) {
        Instant now = w.clock.instant();
        vn.edoc.register.RegisterEntry entry = new vn.edoc.register.RegisterEntry(1,
                vn.edoc.register.RegisterKey.of(clerk.person().organisation(), vn.edoc.register.RegisterKind.OUTGOING,
                        2026), now, record, "X", java.time.LocalDate.of(2026, 4, 6),
                vn.edoc.id.DocumentType.CONG_VAN, "v", List.of("n"), 1, vn.edoc.document.Urgency.NORMAL,
                clerk.account().name());
        return new vn.edoc.routing.IssuedDocument(record, vn.edoc.document.Document.builder()
                .direction(vn.edoc.document.Direction.OUTGOING).build(), entry, now, clerk.personId(), answers);
    }
}
