package vn.edoc.examples.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A one-page administrative document as a real PDF (văn bản hành chính, tệp PDF), laid out after Decree 30/2020
 * Phụ lục I: the issuing organisation top left, the national motto top right, the number line (left blank until the
 * clerk registers the document), place and date, the title, the body, the signature block with its placeholder for
 * the visible signature, and the recipients. Text is Vietnamese, in Liberation Serif (metric-compatible with Times New
 * Roman, SIL OFL, the font bundled with edoc-signature), embedded as a subset.
 */
public final class DemoPdf {

    /** The white text in the signature block the person's visible signature is centred on. */
    public static final String PLACEHOLDER = "[chu-ky-so]";

    private static final String FONTS = "/vn/edoc/signature/appearance/fonts/";
    private static final float LEFT = 60;
    private static final float RIGHT = 545;

    /**
     * What the page shows.
     *
     * @param parent       the superior organisation's name, above the issuer's (empty for none)
     * @param issuer       the issuing organisation's name
     * @param numberLine   the number line as drafted, e.g. {@code "Số:      /QĐ-UBND"}
     * @param place        the place in the date line
     * @param day          the date of the date line
     * @param title        the document's title (QUYẾT ĐỊNH…), empty for an official letter
     * @param subject      the abstract (trích yếu)
     * @param body         the paragraphs
     * @param competence   the competence line of the signature block (KT. CHỦ TỊCH), empty for none
     * @param signerTitle  the signer's title (PHÓ CHỦ TỊCH)
     * @param signerName   the signer's full name
     * @param recipients   the "Nơi nhận" lines
     */
    public record Page(String parent, String issuer, String numberLine, String place, LocalDate day, String title,
                       String subject, List<String> body, String competence, String signerTitle, String signerName,
                       List<String> recipients) {
        /** Refuses missing parts. */
        public Page {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(numberLine, "numberLine");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subject, "subject");
            body = List.copyOf(body);
            Objects.requireNonNull(competence, "competence");
            Objects.requireNonNull(signerTitle, "signerTitle");
            Objects.requireNonNull(signerName, "signerName");
            recipients = List.copyOf(recipients);
        }
    }

    private DemoPdf() {
    }

    /** The PDF bytes of {@code page}. */
    public static byte[] of(Page page) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "LiberationSerif-Regular.ttf");
            PDFont bold = font(document, "LiberationSerif-Bold.ttf");
            PDPage p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(page.subject());
            info.setAuthor(page.issuer());
            info.setCreator("edoc demo");
            try (PDPageContentStream c = new PDPageContentStream(document, p)) {
                float y = 800;
                if (!page.parent().isEmpty()) {
                    centred(c, regular, 12, 165, y, upper(page.parent()));
                    y -= 15;
                }
                centred(c, bold, 12, 165, y, upper(page.issuer()));
                centred(c, bold, 12, 410, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                centred(c, bold, 13, 410, 785, "Độc lập - Tự do - Hạnh phúc");
                y = Math.min(y - 25, 762);
                centred(c, regular, 13, 165, y, page.numberLine());
                if (page.title().isEmpty()) {
                    centred(c, regular, 11, 165, y - 16, "V/v " + page.subject());
                }
                String date = page.place() + ", ngày " + String.format(Locale.ROOT, "%02d", page.day().getDayOfMonth())
                        + " tháng " + String.format(Locale.ROOT, "%02d", page.day().getMonthValue()) + " năm "
                        + page.day().getYear();
                centred(c, regular, 13, 410, y, date);
                y -= 55;
                if (!page.title().isEmpty()) {
                    centred(c, bold, 14, 297, y, upper(page.title()));
                    y -= 18;
                    for (String line : wrap(bold, 13, page.subject(), 400)) {
                        centred(c, bold, 13, 297, y, line);
                        y -= 17;
                    }
                    y -= 12;
                }
                for (String paragraph : page.body()) {
                    for (String line : wrap(regular, 13, paragraph, RIGHT - LEFT - 20)) {
                        text(c, regular, 13, LEFT + 20, y, line);
                        y -= 18;
                    }
                    y -= 4;
                }
                float block = Math.min(y - 20, 300);
                float by = block;
                if (!page.competence().isEmpty()) {
                    centred(c, bold, 13, 420, by, upper(page.competence()));
                    by -= 16;
                }
                centred(c, bold, 13, 420, by, upper(page.signerTitle()));
                c.setNonStrokingColor(1f, 1f, 1f);
                centred(c, regular, 10, 420, by - 45, PLACEHOLDER);
                c.setNonStrokingColor(0f, 0f, 0f);
                centred(c, bold, 13, 420, by - 95, page.signerName());
                float ry = block;
                text(c, bold, 11, LEFT, ry, "Nơi nhận:");
                for (String r : page.recipients()) {
                    ry -= 14;
                    text(c, regular, 10, LEFT, ry, "- " + r + ";");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static PDFont font(PDDocument document, String name) throws IOException {
        try (InputStream in = DemoPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is not on the class path (edoc-signature bundles it)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void centred(PDPageContentStream c, PDFont font, float size, float centre, float y, String s)
            throws IOException {
        float w = font.getStringWidth(s) / 1000 * size;
        text(c, font, size, centre - w / 2, y, s);
    }

    private static void text(PDPageContentStream c, PDFont font, float size, float x, float y, String s)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(s);
        c.endText();
    }
}
