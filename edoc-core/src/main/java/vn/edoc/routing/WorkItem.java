package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something waiting for a person's action (việc chờ xử lý): an incoming document, an outgoing one, or a task from a
 * {@link WorkItemSource}.
 *
 * @param kind     {@code "incoming"}, {@code "outgoing"} or what a source names (e.g. {@code "task"})
 * @param objectId the record's id
 * @param title    what it is about
 * @param waiting  what is expected of the person (e.g. {@code "register"}, {@code "assign"}, {@code "review"})
 * @param deadline by when, if there is a deadline
 * @param overdue  true when the deadline has passed (R-TIME-6's twice-a-day check looks at these)
 */
public record WorkItem(String kind, String objectId, String title, String waiting, Optional<Instant> deadline,
                       boolean overdue) {

    /** Refuses missing parts. */
    public WorkItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(deadline, "deadline");
    }
}
