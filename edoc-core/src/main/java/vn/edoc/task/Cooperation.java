package vn.edoc.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.TimeRules;

/**
 * A cooperating unit's part in a task (đơn vị phối hợp), R-TASK-9 (LS Đ14.4b): asked by the lead unit to answer by
 * its deadline, it answers or refuses in writing with reasons.
 *
 * @param unitId     the cooperating unit
 * @param deadline   when its answer is due
 * @param state      where the request stands
 * @param answeredAt when it answered or refused, empty while requested
 * @param document   its written answer or refusal, when given
 * @param reasons    the reasons of a refusal, {@code ""} otherwise
 * @param actorId    the person who answered or refused, {@code ""} while requested
 */
public record Cooperation(String unitId, TaskDeadline deadline, CooperationState state, Optional<Instant> answeredAt,
                          Optional<DocumentRef> document, String reasons, String actorId) {

    /** Refuses missing parts. */
    public Cooperation {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(document, "document");
        reasons = reasons == null ? "" : reasons;
        actorId = actorId == null ? "" : actorId;
    }

    /** A new request to {@code unitId}, due by {@code deadline}. */
    public static Cooperation requested(String unitId, TaskDeadline deadline) {
        return new Cooperation(unitId, deadline, CooperationState.REQUESTED, Optional.empty(), Optional.empty(), "", "");
    }

    /** True when the unit answered or refused after its deadline. */
    public boolean late(TimeRules rules) {
        return answeredAt.map(a -> rules.classifyCompleted(deadline.endsAt(rules), a) == DeadlineStatus.LATE)
                .orElse(false);
    }
}
