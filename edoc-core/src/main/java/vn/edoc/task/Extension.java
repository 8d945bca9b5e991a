package vn.edoc.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to extend a task's deadline (đề nghị gia hạn), R-TASK-8 (LS Đ13.5): made within the deadline with the
 * issued request document, decided by the monitoring office with the approval document and the new deadline written
 * in it, or refused.
 *
 * @param number          1 for the task's first request, then 2, 3…
 * @param requestedAt     when it was requested
 * @param requesterId     the handler who requested it
 * @param requestDocument the issued request document (văn bản xin gia hạn)
 * @param state           where it stands
 * @param decidedAt       when it was decided, empty while requested
 * @param deciderId       the monitoring officer who decided, {@code ""} while requested
 * @param decisionDocument the approval document (văn bản đồng ý gia hạn), or the refusal when one was given
 * @param newDeadline     the new deadline, when approved
 * @param reason          the comment of the decision, {@code ""} when none
 */
public record Extension(int number, Instant requestedAt, String requesterId, DocumentRef requestDocument,
                        ExtensionState state, Optional<Instant> decidedAt, String deciderId,
                        Optional<DocumentRef> decisionDocument, Optional<TaskDeadline> newDeadline, String reason) {

    /** Refuses missing parts. */
    public Extension {
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requesterId, "requesterId");
        Objects.requireNonNull(requestDocument, "requestDocument");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decisionDocument, "decisionDocument");
        Objects.requireNonNull(newDeadline, "newDeadline");
        deciderId = deciderId == null ? "" : deciderId;
        reason = reason == null ? "" : reason;
    }

    /** True while it waits for a decision. */
    public boolean pending() {
        return state == ExtensionState.REQUESTED;
    }
}
