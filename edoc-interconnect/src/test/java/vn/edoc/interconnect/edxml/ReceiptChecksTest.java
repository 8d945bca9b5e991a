package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.store.memory.MemoryContentStore;
import vn.edoc.validation.ValidationResult;

/** The receiving clerk's checks (R-IN-1) are the core rules applied to the package's document. */
class ReceiptChecksTest {

    private final ReceiptChecks checks = ReceiptChecks.of(Clock.fixed(Instant.parse("2025-03-20T03:00:00Z"),
            ZoneOffset.UTC));
    private final MemoryContentStore store = new MemoryContentStore();
    private final EdxmlPackage sample = Fixtures.sample(store);
    private final OrganCode receiver = OrganCode.parse("000.00.12.H37");

    @Test
    void aCompletePackageAddressedToTheReceiverPasses() {
        ValidationResult r = checks.check(sample, receiver);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void theCoreRulesFindWhatIsWrong() {
        EdxmlPackage bad = new EdxmlPackage(sample.header().toBuilder()
                .code("123", "QĐ UBND")
                .documentId("000.00.00.H37,2024/03/14,123/QĐ-UBND")
                .subject("")
                .other(new EdxmlHeader.OtherInfo(java.util.Optional.of(0), "", "", java.util.Optional.empty(),
                        java.util.Optional.empty(), "", "", "", java.util.List.of()))
                .promulgationDate(java.time.LocalDate.of(2025, 12, 1))
                .build(), sample.trace(), sample.attachments());
        ValidationResult r = checks.check(bad, OrganCode.parse("000.00.00.G22"));
        assertThat(r.isValid()).isFalse();
        assertThat(r.violations()).extracting(v -> v.code()).contains(
                "EDOC-DOC-001", // abstract missing (R-FMT-5)
                "EDOC-DOC-007", // page count missing (R-IN-1)
                "EDOC-DOC-005", // identifier year not the year of issue (R-ID-2)
                "EDOC-DOC-006", // date of issue in the future
                "EDOC-EDXML-114"); // not addressed to the receiver
    }

    @Test
    void aWrongOrganisationCodeIsAnErrorAtItsEdxmlPath() {
        EdxmlPackage bad = new EdxmlPackage(sample.header().toBuilder()
                .from(Organization.of("00.00.00.H37", "UBND tỉnh Lạng Sơn")).build(), sample.trace(),
                sample.attachments());
        ValidationResult r = checks.check(bad, receiver);
        assertThat(r.errors()).extracting(v -> v.path()).contains("MessageHeader/From/OrganId", "issuer");
    }

    @Test
    void aSecretStampInTheAbstractIsReportedByTheCorePolicy() {
        EdxmlPackage secret = new EdxmlPackage(sample.header().toBuilder().subject("MẬT - Về phương án bảo vệ")
                .build(), sample.trace(), sample.attachments());
        assertThat(checks.check(secret, receiver).violations()).extracting(v -> v.ruleId()).contains("R-SEC-1");
    }

    @Test
    void readerWarningsComeFirst() {
        byte[] bytes = Fixtures.write(EdxmlWriter.of(store), sample);
        EdxmlRead read = Fixtures.read(EdxmlReader.of(store), bytes);
        ValidationResult r = checks.check(read, receiver);
        assertThat(r.violations().get(0).code()).isEqualTo("EDOC-EDXML-105");
        assertThat(r.isValid()).isTrue();
    }
}
