package vn.edoc.signature.verify;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.edoc.spi.VerificationViolation;
import vn.edoc.validation.Violation;

/**
 * Renders a page of the signed revision and of the final document and compares the pixels (so sánh hình ảnh
 * trang): any difference outside the areas of allowed new signatures means the page shows something else; inside
 * such an area, ink of the signed page turned white means the later signature hides content (the "sneaky
 * signature" overlay). A translucent seal over the signer's image, as R-SIG-1 prescribes, erases no ink.
 */
final class PageRenderCompare {

    /** A channel difference below this is anti-aliasing noise, not a change. */
    private static final int CHANNEL_TOLERANCE = 48;
    /** Erased ink below this many pixels (at the render resolution) is noise at the edge of an appearance. */
    private static final int ERASED_TOLERANCE = 12;

    private PageRenderCompare() {
    }

    static List<Violation> compare(PDDocument before, PDDocument after, Map<Integer, List<Rectangle2D>> pages,
                                   Budget budget) {
        List<Violation> out = new ArrayList<>();
        int rendered = 0;
        PDFRenderer rb = new PDFRenderer(before);
        PDFRenderer ra = new PDFRenderer(after);
        for (Map.Entry<Integer, List<Rectangle2D>> e : pages.entrySet()) {
            int index = e.getKey();
            if (index >= before.getNumberOfPages() || index >= after.getNumberOfPages()) {
                continue;
            }
            if (++rendered > budget.limits().maxRenderedPages()) {
                out.add(VerificationViolation.LIMIT_REACHED.at("page " + (index + 1), "more than "
                        + budget.limits().maxRenderedPages() + " changed pages to render"));
                break;
            }
            budget.checkTime();
            String where = "page " + (index + 1);
            PDPage pb = before.getPage(index);
            PDPage pa = after.getPage(index);
            float scale = budget.limits().renderDpi() / 72f;
            PDRectangle box = pa.getCropBox();
            double pixels = (double) box.getWidth() * scale * box.getHeight() * scale;
            if (pixels > budget.limits().maxRenderPixels() || hugeImage(pb, budget) || hugeImage(pa, budget)) {
                out.add(VerificationViolation.LIMIT_REACHED.at(where, where + " is too large to render and compare"));
                continue;
            }
            BufferedImage ib;
            BufferedImage ia;
            try {
                ib = rb.renderImage(index, scale, ImageType.RGB);
                ia = ra.renderImage(index, scale, ImageType.RGB);
            } catch (IOException | RuntimeException | StackOverflowError ex) {
                out.add(VerificationViolation.UNSUPPORTED.at(where, where + " cannot be rendered to compare: "
                        + ex.getClass().getSimpleName()));
                continue;
            }
            if (ib.getWidth() != ia.getWidth() || ib.getHeight() != ia.getHeight()) {
                out.add(VerificationViolation.VISUAL_DIFFERENCE.at(where, index + 1, "all"));
                continue;
            }
            List<java.awt.Rectangle> allowed = new ArrayList<>();
            for (Rectangle2D r : e.getValue()) {
                allowed.add(toPixels(r, pa, scale, ia.getWidth(), ia.getHeight()));
            }
            long outside = 0;
            long erased = 0;
            for (int y = 0; y < ia.getHeight(); y++) {
                for (int x = 0; x < ia.getWidth(); x++) {
                    int cb = ib.getRGB(x, y);
                    int ca = ia.getRGB(x, y);
                    if (cb == ca || !differs(cb, ca)) {
                        continue;
                    }
                    if (inside(allowed, x, y)) {
                        if (luminance(cb) < 160 && luminance(ca) > 235) {
                            erased++;
                        }
                    } else {
                        outside++;
                    }
                }
            }
            if (outside > 0) {
                out.add(VerificationViolation.VISUAL_DIFFERENCE.at(where, index + 1, outside));
            }
            if (erased > ERASED_TOLERANCE) {
                out.add(VerificationViolation.CONTENT_HIDDEN.at(where, index + 1, erased));
            }
        }
        return out;
    }

    private static boolean inside(List<java.awt.Rectangle> areas, int x, int y) {
        for (java.awt.Rectangle r : areas) {
            if (r.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean differs(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) > CHANNEL_TOLERANCE
                || Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)) > CHANNEL_TOLERANCE
                || Math.abs((a & 0xff) - (b & 0xff)) > CHANNEL_TOLERANCE;
    }

    private static int luminance(int rgb) {
        return (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
    }

    /** The area of an annotation rectangle in the rendered image (PDFBox renders the crop box, rotated). */
    private static java.awt.Rectangle toPixels(Rectangle2D r, PDPage page, float scale, int w, int h) {
        PDRectangle crop = page.getCropBox();
        double x0 = (r.getMinX() - crop.getLowerLeftX()) * scale;
        double x1 = (r.getMaxX() - crop.getLowerLeftX()) * scale;
        double y0 = (crop.getUpperRightY() - r.getMaxY()) * scale;
        double y1 = (crop.getUpperRightY() - r.getMinY()) * scale;
        double pw = crop.getWidth() * scale;
        double ph = crop.getHeight() * scale;
        double[] box = switch (((page.getRotation() % 360) + 360) % 360) {
            case 90 -> new double[] {ph - y1, x0, ph - y0, x1};
            case 180 -> new double[] {pw - x1, ph - y1, pw - x0, ph - y0};
            case 270 -> new double[] {y0, pw - x1, y1, pw - x0};
            default -> new double[] {x0, y0, x1, y1};
        };
        // one pixel of margin for the anti-aliased edge of the appearance
        int ax = (int) Math.floor(box[0]) - 1;
        int ay = (int) Math.floor(box[1]) - 1;
        int bx = (int) Math.ceil(box[2]) + 1;
        int by = (int) Math.ceil(box[3]) + 1;
        return new java.awt.Rectangle(Math.max(0, ax), Math.max(0, ay), Math.min(w, bx) - Math.max(0, ax),
                Math.min(h, by) - Math.max(0, ay));
    }

    /** True when the page draws an image (directly or in a form) larger than the pixel limit: decoding it could
     * exhaust memory. */
    private static boolean hugeImage(PDPage page, Budget budget) {
        if (page.getResources() == null) {
            return false;
        }
        return huge(page.getResources().getCOSObject(), budget, 0, CosCompare.identitySet());
    }

    private static boolean huge(COSDictionary resources, Budget budget, int depth, java.util.Set<COSBase> seen) {
        if (depth > 8 || !seen.add(resources)) {
            return false;
        }
        COSBase xo = CosCompare.resolve(resources.getItem(COSName.XOBJECT));
        if (!(xo instanceof COSDictionary xobjects)) {
            return false;
        }
        for (COSName name : xobjects.keySet()) {
            budget.visit();
            if (CosCompare.resolve(xobjects.getItem(name)) instanceof COSStream s) {
                if (COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                    long pixels = (long) s.getInt(COSName.WIDTH, 0) * s.getInt(COSName.HEIGHT, 0);
                    if (pixels > budget.limits().maxRenderPixels() || pixels < 0) {
                        return true;
                    }
                } else if (CosCompare.resolve(s.getItem(COSName.RESOURCES)) instanceof COSDictionary r
                        && huge(r, budget, depth + 1, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
