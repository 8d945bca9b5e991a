package vn.edoc.examples.bench;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.signature.verify.PadesVerifier;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;

/**
 * Verification of a signed PDF (PAdES B-B, RSA-2048, SHA-256), ours ({@link PadesVerifier}) against EU DSS 6.4's
 * {@code PDFDocumentValidator} on the same bytes and trust anchor in the same run, for a 1-page PDF and a 100-page
 * PDF of about 5 MB; {@code sha256Floor} is the SHA-256 of the whole file, the least any verifier must do.
 * See docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerifyBenchmark {

    /** Pages of the signed PDF: 1 (a few kilobytes) or 100 (about 5 MB, an incompressible image per page). */
    @Param({"1", "100"})
    public int pages;

    private byte[] pdf;
    private PadesVerifier ours;
    private CommonCertificateVerifier dss;

    /** Builds a key, a self-signed certificate (the trust anchor of both), the PDF, and signs it. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        X509Certificate cert = selfSigned(keys);
        Path dir = Files.createTempDirectory("edoc-bench");
        Path in = Files.write(dir.resolve("in.pdf"), document(pages));
        Path out = dir.resolve("signed.pdf");
        PadesSigner.of(Clock.systemUTC(), null, RevocationSource.NONE).sign(in, out,
                KeyStoreSigningKey.of(keys.getPrivate(), List.of(cert)), SignatureParameters.of(PadesLevel.B_B));
        pdf = Files.readAllBytes(out);
        ours = PadesVerifier.builder().trustStore(TrustStore.of(List.of(cert))).build();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(cert));
        dss = new CommonCertificateVerifier();
        dss.setTrustedCertSources(trusted);
        dss.setAIASource(null);
        VerificationReport report = ours();
        Reports reports = dss();
        String dssIndication = String.valueOf(reports.getSimpleReport().getIndication(
                reports.getSimpleReport().getFirstSignatureId()));
        if (!report.allPassed() || !"TOTAL_PASSED".equals(dssIndication)) {
            throw new IllegalStateException("the benchmark input must pass both verifiers: ours "
                    + report.indication() + " " + report.signatures() + ", DSS " + dssIndication);
        }
        Files.delete(in);
        Files.delete(out);
        Files.delete(dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pdf = null;
    }

    @Benchmark
    public VerificationReport ours() {
        return ours.verify(pdf, "bench.pdf");
    }

    @Benchmark
    public Reports dss() {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(dss);
        return validator.validateDocument();
    }

    @Benchmark
    public byte[] sha256Floor() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(pdf);
    }

    static X509Certificate selfSigned(KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=Benchmark Signer,O=edoc,C=VN");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name,
                keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                | KeyUsage.keyCertSign));
        return new JcaX509CertificateConverter().getCertificate(b.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    /** Text on every page; with more than one page, an incompressible 128x128 image per page (about 50 KB). */
    static byte[] document(int pages) throws IOException {
        Random random = new Random(7);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (pages > 1) {
                        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(128, 128,
                                java.awt.image.BufferedImage.TYPE_INT_RGB);
                        for (int y = 0; y < 128; y++) {
                            for (int x = 0; x < 128; x++) {
                                img.setRGB(x, y, random.nextInt(0x1000000));
                            }
                        }
                        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
                        cs.drawImage(image, 72, 500, 128, 128);
                    }
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("QUYET DINH - page " + (p + 1));
                    for (int l = 0; l < 30; l++) {
                        cs.newLineAtOffset(0, -14);
                        cs.showText("Line " + l + " of the text that was signed and must not change.");
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
