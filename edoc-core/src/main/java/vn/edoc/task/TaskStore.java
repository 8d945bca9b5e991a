package vn.edoc.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
import vn.edoc.spi.UnitOfWork;

/**
 * Persistence of assigned tasks (lưu nhiệm vụ). Used by {@link vn.edoc.task.TaskService}, which checks the rules; a
 * store keeps tasks whole and answers queries.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #newId} gives an id starting with {@code prefix} and a hyphen that no task or inspection of this
 *       store has (committed or written in the unit of work) and that it never gave before; ids handed out in a
 *       unit of work that rolls back may be given again or not. Ids from a counter (not random) keep runs
 *       reproducible.</li>
 *   <li>{@link #insert} and {@link #update} write inside the unit of work; the change becomes visible to reads
 *       without a unit of work only when it commits, and is gone after a rollback.</li>
 *   <li>{@link #insert} refuses a task whose id exists (committed or written earlier in the same unit of work) with
 *       {@link vn.edoc.validation.EdocRuleException} ({@link vn.edoc.task.TaskViolation#TASK_EXISTS}).</li>
 *   <li>{@link #update} replaces the task with the same id and accepts it only when the stored version (as seen in
 *       the unit of work) is the new version minus one; otherwise it refuses with {@link ConcurrentChangeException}
 *       (or {@link vn.edoc.validation.EdocRuleException} {@link vn.edoc.task.TaskViolation#TASK_NOT_FOUND} when
 *       there is none). A JDBC adapter does this with {@code UPDATE ... WHERE id = ? AND version = ?}; the task
 *       stays locked until the unit of work ends.</li>
 *   <li>Reads with a unit of work see its own writes; reads without one see committed tasks only.</li>
 *   <li>Tasks come back equal to what was written. Lists are ordered by task id; pages of {@link #find} by
 *       due-from then id.</li>
 * </ul>
 */
public interface TaskStore {

    /** A new task id starting with {@code prefix}, such as {@code "nv-17"}; see the class description. */
    String newId(UnitOfWork uow, String prefix);

    /** Adds a new task inside {@code uow}. */
    void insert(UnitOfWork uow, Task task);

    /** Replaces a task inside {@code uow}, checking its version; see the class description. */
    void update(UnitOfWork uow, Task task);

    /** The task {@code id} as seen inside {@code uow}. */
    Optional<Task> find(UnitOfWork uow, String id);

    /** The committed task {@code id}. */
    Optional<Task> find(String id);

    /** The tasks entered on the assigning document {@code recordId}, as seen inside {@code uow}, by id. */
    List<Task> byAssigningRecord(UnitOfWork uow, String recordId);

    /**
     * One page of the committed tasks answering {@code query} ({@link TaskQuery#test}), ordered by
     * {@link Task#dueFrom()} then id. Each page is one query over indexed columns (state, lead unit, assigning
     * organisation, monitor, handler, due-from, completion time, and the requested cooperations as a child table);
     * the cursor is the (due-from, id) of the last item. Reads committed tasks only, holds no lock.
     */
    Page<Task> find(TaskQuery query, PageRequest page);

    /**
     * How many committed tasks answering {@code query} are in each state (only states with at least one task): one
     * {@code SELECT state, COUNT(*) ... GROUP BY state}, for report counts and dashboards.
     */
    Map<TaskState, Long> countByState(TaskQuery query);

    /**
     * Every committed task, by id: for export and verification only. No engine path calls it (the engine asks
     * {@link #find}); an adapter may stream it.
     */
    List<Task> all();
}
