package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.IllegalTransitionException;

/** The cooperation and inspection lifecycles: every (from, to) pair either listed or refused with its rule. */
class CooperationAndInspectionLifecycleTest {

    @Test
    void cooperationMovesOnlyFromRequested() {
        int legal = 0;
        for (CooperationState from : CooperationState.values()) {
            for (CooperationState to : CooperationState.values()) {
                boolean expected = from == CooperationState.REQUESTED && to != CooperationState.REQUESTED;
                if (expected) {
                    assertThat(CooperationTransition.transitionBetween(from, to).ruleId()).isEqualTo("R-TASK-9");
                    legal++;
                } else {
                    assertThatThrownBy(() -> CooperationTransition.transitionBetween(from, to))
                            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                                assertThat(e.ruleIds()).containsExactly("R-TASK-9");
                                assertThat(e.violations().get(0).code())
                                        .isEqualTo(TaskViolation.COOPERATION_TRANSITION.code());
                            });
                }
            }
        }
        assertThat(legal).isEqualTo(CooperationTransition.values().length);
        assertThat(CooperationState.ANSWERED.isFinal()).isTrue();
        assertThat(CooperationState.REFUSED.isFinal()).isTrue();
        assertThat(CooperationState.REQUESTED.isFinal()).isFalse();
    }

    @Test
    void inspectionsFollowTheirTable() {
        Set<String> listed = Set.of("PLANNED>NOTICE_SENT", "NOTICE_SENT>UNIT_REPORTED",
                "UNIT_REPORTED>MINUTES_RECORDED", "NOTICE_SENT>MINUTES_RECORDED", "MINUTES_RECORDED>RESULT_REPORTED");
        for (InspectionState from : InspectionState.values()) {
            for (InspectionState to : InspectionState.values()) {
                if (listed.contains(from + ">" + to)) {
                    assertThat(InspectionTransition.transitionBetween(from, to).ruleId()).isEqualTo("R-TIME-7");
                } else {
                    assertThatThrownBy(() -> InspectionTransition.transitionBetween(from, to))
                            .isInstanceOfSatisfying(IllegalTransitionException.class,
                                    e -> assertThat(e.ruleIds()).containsExactly("R-TIME-7"));
                }
            }
        }
        assertThat(InspectionTransition.values()).hasSize(listed.size());
        assertThat(InspectionState.RESULT_REPORTED.isFinal()).isTrue();
        assertThat(InspectionState.PLANNED.isFinal()).isFalse();
    }
}
