package vn.edoc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class AuditEventTest {

    private static final Instant T = Instant.parse("2025-03-10T02:00:00.123456789Z");

    @Test
    void keepsTimeToTheMicrosecondAndCopiesFlags() {
        EnumSet<AuditFlag> flags = EnumSet.of(AuditFlag.ENTERED_AFTER_OUTAGE);
        AuditEvent e = new AuditEvent("chiennv.ubnd", "register.incoming", T, "register-entry", "x#1", null,
                null, "ghi chú\ndòng hai", flags);
        flags.clear();
        assertThat(e.time()).isEqualTo(Instant.parse("2025-03-10T02:00:00.123456Z"));
        assertThat(e.flags()).containsExactly(AuditFlag.ENTERED_AFTER_OUTAGE);
        assertThat(e.withComment(null).comment()).isNull();
        assertThat(AuditEvent.of("a", "b", T, "c", "d", null, null).flags()).isEmpty();
        assertThat(AuditEvent.of("a", "b", T, "c", "d", null, null).withFlag(AuditFlag.ENTERED_AFTER_OUTAGE)
                .flags()).containsExactly(AuditFlag.ENTERED_AFTER_OUTAGE);
    }

    @Test
    void reportsEveryFaultAtOnce() {
        ValidationResult r = AuditEvent.check(" ", "Register Incoming", null, "", null, "ABC", "0".repeat(63),
                "bad\u0007");
        assertThat(r.isValid()).isFalse();
        assertThat(r.has(AuditViolation.ACTOR_MISSING)).isTrue();
        assertThat(r.errors()).extracting(Violation::path)
                .containsExactlyInAnyOrder("actor", "action", "time", "objectType", "objectId", "beforeDigest",
                        "afterDigest", "comment");
        assertThat(r.errors()).filteredOn(v -> v.path().equals("actor")).singleElement()
                .extracting(Violation::ruleId).isEqualTo("R-ACC-1");
    }

    @Test
    void refusesByThrowingTheViolations() {
        assertThatThrownBy(() -> AuditEvent.of(null, "x", T, "y", "z", null, null))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(AuditViolation.ACTOR_MISSING)).isTrue());
        assertThatThrownBy(() -> AuditEvent.of("a", "x", T, "y", "z\uD800", null, null))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(AuditViolation.FIELD_MALFORMED)).isTrue());
        assertThatThrownBy(() -> AuditEvent.of("a".repeat(101), "x", T, "y", "z", null, null))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new AuditEvent("a", "x", T, "y", "z", null, null, "c".repeat(4001), Set.of()))
                .isInstanceOf(EdocRuleException.class);
    }

    @Test
    void acceptsDottedLowerCaseNames() {
        assertThat(AuditEvent.check("a", "register.incoming", T, "register-entry", "1", null, null, null).isValid())
                .isTrue();
        assertThat(AuditEvent.check("a", "account.role_change", T, "account", "1", null, null, null).isValid())
                .isTrue();
        assertThat(AuditEvent.check("a", ".x", T, "a", "1", null, null, null).isValid()).isFalse();
        assertThat(AuditEvent.check("a", "x..y", T, "a", "1", null, null, null).isValid()).isFalse();
    }
}
