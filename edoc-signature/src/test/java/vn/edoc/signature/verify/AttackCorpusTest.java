package vn.edoc.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;
import vn.edoc.spi.VerificationViolation;

/**
 * The attack corpus, our verdict and EU DSS's side by side (see docs/signature-verification.md for the table).
 * Each row builds a signed PDF, tampers with it (or adds an allowed update), and asserts both the verdict of our
 * verifier on the first signature ("Signature1") with the finding that explains it, and the verdict of EU DSS 6.4
 * with its default policy on the same file, trust anchor and revocation data. Where the two differ, the row says
 * why. A file that an attack produces and that our verifier passes fails this test.
 *
 * <p>Why DSS passes most tampered files: DSS 6.4 does detect modifications after signing (its diagnostic data lists
 * them), but its default validation policy turns object, annotation and visual differences into warnings or
 * information only; it fails a signature only for a broken digest or signature, a malformed byte range, or a
 * changed page count. Our verifier is meant to answer the clerk's question "does the document still say what was
 * signed?" (R-IN-1, R-LEGAL-1), so every change of what the document shows fails.
 */
class AttackCorpusTest {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final AttackCorpus CORPUS = new AttackCorpus(PKI);

    /**
     * One row of the table.
     *
     * @param name    the case
     * @param build   builds the file
     * @param ours    our indication for Signature1
     * @param finding the code that explains it (null when passed)
     * @param dss     DSS's verdict for Signature1
     * @param why     why the two differ, or what is checked
     */
    record Row(String name, Function<AttackCorpus, byte[]> build, SignatureIndication ours,
               VerificationViolation finding, String dss, String why) {
    }

    static final List<Row> ROWS = List.of(
            new Row("untampered", AttackCorpus::plainSigned, SignatureIndication.TOTAL_PASSED, null,
                    "TOTAL_PASSED", "same"),
            new Row("second signature (organisation after person)", AttackCorpus::secondSignature,
                    SignatureIndication.TOTAL_PASSED, null, "TOTAL_PASSED", "same: a later signature is allowed"),
            new Row("visible seal over the signer's visible signature (R-SIG-1)",
                    AttackCorpus::visibleSignaturesOverlapping, SignatureIndication.TOTAL_PASSED, null,
                    "TOTAL_PASSED", "same: the translucent seal erases no ink"),
            new Row("DSS dictionary added (B-LT)", AttackCorpus::withDss, SignatureIndication.TOTAL_PASSED, null,
                    "TOTAL_PASSED", "same: validation data is allowed"),
            new Row("document timestamp added (B-LTA)", AttackCorpus::documentTimestamp,
                    SignatureIndication.TOTAL_PASSED, null, "TOTAL_PASSED", "same"),
            new Row("form filled after an approval signature", c -> c.formFilled(c.signed(
                    TestSigning.document(1, true))), SignatureIndication.TOTAL_PASSED, null, "TOTAL_PASSED",
                    "same: no DocMDP nor FieldMDP lock forbids it"),
            new Row("signed byte edited", AttackCorpus::byteEdited, SignatureIndication.TOTAL_FAILED,
                    VerificationViolation.DIGEST_MISMATCH, "TOTAL_FAILED/HASH_FAILURE", "same"),
            new Row("signature value flipped", AttackCorpus::cmsFlipped, SignatureIndication.TOTAL_FAILED,
                    VerificationViolation.SIGNATURE_INVALID, "TOTAL_FAILED/SIG_CRYPTO_FAILURE", "same"),
            new Row("page added", AttackCorpus::pageAdded, SignatureIndication.TOTAL_FAILED,
                    VerificationViolation.PAGES_ADDED_OR_REMOVED, "TOTAL_FAILED/FORMAT_FAILURE", "same"),
            new Row("page removed", AttackCorpus::pageRemoved, SignatureIndication.TOTAL_FAILED,
                    VerificationViolation.PAGES_ADDED_OR_REMOVED, "TOTAL_FAILED/FORMAT_FAILURE", "same"),
            new Row("page content stream redefined", AttackCorpus::contentReplaced,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.PAGE_CONTENT_CHANGED, "TOTAL_PASSED",
                    "DSS sees the modification but its default policy only warns"),
            new Row("annotation drawn over the text", AttackCorpus::annotationOverContent,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.ANNOTATION_ADDED, "TOTAL_PASSED",
                    "DSS's annotation-overlap and visual-difference checks only warn by default"),
            new Row("shadow hide (cover object emptied)", AttackCorpus::shadowHide, SignatureIndication.TOTAL_FAILED,
                    VerificationViolation.PAGE_RESOURCES_CHANGED, "TOTAL_PASSED",
                    "DSS's object-modification findings only inform by default"),
            new Row("shadow replace (font redefined)", AttackCorpus::shadowReplaceFont,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.PAGE_RESOURCES_CHANGED, "TOTAL_PASSED",
                    "as above"),
            new Row("shadow hide-and-replace (page shows a signed but unused stream)",
                    AttackCorpus::shadowHideAndReplace, SignatureIndication.TOTAL_FAILED,
                    VerificationViolation.PAGE_CONTENT_CHANGED, "TOTAL_PASSED", "as above"),
            new Row("incremental saving attack: new catalog and page tree", AttackCorpus::newCatalog,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.PAGE_CONTENT_CHANGED, "TOTAL_PASSED",
                    "as above (the page count is unchanged, so DSS's one failing check does not fire)"),
            new Row("incremental saving attack: objects appended without xref", AttackCorpus::appendedWithoutXref,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.UPDATE_MALFORMED, "TOTAL_PASSED",
                    "DSS (PDFBox) ignores the unreferenced bytes; a brute-force viewer may show them"),
            new Row("bytes after the last %%EOF", AttackCorpus::trailingGarbage, SignatureIndication.TOTAL_FAILED,
                    VerificationViolation.UPDATE_MALFORMED, "TOTAL_PASSED", "as above"),
            new Row("signature wrapping (byte range moved, objects in the hole)", AttackCorpus::signatureWrapping,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.BYTE_RANGE_INVALID,
                    "TOTAL_FAILED/FORMAT_FAILURE", "same"),
            new Row("spoofed signature appearance", AttackCorpus::spoofedAppearance, SignatureIndication.TOTAL_FAILED,
                    VerificationViolation.SIGNATURE_APPEARANCE_CHANGED, "TOTAL_PASSED",
                    "DSS does not compare a signed widget's appearance stream"),
            new Row("sneaky signature: later signature hides text", AttackCorpus::sneakySignature,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.CONTENT_HIDDEN, "TOTAL_PASSED",
                    "a later signature is allowed to DSS wherever it is drawn"),
            new Row("certified P=1, then another signature", AttackCorpus::certifiedNoChangesThenSigned,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.CERTIFIED_NO_CHANGES, "TOTAL_PASSED",
                    "DSS's DocMDP check only warns by default"),
            new Row("certified P=1, then form filled", AttackCorpus::certifiedNoChangesThenFilled,
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.CERTIFIED_NO_CHANGES, "TOTAL_PASSED",
                    "as above"),
            new Row("revoked signer, no timestamp", c -> c.signedBy(PKI.identity(TestPki.Role.REVOKED)),
                    SignatureIndication.TOTAL_FAILED, VerificationViolation.CERTIFICATE_REVOKED,
                    "INDETERMINATE/REVOKED_NO_POE",
                    "without a timestamp nothing proves the signature predates the revocation: DSS leaves it open,"
                            + " we refuse it (the clerk cannot accept it either way)"),
            new Row("expired signer", c -> c.signedBy(PKI.identity(TestPki.Role.EXPIRED)),
                    SignatureIndication.INDETERMINATE, VerificationViolation.CHAIN_NOT_TRUSTED,
                    "INDETERMINATE/CERTIFICATE_CHAIN_GENERAL_FAILURE", "same"),
            new Row("signer of an unknown CA", c -> TestSigning.sign(TestSigning.document(1, false),
                    TestPki.shared(TestPki.KeyKind.EC_P256), TestPki.shared(TestPki.KeyKind.EC_P256).person(),
                    TestSigning.Options.plain("Signature1")), SignatureIndication.INDETERMINATE,
                    VerificationViolation.CHAIN_NOT_TRUSTED, "INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND", "same"),
            new Row("signature timestamp (B-T)", c -> TestSigning.sign(TestSigning.document(1, false), PKI,
                    PKI.person(), TestSigning.Options.plain("Signature1").timestamped()),
                    SignatureIndication.TOTAL_PASSED, null, "TOTAL_PASSED", "same"));

    @TestFactory
    Stream<DynamicTest> everyAttackIsFlaggedAndEveryAllowedUpdatePasses() {
        PadesVerifier ours = PadesVerifier.builder()
                .trustStore(TrustStore.of(List.of(PKI.root().certificate())))
                .revocationSource(TestSigning.revocation(PKI)).build();
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            byte[] pdf = row.build().apply(CORPUS);
            VerificationReport report = ours.verify(pdf, row.name());
            SignatureReport first = report.signatures().stream().filter(s -> s.field().equals("Signature1"))
                    .findFirst().orElseThrow();
            assertThat(first.indication()).as("our verdict on %s: %s", row.name(), first.reasons())
                    .isEqualTo(row.ours());
            if (row.finding() == null) {
                assertThat(first.reasons()).isEmpty();
                assertThat(first.modifiedAfterSigning()).isFalse();
                assertThat(report.allPassed()).as("every signature of %s", row.name()).isTrue();
            } else {
                assertThat(first.reasons()).as("findings of %s", row.name())
                        .anySatisfy(v -> assertThat(v.code()).isEqualTo(row.finding().code()));
            }
            if (row.finding() != null && row.finding().ruleId().equals("R-LEGAL-1")) {
                assertThat(first.modifiedAfterSigning()).isTrue();
                assertThat(first.coversWholeDocument()).isFalse();
            }
            Map<String, DssOracle.Verdict> dss = DssOracle.validate(pdf, PKI);
            assertThat(String.valueOf(dss.get("Signature1"))).as("DSS on %s (%s)", row.name(), row.why())
                    .isEqualTo(row.dss());
        }));
    }
}
