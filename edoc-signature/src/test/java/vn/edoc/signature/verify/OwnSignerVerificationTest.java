package vn.edoc.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.appearance.PersonAppearance;
import vn.edoc.signature.appearance.Placement;
import vn.edoc.signature.appearance.SealAppearance;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.signature.support.TestImages;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.TimestampReport;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;
import vn.edoc.spi.VerificationViolation;

/**
 * The product's own signer ({@link PadesSigner}, issue 9's signing part) through our verifier: the person's visible
 * signature then the organisation's seal over it (R-SIG-1, R-OUT-3) pass, B-LT passes offline from the data it
 * embeds, B-LTA's document timestamp passes, and the issued file changed after signing fails.
 */
class OwnSignerVerificationTest {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private final PadesSigner signer = PadesSigner.of(Clock.systemUTC(), PKI.timestampClient(),
            PKI.revocationSource());

    @TempDir
    Path dir;

    private PadesVerifier verifier(RevocationSource revocation) {
        return PadesVerifier.builder().trustStore(TrustStore.of(List.of(PKI.root().certificate())))
                .revocationSource(revocation).build();
    }

    private Path issued() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 2);
        Path person = dir.resolve("person.pdf");
        Path issued = dir.resolve("issued.pdf");
        signer.sign(in, person, KeyStoreSigningKey.of(PKI.person().privateKey(), PKI.person().chain()),
                SignatureParameters.of(PadesLevel.B_T).withAppearance(PersonAppearance.image(TestImages.signature(),
                        Placement.placeholder(TestPdfs.PLACEHOLDER, 150, 60))));
        signer.sign(person, issued, KeyStoreSigningKey.of(PKI.organisation().privateKey(),
                PKI.organisation().chain()), SignatureParameters.of(PadesLevel.B_T)
                .withAppearance(new SealAppearance(TestImages.seal(), 36, Optional.empty())));
        return issued;
    }

    @Test
    void thePersonThenTheOrganisationSealPass() {
        VerificationReport report = verifier(TestSigning.revocation(PKI)).verify(issued());
        assertThat(report.signatures()).hasSize(2);
        for (SignatureReport s : report.signatures()) {
            assertThat(s.indication()).as("%s %s", s.field(), s.reasons()).isEqualTo(SignatureIndication.TOTAL_PASSED);
            assertThat(s.timestamp()).get().extracting(TimestampReport::kind, TimestampReport::valid)
                    .containsExactly(TimestampReport.Kind.SIGNATURE, true);
        }
        assertThat(report.signatures().get(0).allowedUpdates()).anySatisfy(a -> assertThat(a).startsWith(
                "later signature"));
    }

    @Test
    void theIssuedDocumentChangedAfterSigningFails() throws IOException {
        byte[] tampered = AttackCorpus.update(Files.readAllBytes(issued()), doc -> {
            COSStream content = (COSStream) doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            content.removeItem(COSName.FILTER);
            try (OutputStream out = content.createOutputStream()) {
                out.write("BT /F1 14 Tf 72 760 Td (changed) Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            content.setNeedToBeUpdated(true);
        });
        VerificationReport report = verifier(TestSigning.revocation(PKI)).verify(tampered, "tampered.pdf");
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.indication()).isEqualTo(SignatureIndication.TOTAL_FAILED);
            assertThat(s.modifications()).extracting(v -> v.code())
                    .contains(VerificationViolation.PAGE_CONTENT_CHANGED.code());
        });
    }

    @Test
    void baselineLtPassesOfflineFromTheDataItCarries() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path lt = dir.resolve("lt.pdf");
        signer.sign(in, lt, KeyStoreSigningKey.of(PKI.person().privateKey(), PKI.person().chain()),
                SignatureParameters.of(PadesLevel.B_LT));
        VerificationReport offline = verifier(RevocationSource.NONE).verify(lt);
        assertThat(offline.allPassed()).as("%s", offline).isTrue();
        // and the same signature without its DSS data: the status is unknown offline
        Path bb = dir.resolve("bb.pdf");
        signer.sign(in, bb, KeyStoreSigningKey.of(PKI.person().privateKey(), PKI.person().chain()),
                SignatureParameters.of(PadesLevel.B_B));
        SignatureReport unknown = verifier(RevocationSource.NONE).verify(bb).signatures().get(0);
        assertThat(unknown.indication()).isEqualTo(SignatureIndication.INDETERMINATE);
        assertThat(unknown.reasons()).extracting(v -> v.code())
                .contains(VerificationViolation.REVOCATION_UNKNOWN.code());
    }

    @Test
    void baselineLtaDocumentTimestampPasses() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path lta = dir.resolve("lta.pdf");
        signer.sign(in, lta, KeyStoreSigningKey.of(PKI.person().privateKey(), PKI.person().chain()),
                SignatureParameters.of(PadesLevel.B_LTA));
        VerificationReport report = verifier(RevocationSource.NONE).verify(lta);
        assertThat(report.signatures()).extracting(SignatureReport::kind)
                .containsExactly(SignatureReport.Kind.SIGNATURE, SignatureReport.Kind.DOCUMENT_TIMESTAMP);
        assertThat(report.allPassed()).as("%s", report).isTrue();
        assertThat(report.signatures().get(1).timestamp()).get().extracting(TimestampReport::kind)
                .isEqualTo(TimestampReport.Kind.DOCUMENT);
    }
}
