package vn.edoc.examples.bench;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
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
import vn.edoc.signature.sign.SigningKey;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.TimestampClient;

/**
 * Signing a PDF (ký số PAdES), ours ({@link PadesSigner}) against EU DSS 6.4 ({@code PAdESService} with PDFBox) on
 * the same input file, the same RSA-2048 key and the same in-process time-stamping authority, in the same run:
 * <ul>
 *   <li>{@code ours} / {@code dss}: one invisible signature, B-B or B-T ({@code level}), SHA-256, read from a file
 *       and written to a file;</li>
 *   <li>{@code limit}: what no signer can avoid, SHA-256 over the whole file read from disk plus one RSA-2048
 *       private-key operation.</li>
 * </ul>
 * Inputs ({@code pages}): a 1-page document with Vietnamese text (about 30 kB with its embedded font subset) and a
 * 100-page document of about 5 MB (text plus an incompressible 128×128 image per page).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SigningBenchmark {

    @Param({"1", "100"})
    public int pages;

    @Param({"B_B", "B_T"})
    public String level;

    private Path dir;
    private Path input;
    private Path output;
    private TestPki pki;
    private SigningKey key;
    private PadesSigner ours;
    private SignatureParameters parameters;
    private PAdESService dss;
    private PAdESSignatureParameters dssParameters;
    private Signature rsa;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("edoc-bench-sign");
        input = pages == 1 ? TestPdfs.document(dir.resolve("in.pdf"), 1) : heavy(dir.resolve("in.pdf"), pages);
        output = dir.resolve("out.pdf");
        pki = TestPki.shared(TestPki.KeyKind.RSA_2048);
        key = KeyStoreSigningKey.of(pki.person().privateKey(), pki.person().chain());
        TimestampClient tsa = pki.timestampClient();
        ours = PadesSigner.of(Clock.systemUTC(), tsa, RevocationSource.NONE);
        PadesLevel padesLevel = PadesLevel.valueOf(level);
        parameters = SignatureParameters.of(padesLevel);

        dss = new PAdESService(new CommonCertificateVerifier());
        dss.setTspSource((digestAlgorithm, digest) ->
                new TimestampBinary(tsa.timestamp(digest, digestAlgorithm.getJavaName())));
        dssParameters = new PAdESSignatureParameters();
        dssParameters.setSignatureLevel(padesLevel == PadesLevel.B_B
                ? eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B
                : eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_T);
        dssParameters.setDigestAlgorithm(eu.europa.esig.dss.enumerations.DigestAlgorithm.SHA256);
        dssParameters.setSigningCertificate(new CertificateToken(pki.person().certificate()));
        List<CertificateToken> chain = new ArrayList<>();
        pki.person().chain().forEach(c -> chain.add(new CertificateToken(c)));
        dssParameters.setCertificateChain(chain);

        rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pki.person().privateKey());
        // Both must produce a signed file, or the comparison means nothing.
        ours();
        dss();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public long ours() throws IOException {
        ours.sign(input, output, key, parameters);
        return Files.size(output);
    }

    @Benchmark
    public long dss() throws IOException {
        DSSDocument document = new FileDocument(input.toFile());
        ToBeSigned toBeSigned = dss.getDataToSign(document, dssParameters);
        byte[] value;
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pki.person().privateKey());
            signature.update(toBeSigned.getBytes());
            value = signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        DSSDocument signed = dss.signDocument(document, dssParameters,
                new SignatureValue(SignatureAlgorithm.RSA_SHA256, value));
        try (OutputStream out = Files.newOutputStream(output)) {
            signed.writeTo(out);
        }
        return Files.size(output);
    }

    @Benchmark
    public byte[] limit() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(input)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        rsa.update(sha.digest());
        return rsa.sign();
    }

    /** A document of {@code pages} pages, each with text and an incompressible 128×128 RGB image (~49 kB). */
    static Path heavy(Path file, int pages) {
        Random random = new Random(42);
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage image = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
                for (int x = 0; x < 128; x++) {
                    for (int y = 0; y < 128; y++) {
                        image.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, image), 60, 500, 300, 300);
                    content.beginText();
                    content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN), 12);
                    content.newLineAtOffset(60, 450);
                    content.showText("Page " + (p + 1));
                    content.endText();
                }
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
