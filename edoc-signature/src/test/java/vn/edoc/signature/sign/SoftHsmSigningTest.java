package vn.edoc.signature.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.support.DssOracle;
import vn.edoc.signature.support.PdfSig;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.signature.verify.PadesVerifier;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;
import vn.edoc.validation.EdocRuleException;

/**
 * Signing through a real PKCS#11 token: a SoftHSM2 token is made in a temporary folder, the test PKI's person key and
 * chain are put on it through SunPKCS11, and {@link PadesSigner} signs with {@link KeyStoreSigningKey#pkcs11}, the
 * private key never leaving the token; our verifier, EU DSS and pdfsig accept the result. A wrong PIN and a missing
 * alias are typed refusals.
 *
 * <p>SoftHSM2 reads its configuration from {@code SOFTHSM2_CONF}, which must be in the environment of the JVM before
 * the library initialises, so the build sets it for the tests of this module (to a file under {@code target/});
 * this test writes that file with a fresh token folder. {@code scripts/test} installs SoftHSM2 when it is missing;
 * without it this test fails, it does not skip.
 */
class SoftHsmSigningTest {

    private static final char[] PIN = "1234".toCharArray();
    private static final String SO_PIN = "12345678";
    private static final List<Path> LIBRARIES = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));

    private static final TestPki RSA = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final TestPki EC = TestPki.shared(TestPki.KeyKind.EC_P256);

    /** One SunPKCS11 configuration per token (RSA, EC). */
    private static Path rsaToken;
    private static Path ecToken;
    /** A token nobody logs in to before the wrong-PIN test: a PKCS#11 login holds for the whole process. */
    private static Path pinToken;

    @TempDir
    static Path tokens;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTokens() throws Exception {
        Path library = LIBRARIES.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new AssertionError("SoftHSM2 is not installed (apt-get install softhsm2; scripts/test installs it):"
                        + " none of " + LIBRARIES));
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf).as("SOFTHSM2_CONF must be set for this JVM (the module's surefire configuration does)")
                .isNotBlank();
        Path confFile = Path.of(conf);
        Files.createDirectories(confFile.toAbsolutePath().getParent());
        Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        // both tokens exist before the library initialises in this JVM: SoftHSM2 reads its slots once
        rsaToken = initToken(library, confFile, "edoc-rsa");
        ecToken = initToken(library, confFile, "edoc-ec");
        pinToken = initToken(library, confFile, "edoc-pin");
        putOnToken(rsaToken, RSA.person());
        putOnToken(ecToken, EC.person());
    }

    /** Initialises a token labelled {@code label}; returns its SunPKCS11 configuration. */
    private static Path initToken(Path library, Path confFile, String label) throws Exception {
        String out = softhsm(confFile, "--init-token", "--free", "--label", label, "--so-pin", SO_PIN,
                "--pin", new String(PIN));
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
        assertThat(slot.find()).as("softhsm2-util said: %s", out).isTrue();
        return Files.writeString(tokens.resolve(label + ".cfg"), "name = " + label + "\nlibrary = " + library
                + "\nslot = " + slot.group(1) + "\n");
    }

    /** Puts {@code identity}'s private key and chain on the token as token objects. */
    private static void putOnToken(Path config, TestPki.Identity identity) throws Exception {
        Provider provider = Security.getProvider("SunPKCS11").configure(config.toString());
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, PIN);
        store.setKeyEntry(identity.alias(), identity.privateKey(), null,
                identity.chain().toArray(new Certificate[0]));
        assertThat(Collections.list(store.aliases())).contains(identity.alias());
    }

    private static String softhsm(Path confFile, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add("softhsm2-util");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SOFTHSM2_CONF", confFile.toString());
        Process process = pb.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("softhsm2-util %s: %s", List.of(args), text).isZero();
        return text;
    }

    private static PadesVerifier verifier(TestPki pki) {
        return PadesVerifier.builder().trustStore(TrustStore.of(List.of(pki.root().certificate())))
                .revocationSource(pki.revocationSource()).build();
    }

    @Test
    void anRsaKeyOnTheTokenSignsBaselineTAndEveryValidatorAccepts() {
        signAndCheck(RSA, rsaToken);
    }

    @Test
    void anEcKeyOnTheTokenSignsBaselineTAndEveryValidatorAccepts() {
        signAndCheck(EC, ecToken);
    }

    private void signAndCheck(TestPki pki, Path token) {
        SigningKey key = KeyStoreSigningKey.pkcs11(token, PIN, "person");
        assertThat(key.certificate()).isEqualTo(pki.person().certificate());
        assertThat(key.chain()).hasSize(3);

        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("token-signed.pdf");
        PadesSigner.of(Clock.systemUTC(), pki.timestampClient(), pki.revocationSource())
                .sign(in, out, key, SignatureParameters.of(PadesLevel.B_T));

        VerificationReport ours = verifier(pki).verify(out);
        assertThat(ours.signatures()).singleElement().satisfies(s -> {
            assertThat(s.indication()).as("%s", s.reasons()).isEqualTo(SignatureIndication.TOTAL_PASSED);
            assertThat(s.signer()).contains("Nguyễn Văn Chiến");
        });
        assertThat(DssOracle.validate(out, pki, true)).singleElement().satisfies(v -> {
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        });
        assertThat(PdfSig.validations(out)).containsExactly("Signature is Valid.");
    }

    @Test
    void aWrongPinIsATypedRefusalNamingThePin() {
        assertThatThrownBy(() -> KeyStoreSigningKey.pkcs11(pinToken, "9999".toCharArray(), "person"))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-004");
                    assertThat(e.getMessage()).contains("wrong PIN");
                });
        // the right PIN logs in: what is refused then is the empty token, not the PIN
        assertThatThrownBy(() -> KeyStoreSigningKey.pkcs11(pinToken, PIN, null))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.getMessage())
                        .contains("holds no private key").doesNotContain("PIN"));
    }

    @Test
    void aMissingAliasIsATypedRefusal() {
        assertThatThrownBy(() -> KeyStoreSigningKey.pkcs11(rsaToken, PIN, "nobody"))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-004");
                    assertThat(e.getMessage()).contains("no private key under nobody");
                });
        // without an alias the only key of the token is taken
        assertThat(KeyStoreSigningKey.pkcs11(rsaToken, PIN, null).certificate())
                .isEqualTo(RSA.person().certificate());
    }
}
