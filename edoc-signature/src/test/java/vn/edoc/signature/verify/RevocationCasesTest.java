package vn.edoc.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.RevocationData;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationViolation;

/**
 * Revocation done properly ({@link RevocationPolicy}): freshness against the proven signing time, the OCSP
 * responder's authorisation, revocation before and after signing with the timestamp as proof of existence, the
 * timestamping authority's own revocation, and B-LT data used before the {@link RevocationSource}. The signature was
 * made (and timestamped) a day ago, at {@code T0}; each case hands our verifier and EU DSS the same revocation
 * information and sets DSS's verdict beside ours. The table is in {@code docs/signature-verification.md}.
 */
class RevocationCasesTest {

    private static final Instant T0 = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    private static final TestPki PKI = TestPki.builder().reference(T0).clock(Clock.fixed(T0, ZoneOffset.UTC))
            .build();
    private static final RevocationFactory MAKE = new RevocationFactory(PKI);
    private static final X509Certificate PERSON = PKI.person().certificate();
    private static final X509Certificate TSA = PKI.identity(TestPki.Role.TSA).certificate();
    private static final TestPki.Identity RESPONDER = PKI.identity(TestPki.Role.OCSP);
    private static final byte[] B_T = sign(PadesLevel.B_T, RevocationSource.NONE);
    private static final byte[] B_B = sign(PadesLevel.B_B, RevocationSource.NONE);

    @TempDir
    Path dir;

    private static byte[] sign(PadesLevel level, RevocationSource source) {
        try {
            Path d = Files.createTempDirectory("edoc-revocation");
            Path in = TestPdfs.document(d.resolve("in.pdf"), 1);
            Path out = d.resolve("out.pdf");
            PadesSigner.of(Clock.fixed(T0, ZoneOffset.UTC), PKI.timestampClient(), source).sign(in, out,
                    KeyStoreSigningKey.of(PKI.person().privateKey(), PKI.person().chain()),
                    SignatureParameters.of(level));
            byte[] bytes = Files.readAllBytes(out);
            Files.delete(in);
            Files.delete(out);
            Files.delete(d);
            return bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------- the data

    private static byte[] rootCrl() {
        return MAKE.crl(PKI.root(), T0.minus(Duration.ofMinutes(1)), T0.plus(Duration.ofDays(7)), Map.of());
    }

    /** A good answer from the delegated responder, produced an hour after the signing. */
    private static byte[] good(X509Certificate cert) {
        return MAKE.ocsp(cert, RESPONDER, T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(1)),
                T0.plus(Duration.ofDays(8)), null);
    }

    private static byte[] revoked(X509Certificate cert, Instant at) {
        return MAKE.ocsp(cert, RESPONDER, T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(1)),
                T0.plus(Duration.ofDays(8)), at);
    }

    private static RevocationData ocsps(byte[] person, byte[] tsa) {
        return new RevocationData(List.of(rootCrl()), List.of(person, tsa));
    }

    /**
     * One case.
     *
     * @param name    what it is
     * @param pdf     the signed file (B-T unless said)
     * @param data    the revocation information both verifiers get
     * @param ours    our indication
     * @param finding the code explaining ours (null when passed)
     * @param dss     DSS's indication (and sub-indication)
     */
    record Case(String name, byte[] pdf, RevocationData data, SignatureIndication ours, VerificationViolation finding,
                String dss) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        Instant now = Instant.now();
        return Stream.of(
                new Case("good OCSP from the delegated responder, produced after signing", B_T,
                        ocsps(good(PERSON), good(TSA)), SignatureIndication.TOTAL_PASSED, null, "TOTAL_PASSED"),
                new Case("good OCSP signed by the issuing CA itself", B_T,
                        ocsps(MAKE.ocsp(PERSON, PKI.intermediate(), T0.plus(Duration.ofHours(1)),
                                T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofDays(8)), null), good(TSA)),
                        SignatureIndication.TOTAL_PASSED, null, "TOTAL_PASSED"),
                new Case("OCSP signed by an unauthorised responder (the TSA's key, no id-kp-OCSPSigning)", B_T,
                        ocsps(MAKE.ocsp(PERSON, PKI.identity(TestPki.Role.TSA), T0.plus(Duration.ofHours(1)),
                                T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofDays(8)), null), good(TSA)),
                        SignatureIndication.INDETERMINATE, VerificationViolation.REVOCATION_UNKNOWN, "TOTAL_PASSED"),
                new Case("good OCSP produced two days before signing, still within its nextUpdate", B_T,
                        ocsps(MAKE.ocsp(PERSON, RESPONDER, T0.minus(Duration.ofDays(2)),
                                T0.minus(Duration.ofDays(2)), T0.plus(Duration.ofDays(5)), null), good(TSA)),
                        SignatureIndication.INDETERMINATE, VerificationViolation.REVOCATION_NOT_FRESH, "TOTAL_PASSED"),
                new Case("stale CRL: issued three days before signing, expired a day before", B_T,
                        new RevocationData(List.of(rootCrl(), MAKE.crl(PKI.intermediate(),
                                T0.minus(Duration.ofDays(3)), T0.minus(Duration.ofDays(1)), Map.of())),
                                List.of(good(TSA))),
                        SignatureIndication.INDETERMINATE, VerificationViolation.REVOCATION_NOT_FRESH, "TOTAL_PASSED"),
                new Case("signer revoked an hour before signing", B_T,
                        ocsps(revoked(PERSON, T0.minus(Duration.ofHours(1))), good(TSA)),
                        SignatureIndication.TOTAL_FAILED, VerificationViolation.CERTIFICATE_REVOKED, "INDETERMINATE/REVOKED_NO_POE"),
                new Case("signer revoked (CRL) half an hour after the timestamped signing", B_T,
                        new RevocationData(List.of(rootCrl(), MAKE.crl(PKI.intermediate(),
                                T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofDays(8)),
                                Map.of(PERSON, T0.plus(Duration.ofMinutes(30))))), List.of(good(TSA))),
                        SignatureIndication.TOTAL_PASSED, null, "TOTAL_PASSED"),
                new Case("signer revoked after signing, no timestamp (B-B)", B_B,
                        ocsps(revoked(PERSON, T0.plus(Duration.ofMinutes(30))), good(TSA)),
                        SignatureIndication.TOTAL_FAILED, VerificationViolation.CERTIFICATE_REVOKED, "INDETERMINATE/REVOKED_NO_POE"),
                new Case("TSA certificate revoked before its token", B_T,
                        ocsps(good(PERSON), revoked(TSA, T0.minus(Duration.ofHours(1)))),
                        SignatureIndication.INDETERMINATE, VerificationViolation.TIMESTAMP_INVALID, "TOTAL_PASSED"),
                new Case("TSA certificate revoked after its token", B_T,
                        ocsps(good(PERSON), revoked(TSA, T0.plus(Duration.ofMinutes(30)))),
                        SignatureIndication.INDETERMINATE, VerificationViolation.TIMESTAMP_INVALID, "TOTAL_PASSED"),
                new Case("OCSP dated a day after the verification time", B_T,
                        ocsps(MAKE.ocsp(PERSON, RESPONDER, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)),
                                now.plus(Duration.ofDays(8)), null), good(TSA)),
                        SignatureIndication.INDETERMINATE, VerificationViolation.REVOCATION_UNKNOWN, "TOTAL_PASSED"))
                .map(Arguments::of);
    }

    private static PadesVerifier verifier(RevocationSource source) {
        return PadesVerifier.builder().trustStore(TrustStore.of(List.of(PKI.root().certificate())))
                .revocationSource(source).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oursAndDssOnTheSameRevocationData(Case c) {
        SignatureReport s = verifier((cert, issuer) -> c.data()).verify(c.pdf(), c.name()).signatures().get(0);
        assertThat(s.indication()).as("%s: %s", c.name(), s.reasons()).isEqualTo(c.ours());
        if (c.finding() != null) {
            assertThat(s.reasons()).extracting(v -> v.code()).as(c.name()).contains(c.finding().code());
        }
        DssOracle.Verdict dss = DssOracle.validate(c.pdf(), PKI, c.data(), null).values().iterator().next();
        assertThat(dss.toString()).as("DSS on %s", c.name()).isEqualTo(c.dss());
    }

    // ------------------------------------------------------------------------------------------- B-LT

    /** Counts what the verifier asks the source, answering fresh good information. */
    private static final class Counting implements RevocationSource {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public RevocationData fetch(X509Certificate certificate, X509Certificate issuer) {
            asked.incrementAndGet();
            return ocsps(good(certificate), good(TSA));
        }
    }

    @Test
    void baselineLtDataIsUsedFirstAndTheSourceOnlyWhenItIsNotFreshEnough() {
        Counting fresh = new Counting();
        // embedded at signing: good answers produced an hour after T0, covering the proven time
        byte[] lt = sign(PadesLevel.B_LT, (cert, issuer) -> ocsps(good(cert), good(TSA)));
        SignatureReport s = verifier(fresh).verify(lt, "lt.pdf").signatures().get(0);
        assertThat(s.indication()).as("%s", s.reasons()).isEqualTo(SignatureIndication.TOTAL_PASSED);
        assertThat(fresh.asked).hasValue(0);

        // embedded at signing: answers produced two days before T0; the verifier then asks the source
        byte[] stale = sign(PadesLevel.B_LT, (cert, issuer) -> ocsps(MAKE.ocsp(cert, RESPONDER,
                T0.minus(Duration.ofDays(2)), T0.minus(Duration.ofDays(2)), T0.plus(Duration.ofDays(5)), null),
                MAKE.ocsp(TSA, RESPONDER, T0.minus(Duration.ofDays(2)), T0.minus(Duration.ofDays(2)),
                        T0.plus(Duration.ofDays(5)), null)));
        SignatureReport offline = verifier(RevocationSource.NONE).verify(stale, "stale.pdf").signatures().get(0);
        assertThat(offline.indication()).isEqualTo(SignatureIndication.INDETERMINATE);
        // the TSA's answer predates its token, so the token proves nothing; the signer's own answer is still
        // current now, which is all that can be asked without proof of time
        assertThat(offline.reasons()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(VerificationViolation.TIMESTAMP_INVALID.code());
            assertThat(v.messageEn()).contains(VerificationViolation.REVOCATION_NOT_FRESH.code());
        });
        SignatureReport online = verifier(fresh).verify(stale, "stale.pdf").signatures().get(0);
        assertThat(online.indication()).as("%s", online.reasons()).isEqualTo(SignatureIndication.TOTAL_PASSED);
        assertThat(fresh.asked.get()).isPositive();

        // and a revocation in the embedded data wins over a good answer from the source
        byte[] revokedInside = sign(PadesLevel.B_LT, (cert, issuer) -> ocsps(cert.equals(PERSON)
                ? revoked(cert, T0.minus(Duration.ofHours(1))) : good(cert), good(TSA)));
        SignatureReport r = verifier(fresh).verify(revokedInside, "revoked.pdf").signatures().get(0);
        assertThat(r.indication()).isEqualTo(SignatureIndication.TOTAL_FAILED);
        assertThat(r.reasons()).extracting(v -> v.code()).contains(VerificationViolation.CERTIFICATE_REVOKED.code());
    }

    @Test
    void theStrictPolicyRefusesAnAnswerIssuedEvenAMinuteBeforeTheProvenTime() {
        RevocationData minuteBefore = ocsps(MAKE.ocsp(PERSON, RESPONDER, T0.minus(Duration.ofMinutes(1)),
                T0.minus(Duration.ofMinutes(1)), T0.plus(Duration.ofDays(1)), null), good(TSA));
        SignatureReport lenient = verifier((c, i) -> minuteBefore).verify(B_T, "t.pdf").signatures().get(0);
        assertThat(lenient.indication()).as("%s", lenient.reasons()).isEqualTo(SignatureIndication.TOTAL_PASSED);
        SignatureReport strict = PadesVerifier.builder().trustStore(TrustStore.of(List.of(PKI.root().certificate())))
                .revocationSource((c, i) -> minuteBefore).revocationPolicy(RevocationPolicy.strict()).build()
                .verify(B_T, "t.pdf").signatures().get(0);
        assertThat(strict.indication()).isEqualTo(SignatureIndication.INDETERMINATE);
        assertThat(strict.reasons()).extracting(v -> v.code())
                .contains(VerificationViolation.REVOCATION_NOT_FRESH.code());
    }
}
