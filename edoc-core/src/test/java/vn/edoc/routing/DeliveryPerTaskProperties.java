package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.edoc.id.OrganCode;

/**
 * Random streams of status messages (01, 03, 04, 05, 06, each naming some of the delivery's tasks, none, or a task it
 * was never sent) applied to a delivery carrying tasks (R-IN-9, R-OUT-6): no state ever goes back, the recipient as a
 * whole never gets ahead of its least advanced task once its handling is reported, and it is completed exactly when
 * every task is.
 */
class DeliveryPerTaskProperties {

    private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");
    private static final List<DeliveryState> REPORTED = List.of(DeliveryState.ARRIVED, DeliveryState.DELIVERED,
            DeliveryState.ASSIGNED, DeliveryState.IN_PROGRESS, DeliveryState.COMPLETED);

    /** One status: what it reports and the task indexes it names (-1: a task of another document). */
    record Status(DeliveryState reported, List<Integer> named) {
    }

    @Provide
    Arbitrary<List<Status>> statuses() {
        Arbitrary<List<Integer>> named = Arbitraries.integers().between(-1, 3).list().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(REPORTED), named).as(Status::new).list().ofMaxSize(30);
    }

    @Property(tries = 500)
    void theRecipientFollowsItsLeastAdvancedTaskAndNothingGoesBack(
            @ForAll @IntRange(min = 1, max = 4) int taskCount, @ForAll("statuses") List<Status> statuses) {
        List<TaskDelivery> tasks = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            tasks.add(new TaskDelivery("task-" + i, DeliveryState.SENT, T));
        }
        Delivery d = new Delivery(OrganCode.parse("000.00.12.H08"), Channel.SYSTEM, DeliveryState.SENT, T, "",
                tasks);
        Instant when = T;
        for (Status s : statuses) {
            when = when.plusSeconds(60);
            List<String> named = s.named().stream().map(i -> i < 0 ? "other|task" : "task-" + (i % taskCount))
                    .toList();
            Delivery next = d.afterStatus(s.reported(), named, when, "");
            assertThat(next.state()).isGreaterThanOrEqualTo(d.state());
            for (int i = 0; i < taskCount; i++) {
                assertThat(next.tasks().get(i).state()).isGreaterThanOrEqualTo(d.tasks().get(i).state());
                assertThat(next.tasks().get(i).task()).isEqualTo("task-" + i);
            }
            DeliveryState least = next.tasks().stream().map(TaskDelivery::state)
                    .min(java.util.Comparator.naturalOrder()).orElseThrow();
            if (next.state().compareTo(DeliveryState.ASSIGNED) >= 0) {
                assertThat(next.state()).isLessThanOrEqualTo(least);
            }
            assertThat(next.state() == DeliveryState.COMPLETED).isEqualTo(least == DeliveryState.COMPLETED);
            d = next;
        }
    }
}
