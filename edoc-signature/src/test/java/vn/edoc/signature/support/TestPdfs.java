package vn.edoc.signature.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes the PDFs the signature tests sign: an A4 administrative document with Vietnamese text. */
public final class TestPdfs {

    /** The placeholder written (in white) between the signer's title and name. */
    public static final String PLACEHOLDER = "[ky-so-nguoi-ky]";

    private TestPdfs() {
    }

    /**
     * A document of {@code pages} A4 pages: the heading, body lines, and on the last page the signature block with
     * the title "CHỦ TỊCH", {@link #PLACEHOLDER} in white below it and the name 45 mm below the title.
     */
    public static Path document(Path file, int pages) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "LiberationSerif-Regular.ttf");
            PDFont bold = font(document, "LiberationSerif-Bold.ttf");
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    text(content, bold, 13, 60, 790, "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN");
                    text(content, bold, 13, 330, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                    text(content, regular, 13, 60, 760, "Số: 12/QĐ-UBND");
                    text(content, regular, 13, 330, 760, "Lạng Sơn, ngày 24 tháng 01 năm 2025");
                    text(content, bold, 14, 230, 720, "QUYẾT ĐỊNH");
                    for (int line = 0; line < 28; line++) {
                        text(content, regular, 13, 70, 690 - line * 17,
                                "Trang " + (p + 1) + ", dòng " + (line + 1)
                                        + ": Về việc ban hành quy chế quản lý văn bản điện tử.");
                    }
                    if (p == pages - 1) {
                        text(content, bold, 13, 380, 190, "CHỦ TỊCH");
                        content.setNonStrokingColor(1f, 1f, 1f);
                        text(content, regular, 10, 375, 150, PLACEHOLDER);
                        content.setNonStrokingColor(0f, 0f, 0f);
                        text(content, bold, 13, 360, 62, "Nguyễn Văn Chiến");
                    }
                }
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String name) throws IOException {
        try (InputStream in = TestPdfs.class.getResourceAsStream("/vn/edoc/signature/appearance/fonts/" + name)) {
            return PDType0Font.load(document, in, true);
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
