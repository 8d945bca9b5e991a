package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.task.TaskWorld.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.spi.ConcurrentChangeException;

/**
 * Eight threads walk forty tasks from entry to approval at the same time, with scans running beside them: every
 * task ends approved, every step is audited exactly once, and the audit chain verifies.
 */
class TaskServiceConcurrencyTest {

    @Test
    void parallelFlowsKeepTasksAndTrailConsistent() throws Exception {
        TaskWorld w = new TaskWorld();
        w.at(2026, 5, 4, 9, 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit(() -> walk(w, n)));
            }
            Future<?> scans = pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    w.scanner.scan(w.clock.instant().plus(Duration.ofDays(i % 10)));
                }
            });
            List<String> ids = new ArrayList<>();
            for (Future<String> f : done) {
                ids.add(f.get(60, TimeUnit.SECONDS));
            }
            scans.get(60, TimeUnit.SECONDS);
            for (String id : ids) {
                Task t = w.service.find(TaskId.of(id)).orElseThrow();
                assertThat(t.state()).isEqualTo(TaskState.APPROVED);
                assertThat(w.auditOf(id)).hasSize(t.history().size()).hasSize(7);
            }
            assertThat(w.store.all()).hasSize(40);
            assertThat(w.audit.size()).isEqualTo(40 * 7);
            assertThat(w.audit.verify().intact()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String walk(TaskWorld w, int n) {
        String record = "rec-" + n;
        TaskData data = TaskData.of(n % 2 == 0 ? STC_BUDGET : STC_PRICES, "Nhiệm vụ " + n,
                TaskDeadline.at(w.clock.instant().plus(Duration.ofDays(3 + n % 7))), MONITOR);
        Task t = w.service.create(w.actor(DRAFTER), RecordId.of(record), data);
        retried(() -> w.service.confirmCheck(w.actor(MONITOR), TaskId.of(t.id()), data));
        retried(() -> w.issue(record, n + 1, "UBND-KT", Optional.empty(), UBND_CLERK, UBND));
        String handler = n % 2 == 0 ? HANDLER : PRICES_HEAD;
        retried(() -> w.service.receive(w.actor(STC_CLERK), TaskId.of(t.id()), PersonId.of(handler)));
        retried(() -> w.service.startReply(w.actor(handler), TaskId.of(t.id()), RecordId.of("reply-" + n)));
        retried(() -> w.issue("reply-" + n, 100 + n, "STC", Optional.of(t.id()), STC_CLERK, STC));
        retried(() -> w.service.approveResult(w.actor(MONITOR), TaskId.of(t.id()), ""));
        return t.id();
    }

    /**
     * The one retry policy of the SPI: a {@link ConcurrentChangeException} (here: the deadline scan marked the task
     * between the action's read and its write, or holds the task while it does) is retried as a whole after a pause
     * that grows with each attempt; a refused action changed nothing. Without the pause fifty attempts could all fall
     * inside one time slice of a scan preempted while it holds the task (CI saw it once on two cores).
     */
    private static void retried(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (ConcurrentChangeException e) {
                assertThat(e.isRetryable()).isTrue();
                if (attempt == 50) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(attempt, 20));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
