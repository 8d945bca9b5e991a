package vn.edoc.examples.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.spi.RevocationSource;

/**
 * Writes a large signed PDF for the memory check of {@code edoc verify} (docs/benchmarks.md): {@code <megabytes>} of
 * pages, each with an incompressible image, signed PAdES B-B with a fresh self-signed RSA-2048 key whose
 * certificate is written next to it as the trust anchor. Usage:
 * {@code java -Xmx2g -cp edoc.jar vn.edoc.examples.bench.LargeSignedPdf <out.pdf> <megabytes> <anchor.pem>}.
 */
public final class LargeSignedPdf {

    private LargeSignedPdf() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long megabytes = Long.parseLong(args[1]);
        Path anchor = Path.of(args[2]);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        X509Certificate cert = VerifyBenchmark.selfSigned(keys);
        Files.writeString(anchor, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Path unsigned = Files.createTempFile("edoc-large-", ".pdf");
        Random random = new Random(11);
        // a 256x256 image of random pixels is about 200 KB even compressed
        int pages = (int) Math.max(1, megabytes * 1024 / 197);
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 256; y++) {
                    for (int x = 0; x < 256; x++) {
                        img.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, img), 72, 400, 256, 256);
                }
            }
            doc.save(unsigned.toFile());
        }
        PadesSigner.of(Clock.systemUTC(), null, RevocationSource.NONE).sign(unsigned, out,
                KeyStoreSigningKey.of(keys.getPrivate(), List.of(cert)), SignatureParameters.of(PadesLevel.B_B));
        Files.delete(unsigned);
        System.out.println(out + ": " + Files.size(out) + " bytes, " + pages + " pages; anchor " + anchor);
    }
}
