/**
 * Task tracking (theo dõi nhiệm vụ), LS Đ13-16 and BS Đ7.3.
 *
 * <ul>
 *   <li>{@link vn.edoc.task.Tasks}: task tracking split by concern over one shared context, built together (and
 *       handed out by {@code vn.edoc.Edoc}):
 *     <ul>
 *       <li>{@link vn.edoc.task.TaskService}, the commands: tasks entered while the assigning document is drafted
 *           (R-TASK-1), checked against the approved document (R-TASK-2), received or returned (R-TASK-3), answered
 *           by a reply drafted from the task document, which must be taken back when closed (R-TASK-4), approved or
 *           refused (R-TASK-6); extensions (R-TASK-8), cooperating units (R-TASK-9), direct assignment
 *           (R-TASK-11). Consulting other units (R-TASK-5) runs on its own outgoing flow and does not touch the
 *           task.</li>
 *       <li>{@link vn.edoc.task.TaskBridges}, the joins to the outgoing flow: a reply drafted from the task
 *           ({@link vn.edoc.task.TaskBridges#draftParticipant()}), assignment and reporting when documents are issued
 *           ({@link vn.edoc.task.TaskBridges#issueParticipant()}, R-TASK-2, R-TASK-7), the tasks a message carries
 *           ({@link vn.edoc.task.TaskBridges#taskDescriptorSource()}, R-IN-9); the flows and the task engine must
 *           share one {@link vn.edoc.spi.Transactions} and one {@link vn.edoc.routing.DocumentStore} (record ids
 *           name the drafts and the assigning documents).</li>
 *       <li>{@link vn.edoc.task.TaskDeadlineScanner}, the deadline notices (R-TIME-5);
 *           {@link vn.edoc.task.TaskWorkQueue}, what waits for a person (R-TIME-6), also a source of
 *           {@link vn.edoc.routing.WorkQueue}; {@link vn.edoc.task.TaskReports}, the reports
 *           ({@link vn.edoc.task.TaskReport}, R-TASK-10).</li>
 *     </ul></li>
 *   <li>{@link vn.edoc.task.UnitReport}: a unit's task report plus its document-handling figures (R-TASK-10).</li>
 *   <li>{@link vn.edoc.task.InspectionService}: inspections of task execution with the deadlines of R-TIME-7.</li>
 *   <li>Lifecycles, each listing every legal move in one enum, anything else refused with
 *       {@link vn.edoc.validation.IllegalTransitionException}: {@link vn.edoc.task.TaskTransition},
 *       {@link vn.edoc.task.ExtensionTransition}, {@link vn.edoc.task.CooperationTransition},
 *       {@link vn.edoc.task.InspectionTransition}.</li>
 *   <li>The violations of this package: {@link vn.edoc.task.TaskViolation}.</li>
 * </ul>
 * Tasks and inspections are stored through {@link vn.edoc.task.TaskStore} and {@link vn.edoc.task.InspectionStore}.
 */
package vn.edoc.task;
