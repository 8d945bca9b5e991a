package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.org.OrgViolation;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.ViolationType;

/** The violation catalogues of org, routing and task: stable codes, real rule ids, both languages. */
class ViolationCatalogueTest {

    /** The rule ids of rules.md these packages may name. */
    private static final Set<String> RULES = Set.of("R-ACC-1", "R-ACC-2", "R-ID-1", "R-ID-4", "R-FMT-5", "R-IN-5",
            "R-IN-8", "R-OUT-1", "R-OUT-2", "R-OUT-6", "R-TASK-1", "R-TASK-2", "R-TASK-3", "R-TASK-4", "R-TASK-6",
            "R-TASK-8", "R-TASK-9", "R-TASK-11", "R-TIME-7");

    @Test
    void codesAreUniqueWellFormedAndNameRealRules() {
        check(List.of(OrgViolation.values()), "EDOC-ORG-\\d{3}");
        check(List.of(RoutingViolation.values()), "EDOC-RTE-\\d{3}");
        check(List.of(TaskViolation.values()), "EDOC-TSK-\\d{3}");
    }

    @Test
    void transitionRulesAreRulesOfRulesMd() {
        Set<String> known = Set.of("R-IN-3", "R-IN-4", "R-IN-5", "R-IN-6", "R-IN-7", "R-IN-8", "R-OUT-1",
                "R-OUT-2", "R-OUT-3", "R-OUT-6", "R-TASK-2", "R-TASK-3", "R-TASK-4", "R-TASK-6", "R-TASK-7",
                "R-TASK-8", "R-TASK-9");
        for (IncomingTransition t : IncomingTransition.values()) {
            assertThat(known).contains(t.ruleId());
        }
        for (OutgoingTransition t : OutgoingTransition.values()) {
            assertThat(known).contains(t.ruleId());
        }
        for (DeliveryTransition t : DeliveryTransition.values()) {
            assertThat(known).contains(t.ruleId());
        }
        for (AssignmentTransition t : AssignmentTransition.values()) {
            assertThat(known).contains(t.ruleId());
        }
        for (vn.edoc.task.TaskTransition t : vn.edoc.task.TaskTransition.values()) {
            assertThat(known).contains(t.ruleId());
        }
        for (Action a : Action.values()) {
            assertThat(a.ruleId()).matches("R-(IN|OUT|TASK|ACC|OPS|TIME|FILE)-\\d+");
        }
    }

    private static void check(List<? extends ViolationType> types, String pattern) {
        Set<String> codes = new HashSet<>();
        for (ViolationType v : types) {
            assertThat(v.code()).matches(pattern);
            assertThat(codes.add(v.code())).as(v.code()).isTrue();
            assertThat(RULES).as(v.code()).contains(v.ruleId());
            assertThat(v.article()).isNotBlank();
            assertThat(v.messageVi()).isNotBlank().isNotEqualTo(v.messageEn());
            assertThat(v.messageEn()).isNotBlank();
            assertThat(v.messageVi().split("%s", -1).length).as(v.code())
                    .isEqualTo(v.messageEn().split("%s", -1).length);
        }
    }
}
