package vn.edoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.PersonId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.routing.Actor;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.task.Task;
import vn.edoc.task.TaskData;
import vn.edoc.task.TaskDeadline;
import vn.edoc.task.TaskReport;
import vn.edoc.task.TaskState;
import vn.edoc.time.MutableClock;
import vn.edoc.time.ReportPeriod;

/**
 * The task services {@link Edoc} hands out — commands, deadline scanner, work queue, reports — work over one shared
 * context: what a command writes, the scanner, the queue and the reports read, and the events of each reach the
 * engine's listeners.
 */
class EdocTaskServicesTest {

    @Test
    void theSplitTaskServicesShareOneContext() {
        Directory directory = OrgFixtures.directory();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
        List<DomainEvent> seen = new ArrayList<>();
        Edoc edoc = Edoc.builder().stores(MemoryStores.create(directory)).transport(new LoopbackTransport(clock))
                .signer((request, contents) -> contents.put(new ByteArrayInputStream(
                        "signed".getBytes(StandardCharsets.US_ASCII))))
                .clock(clock).listener(seen::add).build();

        Instant due = Instant.parse("2026-03-06T10:00:00Z");
        Task task = edoc.tasks().assignDirectly(Actor.loggedIn(directory, "chiennv.tuyphuoc"),
                TaskData.of(OrgFixtures.FINANCE, "Rà soát dự toán quý I", TaskDeadline.at(due), OrgFixtures.MONITOR));
        assertThat(task.state()).isEqualTo(TaskState.ASSIGNED);

        TaskReport march = edoc.taskReports().report(UnitId.of(OrgFixtures.FINANCE), ReportPeriod.month(2026, 3),
                clock.instant());
        assertThat(march.inProgress()).extracting(TaskReport.Line::taskId).containsExactly(task.id());
        assertThat(edoc.taskQueue().waitingFor(PersonId.of(OrgFixtures.FINANCE_HEAD), clock.instant()))
                .extracting(i -> i.taskId()).containsExactly(task.id());

        assertThat(edoc.taskScanner().scan(clock.instant())).as("four days before the deadline").isEmpty();
        clock.set(due.minus(Duration.ofDays(1)));
        assertThat(edoc.taskScanner().scan(clock.instant())).singleElement()
                .isInstanceOfSatisfying(DomainEvent.DeadlineApproaching.class,
                        a -> assertThat(a.deadline()).isEqualTo(due));
        assertThat(seen).filteredOn(DomainEvent.DeadlineApproaching.class::isInstance).hasSize(1);
        assertThat(seen).filteredOn(DomainEvent.DocumentAssigned.class::isInstance).hasSize(1);
    }
}
