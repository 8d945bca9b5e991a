package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final Instant DEADLINE = Instant.parse("2026-05-08T10:00:00Z");

    @Test
    void exactlyAtTheDeadlineIsWithinIt() {
        assertThat(Deadlines.isPast(DEADLINE, DEADLINE)).isFalse();
        assertThat(Deadlines.isWithin(DEADLINE, DEADLINE)).isTrue();
        assertThat(Deadlines.isPast(DEADLINE, DEADLINE.plusNanos(1))).isTrue();
        assertThat(Deadlines.isWithin(DEADLINE, DEADLINE.plusNanos(1))).isFalse();
        assertThat(Deadlines.isPast(DEADLINE, DEADLINE.minusNanos(1))).isFalse();
    }

    @Test
    void theTimeRulesClassifyByTheSameBoundary() {
        TimeRules rules = TimeRules.defaults();
        assertThat(rules.classifyCompleted(DEADLINE, DEADLINE)).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(rules.classifyCompleted(DEADLINE, DEADLINE.plusNanos(1))).isEqualTo(DeadlineStatus.LATE);
        assertThat(rules.classifyOpen(DEADLINE, DEADLINE)).isEqualTo(DeadlineStatus.IN_PROGRESS);
        assertThat(rules.classifyOpen(DEADLINE, DEADLINE.plusNanos(1))).isEqualTo(DeadlineStatus.OVERDUE);
    }
}
