package vn.edoc.signature.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.RevocationData;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.SignatureVerifier;
import vn.edoc.spi.TimestampReport;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;
import vn.edoc.spi.VerificationViolation;
import vn.edoc.validation.Severity;
import vn.edoc.validation.Violation;

/**
 * The PAdES signature verifier (bộ kiểm tra chữ ký số PDF), the {@link SignatureVerifier} of edoc-signature. For
 * each signature and document timestamp of a PDF it checks, in this order:
 * <ol>
 *   <li>the byte range: four integers, starting at 0, leaving out exactly the {@code /Contents} hex string of this
 *       signature dictionary and nothing else, ending at the end of a revision (which defeats signature
 *       wrapping, where the hole holds other bytes or the range ends inside an update);</li>
 *   <li>the CMS: one signer, the digest of the signed bytes against the message digest ({@code intact}), the
 *       signature with the signer's key ({@code cryptoValid}), the signing-certificate attribute, and the
 *       signature timestamp;</li>
 *   <li>what was appended after the signed revision: the update chain's structure (incremental saving attacks),
 *       then the object graphs of the signed and final revisions compared part by part, then the pages where
 *       anything differs rendered and compared ({@link ChangeAnalyzer}, {@link PageRenderCompare}); later
 *       signatures, DSS data, document timestamps and form filling that DocMDP/FieldMDP permit are allowed;</li>
 *   <li>trust: the chain to the {@link TrustStore} at the timestamp's time (else now), key usage, revocation from
 *       the PDF's DSS and CMS data, then the {@link RevocationSource}.</li>
 * </ol>
 * Nothing a file contains makes it throw: every failure becomes a reason in the report, and {@link VerifierLimits}
 * bound the work. Large files are read through a small buffer (a 200 MB PDF verifies with a 256 MB heap). Safe for
 * concurrent use; build it with {@link #builder()}.
 */
public final class PadesVerifier implements SignatureVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(PadesVerifier.class);
    /** One provider instance for the whole library, never registered in the JVM (no global state). */
    private static final Provider BC = new BouncyCastleProvider();
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName OCSPS = COSName.getPDFName("OCSPs");
    private static final COSName LOCK = COSName.getPDFName("Lock");
    private static final COSName FIELD_MDP = COSName.getPDFName("FieldMDP");

    private final ContentStore store;
    private final TrustStore trust;
    private final RevocationSource revocation;
    private final Clock clock;
    private final VerifierLimits limits;
    private final RevocationPolicy revocationPolicy;

    private PadesVerifier(Builder b) {
        this.store = b.store;
        this.trust = b.trust;
        this.revocation = b.revocation;
        this.clock = b.clock;
        this.limits = b.limits;
        this.revocationPolicy = b.revocationPolicy;
    }

    /** A builder: no trust anchors, no revocation source, the system clock and the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link PadesVerifier}. */
    public static final class Builder {
        private ContentStore store;
        private TrustStore trust = TrustStore.empty();
        private RevocationSource revocation = RevocationSource.NONE;
        private Clock clock = Clock.systemUTC();
        private VerifierLimits limits = VerifierLimits.defaults();
        private RevocationPolicy revocationPolicy = RevocationPolicy.defaults();

        private Builder() {
        }

        /** Where {@link #verify(ContentRef)} reads the PDFs. */
        public Builder contentStore(ContentStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The trust anchors. */
        public Builder trustStore(TrustStore trust) {
            this.trust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /** Where revocation data comes from when the PDF does not carry it. */
        public Builder revocationSource(RevocationSource revocation) {
            this.revocation = Objects.requireNonNull(revocation, "revocation");
            return this;
        }

        /** The clock giving the verification time. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How fresh revocation information must be (default {@link RevocationPolicy#defaults()}). */
        public Builder revocationPolicy(RevocationPolicy policy) {
            this.revocationPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The limits. */
        public Builder limits(VerifierLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The verifier. */
        public PadesVerifier build() {
            return new PadesVerifier(this);
        }
    }

    /**
     * Verifies the PDF stored under {@code document} in the content store. Content up to
     * {@link VerifierLimits#inMemoryBytes()} is read into memory, larger content into a temporary file deleted
     * afterwards.
     *
     * @throws IllegalStateException when the verifier was built without a content store
     */
    @Override
    public VerificationReport verify(ContentRef document) {
        Objects.requireNonNull(document, "document");
        if (store == null) {
            throw new IllegalStateException("this verifier was built without a content store");
        }
        String name = document.toString();
        if (document.size() > limits.maxFileBytes()) {
            return VerificationReport.failed(name, VerificationViolation.TOO_LARGE.at("", document.size(),
                    limits.maxFileBytes()));
        }
        Path temp = null;
        try (InputStream in = store.open(document)) {
            if (document.size() <= limits.inMemoryBytes()) {
                byte[] bytes = in.readNBytes((int) document.size() + 1);
                if (in.read() >= 0 || bytes.length != document.size()) {
                    throw new ContentException(ContentException.Reason.CORRUPT, document, "length differs from the reference");
                }
                return verify(Source.of(bytes), name);
            }
            temp = Files.createTempFile("edoc-verify-", ".pdf");
            try (OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            return verify(Source.of(temp), name);
        } catch (ContentException e) {
            return VerificationReport.failed(name, VerificationViolation.UNREADABLE.at("", "content " + e.reason()
                    + " (" + e.getMessage() + ")"));
        } catch (IOException | RuntimeException e) {
            return VerificationReport.failed(name, VerificationViolation.UNREADABLE.at("", CmsCheck.message(e)));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("could not delete the temporary file {}", temp, e);
                }
            }
        }
    }

    /** Verifies the PDF in {@code file}, read through a small buffer whatever its size. */
    public VerificationReport verify(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return VerificationReport.failed(name, VerificationViolation.UNREADABLE.at("", "not a regular file"));
        }
        return verify(Source.of(file), name);
    }

    /** Verifies the PDF {@code pdf} (not copied: do not change it during the call), reporting it as {@code name}. */
    public VerificationReport verify(byte[] pdf, String name) {
        Objects.requireNonNull(pdf, "pdf");
        return verify(Source.of(pdf), Objects.requireNonNull(name, "name"));
    }

    // --------------------------------------------------------------------------------------------- the work

    /** One signature field as found in the final revision. */
    private record Found(String field, COSDictionary fieldDict, COSDictionary sig, long end) {
    }

    private VerificationReport verify(Source src, String name) {
        Budget budget = new Budget(limits);
        List<PDDocument> open = new ArrayList<>();
        try {
            long length = src.length();
            if (length > limits.maxFileBytes()) {
                return VerificationReport.failed(name, VerificationViolation.TOO_LARGE.at("", length,
                        limits.maxFileBytes()));
            }
            PDDocument doc;
            try {
                doc = load(src, length, open);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                return VerificationReport.failed(name, VerificationViolation.UNREADABLE.at("", CmsCheck.message(e)));
            }
            List<Found> found = signatures(doc);
            long firstPartial = found.stream().mapToLong(Found::end).filter(e -> e < length).min().orElse(length);
            // the signed revision's own startxref lies within its last kilobytes
            Revisions revisions = Revisions.scan(src, Math.max(0, firstPartial - 4096));
            if (found.isEmpty()) {
                return VerificationReport.failed(name, VerificationViolation.NOT_SIGNED.at(""));
            }
            Embedded embedded = embedded(doc);
            Map<Long, List<Violation>> changes = new HashMap<>();
            Map<Long, ChangeSet> sets = new HashMap<>();
            List<SignatureReport> reports = new ArrayList<>();
            int count = 0;
            for (Found f : found) {
                if (++count > limits.maxSignatures()) {
                    reports.add(limitReport(f, "more than " + limits.maxSignatures() + " signatures"));
                    continue;
                }
                try {
                    reports.add(one(f, src, length, doc, revisions, embedded, budget, changes, sets, open));
                } catch (Budget.Exhausted e) {
                    reports.add(limitReport(f, e.getMessage()));
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    LOG.debug("signature {} could not be verified", f.field(), e);
                    reports.add(failedReport(f, VerificationViolation.UNREADABLE.at(f.field(), CmsCheck.message(e))));
                }
            }
            return new VerificationReport(name, reports, List.of());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.debug("{} could not be verified", name, e);
            return VerificationReport.failed(name, VerificationViolation.UNREADABLE.at("", CmsCheck.message(e)));
        } finally {
            for (PDDocument d : open) {
                try {
                    d.close();
                } catch (IOException | RuntimeException e) {
                    LOG.debug("closing", e);
                }
            }
        }
    }

    private static PDDocument load(Source src, long length, List<PDDocument> open) throws IOException {
        return load(src, length, open, length);
    }

    private static PDDocument load(Source src, long length, List<PDDocument> open, long end) throws IOException {
        RandomAccessRead in = src.open();
        RandomAccessRead view = end == length ? in : new PrefixRead(in, end);
        // streams the parser must cache go to temporary files, so a large file does not fill the heap
        PDDocument doc = Loader.loadPDF(view, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        open.add(doc);
        return doc;
    }

    private List<Found> signatures(PDDocument doc) {
        Fields fields = Fields.of(doc, Math.max(limits.maxSignatures() * 16, 1024));
        List<Found> out = new ArrayList<>();
        for (Fields.Field f : fields.byName().values()) {
            if (f.isSigned()) {
                COSDictionary sig = (COSDictionary) f.value();
                out.add(new Found(f.name(), f.dict(), sig, end(sig)));
            }
        }
        out.sort(Comparator.comparingLong(Found::end));
        return out;
    }

    private static long end(COSDictionary sig) {
        long[] r = byteRange(sig);
        return r == null ? Long.MAX_VALUE : r[2] + r[3];
    }

    private static long[] byteRange(COSDictionary sig) {
        COSBase br = CosCompare.resolve(sig.getItem(COSName.BYTERANGE));
        if (!(br instanceof COSArray a) || a.size() != 4) {
            return null;
        }
        long[] r = new long[4];
        for (int i = 0; i < 4; i++) {
            if (!(CosCompare.resolve(a.get(i)) instanceof org.apache.pdfbox.cos.COSInteger n)) {
                return null;
            }
            r[i] = n.longValue();
        }
        return r;
    }

    private SignatureReport one(Found f, Source src, long length, PDDocument doc, Revisions revisions,
                                Embedded embedded, Budget budget, Map<Long, List<Violation>> changeCache,
                                Map<Long, ChangeSet> sets, List<PDDocument> open) throws IOException {
        COSName subFilter = f.sig().getCOSName(COSName.SUB_FILTER);
        boolean docTimestamp = subFilter != null && "ETSI.RFC3161".equals(subFilter.getName());
        SignatureReport.Kind kind = docTimestamp ? SignatureReport.Kind.DOCUMENT_TIMESTAMP
                : SignatureReport.Kind.SIGNATURE;
        List<Violation> reasons = new ArrayList<>();
        Optional<Instant> declared = declaredTime(f.sig());

        // 1. the byte range and the hole
        long[] r = byteRange(f.sig());
        byte[] contents = CosCompare.resolve(f.sig().getItem(COSName.CONTENTS)) instanceof COSString s
                ? s.getBytes() : null;
        String rangeProblem = rangeProblem(r, contents, src, length, revisions);
        if (rangeProblem != null) {
            reasons.add(VerificationViolation.BYTE_RANGE_INVALID.at(f.field() + "/ByteRange", rangeProblem));
            return report(kind, f.field(), "", declared, false, false, false, List.of(), List.of(), false,
                    Optional.empty(), reasons);
        }
        if (subFilter != null && !docTimestamp && !"adbe.pkcs7.detached".equals(subFilter.getName())
                && !"ETSI.CAdES.detached".equals(subFilter.getName())) {
            reasons.add(VerificationViolation.UNSUPPORTED.at(f.field() + "/SubFilter", "SubFilter "
                    + subFilter.getName()));
            return report(kind, f.field(), "", declared, false, false, r[2] + r[3] == length, List.of(), List.of(),
                    false, Optional.empty(), reasons);
        }
        CmsCheck cms = new CmsCheck(BC);
        CmsCheck.RangeDigest digest = alg -> rangeDigest(src, r, cms, alg);
        Instant now = clock.instant();
        TrustCheck trustCheck = new TrustCheck(trust, revocation, BC, revocationPolicy);

        String signer;
        boolean intact;
        boolean cryptoValid;
        boolean trusted;
        Optional<TimestampReport> timestamp;
        Optional<Instant> signingTime = declared;
        if (docTimestamp) {
            CmsCheck.Token t = cms.documentTimestamp(contents, digest);
            intact = t.intact();
            cryptoValid = t.cryptoValid();
            signer = t.authority().map(PadesVerifier::subject).orElse("");
            if (!intact) {
                reasons.add(VerificationViolation.DIGEST_MISMATCH.at(f.field()));
            }
            if (!cryptoValid) {
                reasons.add(VerificationViolation.SIGNATURE_INVALID.at(f.field(), t.problem()));
            }
            trusted = false;
            if (t.authority().isPresent() && cryptoValid) {
                List<X509Certificate> pool = new ArrayList<>(t.certificates());
                pool.addAll(embedded.certs());
                TrustCheck.Verdict v = trustCheck.judge(t.authority().get(), pool, Optional.empty(),
                        Optional.of(t.time()), now, embedded.revocation(), false, TrustCheck.Revocation.AUTHORITY);
                trusted = v.trusted();
                reasons.addAll(v.reasons());
            }
            signingTime = intact || cryptoValid ? Optional.of(t.time()) : declared;
            timestamp = t.time().equals(Instant.EPOCH) ? Optional.empty() : Optional.of(new TimestampReport(
                    TimestampReport.Kind.DOCUMENT, t.time(), signer, intact, cryptoValid, trusted));
        } else {
            CmsCheck.Outcome o = cms.signature(contents, digest);
            reasons.addAll(o.reasons());
            intact = o.intact();
            cryptoValid = o.cryptoValid();
            signer = o.signer().map(PadesVerifier::subject).orElse("");
            if (signingTime.isEmpty()) {
                signingTime = o.claimedTime();
            }
            timestamp = Optional.empty();
            Optional<Instant> proof = Optional.empty();
            if (o.timestamp().isPresent()) {
                CmsCheck.Token t = o.timestamp().get();
                boolean tsTrusted = false;
                String tsProblem = "";
                if (t.authority().isPresent() && t.cryptoValid()) {
                    List<X509Certificate> pool = new ArrayList<>(t.certificates());
                    pool.addAll(embedded.certs());
                    TrustCheck.Verdict tv = trustCheck.judge(t.authority().get(), pool, Optional.empty(),
                            Optional.of(t.time()), now, embedded.revocation().and(o.revocation()), false,
                            TrustCheck.Revocation.AUTHORITY);
                    tsTrusted = tv.trusted();
                    tsProblem = tv.reasons().stream().map(v -> v.code() + " " + v.messageEn())
                            .collect(java.util.stream.Collectors.joining("; "));
                }
                TimestampReport tr = new TimestampReport(TimestampReport.Kind.SIGNATURE, t.time(),
                        t.authority().map(PadesVerifier::subject).orElse(""), t.intact(), t.cryptoValid(), tsTrusted);
                timestamp = Optional.of(tr);
                if (tr.valid()) {
                    proof = Optional.of(t.time());
                } else {
                    reasons.add(VerificationViolation.TIMESTAMP_INVALID.at(f.field(), !t.problem().isEmpty()
                            ? t.problem() : !tr.trusted() ? "its authority is not trusted"
                            + (tsProblem.isEmpty() ? "" : " (" + tsProblem + ")") : "not intact"));
                }
            }
            trusted = false;
            if (o.signer().isPresent() && cryptoValid) {
                List<X509Certificate> pool = new ArrayList<>(o.certificates());
                pool.addAll(embedded.certs());
                TrustCheck.Verdict v = trustCheck.judge(o.signer().get(), pool, proof, signingTime, now,
                        embedded.revocation().and(o.revocation()), true, TrustCheck.Revocation.SIGNER);
                trusted = v.trusted();
                reasons.addAll(v.reasons());
            }
        }

        // 3. what came after
        long end = r[2] + r[3];
        boolean whole = end == length;
        List<Violation> modifications = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        if (!whole) {
            List<Violation> found = changeCache.get(end);
            if (found == null) {
                found = new ArrayList<>();
                Optional<String> structure = revisions.updateProblem(end, src);
                if (structure.isPresent()) {
                    found.add(VerificationViolation.UPDATE_MALFORMED.at("", structure.get()));
                }
                try {
                    PDDocument before = load(src, length, open, end);
                    ChangeAnalyzer.Analysis a = ChangeAnalyzer.analyze(before, doc, budget);
                    sets.put(end, a.changes());
                    found.addAll(a.changes().violations());
                    found.addAll(PageRenderCompare.compare(before, doc, a.pagesToRender(), budget));
                } catch (Budget.Exhausted e) {
                    found.add(VerificationViolation.LIMIT_REACHED.at("", e.getMessage()));
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    found.add(VerificationViolation.UPDATE_MALFORMED.at("", "the signed revision cannot be read on"
                            + " its own: " + CmsCheck.message(e)));
                }
                changeCache.put(end, found);
            }
            for (Violation v : found) {
                (v.severity() == Severity.ERROR ? modifications : reasons).add(v);
            }
            ChangeSet set = sets.get(end);
            if (set != null) {
                allowed.addAll(set.allowed());
                modifications.addAll(permissions(f, set));
                Lock lock = Lock.of(f);
                for (String n : set.formFills()) {
                    if (set.docMdp() != 1 && !lock.locks(n)) {
                        allowed.add("form filling of " + n);
                    }
                }
            }
            reasons.addAll(modifications);
        }
        return report(kind, f.field(), signer, signingTime, intact, cryptoValid, whole, modifications, allowed,
                trusted, timestamp, dedupe(reasons));
    }

    /** The form filling and later signatures this signature's locks and the document's DocMDP level forbid. */
    private static List<Violation> permissions(Found f, ChangeSet set) {
        List<Violation> out = new ArrayList<>();
        int p = set.docMdp();
        if (p == 1 && !set.addedSignatures().isEmpty()) {
            out.add(VerificationViolation.CERTIFIED_NO_CHANGES.at("", p, "later signature "
                    + set.addedSignatures()));
        }
        if (p == 1 && !set.formFills().isEmpty()) {
            out.add(VerificationViolation.CERTIFIED_NO_CHANGES.at("", p, "form filling " + set.formFills()));
        }
        Lock lock = Lock.of(f);
        for (String field : set.formFills()) {
            if (p != 1 && lock.locks(field)) {
                out.add(VerificationViolation.FORM_FIELD_CHANGED.at(field, field, "locked by signature "
                        + f.field()));
            }
        }
        return out;
    }

    /** A FieldMDP lock: which fields a signature forbids changing. */
    private record Lock(String action, Set<String> fields) {

        static Lock of(Found f) {
            COSDictionary params = null;
            if (CosCompare.resolve(f.fieldDict().getItem(LOCK)) instanceof COSDictionary d) {
                params = d;
            }
            if (params == null && CosCompare.resolve(f.sig().getItem(COSName.getPDFName("Reference")))
                    instanceof COSArray refs) {
                for (COSBase r : refs) {
                    if (CosCompare.resolve(r) instanceof COSDictionary ref
                            && FIELD_MDP.equals(ref.getCOSName(COSName.getPDFName("TransformMethod")))
                            && CosCompare.resolve(ref.getItem(COSName.getPDFName("TransformParams")))
                            instanceof COSDictionary tp) {
                        params = tp;
                    }
                }
            }
            if (params == null) {
                return new Lock("", Set.of());
            }
            COSName action = params.getCOSName(COSName.getPDFName("Action"));
            Set<String> names = new LinkedHashSet<>();
            if (CosCompare.resolve(params.getItem(COSName.FIELDS)) instanceof COSArray arr) {
                for (COSBase b : arr) {
                    if (CosCompare.resolve(b) instanceof COSString s) {
                        names.add(s.getString());
                    }
                }
            }
            return new Lock(action == null ? "" : action.getName(), names);
        }

        boolean locks(String field) {
            return switch (action) {
                case "All" -> true;
                case "Include" -> fields.contains(field);
                case "Exclude" -> !fields.contains(field);
                default -> false;
            };
        }
    }

    private static List<Violation> dedupe(List<Violation> reasons) {
        return List.copyOf(new LinkedHashSet<>(reasons));
    }

    private static SignatureReport report(SignatureReport.Kind kind, String field, String signer,
                                          Optional<Instant> time, boolean intact, boolean cryptoValid,
                                          boolean whole, List<Violation> modifications, List<String> allowed,
                                          boolean trusted, Optional<TimestampReport> timestamp,
                                          List<Violation> reasons) {
        List<Violation> mods = dedupe(modifications);
        return new SignatureReport(kind, field, signer, time, intact, cryptoValid, whole, !mods.isEmpty(), mods,
                allowed, trusted, timestamp, SignatureReport.indicationOf(reasons), reasons);
    }

    private static SignatureReport failedReport(Found f, Violation reason) {
        return report(SignatureReport.Kind.SIGNATURE, f.field(), "", Optional.empty(), false, false, false,
                List.of(), List.of(), false, Optional.empty(), List.of(reason));
    }

    private static SignatureReport limitReport(Found f, String what) {
        return report(SignatureReport.Kind.SIGNATURE, f.field(), "", Optional.empty(), false, false, false,
                List.of(), List.of(), false, Optional.empty(),
                List.of(VerificationViolation.LIMIT_REACHED.at(f.field(), what)));
    }

    /**
     * What is wrong with a byte range, or {@code null}: it must be four integers {@code [0 b c d]} with
     * {@code 0 < b < c}, {@code d > 0}, {@code c + d} at most the file length and at the end of a revision, and the
     * hole {@code [b, c)} must be exactly this dictionary's {@code /Contents} as one hex string.
     */
    private String rangeProblem(long[] r, byte[] contents, Source src, long length, Revisions revisions)
            throws IOException {
        if (r == null) {
            return "not an array of four integers";
        }
        if (contents == null) {
            return "the signature dictionary has no /Contents string";
        }
        if (contents.length > limits.maxCmsBytes()) {
            return "/Contents has " + contents.length + " bytes, more than the limit of " + limits.maxCmsBytes();
        }
        if (r[0] != 0) {
            return "it starts at " + r[0] + ", not at 0";
        }
        if (r[1] <= 0 || r[2] <= r[1] || r[3] <= 0 || r[2] + r[3] > length || r[2] + r[3] < 0) {
            return "[" + r[0] + " " + r[1] + " " + r[2] + " " + r[3] + "] does not fit a file of " + length
                    + " bytes as two ranges around a hole";
        }
        long hole = r[2] - r[1];
        if (hole > 2L * limits.maxCmsBytes() + 64) {
            return "the excluded hole has " + hole + " bytes, more than a /Contents string can need";
        }
        byte[] h = read(src, r[1], (int) hole);
        if (h.length < 2 || h[0] != '<' || h[h.length - 1] != '>') {
            return "the excluded bytes are not one hex string";
        }
        byte[] decoded = hex(h);
        if (decoded == null) {
            return "the excluded bytes hold something other than hex digits";
        }
        if (!Arrays.equals(decoded, contents)) {
            return "the excluded bytes are not this signature's /Contents";
        }
        if (!Revisions.isRevisionEnd(r[2] + r[3], src)) {
            return "it ends at byte " + (r[2] + r[3]) + ", not at the end of a revision (%%EOF)";
        }
        return null;
    }

    private static byte[] hex(byte[] h) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(h.length / 2);
        int hi = -1;
        for (int i = 1; i < h.length - 1; i++) {
            int c = h[i];
            int v = Character.digit(c, 16);
            if (v < 0) {
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0) {
                    continue;
                }
                return null;
            }
            if (hi < 0) {
                hi = v;
            } else {
                out.write(hi << 4 | v);
                hi = -1;
            }
        }
        if (hi >= 0) {
            out.write(hi << 4);
        }
        return out.toByteArray();
    }

    private static byte[] read(Source src, long at, int len) throws IOException {
        try (RandomAccessRead in = src.open()) {
            in.seek(at);
            byte[] b = new byte[len];
            int off = 0;
            while (off < len) {
                int n = in.read(b, off, len - off);
                if (n <= 0) {
                    break;
                }
                off += n;
            }
            return off == len ? b : Arrays.copyOf(b, off);
        }
    }

    private static byte[] rangeDigest(Source src, long[] r, CmsCheck cms, ASN1ObjectIdentifier alg)
            throws IOException {
        MessageDigest md;
        try {
            md = cms.messageDigest(alg);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException("unknown digest algorithm " + alg.getId(), e);
        }
        byte[] buf = new byte[1 << 16];
        try (RandomAccessRead in = src.open()) {
            for (int part = 0; part < 2; part++) {
                long from = r[part * 2];
                long left = r[part * 2 + 1];
                in.seek(from);
                while (left > 0) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (n <= 0) {
                        throw new IOException("the file ends inside the signed range");
                    }
                    md.update(buf, 0, n);
                    left -= n;
                }
            }
        }
        return md.digest();
    }

    private static Optional<Instant> declaredTime(COSDictionary sig) {
        try {
            java.util.Calendar c = sig.getDate(COSName.M);
            return c == null ? Optional.empty() : Optional.of(c.toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String subject(X509Certificate c) {
        return X500Name.getInstance(c.getSubjectX500Principal().getEncoded()).toString();
    }

    /** Certificates and revocation data of the DSS dictionary (PAdES B-LT), bounded by the limits. */
    private record Embedded(List<X509Certificate> certs, RevocationData revocation) {
    }

    private Embedded embedded(PDDocument doc) {
        COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        if (dss == null) {
            return new Embedded(List.of(), RevocationData.NONE);
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (byte[] der : streams(dss, CERTS)) {
            try {
                certs.add((X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(new java.io.ByteArrayInputStream(der)));
            } catch (java.security.cert.CertificateException | RuntimeException e) {
                LOG.debug("an unreadable certificate in the DSS is ignored", e);
            }
        }
        return new Embedded(List.copyOf(certs), new RevocationData(streams(dss, CRLS), streams(dss, OCSPS)));
    }

    private List<byte[]> streams(COSDictionary dss, COSName key) {
        List<byte[]> out = new ArrayList<>();
        if (CosCompare.resolve(dss.getItem(key)) instanceof COSArray arr) {
            for (COSBase b : arr) {
                if (out.size() >= 10_000) {
                    break;
                }
                if (CosCompare.resolve(b) instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        byte[] data = in.readNBytes(limits.maxRevocationBytes() + 1);
                        if (data.length <= limits.maxRevocationBytes()) {
                            out.add(data);
                        }
                    } catch (IOException | RuntimeException e) {
                        LOG.debug("an unreadable DSS stream is ignored", e);
                    }
                }
            }
        }
        return out;
    }
}
