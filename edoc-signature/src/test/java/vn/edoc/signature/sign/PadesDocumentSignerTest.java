package vn.edoc.signature.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.document.Signer;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.OrganCode;
import vn.edoc.signature.appearance.Placement;
import vn.edoc.signature.appearance.TextAppearance;
import vn.edoc.signature.support.DssOracle;
import vn.edoc.signature.support.TestImages;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.SigningRequest;
import vn.edoc.store.memory.MemoryContentStore;
import vn.edoc.validation.EdocRuleException;

/** The DocumentSigner SPI: the person at approval, the organisation at issue, through the content store. */
class PadesDocumentSignerTest {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final OrganCode UBND = OrganCode.parse("000.00.00.H37");
    private static final Signer CHAIRMAN = new Signer(SigningCompetence.NONE, "Chủ tịch", "Nguyễn Văn Chiến");

    @TempDir
    Path dir;

    private PadesDocumentSigner documentSigner() {
        PadesSigner signer = PadesSigner.of(Clock.systemUTC(), PKI.timestampClient(), PKI.revocationSource());
        RegulationAppearances appearances = new RegulationAppearances(s -> Optional.of(TestImages.signature()),
                o -> Optional.of(TestImages.seal()), o -> "UBND tỉnh Lạng Sơn",
                Placement.placeholder(TestPdfs.PLACEHOLDER, 150, 60), TextAppearance.CopyForm.SAO_Y);
        return new PadesDocumentSigner(signer, request -> {
            TestPki.Identity who = request.role() == SignatureRole.PERSON ? PKI.person() : PKI.organisation();
            return KeyStoreSigningKey.of(who.privateKey(), who.chain());
        }, appearances, SignatureParameters.of(PadesLevel.B_T));
    }

    @Test
    void personThenOrganisationThroughTheContentStore() throws Exception {
        MemoryContentStore store = new MemoryContentStore();
        ContentRef draft;
        try (InputStream in = Files.newInputStream(TestPdfs.document(dir.resolve("in.pdf"), 1))) {
            draft = store.put(in);
        }
        Instant approval = Instant.now().minusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ContentRef approved = documentSigner().sign(new SigningRequest(draft, SignatureRole.PERSON, UBND, CHAIRMAN,
                Optional.empty(), approval), store);
        ContentRef issued = documentSigner().sign(new SigningRequest(approved, SignatureRole.ORGANISATION, UBND,
                CHAIRMAN, Optional.of("12/QĐ-UBND"), approval.plusSeconds(3600)), store);

        assertThat(approved).isNotEqualTo(draft);
        assertThat(issued).isNotEqualTo(approved);
        assertThat(store.exists(draft)).isTrue();
        Path file = dir.resolve("issued.pdf");
        try (InputStream in = store.open(issued)) {
            Files.copy(in, file);
        }
        assertThat(DssOracle.validate(file, PKI, true)).hasSize(2).allSatisfy(v ->
                assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED));
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            // The signing time is the request's (/M).
            assertThat(document.getSignatureDictionaries().get(0).getSignDate().toInstant()).isEqualTo(approval);
        }
    }

    @Test
    void attachmentWithoutNotationIsRefusedAndStoresNothing() throws Exception {
        MemoryContentStore store = new MemoryContentStore();
        ContentRef draft;
        try (InputStream in = Files.newInputStream(TestPdfs.document(dir.resolve("in.pdf"), 1))) {
            draft = store.put(in);
        }
        assertThatThrownBy(() -> documentSigner().sign(new SigningRequest(draft, SignatureRole.ATTACHMENT, UBND,
                CHAIRMAN, Optional.empty(), Instant.now()), store))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-014"));
        ContentRef notPdf = store.put(new java.io.ByteArrayInputStream("hello".getBytes()));
        assertThatThrownBy(() -> documentSigner().sign(new SigningRequest(notPdf, SignatureRole.PERSON, UBND,
                CHAIRMAN, Optional.empty(), Instant.now()), store))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-001"));
        // A signing time outside the certificate's validity is refused before anything is written.
        assertThatThrownBy(() -> documentSigner().sign(new SigningRequest(draft, SignatureRole.PERSON, UBND,
                CHAIRMAN, Optional.empty(), Instant.parse("2001-01-01T00:00:00Z")), store))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-005"));
    }
}
