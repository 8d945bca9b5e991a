package vn.edoc.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class RegisterKeyTest {

    private static final OrganCode ORGAN = OrganCode.parse("000.00.00.H37");

    @Test
    void yearAndDayAreTakenInVietnamTime() {
        assertThat(RegisterKey.yearOf(Instant.parse("2024-12-31T16:59:59Z"))).isEqualTo(2024);
        assertThat(RegisterKey.yearOf(Instant.parse("2024-12-31T17:00:00Z"))).isEqualTo(2025);
        assertThat(RegisterKey.yearOf(Instant.parse("2024-12-31T17:30:00Z"))).isEqualTo(2025);
        assertThat(RegisterKey.dayOf(Instant.parse("2025-03-10T16:59:59Z"))).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(RegisterKey.dayOf(Instant.parse("2025-03-10T17:00:00Z"))).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(RegisterKey.startOf(LocalDate.of(2025, 1, 1))).isEqualTo(Instant.parse("2024-12-31T17:00:00Z"));
        assertThat(RegisterKey.at(ORGAN, RegisterKind.INCOMING, null, Instant.parse("2024-12-31T17:30:00Z")))
                .isEqualTo(RegisterKey.of(ORGAN, RegisterKind.INCOMING, 2025));
    }

    @Test
    void seriesIsNormalised() {
        RegisterKey k = RegisterKey.of(ORGAN, RegisterKind.OUTGOING, "  Quyết định   QPPL ", 2025);
        assertThat(k.series()).isEqualTo("Quyết định QPPL");
        assertThat(RegisterKey.of(ORGAN, RegisterKind.OUTGOING, null, 2025).series()).isEmpty();
        assertThat(RegisterKey.of(ORGAN, RegisterKind.OUTGOING, null, 2025).isMainSeries()).isTrue();
        String nfd = "Quye\u0302\u0301t đi\u0323nh";
        assertThat(RegisterKey.of(ORGAN, RegisterKind.OUTGOING, nfd, 2025))
                .isEqualTo(RegisterKey.of(ORGAN, RegisterKind.OUTGOING, "Quyết định", 2025));
    }

    @Test
    void legalNormativeOutgoingDocumentsHaveTheirOwnSeriesByDefault() {
        assertThat(RegisterKey.defaultSeries(RegisterKind.OUTGOING, DocumentType.QUYET_DINH_QPPL))
                .isEqualTo("Quyết định (quy phạm pháp luật)");
        assertThat(RegisterKey.defaultSeries(RegisterKind.OUTGOING, DocumentType.QUYET_DINH)).isEmpty();
        assertThat(RegisterKey.defaultSeries(RegisterKind.INCOMING, DocumentType.NGHI_DINH)).isEmpty();
        assertThat(RegisterKey.defaultSeries(RegisterKind.OUTGOING, null)).isEmpty();
        for (DocumentType t : DocumentType.values()) {
            String series = RegisterKey.defaultSeries(RegisterKind.OUTGOING, t);
            assertThat(RegisterKey.of(ORGAN, RegisterKind.OUTGOING, series, 2025).series()).isEqualTo(series);
        }
    }

    @Test
    void textFormAndOrder() {
        assertThat(RegisterKey.of(ORGAN, RegisterKind.INCOMING, 2025)).hasToString("000.00.00.H37/incoming/2025");
        assertThat(RegisterKey.of(ORGAN, RegisterKind.OUTGOING, "QĐ QPPL", 2025))
                .hasToString("000.00.00.H37/outgoing/QĐ QPPL/2025");
        RegisterKey a = RegisterKey.of(ORGAN, RegisterKind.INCOMING, 2025);
        assertThat(a.compareTo(a.plusYears(1))).isNegative();
        assertThat(a.compareTo(RegisterKey.of(ORGAN, RegisterKind.OUTGOING, 2025))).isNegative();
        assertThat(a.plusYears(1).year()).isEqualTo(2026);
    }

    @Test
    void refusesEveryFaultAtOnce() {
        ValidationResult r = RegisterKey.check(null, null, "a/b", 1900);
        assertThat(r.errors()).extracting(Violation::code)
                .containsExactly("EDOC-REG-020", "EDOC-REG-020", "EDOC-REG-021", "EDOC-REG-022");
        assertThat(r.errors()).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo("R-ID-3"));
        assertThatThrownBy(() -> RegisterKey.of(ORGAN, RegisterKind.INCOMING, "x".repeat(51), 2025))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(RegisterViolation.SERIES_INVALID)).isTrue());
        assertThatThrownBy(() -> RegisterKey.of(ORGAN, RegisterKind.INCOMING, "a#b", 2025))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> RegisterKey.of(ORGAN, RegisterKind.INCOMING, 10000))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> RegisterKey.at(ORGAN, RegisterKind.INCOMING, "", null))
                .isInstanceOf(EdocRuleException.class);
    }
}
