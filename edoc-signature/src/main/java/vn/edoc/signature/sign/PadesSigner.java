package vn.edoc.signature.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.signature.appearance.AppearanceWriter;
import vn.edoc.signature.appearance.SignatureAppearance;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.TimestampClient;
import vn.edoc.spi.TimestampException;
import vn.edoc.validation.EdocRuleException;

/**
 * Signs PDFs as PAdES baseline signatures (ký số PAdES) with PDFBox incremental updates and a CMS built with
 * BouncyCastle: B-B, B-T (signature time stamp through a {@link TimestampClient}), B-LT (certificates, CRLs and OCSP
 * responses in the DSS dictionary, through a {@link RevocationSource}) and B-LTA (a document time stamp).
 *
 * <p>What other validators need from a hand-made PDFBox signature is done here: SubFilter
 * {@code ETSI.CAdES.detached}; the signing-certificate-v2 attribute; no signing-time attribute in the CMS (the time
 * is the dictionary's /M); a /Contents hole sized from the real CMS (the certificates, the signature value and the
 * last time-stamp token seen; when a CMS does not fit, the signature is prepared again with the measured size).
 * Every signature is an incremental update, so earlier signatures stay valid; a certification signature (DocMDP) is
 * available, and a file certified with "no changes" (P=1) is refused.
 *
 * <p>Two ways to sign:
 * <ul>
 *   <li>one step, with a {@link SigningKey} (PKCS#12, PKCS#11 token): {@link #sign(Path, Path, SigningKey,
 *       SignatureParameters)};</li>
 *   <li>two steps, when the key is elsewhere (remote signing service, browser plug-in, a token on another
 *       machine): {@link #prepare} returns a {@link PreparedSignature} whose data to be signed (or its digest) goes
 *       to the device; {@link #complete} takes the signature value back, or {@link #completeWithCms} a whole CMS
 *       made over {@link PreparedSignature#documentDigest()}.</li>
 * </ul>
 * Files are streamed (PDFBox reads the input from disk and copies it), so a large PDF needs little heap. The signer
 * is immutable and safe for concurrent use on different files.
 */
public final class PadesSigner {

    private static final Logger LOG = LoggerFactory.getLogger(PadesSigner.class);
    private static final COSName SUB_FILTER_CADES = COSName.getPDFName("ETSI.CAdES.detached");
    private static final COSName SUB_FILTER_RFC3161 = COSName.getPDFName("ETSI.RFC3161");
    private static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
    /** Room for the CMS structure around the certificates and the value: attributes, identifiers, lengths. */
    private static final int CMS_OVERHEAD = 1536;
    /** The time-stamp token size assumed before the first token is seen. */
    private static final int FIRST_TOKEN_GUESS = 6144;

    private final Clock clock;
    private final Optional<TimestampClient> timestamps;
    private final RevocationSource revocation;
    private final AtomicInteger largestToken;

    private PadesSigner(Clock clock, TimestampClient timestamps, RevocationSource revocation) {
        this(clock, Optional.ofNullable(timestamps), revocation, new AtomicInteger());
    }

    private PadesSigner(Clock clock, Optional<TimestampClient> timestamps, RevocationSource revocation,
                        AtomicInteger largestToken) {
        this.clock = clock;
        this.timestamps = timestamps;
        this.revocation = revocation;
        this.largestToken = largestToken;
    }

    /**
     * This signer with its signing time fixed at {@code time} (the time a {@link vn.edoc.spi.SigningRequest}
     * carries), sharing what it learnt about time-stamp token sizes.
     */
    public PadesSigner at(Instant time) {
        return new PadesSigner(Clock.fixed(time, java.time.ZoneOffset.UTC), timestamps, revocation, largestToken);
    }

    /**
     * A signer.
     *
     * @param clock      the source of the signing time (/M)
     * @param timestamps the time-stamping authority, needed from level B-T; may be null for B-B only
     * @param revocation where B-LT finds CRLs and OCSP responses; {@link RevocationSource#NONE} for B-B and B-T
     */
    public static PadesSigner of(Clock clock, TimestampClient timestamps, RevocationSource revocation) {
        return new PadesSigner(Objects.requireNonNull(clock, "clock"), timestamps,
                Objects.requireNonNull(revocation, "revocation"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // One step

    /**
     * Signs {@code input} into {@code output} (a different file, replaced if it exists) with {@code key}.
     *
     * @throws EdocRuleException when the file, the key or the parameters cannot be used; {@code output} is then
     *     removed
     */
    public void sign(Path input, Path output, SigningKey key, SignatureParameters parameters) {
        requireLevelServices(parameters.level());
        int reserve = parameters.reservedBytes() > 0 ? parameters.reservedBytes()
                : estimate(parameters, key.chain());
        try {
            for (int attempt = 0; ; attempt++) {
                PreparedSignature prepared = prepare(input, output, key.chain(), parameters, reserve);
                byte[] value = key.sign(prepared.dataToBeSigned(), parameters.digest());
                byte[] cms = cms(prepared, CmsAssembler.checkedSignatureValue(parameters.digest(),
                        key.certificate(), prepared.dataToBeSigned(), value));
                if (cms.length <= reserve) {
                    embed(prepared, cms);
                    extend(output, cms, parameters);
                    return;
                }
                if (attempt > 0 || parameters.reservedBytes() > 0) {
                    throw EdocRuleException.of(SigningViolation.RESERVATION_TOO_SMALL, "reservedBytes",
                            cms.length, reserve);
                }
                LOG.debug("CMS of {} bytes exceeds the {} reserved: preparing again", cms.length, reserve);
                reserve = cms.length + 512;
            }
        } catch (RuntimeException e) {
            deleteQuietly(output);
            throw e;
        }
    }

    /** Signs the PDF read from {@code input} and writes the signed PDF to {@code output} (spooled through temp files). */
    public void sign(InputStream input, OutputStream output, SigningKey key, SignatureParameters parameters) {
        Path in = null;
        Path out = null;
        try {
            in = Files.createTempFile("edoc-sign-in", ".pdf");
            out = Files.createTempFile("edoc-sign-out", ".pdf");
            Files.copy(input, in, StandardCopyOption.REPLACE_EXISTING);
            sign(in, out, key, parameters);
            Files.copy(out, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(in);
            deleteQuietly(out);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Two steps

    /**
     * Prepares {@code input} for signing by the holder of {@code chain}'s key: writes {@code output} with the
     * signature field, dictionary and appearance and an empty /Contents, and returns what is to be signed.
     */
    public PreparedSignature prepare(Path input, Path output, List<X509Certificate> chain,
                                     SignatureParameters parameters) {
        requireLevelServices(parameters.level());
        if (chain == null || chain.isEmpty()) {
            throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "chain", "no certificate given");
        }
        int reserve = parameters.reservedBytes() > 0 ? parameters.reservedBytes() : estimate(parameters, chain);
        try {
            return prepare(input, output, chain, parameters, reserve);
        } catch (RuntimeException e) {
            deleteQuietly(output);
            throw e;
        }
    }

    /**
     * Completes a prepared signature with the signature value made over {@link PreparedSignature#dataToBeSigned()}
     * (an ECDSA value may be DER or plain r‖s): checks it against the certificate, builds the CMS, adds the time
     * stamp and the validation data the level asks for, and fills the prepared file in.
     */
    public void complete(PreparedSignature prepared, byte[] signatureValue) {
        Objects.requireNonNull(signatureValue, "signatureValue");
        checkUnchanged(prepared);
        byte[] value = CmsAssembler.checkedSignatureValue(prepared.digestAlgorithm(), prepared.chain().get(0),
                prepared.dataToBeSigned(), signatureValue);
        byte[] cms = cms(prepared, value);
        embed(prepared, cms);
        extend(prepared.file(), cms, prepared.parameters());
    }

    /**
     * Completes a prepared signature with a whole CMS made elsewhere over {@link PreparedSignature#documentDigest()}:
     * checks that it is a detached signature of exactly these bytes, verifies, carries signing-certificate-v2 and no
     * signing-time, adds a signature time stamp when the level asks for one and it has none, and fills the prepared
     * file in.
     */
    public void completeWithCms(PreparedSignature prepared, byte[] cms) {
        Objects.requireNonNull(cms, "cms");
        checkUnchanged(prepared);
        byte[] checked = ExternalCms.check(prepared, cms);
        if (prepared.parameters().level().includes(PadesLevel.B_T) && !ExternalCms.hasSignatureTimestamp(checked)) {
            byte[] token = timestamp(prepared.digestAlgorithm(), CmsAssembler.signatureValueOf(checked));
            checked = ExternalCms.withUnsignedAttribute(checked, CmsAssembler.signatureTimestamp(token));
        }
        embed(prepared, checked);
        extend(prepared.file(), checked, prepared.parameters());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Preparing

    private PreparedSignature prepare(Path input, Path output, List<X509Certificate> chain,
                                      SignatureParameters parameters, int reserve) {
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("input and output must be different files");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            chain.get(0).checkValidity(java.util.Date.from(now));
        } catch (java.security.cert.CertificateException e) {
            // A signature dated outside its certificate's validity is worthless to every validator.
            throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "certificate",
                    "not valid at the signing time " + now + " (valid " + chain.get(0).getNotBefore().toInstant()
                            + " to " + chain.get(0).getNotAfter().toInstant() + ")");
        }
        try (PDDocument document = load(input)) {
            checkPermissions(document, parameters);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(SUB_FILTER_CADES);
            signature.setSignDate(calendar(now));
            signature.setName(commonName(chain.get(0)));
            parameters.reason().ifPresent(signature::setReason);
            parameters.location().ifPresent(signature::setLocation);
            String fieldName = addField(document, signature, parameters.appearance(), reserve);
            parameters.certification().ifPresent(p -> certify(document, signature, p));
            byte[] digest = saveForSigning(document, output, parameters.digest());
            long[] range = longs(signature.getByteRange());
            DERSet attributes = CmsAssembler.signedAttributes(parameters.digest(), digest, chain.get(0));
            return new PreparedSignature(output, range, digest, attributes, chain, parameters, now, fieldName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDDocument load(Path input) {
        PDDocument document;
        try {
            document = Loader.loadPDF(new RandomAccessReadBufferedFile(input.toFile()));
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw EdocRuleException.of(SigningViolation.ENCRYPTED_PDF, "file");
        } catch (IOException | RuntimeException e) {
            throw EdocRuleException.of(SigningViolation.NOT_A_PDF, "file", String.valueOf(e.getMessage()));
        }
        if (document.isEncrypted()) {
            close(document);
            throw EdocRuleException.of(SigningViolation.ENCRYPTED_PDF, "file");
        }
        if (document.getNumberOfPages() == 0) {
            close(document);
            throw EdocRuleException.of(SigningViolation.NOT_A_PDF, "file", "no page");
        }
        return document;
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            LOG.debug("closing a refused PDF failed", e);
        }
    }

    /** Refuses to sign a file certified with P=1, and a certification that would not be the first signature. */
    private static void checkPermissions(PDDocument document, SignatureParameters parameters) {
        int permission = docMdpPermission(document);
        if (permission == 1) {
            throw EdocRuleException.of(SigningViolation.CERTIFIED_NO_CHANGES, "file");
        }
        if (parameters.certification().isPresent() && !document.getSignatureDictionaries().isEmpty()) {
            throw EdocRuleException.of(SigningViolation.CERTIFICATION_NOT_FIRST, "certification");
        }
    }

    /** The DocMDP permission of the file's certification signature, or 0 when it is not certified. */
    static int docMdpPermission(PDDocument document) {
        COSDictionary perms = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (perms == null) {
            return 0;
        }
        COSDictionary signature = perms.getCOSDictionary(COSName.DOCMDP);
        if (signature == null) {
            return 0;
        }
        COSArray references = signature.getCOSArray(COSName.REFERENCE);
        if (references == null) {
            return 0;
        }
        for (int i = 0; i < references.size(); i++) {
            if (references.getObject(i) instanceof COSDictionary reference
                    && COSName.DOCMDP.equals(reference.getCOSName(COSName.TRANSFORM_METHOD))) {
                COSDictionary params = reference.getCOSDictionary(COSName.TRANSFORM_PARAMS);
                // ISO 32000-1 12.8.2.2: P defaults to 2.
                return params == null ? 2 : params.getInt(COSName.P, 2);
            }
        }
        return 0;
    }

    private static void certify(PDDocument document, PDSignature signature, int permission) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.TRANSFORM_PARAMS);
        params.setInt(COSName.P, permission);
        params.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.SIG_REF);
        reference.setItem(COSName.TRANSFORM_METHOD, COSName.DOCMDP);
        reference.setItem(COSName.TRANSFORM_PARAMS, params);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.REFERENCE, references);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary perms = catalog.getCOSDictionary(COSName.PERMS);
        if (perms == null) {
            perms = new COSDictionary();
            catalog.setItem(COSName.PERMS, perms);
        }
        perms.setItem(COSName.DOCMDP, signature);
        perms.setNeedToBeUpdated(true);
        catalog.setNeedToBeUpdated(true);
    }

    /**
     * Adds the signature field, its widget on the page and, for a visible signature, the appearance. Returns the
     * field's name.
     */
    private static String addField(PDDocument document, PDSignature signature,
                                   Optional<SignatureAppearance> appearance, int reserve) throws IOException {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
        }
        // Lay out before the field exists, so that a seal finds the person's signature and not itself.
        AppearanceWriter.Widget layout = appearance.map(a -> AppearanceWriter.layout(document, a)).orElse(null);
        String prefix = appearance.map(SignatureAppearance::fieldPrefix).orElse(
                COSName.DOC_TIME_STAMP.equals(
                        signature.getCOSObject().getCOSName(COSName.TYPE)) ? "DocumentTimestamp" : "Signature");
        String name = uniqueName(form, prefix);
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(name);
        field.getCOSObject().setItem(COSName.V, signature);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        int pageIndex = layout == null ? 0 : layout.pageIndex();
        PDPage page = document.getPage(pageIndex);
        widget.setPage(page);
        widget.setPrinted(true);
        COSArray fields = form.getCOSObject().getCOSArray(COSName.FIELDS);
        if (fields == null) {
            fields = new COSArray();
            form.getCOSObject().setItem(COSName.FIELDS, fields);
        }
        fields.add(field.getCOSObject());
        fields.setNeedToBeUpdated(true);
        COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annots == null) {
            annots = new COSArray();
            page.getCOSObject().setItem(COSName.ANNOTS, annots);
        }
        annots.add(widget.getCOSObject());
        annots.setNeedToBeUpdated(true);
        page.getCOSObject().setNeedToBeUpdated(true);
        form.setSignaturesExist(true);
        form.setAppendOnly(true);
        form.getCOSObject().setNeedToBeUpdated(true);
        document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);

        SignatureOptions options = new SignatureOptions();
        options.setPreferredSignatureSize(reserve);
        options.setPage(pageIndex);
        document.addSignature(signature, options);
        if (layout != null) {
            // addSignature made the widget invisible (no visual template given): put ours back.
            widget.setRectangle(layout.rectangle());
            PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
            dictionary.setNormalAppearance(layout.appearance());
            widget.setAppearance(dictionary);
            layout.imageBox().ifPresent(box -> AppearanceWriter.markImageBox(widget, box));
        } else {
            widget.setRectangle(new PDRectangle(0, 0, 0, 0));
        }
        widget.getCOSObject().setNeedToBeUpdated(true);
        return name;
    }

    private static String uniqueName(PDAcroForm form, String prefix) {
        int n = 1;
        List<String> names = new ArrayList<>();
        for (PDField field : form.getFieldTree()) {
            names.add(field.getFullyQualifiedName());
        }
        while (names.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /** Saves the incremental update with an empty hole and returns the digest of the bytes to sign. */
    private static byte[] saveForSigning(PDDocument document, Path output, DigestAlgorithm digest)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(output)) {
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            MessageDigest md = digest.newDigest();
            try (InputStream content = external.getContent()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = content.read(buffer)) > 0; ) {
                    md.update(buffer, 0, n);
                }
            }
            external.setSignature(new byte[0]);
            return md.digest();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Completing

    private byte[] cms(PreparedSignature prepared, byte[] value) {
        List<Attribute> unsigned = new ArrayList<>();
        if (prepared.parameters().level().includes(PadesLevel.B_T)) {
            unsigned.add(CmsAssembler.signatureTimestamp(timestamp(prepared.digestAlgorithm(), value)));
        }
        return CmsAssembler.assemble(prepared.digestAlgorithm(), prepared.signedAttributeSet(), value,
                prepared.chain(), unsigned);
    }

    private byte[] timestamp(DigestAlgorithm digest, byte[] data) {
        TimestampClient client = timestamps.orElseThrow(() -> EdocRuleException.of(
                SigningViolation.TIMESTAMP_FAILED, "timestamp", "no time-stamping authority configured"));
        byte[] token;
        try {
            token = client.timestamp(digest.digest(data), digest.jcaName());
        } catch (TimestampException e) {
            throw EdocRuleException.of(SigningViolation.TIMESTAMP_FAILED, "timestamp", e.getMessage());
        }
        largestToken.accumulateAndGet(token.length, Math::max);
        return token;
    }

    /** Writes the CMS into the hole of the prepared file. */
    private static void embed(PreparedSignature prepared, byte[] cms) {
        long[] range = prepared.byteRange();
        int reserved = prepared.reservedBytes();
        if (cms.length > reserved) {
            throw EdocRuleException.of(SigningViolation.RESERVATION_TOO_SMALL, "reservedBytes", cms.length, reserved);
        }
        try (RandomAccessFile file = new RandomAccessFile(prepared.file().toFile(), "rw")) {
            file.seek(range[1]);
            int open = file.read();
            file.seek(range[2] - 1);
            int close = file.read();
            if (open != '<' || close != '>') {
                throw EdocRuleException.of(SigningViolation.PREPARED_FILE_CHANGED, "file",
                        "the /Contents hole is not where the /ByteRange says");
            }
            file.seek(range[1] + 1);
            file.write(HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-hashes the signed ranges of a prepared file: two-step signing may span processes and hours. */
    private static void checkUnchanged(PreparedSignature prepared) {
        long[] range = prepared.byteRange();
        MessageDigest md = prepared.digestAlgorithm().newDigest();
        try (RandomAccessFile file = new RandomAccessFile(prepared.file().toFile(), "r")) {
            if (file.length() != range[2] + range[3]) {
                throw EdocRuleException.of(SigningViolation.PREPARED_FILE_CHANGED, "file",
                        "its length is " + file.length() + ", not " + (range[2] + range[3]));
            }
            byte[] buffer = new byte[64 * 1024];
            for (int part = 0; part < 2; part++) {
                file.seek(range[part * 2]);
                long left = range[part * 2 + 1];
                while (left > 0) {
                    int n = file.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        break;
                    }
                    md.update(buffer, 0, n);
                    left -= n;
                }
            }
            byte[] hole = new byte[(int) (range[2] - range[1] - 2)];
            file.seek(range[1] + 1);
            file.readFully(hole);
            for (byte b : hole) {
                if (b != '0') {
                    throw EdocRuleException.of(SigningViolation.PREPARED_FILE_CHANGED, "file",
                            "the /Contents hole is already filled");
                }
            }
        } catch (IOException e) {
            throw EdocRuleException.of(SigningViolation.PREPARED_FILE_CHANGED, "file", e.getMessage());
        }
        if (!MessageDigest.isEqual(md.digest(), prepared.documentDigest())) {
            throw EdocRuleException.of(SigningViolation.PREPARED_FILE_CHANGED, "file",
                    "the signed bytes no longer hash to the prepared digest");
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // B-LT and B-LTA

    private void extend(Path file, byte[] cms, SignatureParameters parameters) {
        if (parameters.level().includes(PadesLevel.B_LT)) {
            ValidationData data = ValidationData.collect(cms, revocation);
            ValidationData.append(file, data);
        }
        if (parameters.level().includes(PadesLevel.B_LTA)) {
            addDocumentTimestamp(file, parameters.digest());
        }
    }

    /**
     * Adds a document time stamp (PAdES B-LTA, SubFilter ETSI.RFC3161) to {@code file} as an incremental update:
     * extends a B-LT file to B-LTA, or renews the archive time stamp of a B-LTA one.
     */
    public void addDocumentTimestamp(Path file, DigestAlgorithm digest) {
        requireLevelServices(PadesLevel.B_T);
        int reserve = largestToken.get() > 0 ? largestToken.get() + 512 : FIRST_TOKEN_GUESS;
        for (int attempt = 0; attempt < 2; attempt++) {
            Path temp = sibling(file);
            try (PDDocument document = load(file)) {
                if (docMdpPermission(document) == 1) {
                    throw EdocRuleException.of(SigningViolation.CERTIFIED_NO_CHANGES, "file");
                }
                PDSignature stamp = new PDSignature();
                stamp.setType(COSName.DOC_TIME_STAMP);
                stamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                stamp.setSubFilter(SUB_FILTER_RFC3161);
                addField(document, stamp, Optional.empty(), reserve);
                byte[] token;
                try (OutputStream out = Files.newOutputStream(temp)) {
                    ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                    MessageDigest md = digest.newDigest();
                    try (InputStream content = external.getContent()) {
                        byte[] buffer = new byte[64 * 1024];
                        for (int n; (n = content.read(buffer)) > 0; ) {
                            md.update(buffer, 0, n);
                        }
                    }
                    token = timestampOfDigest(digest, md.digest());
                    if (token.length > reserve) {
                        external.setSignature(new byte[0]);
                    } else {
                        external.setSignature(token);
                    }
                }
                if (token.length > reserve) {
                    deleteQuietly(temp);
                    reserve = token.length + 512;
                    continue;
                }
            } catch (IOException e) {
                deleteQuietly(temp);
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                deleteQuietly(temp);
                throw e;
            }
            replace(temp, file);
            return;
        }
        throw EdocRuleException.of(SigningViolation.RESERVATION_TOO_SMALL, "reservedBytes", reserve, reserve);
    }

    private byte[] timestampOfDigest(DigestAlgorithm digest, byte[] value) {
        TimestampClient client = timestamps.orElseThrow();
        try {
            byte[] token = client.timestamp(value, digest.jcaName());
            largestToken.accumulateAndGet(token.length, Math::max);
            return token;
        } catch (TimestampException e) {
            throw EdocRuleException.of(SigningViolation.TIMESTAMP_FAILED, "timestamp", e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers

    private void requireLevelServices(PadesLevel level) {
        if (level.includes(PadesLevel.B_T) && timestamps.isEmpty()) {
            throw EdocRuleException.of(SigningViolation.TIMESTAMP_FAILED, "level",
                    "level " + level.label() + " needs a time-stamping authority and none is configured");
        }
    }

    /** The reservation for a CMS with this chain, signature and (from B-T) time-stamp token. */
    int estimate(SignatureParameters parameters, List<X509Certificate> chain) {
        int size = CMS_OVERHEAD;
        for (X509Certificate c : chain) {
            try {
                size += c.getEncoded().length;
            } catch (java.security.cert.CertificateEncodingException e) {
                throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "chain", e.getMessage());
            }
        }
        if (chain.get(0).getPublicKey() instanceof java.security.interfaces.RSAKey rsa) {
            size += rsa.getModulus().bitLength() / 8 + 1;
        } else {
            size += 150;
        }
        if (parameters.level().includes(PadesLevel.B_T)) {
            int seen = largestToken.get();
            size += seen > 0 ? seen + 256 : FIRST_TOKEN_GUESS;
        }
        return Math.min(SignatureParameters.MAX_RESERVED_BYTES, size);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(VIETNAM);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static String commonName(X509Certificate certificate) {
        String name = certificate.getSubjectX500Principal().getName();
        for (String part : name.split("(?<!\\\\),")) {
            if (part.startsWith("CN=")) {
                return part.substring(3).replace("\\,", ",");
            }
        }
        return name;
    }

    private static long[] longs(int[] range) {
        if (range == null || range.length != 4) {
            throw new IllegalStateException("PDFBox wrote no /ByteRange");
        }
        return new long[] {range[0], range[1], range[2], range[3]};
    }

    static Path sibling(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            return Files.createTempFile(dir, ".edoc-", ".pdf.part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path temp, Path file) {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.debug("cannot delete {}", path, e);
            }
        }
    }
}
