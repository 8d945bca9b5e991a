package vn.edoc.signature.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.support.DssOracle;
import vn.edoc.signature.support.PdfSig;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.RevocationSource;
import vn.edoc.validation.EdocRuleException;

class PadesSignerTest {

    @TempDir
    Path dir;

    private static final TestPki RSA = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final TestPki EC = TestPki.shared(TestPki.KeyKind.EC_P256);

    private static PadesSigner signer(TestPki pki) {
        return PadesSigner.of(Clock.systemUTC(), pki.timestampClient(), pki.revocationSource());
    }

    private static SigningKey key(TestPki.Identity identity) {
        return KeyStoreSigningKey.of(identity.privateKey(), identity.chain());
    }

    @Test
    void baselineBIsValidForDssAndPdfsigAndFollowsPades() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        signer(RSA).sign(in, out, key(RSA.person()), SignatureParameters.of(PadesLevel.B_B));

        List<DssOracle.Verdict> verdicts = DssOracle.validate(out, RSA, true);
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        });
        assertThat(PdfSig.validations(out)).containsExactly("Signature is Valid.");

        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate()).isNotNull();
            byte[] cms = signature.getContents(Files.readAllBytes(out));
            SignerInformation info = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
            assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            // The reservation follows the CMS: little zero padding left.
            int reserved = (signature.getByteRange()[2] - signature.getByteRange()[1] - 2) / 2;
            assertThat(reserved - cms.length).isBetween(0, 2048);
        }
    }

    @Test
    void baselineTWithEcdsaAndSha384() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        signer(EC).sign(in, out, key(EC.organisation()),
                SignatureParameters.of(PadesLevel.B_T).withDigest(DigestAlgorithm.SHA384));
        assertThat(DssOracle.validate(out, EC, true)).singleElement().satisfies(v -> {
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        });
        assertThat(PdfSig.validations(out)).containsExactly("Signature is Valid.");
    }

    @Test
    void baselineLtCarriesItsValidationDataAndLtaItsDocumentTimestamp() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path lt = dir.resolve("lt.pdf");
        signer(RSA).sign(in, lt, key(RSA.person()),
                SignatureParameters.of(PadesLevel.B_LT).withDigest(DigestAlgorithm.SHA512));
        // Offline: DSS sees only what the PDF carries.
        assertThat(DssOracle.validate(lt, RSA, false)).singleElement().satisfies(v -> {
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        });
        Path lta = dir.resolve("lta.pdf");
        signer(EC).sign(in, lta, key(EC.person()), SignatureParameters.of(PadesLevel.B_LTA));
        assertThat(DssOracle.validate(lta, EC, false)).singleElement().satisfies(v -> {
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        });
        assertThat(PdfSig.validations(lta)).first().isEqualTo("Signature is Valid.");
    }

    @Test
    void ltWithoutRevocationDataIsRefusedAndLeavesNoOutput() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        PadesSigner blind = PadesSigner.of(Clock.systemUTC(), RSA.timestampClient(), RevocationSource.NONE);
        assertThatThrownBy(() -> blind.sign(in, out, key(RSA.person()), SignatureParameters.of(PadesLevel.B_LT)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-010"));
        assertThat(out).doesNotExist();
    }

    @Test
    void revokedSignerIsCaughtByTheOracle() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        signer(RSA).sign(in, out, key(RSA.identity(TestPki.Role.REVOKED)), SignatureParameters.of(PadesLevel.B_B));
        assertThat(DssOracle.validate(out, RSA, true)).singleElement()
                .satisfies(v -> assertThat(v.indication()).isNotEqualTo(Indication.TOTAL_PASSED));
    }

    @Test
    void expiredSignerIsRefused() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        assertThatThrownBy(() -> signer(RSA).sign(in, dir.resolve("out.pdf"), key(RSA.identity(TestPki.Role.EXPIRED)),
                SignatureParameters.of(PadesLevel.B_B)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-005"));
    }

    @Test
    void refusesWhatIsNotAPdf() throws Exception {
        Path in = Files.writeString(dir.resolve("in.pdf"), "%PDF-1.7 not really");
        Path out = dir.resolve("out.pdf");
        assertThatThrownBy(() -> signer(RSA).sign(in, out, key(RSA.person()), SignatureParameters.of(PadesLevel.B_B)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-001"));
        assertThat(out).doesNotExist();
        assertThat(COSName.DOCMDP).isNotNull();
    }
}
