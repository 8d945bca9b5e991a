package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class FormatPolicyTest {

    private final FormatPolicy policy = FormatPolicy.defaults();

    // ---- tiny real files ----

    static byte[] pdf() {
        String body = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] ole2() {
        byte[] header = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, header, 0, magic.length);
        header[0x1C] = (byte) 0xFE; // byte order mark of the compound file header
        header[0x1D] = (byte) 0xFF;
        return header;
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(namesAndContents[i]);
                if (namesAndContents[i].equals("mimetype")) {
                    // ODF wants the mimetype entry stored, not deflated
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    }

    static byte[] xlsx() throws IOException {
        return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
    }

    static byte[] odt() throws IOException {
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>");
    }

    static byte[] ods() throws IOException {
        return zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");
    }

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0x1E90FF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).as("ImageIO writes " + format).isTrue();
        return out.toByteArray();
    }

    private ValidationResult check(String name, byte[] content) {
        return policy.checkContent(name, Arrays.copyOf(content, Math.min(content.length, FormatPolicy.HEAD_BYTES)),
                content.length, "attachments[0]");
    }

    // ---- accepted ----

    @Test
    void realFilesOfEveryDefaultFormatAreAccepted() throws IOException {
        assertThat(check("qd.pdf", pdf()).violations()).isEmpty();
        assertThat(check("cv.doc", ole2()).violations()).isEmpty();
        assertThat(check("bang.xls", ole2()).violations()).isEmpty();
        assertThat(check("cv.docx", docx()).violations()).isEmpty();
        assertThat(check("bang.xlsx", xlsx()).violations()).isEmpty();
        assertThat(check("cv.odt", odt()).violations()).isEmpty();
        assertThat(check("bang.ods", ods()).violations()).isEmpty();
        assertThat(check("cv.rtf", "{\\rtf1\\ansi Xin chao}".getBytes(StandardCharsets.US_ASCII)).violations())
                .isEmpty();
        assertThat(check("ghi-chu.txt", "Ủy ban nhân dân tỉnh".getBytes(StandardCharsets.UTF_8)).violations())
                .isEmpty();
        assertThat(check("so-lieu.csv", "xã,dân số\nMai Sơn,1000\n".getBytes(StandardCharsets.UTF_8)).violations())
                .isEmpty();
        assertThat(check("anh.png", image("png")).violations()).isEmpty();
        assertThat(check("anh.jpg", image("jpeg")).violations()).isEmpty();
        assertThat(check("anh.JPEG", image("jpeg")).violations()).isEmpty();
        assertThat(check("anh.gif", image("gif")).violations()).isEmpty();
        assertThat(check("anh.bmp", image("bmp")).violations()).isEmpty();
        assertThat(check("scan.tif", image("tiff")).violations()).isEmpty();
        assertThat(check("ban-ve.dwg", "AC1032\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII)).violations()).isEmpty();
        assertThat(check("ban-ve.dxf", "  0\nSECTION\n  2\nHEADER\n  0\nENDSEC\n  0\nEOF\n"
                .getBytes(StandardCharsets.US_ASCII)).violations()).isEmpty();
        FormatPolicy withSvg = FormatPolicy.defaults().toBuilder().allow("svg", "image/svg+xml", MagicCheck.SVG)
                .build();
        assertThat(withSvg.checkContent("so-do.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8), 60, "a").violations()).isEmpty();
    }

    @Test
    void legacyEightBitVietnameseTextIsText() {
        // "Việt Nam" in Windows-1258 (decomposed tones): 8-bit, no NUL byte
        byte[] cp1258 = "Vie\u0323t Nam".getBytes(Charset.forName("windows-1258"));
        assertThat(check("cu.txt", cp1258).violations()).isEmpty();
        byte[] tcvn3 = {'V', 'i', (byte) 0xD6, 't', ' ', 'N', 'a', 'm'};
        assertThat(check("cu.txt", tcvn3).violations()).isEmpty();
    }

    // ---- refused ----

    @Test
    void aPdfThatIsTextIsRefusedR_FMT_3() {
        ValidationResult r = check("quyet-dinh.pdf", "Quyết định số 123".getBytes(StandardCharsets.UTF_8));
        assertThat(r.errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH.code());
            assertThat(v.ruleId()).isEqualTo("R-FMT-3");
            assertThat(v.path()).isEqualTo("attachments[0]");
            assertThat(v.messageEn()).contains("text/plain").contains("PDF");
        });
    }

    @Test
    void aDisguisedExecutableIsRefused() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(check("cong-van.doc", exe).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
        assertThat(check("anh.png", exe).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
    }

    @Test
    void formatsAreNotInterchangeable() throws IOException {
        assertThat(check("cv.ods", odt()).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
        assertThat(check("cv.docx", odt()).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
        assertThat(check("cv.odt", docx()).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
        assertThat(check("anh.png", image("jpeg")).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
        assertThat(check("ghi-chu.txt", pdf()).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
        assertThat(check("ghi-chu.txt", image("png")).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
    }

    @Test
    void utf16TextIsNotAcceptedAsText() {
        byte[] utf16 = "Ủy ban".getBytes(StandardCharsets.UTF_16LE);
        assertThat(check("a.txt", utf16).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
    }

    @Test
    void leadingGarbageBeforeThePdfHeaderIsToleratedUpTo1024BytesWithAWarning() {
        byte[] shifted = concat(new byte[100], pdf());
        ValidationResult r = check("qd.pdf", shifted);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(Violation::code).containsExactly("EDOC-DOC-029");
        byte[] tooFar = concat(new byte[1024], pdf());
        assertThat(check("qd.pdf", tooFar).has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "script.js", "noextension", "archive.zip", "a.pdf.exe", "trailing."})
    void namesOutsideTheListAreRefused(String name) {
        ValidationResult r = policy.checkName(name, "attachments[2].name");
        assertThat(r.has(DocumentViolation.ATTACHMENT_FORMAT_NOT_ALLOWED)).isTrue();
        assertThat(r.errors()).allSatisfy(v -> assertThat(v.path()).isEqualTo("attachments[2].name"));
    }

    @Test
    void namesWithFoldersOrControlCharactersAreRefused() {
        assertThat(policy.checkName("../../etc/x.pdf", "n").errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(DocumentViolation.ATTACHMENT_NAME_INVALID.code());
            assertThat(v.messageEn()).contains("folder separator");
            assertThat(v.messageVi()).contains("thư mục");
        });
        assertThat(policy.checkName("C:\\x.pdf", "n").has(DocumentViolation.ATTACHMENT_NAME_INVALID)).isTrue();
        assertThat(policy.checkName("a\u0000.pdf", "n").has(DocumentViolation.ATTACHMENT_NAME_INVALID)).isTrue();
        assertThat(policy.checkName("  ", "n").has(DocumentViolation.ATTACHMENT_NAME_MISSING)).isTrue();
        assertThat(policy.checkName(null, "n").has(DocumentViolation.ATTACHMENT_NAME_MISSING)).isTrue();
        assertThat(policy.checkName("Quyết định 123.PDF", "n").violations()).isEmpty();
    }

    @Test
    void sizeIsLimitedPerDeploymentAndContentMustBeGiven() {
        FormatPolicy small = policy.withMaxSize(100);
        assertThat(small.checkContent("qd.pdf", pdf(), 101, "a").has(DocumentViolation.ATTACHMENT_TOO_LARGE)).isTrue();
        assertThat(small.checkContent("qd.pdf", pdf(), 100, "a").violations()).isEmpty();
        assertThat(policy.checkContent("qd.pdf", pdf(), -1, "a").has(DocumentViolation.ATTACHMENT_SIZE_INVALID))
                .isTrue();
        assertThat(policy.checkContent("qd.pdf", new byte[0], 10, "a").has(DocumentViolation.ATTACHMENT_CONTENT_MISSING))
                .isTrue();
        assertThat(policy.checkContent("qd.pdf", null, 10, "a").has(DocumentViolation.ATTACHMENT_CONTENT_MISSING))
                .isTrue();
        assertThat(policy.maxSize()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void sniffingNamesTheRealFormat() throws IOException {
        assertThat(policy.sniffMediaType(pdf())).contains("application/pdf");
        assertThat(policy.sniffMediaType(ole2())).contains("application/x-ole-storage");
        assertThat(policy.sniffMediaType(docx()))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(policy.sniffMediaType(xlsx()))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(policy.sniffMediaType(odt())).contains("application/vnd.oasis.opendocument.text");
        assertThat(policy.sniffMediaType(zip("a.txt", "x"))).contains("application/zip");
        assertThat(policy.sniffMediaType(image("png"))).contains("image/png");
        assertThat(policy.sniffMediaType(image("jpeg"))).contains("image/jpeg");
        assertThat(policy.sniffMediaType(image("gif"))).contains("image/gif");
        assertThat(policy.sniffMediaType(image("bmp"))).contains("image/bmp");
        assertThat(policy.sniffMediaType(image("tiff"))).contains("image/tiff");
        assertThat(policy.sniffMediaType("{\\rtf1}".getBytes(StandardCharsets.US_ASCII))).contains("application/rtf");
        assertThat(policy.sniffMediaType("<svg/>".getBytes(StandardCharsets.US_ASCII))).contains("image/svg+xml");
        assertThat(policy.sniffMediaType("xin chào".getBytes(StandardCharsets.UTF_8))).contains("text/plain");
        assertThat(policy.sniffMediaType(new byte[] {0, 1, 2, 3})).isEmpty();
        assertThat(policy.sniffMediaType(new byte[0])).isEmpty();
        assertThat(policy.sniffMediaType(null)).isEmpty();
    }

    @Test
    void aDeploymentChoosesItsOwnFormats() {
        MagicCheck dgn = MagicCheck.prefix("MicroStation DGN", "image/vnd.dgn", new byte[] {0x08, 0x09, (byte) 0xFE});
        FormatPolicy custom = FormatPolicy.builder()
                .allow("pdf", MagicCheck.PDF)
                .allow(".DGN", "image/vnd.dgn", dgn)
                .build();
        assertThat(custom.extensions()).containsExactly("pdf", "dgn");
        assertThat(custom.checkContent("ban-do.dgn", new byte[] {0x08, 0x09, (byte) 0xFE, 1}, 4, "a").violations())
                .isEmpty();
        assertThat(custom.checkName("cv.docx", "a").has(DocumentViolation.ATTACHMENT_FORMAT_NOT_ALLOWED)).isTrue();
        assertThat(custom.sniffMediaType(new byte[] {0x08, 0x09, (byte) 0xFE, 1})).contains("image/vnd.dgn");
        FormatPolicy noDxf = FormatPolicy.defaults().toBuilder().disallow("dxf").build();
        assertThat(noDxf.allows("x.dxf")).isFalse();
        assertThat(FormatPolicy.defaults().allows("x.dxf")).isTrue();
        assertThatThrownBy(() -> FormatPolicy.builder().allow("p d f", MagicCheck.PDF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFaultyCustomCheckDoesNotBreakValidation() {
        MagicCheck broken = MagicCheck.of("broken", "application/x-broken", head -> {
            throw new IllegalStateException("bug");
        });
        FormatPolicy custom = FormatPolicy.builder().allow("brk", broken).build();
        assertThat(custom.checkContent("a.brk", new byte[] {1}, 1, "a").has(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH))
                .isTrue();
    }

    @Test
    void mediaTypesFitTheirExtension() {
        assertThat(policy.mediaTypeFits("a.pdf", "application/pdf")).isTrue();
        assertThat(policy.mediaTypeFits("a.pdf", "Application/PDF; charset=binary")).isTrue();
        assertThat(policy.mediaTypeFits("a.pdf", "application/octet-stream")).isTrue();
        assertThat(policy.mediaTypeFits("a.rtf", "text/rtf")).isTrue();
        assertThat(policy.mediaTypeFits("a.pdf", "image/png")).isFalse();
        assertThat(FormatPolicy.isMediaType("application/pdf")).isTrue();
        assertThat(FormatPolicy.isMediaType("pdf")).isFalse();
        assertThat(FormatPolicy.isMediaType("a/b c")).isFalse();
    }

    @Test
    void extensionsAreReadFromTheLastDot() {
        assertThat(FormatPolicy.extensionOf("a.tar.GZ")).contains("gz");
        assertThat(FormatPolicy.extensionOf(".bashrc")).isEmpty();
        assertThat(FormatPolicy.extensionOf("dir.d/file")).isEmpty();
        assertThat(FormatPolicy.extensionOf(null)).isEmpty();
        assertThat(FormatPolicy.isPdf("QD.Pdf")).isTrue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
