package vn.edoc.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;
import vn.edoc.spi.VerificationViolation;

/**
 * Hostile input never escapes as an exception and never passes: random bytes, a signed PDF with random bytes
 * overwritten, a signed PDF cut short, and limits that are reached.
 */
class HostileInputProperties {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final byte[] SIGNED = new AttackCorpus(PKI).secondSignature();
    private static final long[] RANGE1 = AttackCorpus.byteRange(SIGNED, "Signature1");
    private static final long[] RANGE2 = AttackCorpus.byteRange(SIGNED, "Signature2");
    private static final PadesVerifier VERIFIER = PadesVerifier.builder()
            .trustStore(TrustStore.of(List.of(PKI.root().certificate())))
            .revocationSource(TestSigning.revocation(PKI)).build();

    @Property(tries = 40)
    void randomBytesGiveAFailedReport(@ForAll @Size(max = 4096) byte[] bytes) {
        VerificationReport r = VERIFIER.verify(bytes, "random");
        assertThat(r.allPassed()).isFalse();
    }

    @Property(tries = 40)
    void aSignedPdfWithBytesOverwrittenNeverPassesUnlessOnlyAHoleChanged(
            @ForAll("mutations") List<int[]> mutations) {
        byte[] pdf = SIGNED.clone();
        boolean firstRangeTouched = false;
        boolean anySignedByteTouched = false;
        long firstEnd = RANGE1[2] + RANGE1[3];
        for (int[] m : mutations) {
            int at = m[0] % pdf.length;
            if (pdf[at] == (byte) m[1]) {
                continue;
            }
            pdf[at] = (byte) m[1];
            firstRangeTouched |= at < firstEnd && !inHole(at, RANGE1);
            anySignedByteTouched |= !(inHole(at, RANGE1) && inHole(at, RANGE2)) && !inHole(at, RANGE2);
        }
        VerificationReport r = VERIFIER.verify(pdf, "mutated");
        if (firstRangeTouched) {
            // Signature1 signed that byte: it cannot pass (a byte after it only matters if it changes the document)
            for (SignatureReport s : r.signatures()) {
                if (s.field().equals("Signature1")) {
                    assertThat(s.indication()).as("%s", s.reasons()).isNotEqualTo(SignatureIndication.TOTAL_PASSED);
                }
            }
        }
        if (anySignedByteTouched) {
            // Signature2 covers the whole file but its own hole
            assertThat(r.allPassed()).isFalse();
        }
    }

    private static boolean inHole(int at, long[] r) {
        return at >= r[1] && at < r[2];
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        Arbitrary<int[]> one = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255)).as((a, b) -> new int[] {a, b});
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 25)
    void aSignedPdfCutShortNeverPasses(@ForAll @IntRange(min = 0, max = 1_000_000) int cut) {
        byte[] pdf = Arrays.copyOf(SIGNED, cut % SIGNED.length);
        assertThat(VERIFIER.verify(pdf, "cut").allPassed()).isFalse();
    }

    @net.jqwik.api.Example
    void aFileOverTheSizeLimitIsRefusedWithItsReason() {
        PadesVerifier small = PadesVerifier.builder().limits(VerifierLimits.defaults().withMaxFileBytes(1000))
                .build();
        VerificationReport r = small.verify(SIGNED, "big");
        assertThat(r.reasons()).extracting(v -> v.code()).containsExactly(VerificationViolation.TOO_LARGE.code());
    }

    @net.jqwik.api.Example
    void aComparisonOverTheObjectLimitIsIndeterminateNotPassed() {
        PadesVerifier small = PadesVerifier.builder()
                .trustStore(TrustStore.of(List.of(PKI.root().certificate())))
                .revocationSource(TestSigning.revocation(PKI))
                .limits(VerifierLimits.defaults().withMaxComparedObjects(5)).build();
        SignatureReport first = small.verify(SIGNED, "limited").signatures().get(0);
        assertThat(first.indication()).isEqualTo(SignatureIndication.INDETERMINATE);
        assertThat(first.reasons()).extracting(v -> v.code()).contains(VerificationViolation.LIMIT_REACHED.code());
    }

    @net.jqwik.api.Example
    void aCmsBlobOfGarbageIsAFailedReport() {
        byte[] pdf = SIGNED.clone();
        // overwrite the start of Signature1's CMS with hex digits of garbage: the hole stays one hex string
        for (int i = (int) RANGE1[1] + 1; i < RANGE1[1] + 200; i++) {
            pdf[i] = (byte) "0123456789abcdef".charAt(i % 16);
        }
        SignatureReport first = VERIFIER.verify(pdf, "garbage-cms").signatures().stream()
                .filter(s -> s.field().equals("Signature1")).findFirst().orElseThrow();
        assertThat(first.indication()).isEqualTo(SignatureIndication.TOTAL_FAILED);
        assertThat(first.reasons()).extracting(v -> v.code()).contains(VerificationViolation.CMS_UNREADABLE.code());
    }
}
