package vn.edoc.examples.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.RevocationSource;

/**
 * Signs a large PDF (200 MB by default) in a small heap, to show the signer streams: run with {@code -Xmx256m}
 * (docs/benchmarks.md). Writes {@code <dir>/large.pdf} when missing (pages of incompressible 1 MB images, built
 * through PDFBox's temporary-file cache), signs it B-T with the test PKI's in-process TSA into
 * {@code <dir>/large-signed.pdf}, and prints the sizes, the time and the peak heap use.
 */
public final class LargePdfSigning {

    private LargePdfSigning() {
    }

    /** {@code <dir> [megabytes]}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path input = dir.resolve("large.pdf");
        if (!Files.exists(input) || Files.size(input) < megabytes * 1_000_000L) {
            generate(input, megabytes);
        }
        resetPeaks();
        TestPki pki = TestPki.shared(TestPki.KeyKind.RSA_2048);
        PadesSigner signer = PadesSigner.of(Clock.systemUTC(), pki.timestampClient(), RevocationSource.NONE);
        Path output = dir.resolve("large-signed.pdf");
        long start = System.nanoTime();
        signer.sign(input, output, KeyStoreSigningKey.of(pki.person().privateKey(), pki.person().chain()),
                SignatureParameters.of(PadesLevel.B_T));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("input %,d bytes, signed %,d bytes, %d ms, max heap %d MiB, peak heap used %d MiB%n",
                Files.size(input), Files.size(output), millis, Runtime.getRuntime().maxMemory() >> 20,
                peakHeap() >> 20);
    }

    private static void generate(Path file, int megabytes) throws IOException {
        Random random = new Random(7);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            int pages = megabytes; // one ~1 MB image per page
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
                for (int x = 0; x < 600; x++) {
                    for (int y = 0; y < 600; y++) {
                        image.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, image), 50, 200, 500, 500);
                }
            }
            document.save(file.toFile());
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
