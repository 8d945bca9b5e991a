package vn.edoc.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Confidentiality;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class RegisterServiceTest {

    private static final OrganCode ORGAN = OrganCode.parse("000.00.00.H37");
    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");

    private final MemoryStores stores = MemoryStores.create();
    private final RegisterService service = stores.registerService(Clock.fixed(NOW, ZoneOffset.UTC));

    private static RegistrationRequest.Builder valid() {
        return RegistrationRequest.incoming(ORGAN)
                .documentId("000.00.00.G22,2025/00012")
                .notation("12/QĐ-TTg")
                .documentDate(LocalDate.of(2025, 3, 7))
                .type(DocumentType.QUYET_DINH)
                .summary("Về việc giao nhiệm vụ")
                .issuer("Thủ tướng Chính phủ")
                .pageCount(2)
                .actorId("vanthu.ubnd");
    }

    @Test
    void aValidRequestHasNoViolation() {
        assertThat(service.check(valid().build()).violations()).isEmpty();
        RegisterEntry e = service.register(valid().build());
        assertThat(e.number()).isEqualTo(1);
        assertThat(e.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(e.reference()).isEqualTo("000.00.00.H37/incoming/2025#1");
        assertThat(service.lastNumber(e.key())).isEqualTo(1);
    }

    @Test
    void reportsEveryFaultOfAnEmptyIncomingRequest() {
        ValidationResult r = service.check(RegistrationRequest.incoming(null).build().toBuilder()
                .urgency(null).confidentiality(null).pageCount(0).recipients(List.of()).build());
        assertThat(r.errors()).extracting(Violation::path).containsExactlyInAnyOrder("organ", "documentId",
                "notation", "summary", "type", "documentDate", "issuer", "pageCount", "urgency", "confidentiality",
                "actorId");
        assertThat(r.errors()).filteredOn(v -> v.path().equals("notation")).singleElement()
                .satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("R-IN-3");
                    assertThat(v.messageVi()).contains("Sổ văn bản đến");
                });
    }

    @Test
    void outgoingFaultsNameTheOutgoingRule() {
        RegistrationRequest out = RegistrationRequest.outgoing(ORGAN).documentId("d").documentDate(
                LocalDate.of(2025, 3, 11)).type(DocumentType.CONG_VAN).summary("V/v").actorId("vt").build();
        ValidationResult r = service.check(out);
        assertThat(r.has(RegisterViolation.OUTGOING_FIELD_MISSING)).isTrue();
        assertThat(r.has(RegisterViolation.OUTGOING_RECIPIENT_COUNT)).isTrue();
        assertThat(r.has(RegisterViolation.OUTGOING_DATE_AFTER_REGISTRATION)).isTrue();
        assertThat(r.errors()).filteredOn(v -> v.path().equals("notation")).singleElement()
                .extracting(Violation::ruleId).isEqualTo("R-OUT-3");
    }

    @Test
    void limitsAndCharacters() {
        ValidationResult r = service.check(valid().summary("x".repeat(501)).notation("12/\u0007QĐ")
                .issuer("Sở \uD800").pageCount(1000).build());
        assertThat(r.errors()).extracting(Violation::code).containsExactlyInAnyOrder(
                "EDOC-REG-003", "EDOC-REG-004", "EDOC-REG-004", "EDOC-REG-005");
        assertThat(service.check(valid().summary("x".repeat(500)).pageCount(999).build()).isValid()).isTrue();
        assertThat(service.check(valid().recipients(Arrays.asList("a", "b")).build())
                .has(RegisterViolation.INCOMING_ISSUER_COUNT)).isTrue();
        assertThat(service.check(valid().recipients(Collections.singletonList(null)).build())
                .has(RegisterViolation.INCOMING_FIELD_MISSING)).isTrue();
        assertThat(service.check(valid().documentDate(LocalDate.of(2025, 3, 11)).build())
                .has(RegisterViolation.INCOMING_DATE_AFTER_RECEIPT)).isTrue();
        assertThat(service.check(valid().series("a/b").build()).has(RegisterViolation.SERIES_INVALID)).isTrue();
        assertThat(service.check(null).isValid()).isFalse();
    }

    @Test
    void everyStateSecretLevelIsRefused() {
        for (Confidentiality c : Confidentiality.values()) {
            ValidationResult r = service.check(valid().confidentiality(c).build());
            assertThat(r.has(RegisterViolation.STATE_SECRET)).as(c.name()).isEqualTo(c.isStateSecret());
        }
        assertThatThrownBy(() -> service.register(valid().confidentiality(Confidentiality.TUYET_MAT).build()))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).messageVi()).contains("Tuyệt mật"));
        assertThat(stores.audit().size()).isZero();
    }

    @Test
    void textsAreStoredInNfcWithoutSurroundingSpaces() {
        String nfd = "Ve\u0302\u0300 vie\u0323\u0302c";
        RegisterEntry e = service.register(valid().summary("  " + nfd + " ").documentId(" d-1 ").build());
        assertThat(e.summary()).isEqualTo("Về việc");
        assertThat(e.documentId()).isEqualTo("d-1");
        assertThatThrownBy(() -> service.register(valid().documentId("d-1").build()))
                .as("the duplicate check uses the stored form").isInstanceOf(EdocRuleException.class);
    }

    @Test
    void theDigestCoversEveryField() {
        RegisterEntry e = service.register(valid().build());
        RegisterEntry other = new RegisterEntry(e.number(), e.key(), e.registeredAt(), e.documentId(), e.notation(),
                e.documentDate(), e.type(), e.summary(), e.correspondents(), e.pageCount() + 1, e.urgency(),
                e.actorId());
        assertThat(e.digest()).hasSize(64).isNotEqualTo(other.digest());
        assertThat(stores.audit().read(e.key().organ(), 1, 1).get(0).afterDigest()).isEqualTo(e.digest());
    }

    @Test
    void anExtractIsThePrintedPageOfARegister() {
        RegisterEntry a = service.register(valid().documentId("a").build());
        RegisterEntry b = service.register(valid().documentId("b").build());
        Register page = service.extract(a.key(), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
        assertThat(page.entries()).containsExactly(a, b);
        assertThat(page.firstNumber()).hasValue(1);
        assertThat(page.lastNumber()).hasValue(2);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.kind()).isEqualTo(RegisterKind.INCOMING);
        assertThat(page.titleVi()).isEqualTo("Sổ văn bản đến 000.00.00.H37 năm 2025, từ 2025-03-10 đến 2025-03-10");
        Register empty = service.extract(a.key(), LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 12));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.firstNumber()).isEmpty();
        assertThatThrownBy(() -> service.extract(a.key(), LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 11)))
                .isInstanceOf(EdocRuleException.class);
    }

    @Test
    void listingRefusesMissingArguments() {
        assertThatThrownBy(() -> service.entriesOn(null, LocalDate.of(2025, 3, 10)))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> service.entriesOn(ORGAN, RegisterKind.INCOMING, null))
                .isInstanceOf(EdocRuleException.class);
        RegisterKey key = RegisterKey.of(ORGAN, RegisterKind.INCOMING, 2025);
        assertThatThrownBy(() -> service.entriesBetween(key, null, LocalDate.of(2025, 3, 10)))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> service.lastNumber(null)).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void anEntryWithMissingPartsCannotBeMade() {
        assertThatThrownBy(() -> new RegisterEntry(0, null, null, null, null, null, null, null, null, 0, null, null))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations()).hasSizeGreaterThan(8));
    }
}
