package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.task.TaskWorld.*;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditEntry;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.id.UnitId;
import vn.edoc.routing.Action;
import vn.edoc.routing.RoutingViolation;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.ReportPeriod;
import vn.edoc.validation.EdocRuleException;

/** The task actions one by one: refusals, take-back, cooperation, direct assignment, returns and reports. */
class TaskServiceTest {

    private final TaskWorld w = new TaskWorld();

    private TaskData data(String content, LocalDate deadline) {
        return TaskData.of(STC_BUDGET, content, TaskDeadline.onDay(deadline), MONITOR);
    }

    private Task received(String record, long number, TaskData data) {
        Task t = w.assigned(record, number, data);
        return w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER));
    }

    @Test
    void aRefusedResultSendsTheHandlerBackToTheStart() {
        w.at(2026, 5, 4, 9, 0);
        Task t = received("ubnd-draft-201", 70, data("Rà soát định mức chi thường xuyên", LocalDate.of(2026, 5, 8)));
        w.service.startReply(w.actor(HANDLER), TaskId.of(t.id()), RecordId.of("stc-draft-20"));
        w.at(2026, 5, 11, 10, 0);
        w.issue("stc-draft-20", 80, "STC-NS", Optional.of(t.id()), STC_CLERK, STC);
        w.at(2026, 5, 12, 9, 0);
        assertThatThrownBy(() -> w.service.refuseResult(w.actor(MONITOR), TaskId.of(t.id()), " "))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-6"));
        Task back = w.service.refuseResult(w.actor(MONITOR), TaskId.of(t.id()), "Số liệu chưa khớp với quyết toán");
        assertThat(back.state()).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(back.completedAt()).isEmpty();
        assertThat(back.reply()).isEmpty();
        assertThat(back.replyDraftId()).isEmpty();
        assertThat(w.events).filteredOn(DomainEvent.TaskResultDecided.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((DomainEvent.TaskResultDecided) e).approved()).isFalse());
        // the old reply no longer counts: issuing it again is refused
        assertThatThrownBy(() -> w.issue("stc-draft-20", 81, "STC-NS", Optional.of(t.id()), STC_CLERK, STC))
                .isInstanceOf(EdocRuleException.class);
        // from the beginning: a new reply from the task document
        w.service.startReply(w.actor(HANDLER), TaskId.of(t.id()), RecordId.of("stc-draft-21"));
        w.at(2026, 5, 20, 10, 0);
        w.issue("stc-draft-21", 90, "STC-NS", Optional.of(t.id()), STC_CLERK, STC);
        Task done = w.service.approveResult(w.actor(MONITOR), TaskId.of(t.id()), "");
        assertThat(done.completedAt()).contains(vn(2026, 5, 20, 10, 0));
        assertThat(w.rules.classifyCompleted(done.deadlineAt(w.rules), done.completedAt().orElseThrow()))
                .isEqualTo(DeadlineStatus.LATE);
        assertThat(done.history()).extracting(TaskStep::action).containsSubsequence("task.report", "task.refuse",
                "task.reply.start", "task.report", "task.approve");
    }

    @Test
    void aClosedTaskDocumentMustBeTakenBackFirst() {
        w.at(2026, 5, 4, 9, 0);
        Task t = received("ubnd-draft-202", 71, data("Báo cáo thu ngân sách tháng 4", LocalDate.of(2026, 5, 29)));
        w.service.closeDocument(w.actor(HANDLER), TaskId.of(t.id()));
        assertThatThrownBy(() -> w.service.startReply(w.actor(HANDLER), TaskId.of(t.id()), RecordId.of("stc-draft-30")))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.ruleIds()).containsExactly("R-TASK-4");
                    assertThat(e.violations().get(0).code()).isEqualTo(TaskViolation.DOCUMENT_CLOSED.code());
                });
        assertThatThrownBy(() -> w.service.takeBack(w.actor(HANDLER2), TaskId.of(t.id()))).as("only the handler")
                .isInstanceOf(EdocRuleException.class);
        Task back = w.service.takeBack(w.actor(HANDLER), TaskId.of(t.id()));
        assertThat(back.documentClosed()).isFalse();
        assertThatThrownBy(() -> w.service.takeBack(w.actor(HANDLER), TaskId.of(t.id())))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.DOCUMENT_NOT_CLOSED.code()));
        assertThat(w.service.startReply(w.actor(HANDLER), TaskId.of(t.id()), RecordId.of("stc-draft-30")).state())
                .isEqualTo(TaskState.IN_PROGRESS);
    }

    @Test
    void aCooperatingUnitRefusesInWritingWithReasons() {
        w.at(2026, 5, 4, 9, 0);
        Task t = received("ubnd-draft-203", 72, data("Đề xuất cơ chế hỗ trợ doanh nghiệp nhỏ", LocalDate.of(2026, 6, 30))
                .withCooperating(SKH_INVEST, TaskDeadline.onDay(LocalDate.of(2026, 5, 15))));
        w.at(2026, 5, 14, 9, 0);
        DocumentRef refusal = DocumentRef.of("skh-out-40", "40/SKHĐT-KTN", vn(2026, 5, 13, 16, 0));
        assertThatThrownBy(() -> w.service.refuseCooperation(w.actor(SKH_HEAD), TaskId.of(t.id()), UnitId.of(SKH_INVEST), refusal, ""))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-9"));
        assertThatThrownBy(() -> w.service.refuseCooperation(w.actor(SKH_SPECIALIST), TaskId.of(t.id()), UnitId.of(SKH_INVEST), refusal,
                "không đúng chức năng")).as("a specialist may answer but not refuse")
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> w.service.refuseCooperation(w.actor(PRICES_HEAD), TaskId.of(t.id()), UnitId.of(STC_PRICES), refusal,
                "x")).as("not asked").isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(TaskViolation.NOT_COOPERATING.code()));
        Task after = w.service.refuseCooperation(w.actor(SKH_HEAD), TaskId.of(t.id()), UnitId.of(SKH_INVEST), refusal,
                "Nội dung đề nghị phối hợp không thuộc chức năng, nhiệm vụ của Sở");
        Cooperation c = after.cooperation(SKH_INVEST).orElseThrow();
        assertThat(c.state()).isEqualTo(CooperationState.REFUSED);
        assertThat(c.document()).contains(refusal);
        assertThat(c.reasons()).startsWith("Nội dung");
        assertThat(c.late(w.rules)).isFalse();
        assertThat(after.state()).as("the lead unit's task goes on").isEqualTo(TaskState.RECEIVED);
        assertThatThrownBy(() -> w.service.answerCooperation(w.actor(SKH_HEAD), TaskId.of(t.id()), UnitId.of(SKH_INVEST), refusal))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.COOPERATION_TRANSITION.code()));
        assertThat(w.auditOf(t.id())).extracting(AuditEntry::action).endsWith("task.cooperation.refuse");
    }

    @Test
    void aLeaderAssignsDirectlyAndTheTaskEndsWhenTheDocumentIsSignedAndNumbered() {
        w.at(2026, 5, 4, 9, 0);
        TaskData direct = new TaskData(STC_PRICES, "Thẩm định phương án giá nước sạch", TaskDeadline.onDay(
                LocalDate.of(2026, 5, 22)), null, null);
        assertThatThrownBy(() -> w.service.assignDirectly(w.actor(STC_HEAD), direct))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> w.service.assignDirectly(w.actor(STC_DIRECTOR),
                new TaskData(SKH_INVEST, "x", TaskDeadline.onDay(LocalDate.of(2026, 5, 22)), null, null)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-11"));
        Task t = w.service.assignDirectly(w.actor(STC_DIRECTOR), direct);
        assertThat(t.state()).isEqualTo(TaskState.ASSIGNED);
        assertThat(t.direct()).isTrue();
        assertThat(t.monitorId()).isEqualTo(STC_DIRECTOR);
        assertThat(w.queue.waitingFor(PersonId.of(PRICES_HEAD), w.clock.instant())).extracting(TaskWorkItem::action)
                .containsExactly(Action.RECEIVE_TASK);
        w.service.receive(w.actor(PRICES_HEAD), TaskId.of(t.id()), PersonId.of(PRICES_HEAD));
        w.service.startReply(w.actor(PRICES_HEAD), TaskId.of(t.id()), RecordId.of("stc-draft-50"));
        w.at(2026, 5, 15, 15, 0);
        w.issue("stc-draft-50", 95, "STC-GCS", Optional.of(t.id()), STC_CLERK, STC);
        Task done = w.service.find(TaskId.of(t.id())).orElseThrow();
        assertThat(done.state()).isEqualTo(TaskState.APPROVED);
        assertThat(done.completedAt()).contains(vn(2026, 5, 15, 15, 0));
        assertThat(w.auditOf(t.id())).extracting(AuditEntry::action).containsExactly("task.assign-directly",
                "task.receive", "task.reply.start", "task.report", "task.approve");
        assertThat(w.auditOf(t.id())).extracting(AuditEntry::actor).containsExactly("tuanlv.stc", "hailv.stc",
                "hailv.stc", "thudt.stc", "system");
    }

    @Test
    void aWronglyAssignedTaskIsReturnedThenReassigned() {
        w.at(2026, 5, 4, 9, 0);
        Task t = w.assigned("ubnd-draft-204", 73, data("Kiểm kê tài sản công", LocalDate.of(2026, 6, 15)));
        assertThatThrownBy(() -> w.service.returnTask(w.actor(STC_HEAD), TaskId.of(t.id()), ""))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-3"));
        Task returned = w.service.returnTask(w.actor(STC_HEAD), TaskId.of(t.id()), "Thuộc chức năng Phòng Giá và công sản");
        assertThat(returned.state()).isEqualTo(TaskState.RETURNED);
        assertThat(w.queue.waitingFor(PersonId.of(MONITOR), w.clock.instant())).extracting(TaskWorkItem::action)
                .containsExactly(Action.CHECK_TASK);
        Task again = w.service.reassign(w.actor(MONITOR), TaskId.of(t.id()), new TaskData(STC_PRICES, "Kiểm kê tài sản công",
                TaskDeadline.onDay(LocalDate.of(2026, 6, 15)), MONITOR, null));
        assertThat(again.state()).isEqualTo(TaskState.ASSIGNED);
        assertThat(again.unitId()).isEqualTo(STC_PRICES);
        assertThatThrownBy(() -> w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER)))
                .as("the budget head reaches only their unit").isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> w.service.receive(w.actor(PRICES_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER)))
                .as("a handler of another unit").isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(TaskViolation.HANDLER_INVALID.code()));
        assertThat(w.service.receive(w.actor(PRICES_HEAD), TaskId.of(t.id()), PersonId.of(PRICES_HEAD)).state())
                .isEqualTo(TaskState.RECEIVED);
    }

    @Test
    void refusedActionsChangeNothingAndNameTheirRule() {
        w.at(2026, 5, 4, 9, 0);
        Task t = received("ubnd-draft-205", 74, data("Báo cáo nợ đọng xây dựng cơ bản", LocalDate.of(2026, 5, 29)));
        Task before = w.service.find(TaskId.of(t.id())).orElseThrow();
        long audit = w.audit.size();
        int events = w.events.size();
        assertThatThrownBy(() -> w.service.approveResult(w.actor(MONITOR), TaskId.of(t.id()), ""))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(TaskViolation.TASK_TRANSITION.code()));
        assertThatThrownBy(() -> w.service.approveResult(w.actor(STC_HEAD), TaskId.of(t.id()), ""))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(RoutingViolation.ROLE_NOT_PERMITTED.code()));
        assertThatThrownBy(() -> w.service.startReply(w.actor(HANDLER2), TaskId.of(t.id()), RecordId.of("d")))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).contains("R-ACC-1"));
        assertThatThrownBy(() -> w.service.requestExtension(w.actor(HANDLER), TaskId.of(t.id()), null, ""))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-8"));
        assertThatThrownBy(() -> w.service.approveExtension(w.actor(MONITOR), TaskId.of(t.id()),
                DocumentRef.of("a", "1/UBND", w.clock.instant()), TaskDeadline.onDay(LocalDate.of(2026, 6, 1)), ""))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.NO_PENDING_EXTENSION.code()));
        assertThatThrownBy(() -> w.service.receive(w.actor(STC_HEAD), TaskId.of("no-such-task"), PersonId.of(HANDLER)))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.TASK_NOT_FOUND.code()));
        assertThatThrownBy(() -> w.service.receive(null, TaskId.of(t.id()), PersonId.of(HANDLER))).isInstanceOf(EdocRuleException.class);
        // only a clerk issuing for the registering organisation moves tasks through the participant
        assertThatThrownBy(() -> w.issue("ubnd-draft-205", 99, "UBND-KT", Optional.empty(), HANDLER, STC))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(RoutingViolation.ROLE_NOT_PERMITTED.code()));
        assertThatThrownBy(() -> w.issue("ubnd-draft-205", 99, "UBND-KT", Optional.empty(), STC_CLERK, UBND))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(RoutingViolation.OTHER_ORGANISATION.code()));
        assertThat(w.service.find(TaskId.of(t.id()))).contains(before);
        assertThat(w.audit.size()).isEqualTo(audit);
        assertThat(w.events).hasSize(events);
    }

    @Test
    void creationNamesEveryFaultAtOnce() {
        w.at(2026, 5, 4, 9, 0);
        TaskData bad = new TaskData("no-unit", " ", TaskDeadline.onDay(LocalDate.of(2026, 4, 28)), STC_HEAD, null)
                .withCooperating("no-unit", TaskDeadline.onDay(LocalDate.of(2026, 5, 10)));
        assertThatThrownBy(() -> w.service.create(w.actor(DRAFTER), null, bad))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).containsExactlyInAnyOrder(TaskViolation.FIELD_MISSING.code(),
                                TaskViolation.UNKNOWN_UNIT.code(), TaskViolation.FIELD_MISSING.code(),
                                TaskViolation.DEADLINE_PASSED.code(), TaskViolation.NOT_MONITORING_OFFICER.code(),
                                TaskViolation.UNKNOWN_UNIT.code(), TaskViolation.LEAD_ALSO_COOPERATING.code()));
        assertThat(w.store.all()).isEmpty();
        assertThat(w.audit.size()).isZero();
    }

    @Test
    void overLongContentIsReportedAsTooLongNotAsMissing() {
        w.at(2026, 5, 4, 9, 0);
        TaskData longer = data("x".repeat(TaskService.MAX_CONTENT + 1), LocalDate.of(2026, 5, 8));
        assertThatThrownBy(() -> w.service.create(w.actor(DRAFTER), RecordId.of("r-long"), longer))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.code()).isEqualTo("EDOC-TSK-049");
                            assertThat(v.path()).isEqualTo("content");
                            assertThat(v.messageEn()).contains(String.valueOf(TaskService.MAX_CONTENT))
                                    .contains(String.valueOf(TaskService.MAX_CONTENT + 1));
                        }));
        assertThat(w.store.all()).isEmpty();
        TaskData exact = data("x".repeat(TaskService.MAX_CONTENT), LocalDate.of(2026, 5, 8));
        assertThat(w.assigned("r-exact", 1, exact).content()).hasSize(TaskService.MAX_CONTENT);
    }

    @Test
    void anExtensionRequestedExactlyAtTheDeadlineIsWithinIt() {
        w.at(2026, 5, 4, 9, 0);
        Task t = received("r-ext-at", 81, data("Gia hạn đúng hạn", LocalDate.of(2026, 5, 8)));
        Task u = received("r-ext-after", 82, data("Gia hạn sau hạn", LocalDate.of(2026, 5, 8)));
        DocumentRef request = DocumentRef.of("stc-out-81", "81/STC-NS", vn(2026, 5, 8, 16, 0));
        w.clock.set(vn(2026, 5, 8, 17, 0));
        assertThat(w.service.requestExtension(w.actor(HANDLER), TaskId.of(t.id()), request, "cần thêm số liệu")
                .pendingExtension()).isPresent();
        w.clock.set(vn(2026, 5, 8, 17, 0).plusNanos(1_000));
        assertThatThrownBy(() -> w.service.requestExtension(w.actor(HANDLER), TaskId.of(u.id()), request, "quá hạn"))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations()).extracting(
                        v -> v.code()).containsExactly(TaskViolation.EXTENSION_AFTER_DEADLINE.code()));
    }

    @Test
    void aScanExactlyAtTheDeadlineIsNotOverdueYet() {
        w.at(2026, 5, 4, 9, 0);
        Task t = received("r-scan-at", 83, data("Quét đúng hạn", LocalDate.of(2026, 5, 8)));
        assertThat(w.scanner.scan(vn(2026, 5, 8, 17, 0)))
                .noneMatch(e -> e instanceof DomainEvent.Overdue);
        assertThat(w.queue.waitingFor(PersonId.of(HANDLER), vn(2026, 5, 8, 17, 0))).singleElement()
                .satisfies(i -> assertThat(i.overdue()).isFalse());
        assertThat(w.scanner.scan(vn(2026, 5, 8, 17, 0).plusNanos(1))).singleElement()
                .isInstanceOfSatisfying(DomainEvent.Overdue.class, o -> assertThat(o.objectId()).isEqualTo(t.id()));
        assertThat(w.queue.waitingFor(PersonId.of(HANDLER), vn(2026, 5, 8, 17, 0).plusNanos(1))).singleElement()
                .satisfies(i -> assertThat(i.overdue()).isTrue());
    }

    @Test
    void anExtensionMustMoveTheDeadlineLater() {
        w.at(2026, 5, 4, 9, 0);
        Task t = received("r-ext-same", 84, data("Gia hạn không lùi", LocalDate.of(2026, 5, 8)));
        w.service.requestExtension(w.actor(HANDLER), TaskId.of(t.id()),
                DocumentRef.of("stc-out-84", "84/STC-NS", vn(2026, 5, 4, 8, 30)), "cần thêm thời gian");
        Task before = w.service.find(TaskId.of(t.id())).orElseThrow();
        long audit = w.audit.size();
        DocumentRef approval = DocumentRef.of("ubnd-out-85", "85/UBND-KT", vn(2026, 5, 4, 8, 45));
        for (TaskDeadline notLater : java.util.List.of(TaskDeadline.onDay(LocalDate.of(2026, 5, 8)),
                TaskDeadline.onDay(LocalDate.of(2026, 5, 7)))) {
            assertThatThrownBy(() -> w.service.approveExtension(w.actor(MONITOR), TaskId.of(t.id()), approval, notLater, ""))
                    .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations()).extracting(
                            v -> v.code()).containsExactly(TaskViolation.NEW_DEADLINE_NOT_LATER.code()));
        }
        assertThat(w.service.find(TaskId.of(t.id()))).contains(before);
        assertThat(w.audit.size()).isEqualTo(audit);
        assertThat(w.service.approveExtension(w.actor(MONITOR), TaskId.of(t.id()), approval,
                TaskDeadline.onDay(LocalDate.of(2026, 5, 11)), "").deadline())
                .isEqualTo(TaskDeadline.onDay(LocalDate.of(2026, 5, 11)));
    }

    @Test
    void taskIdsComeFromTheStoreSoRunsAreReproducible() {
        TaskWorld other = new TaskWorld();
        for (TaskWorld world : java.util.List.of(w, other)) {
            world.at(2026, 5, 4, 9, 0);
        }
        Task first = w.assigned("r-id-1", 91, data("Nhiệm vụ một", LocalDate.of(2026, 5, 8)));
        Task second = w.assigned("r-id-2", 92, data("Nhiệm vụ hai", LocalDate.of(2026, 5, 8)));
        Task again = other.assigned("r-id-1", 91, data("Nhiệm vụ một", LocalDate.of(2026, 5, 8)));
        assertThat(first.id()).isEqualTo(TaskService.TASK_ID_PREFIX + "-1");
        assertThat(second.id()).isEqualTo(TaskService.TASK_ID_PREFIX + "-2");
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void scanWarnsOnceBeforeAndOnceAfterEachDeadline() {
        w.at(2026, 5, 4, 9, 0);
        Task t = received("ubnd-draft-206", 75, data("Báo cáo tiến độ", LocalDate.of(2026, 5, 8)));
        assertThat(w.scanner.scan(vn(2026, 5, 5, 9, 0))).isEmpty();
        assertThat(w.scanner.scan(vn(2026, 5, 7, 8, 0))).singleElement()
                .isInstanceOf(DomainEvent.DeadlineApproaching.class);
        assertThat(w.scanner.scan(vn(2026, 5, 7, 9, 0))).isEmpty();
        assertThat(w.scanner.scan(vn(2026, 5, 8, 17, 1))).singleElement().isInstanceOf(DomainEvent.Overdue.class);
        assertThat(w.scanner.scan(vn(2026, 5, 9, 9, 0))).isEmpty();
        assertThat(w.events).filteredOn(e -> e.objectId().equals(t.id()))
                .filteredOn(e -> e instanceof DomainEvent.Overdue || e instanceof DomainEvent.DeadlineApproaching)
                .hasSize(2);
        assertThat(w.queue.waitingFor(PersonId.of(HANDLER), vn(2026, 5, 9, 9, 0))).singleElement()
                .satisfies(i -> assertThat(i.overdue()).isTrue());
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void aQuarterReportHasTasksOnTimeLateInProgressAndOverdue() {
        w.at(2026, 4, 6, 9, 0);
        Task overdue = received("r1", 1, data("Quá hạn", LocalDate.of(2026, 5, 8)));
        Task onTime = received("r2", 2, data("Đúng hạn", LocalDate.of(2026, 5, 8)));
        Task late = received("r3", 3, data("Trễ hạn", LocalDate.of(2026, 5, 8)));
        Task open = received("r4", 4, data("Đang làm", LocalDate.of(2026, 7, 31)));
        Task earlier = received("r5", 5, data("Xong quý trước", LocalDate.of(2026, 4, 30)));
        w.service.startReply(w.actor(HANDLER), TaskId.of(onTime.id()), RecordId.of("d2"));
        w.service.startReply(w.actor(HANDLER), TaskId.of(late.id()), RecordId.of("d3"));
        w.service.startReply(w.actor(HANDLER), TaskId.of(earlier.id()), RecordId.of("d5"));
        w.issue("d5", 10, "STC-NS", Optional.of(earlier.id()), STC_CLERK, STC);
        w.at(2026, 5, 7, 9, 0);
        w.issue("d2", 11, "STC-NS", Optional.of(onTime.id()), STC_CLERK, STC);
        w.service.approveResult(w.actor(MONITOR), TaskId.of(onTime.id()), "");
        w.at(2026, 5, 12, 9, 0);
        w.issue("d3", 12, "STC-NS", Optional.of(late.id()), STC_CLERK, STC);

        TaskReport q2 = w.reports.report(UnitId.of(STC_BUDGET), ReportPeriod.quarter(2026, 2), vn(2026, 12, 31, 0, 0));
        assertThat(q2.asOf()).isEqualTo(vn(2026, 7, 1, 0, 0).minusNanos(1000));
        assertThat(q2.onTime()).extracting(TaskReport.Line::taskId).containsExactlyInAnyOrder(onTime.id(),
                earlier.id());
        assertThat(q2.late()).extracting(TaskReport.Line::taskId).containsExactly(late.id());
        assertThat(q2.late().get(0).state()).as("reported, waiting for approval").isEqualTo(TaskState.REPORTED);
        assertThat(q2.inProgress()).extracting(TaskReport.Line::taskId).containsExactly(open.id());
        assertThat(q2.overdue()).extracting(TaskReport.Line::taskId).containsExactly(overdue.id());
        assertThat(q2.total()).isEqualTo(5);
        for (DeadlineStatus s : DeadlineStatus.values()) {
            assertThat(q2.count(s)).as(s.name()).isPositive();
        }
        // May alone, as of 10 May: the late one was still in progress then, now overdue at the end of May
        TaskReport tenMay = w.reports.report(UnitId.of(STC_BUDGET), ReportPeriod.month(2026, 5), vn(2026, 5, 8, 12, 0));
        assertThat(tenMay.inProgress()).extracting(TaskReport.Line::taskId).contains(late.id(), overdue.id());
        assertThat(tenMay.onTime()).extracting(TaskReport.Line::taskId).containsExactly(onTime.id());
        // the task done in April does not count in May
        TaskReport may = w.reports.report(UnitId.of(STC_BUDGET), ReportPeriod.month(2026, 5));
        assertThat(may.onTime()).extracting(TaskReport.Line::taskId).containsExactly(onTime.id());
        // the first quarter: nothing was assigned yet
        assertThat(w.reports.report(UnitId.of(STC_BUDGET), ReportPeriod.quarter(2026, 1)).total()).isZero();
    }

    @Test
    void theDrafterOrTheMonitorCorrectsBeforeTheCheckAndTheMonitorAfterTheUnitObjects() {
        w.at(2026, 5, 4, 9, 0);
        Task t = w.service.create(w.actor(DRAFTER), RecordId.of("ubnd-draft-207"), data("Bản nháp", LocalDate.of(2026, 6, 5)));
        assertThat(w.service.update(w.actor(DRAFTER), TaskId.of(t.id()), data("Bản sửa", LocalDate.of(2026, 6, 5))).content())
                .isEqualTo("Bản sửa");
        assertThat(w.service.update(w.actor(MONITOR), TaskId.of(t.id()), data("Bản hoàn thiện", LocalDate.of(2026, 6, 5)))
                .content()).isEqualTo("Bản hoàn thiện");
        assertThatThrownBy(() -> w.service.update(w.actor(STC_HEAD), TaskId.of(t.id()), data("x", LocalDate.of(2026, 6, 5))))
                .isInstanceOf(EdocRuleException.class);
        TaskData approved = data("Bản hoàn thiện", LocalDate.of(2026, 6, 5));
        w.service.confirmCheck(w.actor(MONITOR), TaskId.of(t.id()), approved);
        assertThatThrownBy(() -> w.service.update(w.actor(DRAFTER), TaskId.of(t.id()), approved))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.NOT_EDITABLE.code()));
        w.issue("ubnd-draft-207", 76, "UBND-KT", Optional.empty(), UBND_CLERK, UBND);
        w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER));
        // R-TASK-3: the unit finds the deadline wrong; the monitoring office corrects it
        Task fixed = w.service.correct(w.actor(MONITOR), TaskId.of(t.id()), data("Bản hoàn thiện", LocalDate.of(2026, 6, 12)),
                "văn bản ghi ngày 12/6");
        assertThat(fixed.state()).isEqualTo(TaskState.RECEIVED);
        assertThat(fixed.deadline()).isEqualTo(TaskDeadline.onDay(LocalDate.of(2026, 6, 12)));
        assertThat(fixed.originalDeadline()).isEqualTo(TaskDeadline.onDay(LocalDate.of(2026, 6, 12)));
        assertThatThrownBy(() -> w.service.correct(w.actor(MONITOR), TaskId.of(t.id()), TaskData.of(STC_PRICES, "x",
                TaskDeadline.onDay(LocalDate.of(2026, 6, 12)), MONITOR), "")).isInstanceOf(EdocRuleException.class);
        assertThat(w.auditOf(t.id())).extracting(AuditEntry::action).containsExactly("task.create", "task.update",
                "task.update", "task.check", "task.assign", "task.receive", "task.correct");
    }
}
