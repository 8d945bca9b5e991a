package vn.edoc.routing;

import java.time.Instant;
import java.util.List;

/**
 * Another source of work for {@link WorkQueue} (nguồn việc khác), such as the task engine's tasks waiting for a
 * person. Implementations must not write anything.
 */
@FunctionalInterface
public interface WorkItemSource {

    /** The items waiting for {@code personId} at {@code now}, with {@link WorkItem#overdue()} set against now. */
    List<WorkItem> waitingFor(String personId, Instant now);
}
