package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.routing.DocumentQuery;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.spi.Page;
import vn.edoc.spi.tck.DocumentStoreCompatibilityKit;
import vn.edoc.store.jdbc.TestDatabase.Target;
import vn.edoc.task.Cooperation;
import vn.edoc.task.Task;
import vn.edoc.task.TaskDeadline;
import vn.edoc.task.TaskQuery;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskStep;
import vn.edoc.id.OrganCode;

/**
 * Rows stored before migration V4 have its derived columns empty; {@link JdbcMigrator#refreshDerivedColumns} (run by
 * the migrator when it applies V4) fills them from each record's body, so the indexed queries find those rows again.
 */
class JdbcDerivedColumnsTest {

    private static final OrganCode ORG = OrganCode.parse("000.00.12.H08");
    private static final Instant T = Instant.parse("2026-03-02T03:30:00Z");

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void rowsWithoutTheDerivedColumnsAreFoundAgainAfterTheRefresh(Target target) throws Exception {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            Task task = new Task("nv-1", ORG, "rec-1", Optional.empty(), "u-a", "Nhiệm vụ", TaskDeadline.onDay(
                    LocalDate.of(2026, 3, 20)), TaskDeadline.onDay(LocalDate.of(2026, 3, 20)), "p-monitor", "p-c",
                    false, TaskState.IN_PROGRESS, Optional.of("p-h"), false, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(Cooperation.requested("u-b", TaskDeadline.onDay(
                    LocalDate.of(2026, 3, 15)))), List.of(), List.of(new TaskStep(T, "p-c", "task.create",
                    TaskState.CREATED, TaskState.CREATED, "")), Set.of(), 1);
            IncomingRecord handled = DocumentStoreCompatibilityKit.incoming("in-1", ORG, "ref", 2);
            stores.transactions().run(uow -> {
                stores.tasks().insert(uow, task);
                stores.documents().saveIncoming(uow, DocumentStoreCompatibilityKit.incoming("in-1", ORG, "ref",
                        1));
            });
            stores.transactions().run(uow -> stores.documents().saveIncoming(uow, handled));
            TaskQuery monitored = TaskQuery.any().monitoredBy("p-monitor");
            TaskQuery cooperating = TaskQuery.any().cooperationRequestedOf(Set.of("u-b"));
            DocumentQuery inPeriod = DocumentQuery.of(ORG).between(T.minusSeconds(60), T.plusSeconds(60));
            assertThat(Page.all(10, p -> stores.tasks().find(monitored, p))).containsExactly(task);
            assertThat(Page.all(10, p -> stores.tasks().find(cooperating, p))).containsExactly(task);
            assertThat(Page.all(10, p -> stores.documents().findIncoming(inPeriod, p))).containsExactly(handled);

            // as a V3 database would hold them
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE edoc_task SET due_from = NULL, monitor_id = NULL, done_at = NULL");
                s.executeUpdate("DELETE FROM edoc_task_cooperation");
                s.executeUpdate("UPDATE edoc_incoming SET handled_at = NULL, subject_folded = ''");
            }
            assertThat(Page.all(10, p -> stores.tasks().find(monitored, p))).isEmpty();
            assertThat(Page.all(10, p -> stores.tasks().find(cooperating, p))).isEmpty();
            assertThat(Page.all(10, p -> stores.documents().findIncoming(inPeriod, p))).isEmpty();

            assertThat(new JdbcMigrator(db.dataSource()).refreshDerivedColumns()).isEqualTo(2);
            assertThat(Page.all(10, p -> stores.tasks().find(monitored, p))).containsExactly(task);
            assertThat(Page.all(10, p -> stores.tasks().find(cooperating, p))).containsExactly(task);
            assertThat(Page.all(10, p -> stores.tasks().find(TaskQuery.any().dueBy(T.plusSeconds(30 * 86_400L)),
                    p))).containsExactly(task);
            assertThat(Page.all(10, p -> stores.documents().findIncoming(inPeriod, p))).containsExactly(handled);
            assertThat(Page.all(10, p -> stores.documents().findIncoming(DocumentQuery.of(ORG)
                    .abstractContains("ra soat"), p))).containsExactly(handled);
        }
    }
}
