package vn.edoc.signature.appearance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.edoc.signature.sign.SigningViolation;
import vn.edoc.validation.EdocRuleException;

/**
 * Lays out a {@link SignatureAppearance} on a PDF being signed: finds the page and the rectangle, and draws the
 * widget's normal appearance stream (images with their transparency as soft masks, text in the bundled Liberation
 * Serif, embedded as a subset so that every Vietnamese letter shows in any viewer). Used by the signer; not needed
 * by callers.
 */
public final class AppearanceWriter {

    /**
     * The key under which the person signature's widget records where its image is, in page space
     * ({@code [x y width height]}), so that the organisation's seal can cover its left third. PDF readers ignore
     * keys they do not know.
     */
    public static final COSName SIGNER_IMAGE_KEY = COSName.getPDFName("EdocSignerImage");

    static final String REGULAR = "/vn/edoc/signature/appearance/fonts/LiberationSerif-Regular.ttf";
    static final String BOLD = "/vn/edoc/signature/appearance/fonts/LiberationSerif-Bold.ttf";
    private static final float MM = 72f / 25.4f;

    /**
     * Where the widget goes and what it shows.
     *
     * @param pageIndex  the 0-based page
     * @param rectangle  the widget's rectangle in page space
     * @param appearance the normal appearance stream
     * @param imageBox   for a person signature, the image's rectangle in page space
     */
    public record Widget(int pageIndex, PDRectangle rectangle, PDAppearanceStream appearance,
                         Optional<PDRectangle> imageBox) {
    }

    private AppearanceWriter() {
    }

    /** Lays out {@code appearance} on {@code document}. */
    public static Widget layout(PDDocument document, SignatureAppearance appearance) {
        try {
            if (appearance instanceof PersonAppearance person) {
                return person(document, person);
            }
            if (appearance instanceof SealAppearance seal) {
                return seal(document, seal);
            }
            return text(document, (TextAppearance) appearance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the image box of a person widget in its dictionary. */
    public static void markImageBox(PDAnnotationWidget widget, PDRectangle box) {
        COSArray array = new COSArray();
        array.add(new COSFloat(box.getLowerLeftX()));
        array.add(new COSFloat(box.getLowerLeftY()));
        array.add(new COSFloat(box.getWidth()));
        array.add(new COSFloat(box.getHeight()));
        widget.getCOSObject().setItem(SIGNER_IMAGE_KEY, array);
    }

    // ---- person -------------------------------------------------------------------------------------------

    private static Widget person(PDDocument document, PersonAppearance a) throws IOException {
        Located where = locate(document, a.placement());
        float w = where.rect.getWidth();
        float h = where.rect.getHeight();
        PDAppearanceStream stream = newStream(document, w, h);
        BufferedImage image = readImage(a.signerImagePng(), "chữ ký (signer)");
        float titleSize = 13;
        float lineHeight = titleSize * 1.35f;
        float top = a.title().isPresent() ? lineHeight : 0;
        float bottom = a.name().isPresent() ? lineHeight : 0;
        float areaH = h - top - bottom;
        if (areaH < h * 0.3f) {
            throw EdocRuleException.of(SigningViolation.PLACEMENT_INVALID, "placement",
                    "the box is too low for the title, the image and the name");
        }
        float scale = Math.min(w / image.getWidth(), areaH / image.getHeight());
        float iw = image.getWidth() * scale;
        float ih = image.getHeight() * scale;
        float ix = (w - iw) / 2;
        float iy = bottom + (areaH - ih) / 2;
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            content.drawImage(xobject, ix, iy, iw, ih);
            if (a.title().isPresent() || a.name().isPresent()) {
                PDFont bold = font(document, BOLD);
                content.setNonStrokingColor(0f, 0f, 0f);
                if (a.title().isPresent()) {
                    centred(content, bold, titleSize, a.title().get(), w, h - lineHeight + 4);
                }
                if (a.name().isPresent()) {
                    centred(content, bold, titleSize, a.name().get(), w, 4);
                }
            }
        }
        PDRectangle imageBox = new PDRectangle(where.rect.getLowerLeftX() + ix, where.rect.getLowerLeftY() + iy,
                iw, ih);
        return new Widget(where.page, where.rect, stream, Optional.of(imageBox));
    }

    // ---- seal ---------------------------------------------------------------------------------------------

    private static Widget seal(PDDocument document, SealAppearance a) throws IOException {
        BufferedImage image = readImage(a.sealPng(), "dấu (seal)");
        float sw = a.widthPoints();
        float sh = sw * image.getHeight() / image.getWidth();
        Located where;
        if (a.placement().isPresent()) {
            where = locate(document, a.placement().get());
        } else {
            PersonBox person = lastPersonSignature(document);
            // Decree 30/2020 Phụ lục I §8a: the seal covers about a third of the signer's image, on its left.
            float x = person.image.getLowerLeftX() + person.image.getWidth() / 3f - sw;
            float y = person.image.getLowerLeftY() + person.image.getHeight() / 2f - sh / 2f;
            where = new Located(person.page, new PDRectangle(x, y, sw, sh));
        }
        float w = where.rect.getWidth();
        float h = where.rect.getHeight();
        PDAppearanceStream stream = newStream(document, w, h);
        float scale = Math.min(w / image.getWidth(), h / image.getHeight());
        float iw = image.getWidth() * scale;
        float ih = image.getHeight() * scale;
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.drawImage(LosslessFactory.createFromImage(document, image), (w - iw) / 2, (h - ih) / 2, iw, ih);
        }
        return new Widget(where.page, where.rect, stream, Optional.empty());
    }

    private record PersonBox(int page, PDRectangle image) {
    }

    private static PersonBox lastPersonSignature(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        PDSignatureField found = null;
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField s && s.getPartialName() != null
                        && s.getPartialName().startsWith("PersonSignature") && s.getSignature() != null) {
                    found = s;
                }
            }
        }
        if (found == null || found.getWidgets().isEmpty()) {
            throw EdocRuleException.of(SigningViolation.PLACEMENT_INVALID, "placement",
                    "no person signature to put the seal on, and no placement given");
        }
        PDAnnotationWidget widget = found.getWidgets().get(0);
        int page = document.getPages().indexOf(widget.getPage());
        if (page < 0) {
            page = pageOfAnnotation(document, widget);
        }
        PDRectangle box = widget.getRectangle();
        COSBase marked = widget.getCOSObject().getDictionaryObject(SIGNER_IMAGE_KEY);
        if (marked instanceof COSArray array && array.size() == 4) {
            float[] v = new float[4];
            for (int i = 0; i < 4; i++) {
                if (array.getObject(i) instanceof COSNumber n) {
                    v[i] = n.floatValue();
                }
            }
            box = new PDRectangle(v[0], v[1], v[2], v[3]);
        }
        if (page < 0 || box == null || box.getWidth() <= 0) {
            throw EdocRuleException.of(SigningViolation.PLACEMENT_INVALID, "placement",
                    "the person signature has no visible widget");
        }
        return new PersonBox(page, box);
    }

    private static int pageOfAnnotation(PDDocument document, PDAnnotationWidget widget) {
        int index = 0;
        for (PDPage page : document.getPages()) {
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annots != null) {
                for (int i = 0; i < annots.size(); i++) {
                    if (annots.getObject(i) == widget.getCOSObject()) {
                        return index;
                    }
                }
            }
            index++;
        }
        return -1;
    }

    // ---- text ---------------------------------------------------------------------------------------------

    private static Widget text(PDDocument document, TextAppearance a) throws IOException {
        PDFont regular = font(document, REGULAR);
        PDFont bold = a.heading().isPresent() ? font(document, BOLD) : null;
        float headingSize = 13;
        float size = 10;
        float width = 0;
        if (bold != null) {
            width = bold.getStringWidth(a.heading().get()) / 1000 * headingSize;
        }
        for (String line : a.lines()) {
            width = Math.max(width, regular.getStringWidth(line) / 1000 * size);
        }
        float pad = 2;
        float height = (bold != null ? headingSize * 1.25f : 0) + a.lines().size() * size * 1.25f + 2 * pad;
        width += 2 * pad;
        Located where;
        if (a.placement().isPresent()) {
            where = locate(document, a.placement().get());
        } else {
            // Top right of the first page: 20 mm from the right edge (the right margin), 10 mm from the top.
            PDRectangle media = document.getPage(0).getCropBox();
            where = new Located(0, new PDRectangle(media.getUpperRightX() - 20 * MM - width,
                    media.getUpperRightY() - 10 * MM - height, width, height));
        }
        PDAppearanceStream stream = newStream(document, where.rect.getWidth(), where.rect.getHeight());
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.setNonStrokingColor(0f, 0f, 0f);
            float y = where.rect.getHeight() - pad;
            if (bold != null) {
                y -= headingSize;
                line(content, bold, headingSize, a.heading().get(), pad, y);
                y -= headingSize * 0.25f;
            }
            for (String line : a.lines()) {
                y -= size;
                line(content, regular, size, line, pad, y);
                y -= size * 0.25f;
            }
        }
        return new Widget(where.page, where.rect, stream, Optional.empty());
    }

    // ---- shared -------------------------------------------------------------------------------------------

    private record Located(int page, PDRectangle rect) {
    }

    private static Located locate(PDDocument document, Placement placement) throws IOException {
        int pages = document.getNumberOfPages();
        if (placement instanceof Placement.At at) {
            if (at.pageIndex() >= pages) {
                throw EdocRuleException.of(SigningViolation.PLACEMENT_INVALID, "placement",
                        "page " + (at.pageIndex() + 1) + " of a " + pages + "-page document");
            }
            return new Located(at.pageIndex(), new PDRectangle(at.x(), at.y(), at.width(), at.height()));
        }
        if (placement instanceof Placement.LastPageBottomRight b) {
            PDRectangle media = document.getPage(pages - 1).getCropBox();
            return new Located(pages - 1, new PDRectangle(media.getUpperRightX() - 20 * MM - b.width(),
                    media.getLowerLeftY() + 40 * MM, b.width(), b.height()));
        }
        Placement.Placeholder p = (Placement.Placeholder) placement;
        PlaceholderFinder finder = new PlaceholderFinder(p.text());
        for (int i = 0; i < pages && finder.found == null; i++) {
            finder.setStartPage(i + 1);
            finder.setEndPage(i + 1);
            finder.page = i;
            finder.getText(document);
        }
        if (finder.found == null) {
            throw EdocRuleException.of(SigningViolation.PLACEMENT_INVALID, "placement",
                    "the placeholder text \"" + p.text() + "\" is not in the document");
        }
        PDRectangle box = finder.found;
        float cx = box.getLowerLeftX() + box.getWidth() / 2;
        float cy = box.getLowerLeftY() + box.getHeight() / 2;
        return new Located(finder.foundPage, new PDRectangle(cx - p.width() / 2, cy - p.height() / 2,
                p.width(), p.height()));
    }

    /** Finds the first occurrence of a text on a page and its box in page space. */
    private static final class PlaceholderFinder extends PDFTextStripper {
        private final String wanted;
        private int page;
        private PDRectangle found;
        private int foundPage;

        PlaceholderFinder(String wanted) {
            this.wanted = wanted;
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (found != null) {
                return;
            }
            int at = text.indexOf(wanted);
            if (at < 0 || positions.size() != text.length()) {
                if (at >= 0) {
                    fromPositions(positions);
                }
                return;
            }
            fromPositions(positions.subList(at, at + wanted.length()));
        }

        private void fromPositions(List<TextPosition> glyphs) {
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (TextPosition g : glyphs) {
                float pageHeight = g.getPageHeight();
                float x = g.getXDirAdj();
                float baseline = pageHeight - g.getYDirAdj();
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x + g.getWidthDirAdj());
                minY = Math.min(minY, baseline);
                maxY = Math.max(maxY, baseline + g.getHeightDir());
            }
            if (minX <= maxX) {
                found = new PDRectangle(minX, minY, maxX - minX, Math.max(1, maxY - minY));
                foundPage = page;
            }
        }
    }

    private static PDAppearanceStream newStream(PDDocument document, float w, float h) {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(w, h));
        stream.setResources(new PDResources());
        return stream;
    }

    private static BufferedImage readImage(byte[] png, String what) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw EdocRuleException.of(SigningViolation.IMAGE_INVALID, "image", what, "unreadable PNG");
            }
            return image;
        } catch (IOException e) {
            throw EdocRuleException.of(SigningViolation.IMAGE_INVALID, "image", what, "unreadable PNG");
        }
    }

    /** Loads a bundled font, embedded as a subset. */
    static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = AppearanceWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, String text, float width,
                                float y) throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        float actual = textWidth > width ? size * width / textWidth : size;
        float x = (width - font.getStringWidth(text) / 1000 * actual) / 2;
        line(content, font, actual, text, x, y);
    }

    private static void line(PDPageContentStream content, PDFont font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
