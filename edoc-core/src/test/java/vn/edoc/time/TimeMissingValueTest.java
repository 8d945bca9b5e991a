package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.edoc.document.Urgency;
import vn.edoc.validation.EdocRuleException;

class TimeMissingValueTest {

    private static final WorkingTime TIME = WorkingTime.defaults();
    private static final TimeRules RULES = TimeRules.defaults();
    private static final Instant SOME = Instant.parse("2025-03-11T03:00:00Z");

    private static void refusedNaming(Executable call, String argument) {
        EdocRuleException e = catchThrowableOfType(EdocRuleException.class, () -> {
            try {
                call.execute();
            } catch (Throwable t) {
                throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
            }
        });
        assertThat(e).as("refused with EdocRuleException").isNotNull();
        assertThat(e.result().has(TimeViolation.MISSING_VALUE)).isTrue();
        assertThat(e.result().errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("EDOC-TIME-050");
            assertThat(v.path()).isEqualTo(argument);
            assertThat(v.messageEn()).contains(argument);
        });
    }

    @Test
    void workingTimeArgumentsAreNamed() {
        refusedNaming(() -> TIME.addWorkingDays(null, 1), "date");
        refusedNaming(() -> TIME.officeTimeBetween(null, SOME), "a");
        refusedNaming(() -> TIME.officeTimeBetween(SOME, null), "b");
        refusedNaming(() -> TIME.addOfficeHours(null, Duration.ZERO), "start");
        refusedNaming(() -> TIME.addOfficeHours(SOME, null), "duration");
        refusedNaming(() -> TIME.workingDaysBetween(null, LocalDate.of(2025, 3, 11)), "fromExclusive");
        refusedNaming(() -> TIME.isOfficeTime(null), "instant");
        refusedNaming(() -> TIME.nextOfficeStart(null), "instant");
    }

    @Test
    void timeRulesArgumentsAreNamed() {
        refusedNaming(() -> RULES.effectiveReceipt(null), "received");
        refusedNaming(() -> RULES.handlingDeadline(SOME, null), "urgency");
        refusedNaming(() -> RULES.handlingDeadline(null, Urgency.NORMAL), "received");
        refusedNaming(() -> RULES.issueDeadline(null), "signed");
        refusedNaming(() -> RULES.assignmentDeadline(null), "received");
        refusedNaming(() -> RULES.classifyOpen((Instant) null, SOME), "deadline");
        refusedNaming(() -> RULES.classifyCompleted(SOME, null), "completed");
        refusedNaming(() -> UrgentHandlingPolicy.defaults().allowance(null), "urgency");
    }
}
