package vn.edoc.signature.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.support.DssOracle;
import vn.edoc.signature.support.PdfSig;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.TimestampException;
import vn.edoc.validation.EdocRuleException;

/** Keys from PKCS#12 and PKCS#11, the HTTP time-stamping and revocation clients, certification (DocMDP). */
class KeysAndServicesTest {

    private static final TestPki RSA = TestPki.shared(TestPki.KeyKind.RSA_2048);

    @TempDir
    Path dir;

    @Test
    void pkcs12KeysOpenWithTheirPasswordAndAlias() {
        Path p12 = TestPki.writePkcs12(RSA.person(), dir.resolve("person.p12"), "s3cret-Pass".toCharArray());
        SigningKey key = KeyStoreSigningKey.pkcs12(p12, "s3cret-Pass".toCharArray(), null);
        assertThat(key.certificate()).isEqualTo(RSA.person().certificate());
        assertThat(key.chain()).hasSize(3);
        assertThat(KeyStoreSigningKey.pkcs12(p12, "s3cret-Pass".toCharArray(), "person").certificate())
                .isEqualTo(RSA.person().certificate());
        assertThatThrownBy(() -> KeyStoreSigningKey.pkcs12(p12, "wrong".toCharArray(), null))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-004"));
        assertThatThrownBy(() -> KeyStoreSigningKey.pkcs12(p12, "s3cret-Pass".toCharArray(), "nobody"))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-004"));
    }

    @Test
    void pkcs11WithoutConfigurationOrLibraryFailsWithATypedError() throws Exception {
        // a missing configuration file and a missing library are clear refusals (SoftHsmSigningTest signs on a token)
        assertThatThrownBy(() -> KeyStoreSigningKey.pkcs11(dir.resolve("none.cfg"), "1234".toCharArray(), null))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.getMessage())
                        .contains("EDOC-SIG-004").contains("no PKCS#11 configuration"));
        Path config = Files.writeString(dir.resolve("token.cfg"),
                "name = edoc-test\nlibrary = " + dir.resolve("no-such-libpkcs11.so") + "\n");
        assertThatThrownBy(() -> KeyStoreSigningKey.pkcs11(config, "1234".toCharArray(), null))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-004"));
    }

    @Test
    void httpTimestampAndOnlineRevocationMakeABaselineLt() throws Exception {
        try (TestPki pki = TestPki.builder().serveOverHttp().build()) {
            Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
            Path out = dir.resolve("out.pdf");
            PadesSigner signer = PadesSigner.of(Clock.systemUTC(), HttpTimestampClient.of(pki.tsaUrl()),
                    OnlineRevocationSource.create());
            signer.sign(in, out, KeyStoreSigningKey.of(pki.person().privateKey(), pki.person().chain()),
                    SignatureParameters.of(PadesLevel.B_LT));
            assertThat(pki.timestampRequests()).isEqualTo(1);
            assertThat(pki.ocspRequests()).isGreaterThanOrEqualTo(2); // the person and the TSA
            assertThat(DssOracle.validate(out, pki, false)).singleElement().satisfies(v -> {
                assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
                assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
            });
        }
    }

    @Test
    void unreachableOrWrongTimestampAuthorityIsATypedError() {
        HttpTimestampClient nowhere = HttpTimestampClient.of(URI.create("http://127.0.0.1:9/tsa"),
                java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> nowhere.timestamp(new byte[32], "SHA-256")).isInstanceOf(TimestampException.class);
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        PadesSigner signer = PadesSigner.of(Clock.systemUTC(), nowhere, RSA.revocationSource());
        assertThatThrownBy(() -> signer.sign(in, dir.resolve("out.pdf"),
                KeyStoreSigningKey.of(RSA.person().privateKey(), RSA.person().chain()),
                SignatureParameters.of(PadesLevel.B_T)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-009"));
        assertThat(dir.resolve("out.pdf")).doesNotExist();
        assertThatThrownBy(() -> PadesSigner.of(Clock.systemUTC(), null, RSA.revocationSource()).sign(in,
                dir.resolve("out.pdf"), KeyStoreSigningKey.of(RSA.person().privateKey(), RSA.person().chain()),
                SignatureParameters.of(PadesLevel.B_T))).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void certificationAllowsLaterSignaturesWithP2AndForbidsThemWithP1() throws Exception {
        PadesSigner signer = PadesSigner.of(Clock.systemUTC(), RSA.timestampClient(), RSA.revocationSource());
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        SigningKey person = KeyStoreSigningKey.of(RSA.person().privateKey(), RSA.person().chain());
        SigningKey organisation = KeyStoreSigningKey.of(RSA.organisation().privateKey(),
                RSA.organisation().chain());

        Path certified = dir.resolve("certified.pdf");
        signer.sign(in, certified, person, SignatureParameters.of(PadesLevel.B_B).withCertification(2));
        try (PDDocument document = Loader.loadPDF(certified.toFile())) {
            assertThat(PadesSigner.docMdpPermission(document)).isEqualTo(2);
        }
        Path both = dir.resolve("both.pdf");
        signer.sign(certified, both, organisation, SignatureParameters.of(PadesLevel.B_B));
        assertThat(DssOracle.validate(both, RSA, true)).hasSize(2).allSatisfy(v ->
                assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED));
        assertThat(PdfSig.validations(both)).containsExactly("Signature is Valid.", "Signature is Valid.");
        // A certification must be first.
        assertThatThrownBy(() -> signer.sign(both, dir.resolve("x.pdf"), person,
                SignatureParameters.of(PadesLevel.B_B).withCertification(2)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-015"));

        // P=1 forbids further signatures, not the validation data and archive time stamp of B-LTA.
        Path locked = dir.resolve("locked.pdf");
        signer.sign(in, locked, person, SignatureParameters.of(PadesLevel.B_LTA).withCertification(1));
        assertThat(DssOracle.validate(locked, RSA, false)).singleElement().satisfies(v -> {
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        });
        assertThatThrownBy(() -> signer.sign(locked, dir.resolve("y.pdf"), organisation,
                SignatureParameters.of(PadesLevel.B_B)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-003"));
    }
}
