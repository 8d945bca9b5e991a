package vn.edoc.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a draft comes from and whom it asks (thông tin kèm dự thảo): the incoming document it answers (R-OUT-5),
 * the task it answers (R-TASK-4) and the units whose comments must be gathered before submission (BS Đ7.2).
 *
 * @param replyToIncomingId the incoming record answered
 * @param answersTaskId     the task answered
 * @param cooperatingUnits  the units asked to comment
 */
public record DraftOptions(Optional<String> replyToIncomingId, Optional<String> answersTaskId,
                           List<String> cooperatingUnits) {

    /** Refuses missing parts; copies the list. */
    public DraftOptions {
        Objects.requireNonNull(replyToIncomingId, "replyToIncomingId");
        Objects.requireNonNull(answersTaskId, "answersTaskId");
        cooperatingUnits = cooperatingUnits == null ? List.of() : List.copyOf(cooperatingUnits);
    }

    /** A draft of its own: no reply link, no task, no cooperating unit. */
    public static DraftOptions none() {
        return new DraftOptions(Optional.empty(), Optional.empty(), List.of());
    }

    /** A reply to incoming record {@code incomingId}. */
    public static DraftOptions replyTo(String incomingId) {
        return new DraftOptions(Optional.of(incomingId), Optional.empty(), List.of());
    }

    /** These options answering task {@code taskId} too. */
    public DraftOptions answeringTask(String taskId) {
        return new DraftOptions(replyToIncomingId, Optional.of(taskId), cooperatingUnits);
    }

    /** These options asking {@code units} to comment. */
    public DraftOptions withCooperatingUnits(String... units) {
        return new DraftOptions(replyToIncomingId, answersTaskId, List.of(units));
    }
}
