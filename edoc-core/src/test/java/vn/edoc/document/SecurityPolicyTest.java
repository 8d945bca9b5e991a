package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class SecurityPolicyTest {

    private final SecurityPolicy policy = SecurityPolicy.defaults();

    @ParameterizedTest
    @EnumSource(value = Confidentiality.class, names = {"MAT", "TOI_MAT", "TUYET_MAT"})
    void stateSecretsNeverEnterR_SEC_1(Confidentiality level) {
        Document secret = Fixtures.reference().toBuilder().confidentiality(level).build();
        ValidationResult r = policy.checkEntry(secret);
        assertThat(r.errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("EDOC-DOC-010");
            assertThat(v.ruleId()).isEqualTo("R-SEC-1");
            assertThat(v.path()).isEqualTo("confidentiality");
            assertThat(v.messageVi()).contains(level.vietnameseName());
        });
        // no relaxing of R-SEC-1: even the most lenient policy refuses it
        SecurityPolicy lenient = SecurityPolicy.builder().complaints(SecurityPolicy.Handling.OFF)
                .handle(ContentCategory.HARMFUL, SecurityPolicy.Handling.OFF).build();
        assertThat(lenient.checkEntry(secret).isValid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MẬT", "TỐI MẬT: kế hoạch", "TUYỆT MẬT - phương án", "  \"MẬT\" về việc"})
    void aSecretStampAtTheStartOfTheAbstractIsOnlyAWarning(String abstractText) {
        Document d = Fixtures.reference().toBuilder().subject(abstractText).build();
        ValidationResult r = policy.checkEntry(d);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EDOC-DOC-011", "abstract"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mật độ dân số năm 2024", "MẬTX", "Về việc giữ bí mật nhà nước", "Báo cáo TỐI MẬT"})
    void ordinaryAbstractsAreNotTakenForStamps(String abstractText) {
        Document d = Fixtures.reference().toBuilder().subject(abstractText).build();
        assertThat(policy.checkEntry(d).violations()).isEmpty();
    }

    @Test
    void aClassifiedDocumentIsNotAlsoWarnedAboutItsStamp() {
        Document d = Fixtures.reference().toBuilder().subject("MẬT").confidentiality(Confidentiality.MAT).build();
        assertThat(policy.checkEntry(d).violations()).extracting(Violation::code).containsExactly("EDOC-DOC-010");
    }

    @ParameterizedTest
    @EnumSource(value = ContentCategory.class, names = {"COMPLAINT", "DENUNCIATION", "DISPUTE", "HARMFUL"})
    void complaintsAndHarmfulContentAreRefusedByDefaultR_SEC_2(ContentCategory category) {
        Document d = Fixtures.reference().toBuilder().contentCategory(category).build();
        ValidationResult r = policy.checkEntry(d);
        assertThat(r.errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("EDOC-DOC-012");
            assertThat(v.ruleId()).isEqualTo("R-SEC-2");
            assertThat(v.path()).isEqualTo("contentCategory");
        });
    }

    @Test
    void theComplaintsPolicyIsOffWarnOrRefuse() {
        Document complaint = Fixtures.reference().toBuilder().contentCategory(ContentCategory.DISPUTE).build();
        SecurityPolicy off = SecurityPolicy.builder().complaints(SecurityPolicy.Handling.OFF).build();
        SecurityPolicy warn = SecurityPolicy.builder().complaints(SecurityPolicy.Handling.WARN).build();
        assertThat(off.checkEntry(complaint).violations()).isEmpty();
        assertThat(warn.checkEntry(complaint).warnings()).extracting(Violation::ruleId).containsExactly("R-SEC-2");
        assertThat(warn.checkEntry(complaint).isValid()).isTrue();
        assertThat(warn.handling(ContentCategory.HARMFUL)).isEqualTo(SecurityPolicy.Handling.REFUSE);
        assertThat(policy.checkEntry(Fixtures.reference()).violations()).isEmpty();
        assertThatThrownBy(() -> SecurityPolicy.builder().handle(ContentCategory.ORDINARY,
                SecurityPolicy.Handling.REFUSE)).isInstanceOf(IllegalArgumentException.class);
    }
}
