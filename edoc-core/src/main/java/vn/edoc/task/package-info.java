/**
 * Task tracking (theo dõi nhiệm vụ), LS Đ13-14 and BS Đ7.3: the lifecycle of a task
 * ({@link vn.edoc.task.TaskState}, {@link vn.edoc.task.TaskTransition}) and of a request to extend its deadline
 * ({@link vn.edoc.task.ExtensionState}, {@link vn.edoc.task.ExtensionTransition}), each listing every legal move in
 * one enum, anything else refused with {@link vn.edoc.validation.IllegalTransitionException}. The violations of this
 * package are listed in {@link vn.edoc.task.TaskViolation}.
 */
package vn.edoc.task;
