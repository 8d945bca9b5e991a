package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.id.OrganCode;
import vn.edoc.task.InspectionStore;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
import vn.edoc.task.TaskQuery;
import vn.edoc.task.TaskStore;
import vn.edoc.spi.Transactions;
import vn.edoc.task.Cooperation;
import vn.edoc.task.CooperationState;
import vn.edoc.task.DocumentRef;
import vn.edoc.task.Extension;
import vn.edoc.task.ExtensionState;
import vn.edoc.task.Inspection;
import vn.edoc.task.InspectionState;
import vn.edoc.task.Task;
import vn.edoc.task.TaskDeadline;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskStep;
import vn.edoc.task.TaskViolation;
import vn.edoc.time.InspectionDeadlines;
import vn.edoc.validation.EdocRuleException;

/**
 * The conformance kit of {@link TaskStore} (bộ kiểm tra tương thích lưu nhiệm vụ), in the style of
 * {@link StorageCompatibilityKit}: every adapter keeps tasks whole (every field, list and optional value comes back
 * equal), takes part in units of work (visible after commit, gone after rollback, own writes seen inside), refuses
 * duplicates and stale versions with the task violations, and lists tasks by id.
 *
 * <p>Extend it with {@link #createStores()} giving fresh, empty storage for every test:
 * <pre>{@code
 * class MyTaskStoreCompatibilityTest extends TaskStoreCompatibilityKit {
 *     protected Stores createStores() {
 *         MyStores s = new MyStores(freshEmptyDatabase());
 *         return new Stores(s.transactions(), s.tasks(), s.inspections());
 *     }
 * }
 * }</pre>
 */
public abstract class TaskStoreCompatibilityKit {

    /**
     * The parts under test, sharing one {@link Transactions}.
     *
     * @param transactions the adapter's units of work
     * @param tasks        its task store
     * @param inspections  its inspection store
     */
    public record Stores(Transactions transactions, TaskStore tasks, InspectionStore inspections) {
    }

    private static final OrganCode ORGAN = OrganCode.parse("000.00.00.H39");
    private static final Instant T0 = Instant.parse("2026-04-06T02:00:00Z");

    /** Fresh, empty storage; called before every test. */
    protected abstract Stores createStores();

    private Transactions tx;
    private TaskStore store;
    private InspectionStore inspections;

    @BeforeEach
    void setUpTaskStore() {
        Stores s = createStores();
        tx = s.transactions();
        store = s.tasks();
        inspections = s.inspections();
    }

    /** A task with every field filled, lists included. */
    protected static Task fullTask(String id, String unit, String record, long version) {
        DocumentRef assigning = DocumentRef.of(record, "45/UBND-KT", T0.plusSeconds(3600));
        DocumentRef request = DocumentRef.of("req-" + id, "12/STC-NS", T0.plusSeconds(86_400));
        DocumentRef approval = DocumentRef.of("app-" + id, "50/UBND-KT", T0.plusSeconds(2 * 86_400));
        Extension ext = new Extension(1, T0.plusSeconds(86_400 + 60), "handler", request, ExtensionState.APPROVED,
                Optional.of(T0.plusSeconds(2 * 86_400 + 60)), "monitor", Optional.of(approval),
                Optional.of(TaskDeadline.onDay(LocalDate.of(2026, 5, 15))), "đồng ý");
        Cooperation coop = new Cooperation("coop-unit", TaskDeadline.at(T0.plusSeconds(5 * 86_400)),
                CooperationState.ANSWERED, Optional.of(T0.plusSeconds(4 * 86_400)),
                Optional.of(DocumentRef.of("ans-" + id, "33/SKHĐT", T0.plusSeconds(4 * 86_400))), "", "coop-head");
        List<TaskStep> history = List.of(
                new TaskStep(T0, "drafter", "task.create", TaskState.CREATED, TaskState.CREATED, ""),
                new TaskStep(T0.plusSeconds(60), "monitor", "task.check", TaskState.CREATED, TaskState.CHECKED,
                        "khớp văn bản"));
        return new Task(id, ORGAN, record, Optional.of(assigning), unit, "Nội dung nhiệm vụ " + id + " — tiếng Việt",
                TaskDeadline.onDay(LocalDate.of(2026, 5, 15)), TaskDeadline.onDay(LocalDate.of(2026, 4, 24)),
                "monitor", "drafter", false, TaskState.IN_PROGRESS, Optional.of("handler"), true,
                Optional.of("draft-" + id), Optional.empty(), Optional.of(T0.plusSeconds(9 * 86_400)), List.of(coop),
                List.of(ext), history, Set.of("approaching@2026-05-15T10:00:00Z"), version);
    }

    /** A minimal task. */
    protected static Task simpleTask(String id, String unit, String record, long version) {
        return new Task(id, ORGAN, record, Optional.empty(), unit, "Nhiệm vụ " + id,
                TaskDeadline.at(T0.plusSeconds(86_400)), TaskDeadline.at(T0.plusSeconds(86_400)), "monitor",
                "drafter", record.isEmpty(), TaskState.CREATED, Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(new TaskStep(T0, "drafter", "task.create", TaskState.CREATED, TaskState.CREATED, "")),
                Set.of(), version);
    }

    @Test
    void aTaskComesBackWhole() {
        Task task = fullTask("t-1", "unit-a", "rec-1", 1);
        tx.run(uow -> store.insert(uow, task));
        assertThat(store.find("t-1")).contains(task);
        assertThat(store.find("t-1").orElseThrow().digest()).isEqualTo(task.digest());
        Task direct = simpleTask("t-2", "unit-a", "", 1);
        tx.run(uow -> store.insert(uow, direct));
        assertThat(store.find("t-2")).contains(direct);
    }

    @Test
    void writesAreSeenInsideTheUnitOfWorkAndOutsideOnlyAfterCommit() {
        Task task = simpleTask("t-1", "unit-a", "rec-1", 1);
        tx.run(uow -> {
            store.insert(uow, task);
            assertThat(store.find(uow, "t-1")).contains(task);
            assertThat(store.byAssigningRecord(uow, "rec-1")).containsExactly(task);
            assertThat(store.find("t-1")).as("not committed yet").isEmpty();
        });
        assertThat(store.find("t-1")).contains(task);
        Task next = fullTask("t-1", "unit-b", "rec-1", 2);
        tx.run(uow -> {
            store.update(uow, next);
            assertThat(store.find(uow, "t-1")).contains(next);
            assertThat(store.find("t-1")).contains(task);
        });
        assertThat(store.find("t-1")).contains(next);
        assertThat(units("unit-a")).isEmpty();
        assertThat(units("unit-b")).containsExactly(next);
    }

    @Test
    void aRollbackLeavesNothing() {
        tx.run(uow -> store.insert(uow, simpleTask("t-0", "unit-a", "rec-0", 1)));
        assertThatThrownBy(() -> tx.run(uow -> {
            store.insert(uow, simpleTask("t-1", "unit-a", "rec-1", 1));
            store.update(uow, simpleTask("t-0", "unit-c", "rec-0", 2));
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        tx.run(uow -> {
            store.insert(uow, simpleTask("t-2", "unit-a", "rec-2", 1));
            uow.setRollbackOnly();
        });
        assertThat(store.find("t-1")).isEmpty();
        assertThat(store.find("t-2")).isEmpty();
        assertThat(store.find("t-0").orElseThrow().unitId()).isEqualTo("unit-a");
        assertThat(store.all()).extracting(Task::id).containsExactly("t-0");
    }

    @Test
    void duplicatesAreRefused() {
        tx.run(uow -> store.insert(uow, simpleTask("t-1", "unit-a", "rec-1", 1)));
        assertThatThrownBy(() -> tx.run(uow -> store.insert(uow, simpleTask("t-1", "unit-b", "rec-2", 1))))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.TASK_EXISTS.code()));
        assertThatThrownBy(() -> tx.run(uow -> {
            store.insert(uow, simpleTask("t-2", "unit-b", "rec-2", 1));
            store.insert(uow, simpleTask("t-2", "unit-b", "rec-2", 1));
        })).isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                .isEqualTo(TaskViolation.TASK_EXISTS.code()));
        assertThat(store.all()).extracting(Task::id).containsExactly("t-1");
    }

    @Test
    void staleVersionsAndUnknownTasksAreRefused() {
        tx.run(uow -> store.insert(uow, simpleTask("t-1", "unit-a", "rec-1", 1)));
        assertThatThrownBy(() -> tx.run(uow -> store.update(uow, simpleTask("t-1", "unit-b", "rec-1", 3))))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.id()).isEqualTo("t-1");
                    assertThat(e.expectedVersion()).isEqualTo(2);
                    assertThat(e.foundVersion()).isEqualTo(1);
                    assertThat(e.isRetryable()).isTrue();
                });
        assertThatThrownBy(() -> tx.run(uow -> store.update(uow, simpleTask("t-1", "unit-b", "rec-1", 1))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(uow -> store.update(uow, simpleTask("t-9", "unit-b", "rec-1", 2))))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.TASK_NOT_FOUND.code()));
        tx.run(uow -> {
            store.update(uow, simpleTask("t-1", "unit-b", "rec-1", 2));
            store.update(uow, simpleTask("t-1", "unit-c", "rec-1", 3));
        });
        assertThat(store.find("t-1").orElseThrow().version()).isEqualTo(3);
        assertThat(store.find("t-1").orElseThrow().unitId()).isEqualTo("unit-c");
    }

    @Test
    void listsAreOrderedById() {
        tx.run(uow -> {
            for (String id : List.of("t-3", "t-1", "t-2", "t-4")) {
                store.insert(uow, simpleTask(id, id.equals("t-4") ? "unit-b" : "unit-a", "rec-1", 1));
            }
        });
        assertThat(store.all()).extracting(Task::id).containsExactly("t-1", "t-2", "t-3", "t-4");
        assertThat(units("unit-a")).extracting(Task::id).containsExactly("t-1", "t-2", "t-3");
        assertThat(units("none")).isEmpty();
        tx.run(uow -> assertThat(store.byAssigningRecord(uow, "rec-1")).extracting(Task::id)
                .containsExactly("t-1", "t-2", "t-3", "t-4"));
        tx.run(uow -> assertThat(store.byAssigningRecord(uow, "rec-9")).isEmpty());
        assertThat(store.find((String) null)).isEmpty();
    }

    private static Inspection inspection(String id, InspectionState state, long version) {
        return new Inspection(id, ORGAN, "unit-a", "Kiểm tra " + id, LocalDate.of(2026, 6, 22),
                LocalDate.of(2026, 6, 23), new InspectionDeadlines(LocalDate.of(2026, 6, 11),
                LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 30)), state,
                version > 1 ? Optional.of(DocumentRef.of("tb-" + id, "77/TB-UBND", T0)) : Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), version);
    }

    @Test
    void inspectionsAreKeptLikeTasks() {
        Inspection planned = inspection("i-2", InspectionState.PLANNED, 1);
        tx.run(uow -> {
            inspections.insert(uow, planned);
            inspections.insert(uow, inspection("i-1", InspectionState.PLANNED, 1));
            assertThat(inspections.find(uow, "i-2")).contains(planned);
            assertThat(inspections.find("i-2")).isEmpty();
        });
        assertThat(inspections.find("i-2")).contains(planned);
        assertThat(inspections.all()).extracting(Inspection::id).containsExactly("i-1", "i-2");
        Inspection noticed = inspection("i-2", InspectionState.NOTICE_SENT, 2);
        tx.run(uow -> inspections.update(uow, noticed));
        assertThat(inspections.find("i-2")).contains(noticed);
        assertThatThrownBy(() -> tx.run(uow -> inspections.update(uow, inspection("i-2",
                InspectionState.NOTICE_SENT, 2)))).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(uow -> inspections.insert(uow, planned)))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.TASK_EXISTS.code()));
        assertThatThrownBy(() -> tx.run(uow -> inspections.update(uow, inspection("i-9", InspectionState.PLANNED,
                2)))).isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.INSPECTION_NOT_FOUND.code()));
        tx.run(uow -> {
            inspections.insert(uow, inspection("i-3", InspectionState.PLANNED, 1));
            uow.setRollbackOnly();
        });
        assertThat(inspections.find("i-3")).isEmpty();
        assertThat(inspections.find((String) null)).isEmpty();
    }

    @Test
    void newIdsStartWithThePrefixAndNeverRepeat() {
        Set<String> seen = new java.util.HashSet<>();
        tx.run(uow -> {
            store.insert(uow, fullTask("nv-2", "u1", "r1", 1));
            for (int k = 0; k < 5; k++) {
                String id = store.newId(uow, "nv");
                assertThat(id).startsWith("nv-");
                assertThat(seen.add(id)).as("new id %s", id).isTrue();
                assertThat(store.find(uow, id)).as("not a stored task").isEmpty();
                store.insert(uow, fullTask(id, "u1", "r1", 1));
            }
            String inspectionId = inspections.newId(uow, "kt");
            assertThat(inspectionId).startsWith("kt-");
            assertThat(inspections.find(uow, inspectionId)).isEmpty();
        });
        assertThat(seen).doesNotContain("nv-2");
        String after = tx.inTransaction(uow -> store.newId(uow, "nv"));
        assertThat(seen).doesNotContain(after);
        assertThat(store.find(after)).isEmpty();
        String other = tx.inTransaction(uow -> store.newId(uow, "other"));
        assertThat(other).startsWith("other-");
    }

    private List<Task> units(String unit) {
        return Page.all(2, page -> store.find(TaskQuery.any().inUnits(Set.of(unit)), page));
    }

    // ------------------------------------------------------------------------------ queries on generated data

    private static final List<String> UNITS = List.of("u-a", "u-b", "u-c", "u-d");
    private static final List<String> PEOPLE = List.of("p-1", "p-2", "p-3");
    private static final OrganCode OTHER = OrganCode.parse("000.00.05.H08");

    /** 240 tasks spread over states, units, people, deadlines (days and instants), cooperations and completions. */
    private static List<Task> generated() {
        java.util.Random random = new java.util.Random(20260406);
        List<Task> tasks = new java.util.ArrayList<>();
        TaskState[] states = TaskState.values();
        for (int i = 0; i < 240; i++) {
            TaskState state = states[random.nextInt(states.length)];
            TaskDeadline deadline = random.nextBoolean()
                    ? TaskDeadline.at(T0.plusSeconds(random.nextInt(60) * 3_600L * 7))
                    : TaskDeadline.onDay(LocalDate.of(2026, 4, 1).plusDays(random.nextInt(40)));
            Optional<Instant> completed = random.nextInt(3) == 0
                    ? Optional.of(T0.plusSeconds(random.nextInt(40) * 86_400L - 20 * 86_400L)) : Optional.empty();
            List<Cooperation> coops = random.nextInt(4) == 0 ? List.of(new Cooperation(
                    UNITS.get(random.nextInt(UNITS.size())), deadline, random.nextBoolean()
                    ? CooperationState.REQUESTED : CooperationState.ANSWERED, Optional.empty(), Optional.empty(), "",
                    "")) : List.of();
            tasks.add(new Task(String.format("g-%03d", i), random.nextInt(5) == 0 ? OTHER : ORGAN, "rec-" + i % 7,
                    Optional.empty(), UNITS.get(random.nextInt(UNITS.size())), "Nhiệm vụ " + i, deadline, deadline,
                    PEOPLE.get(random.nextInt(PEOPLE.size())), "drafter", false, state,
                    random.nextBoolean() ? Optional.of(PEOPLE.get(random.nextInt(PEOPLE.size()))) : Optional.empty(),
                    false, Optional.empty(), Optional.empty(), completed, coops, List.of(),
                    List.of(new TaskStep(T0, "drafter", "task.create", TaskState.CREATED, TaskState.CREATED, "")),
                    Set.of(), 1));
        }
        return tasks;
    }

    /** The query's answer by filtering the generated list here, independently of {@link TaskQuery#test}. */
    private static List<Task> oracle(List<Task> all, java.util.function.Predicate<Task> filter) {
        return all.stream().filter(filter).sorted(java.util.Comparator.comparing((Task t) -> t.deadline().instant()
                != null ? t.deadline().instant() : t.deadline().day().atStartOfDay(java.time.ZoneOffset.ofHours(7))
                .toInstant()).thenComparing(Task::id)).toList();
    }

    private List<Task> paged(TaskQuery query, int size) {
        return Page.all(size, page -> store.find(query, page));
    }

    @Test
    void everyQueryGivesWhatFilteringTheTasksGivesInDueThenIdOrderPageByPage() {
        List<Task> all = generated();
        tx.run(uow -> all.forEach(t -> store.insert(uow, t)));
        Set<TaskState> open = Set.of(TaskState.ASSIGNED, TaskState.RECEIVED, TaskState.IN_PROGRESS);
        Instant limit = T0.plusSeconds(10 * 86_400);
        Instant start = T0.minusSeconds(5 * 86_400);

        java.util.Map<String, java.util.Map.Entry<TaskQuery, java.util.function.Predicate<Task>>> cases =
                new java.util.LinkedHashMap<>();
        cases.put("every task", java.util.Map.entry(TaskQuery.any(), t -> true));
        cases.put("open, due by a time (the deadline scan)", java.util.Map.entry(TaskQuery.openDueBy(limit),
                t -> open.contains(t.state()) && !t.dueFrom().isAfter(limit)));
        cases.put("monitored by p-1, not final", java.util.Map.entry(TaskQuery.any().monitoredBy("p-1")
                .inStates(Set.of(TaskState.CREATED, TaskState.RETURNED, TaskState.REPORTED)),
                t -> t.monitorId().equals("p-1") && Set.of(TaskState.CREATED, TaskState.RETURNED,
                        TaskState.REPORTED).contains(t.state())));
        cases.put("handled by p-2", java.util.Map.entry(TaskQuery.any().handledBy("p-2"),
                t -> t.handlerId().equals(Optional.of("p-2"))));
        cases.put("assigned to u-a or u-b", java.util.Map.entry(TaskQuery.any().inUnits(Set.of("u-a", "u-b"))
                .inStates(Set.of(TaskState.ASSIGNED)), t -> (t.unitId().equals("u-a") || t.unitId().equals("u-b"))
                && t.state() == TaskState.ASSIGNED));
        cases.put("cooperation requested of u-c", java.util.Map.entry(TaskQuery.any().cooperationRequestedOf(
                Set.of("u-c")), t -> t.cooperations().stream().anyMatch(c -> c.unitId().equals("u-c")
                && c.state() == CooperationState.REQUESTED)));
        cases.put("of the other organisation", java.util.Map.entry(TaskQuery.any().of(OTHER),
                t -> t.assigningOrganisation().equals(OTHER)));
        cases.put("a unit's tasks for a report", java.util.Map.entry(TaskQuery.any().inUnits(Set.of("u-d"))
                .notDoneBefore(start), t -> t.unitId().equals("u-d") && !(t.state().isFinal()
                && t.completedAt().isPresent() && t.completedAt().get().isBefore(start))));
        cases.forEach((name, c) -> {
            List<Task> expected = oracle(all, c.getValue());
            assertThat(paged(c.getKey(), 7)).as(name + ", pages of 7").containsExactlyElementsOf(expected);
            assertThat(paged(c.getKey(), PageRequest.MAX_SIZE)).as(name + ", one page")
                    .containsExactlyElementsOf(expected);
            java.util.Map<TaskState, Long> counts = new java.util.EnumMap<>(TaskState.class);
            expected.forEach(t -> counts.merge(t.state(), 1L, Long::sum));
            assertThat(store.countByState(c.getKey())).as(name + ", counts").isEqualTo(counts);
        });
        assertThat(oracle(all, t -> open.contains(t.state()) && !t.dueFrom().isAfter(limit)))
                .as("the generated data exercises the scan").hasSizeGreaterThan(10);
    }

    @Test
    void aPageHoldsAtMostItsSizeAndTheLastPageSaysSo() {
        tx.run(uow -> {
            for (int i = 0; i < 5; i++) {
                store.insert(uow, simpleTask("t-" + i, "unit-a", "rec-1", 1));
            }
        });
        Page<Task> first = store.find(TaskQuery.any(), PageRequest.first(2));
        assertThat(first.items()).extracting(Task::id).containsExactly("t-0", "t-1");
        assertThat(first.next()).isPresent();
        Page<Task> last = store.find(TaskQuery.any(), PageRequest.first(2).after(
                store.find(TaskQuery.any(), PageRequest.first(4)).next().orElseThrow()));
        assertThat(last.items()).extracting(Task::id).containsExactly("t-4");
        assertThat(last.next()).isEmpty();
        assertThat(store.find(TaskQuery.any().inUnits(Set.of("none")), PageRequest.first(3)).items()).isEmpty();
        // a task changed between two pages is neither skipped nor read twice: paging is by key
        Page<Task> p1 = store.find(TaskQuery.any(), PageRequest.first(2));
        tx.run(uow -> store.update(uow, simpleTask("t-0", "unit-b", "rec-1", 2)));
        Page<Task> p2 = store.find(TaskQuery.any(), PageRequest.first(10).after(p1.next().orElseThrow()));
        assertThat(p2.items()).extracting(Task::id).containsExactly("t-2", "t-3", "t-4");
    }

    @Test
    void queriesSeeCommittedTasksOnly() {
        tx.run(uow -> {
            store.insert(uow, simpleTask("t-1", "unit-a", "rec-1", 1));
            assertThat(store.find(TaskQuery.any(), PageRequest.first(5)).items()).isEmpty();
            assertThat(store.countByState(TaskQuery.any())).isEmpty();
        });
        assertThat(store.countByState(TaskQuery.any())).containsExactly(java.util.Map.entry(TaskState.CREATED, 1L));
    }
}
