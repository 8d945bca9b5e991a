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
import vn.edoc.id.OrganCode;
import vn.edoc.spi.Transactions;
import vn.edoc.task.Cooperation;
import vn.edoc.task.CooperationState;
import vn.edoc.task.DocumentRef;
import vn.edoc.task.Extension;
import vn.edoc.task.ExtensionState;
import vn.edoc.task.Inspection;
import vn.edoc.task.InspectionState;
import vn.edoc.task.InspectionStore;
import vn.edoc.task.Task;
import vn.edoc.task.TaskDeadline;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskStep;
import vn.edoc.task.TaskStore;
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
        assertThat(store.byUnit("unit-a")).isEmpty();
        assertThat(store.byUnit("unit-b")).containsExactly(next);
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
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.CONCURRENT_CHANGE.code()));
        assertThatThrownBy(() -> tx.run(uow -> store.update(uow, simpleTask("t-1", "unit-b", "rec-1", 1))))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(TaskViolation.CONCURRENT_CHANGE.code()));
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
        assertThat(store.byUnit("unit-a")).extracting(Task::id).containsExactly("t-1", "t-2", "t-3");
        assertThat(store.byUnit("none")).isEmpty();
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
                InspectionState.NOTICE_SENT, 2)))).isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(TaskViolation.CONCURRENT_CHANGE.code()));
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
}
