package vn.edoc.signature.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws the PNGs of the tests: a blue handwritten-like signature and a red round seal, on transparent backgrounds. */
public final class TestImages {

    /** The blue of the signature strokes. */
    public static final Color BLUE = new Color(0x10, 0x30, 0xd0);
    /** The red of the seal. */
    public static final Color RED = new Color(0xe0, 0x10, 0x10);

    private TestImages() {
    }

    /** A 600×240 signature: thick blue strokes across its whole width. */
    public static byte[] signature() {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(20, 200, 580, 40);
        g.drawLine(20, 120, 580, 120);
        g.drawLine(40, 40, 560, 200);
        g.dispose();
        return png(image);
    }

    /** A 400×400 seal: a thick red ring and a red star, transparent elsewhere. */
    public static byte[] seal() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(RED);
        g.setStroke(new BasicStroke(30));
        g.drawOval(20, 20, 360, 360);
        g.fillOval(150, 150, 100, 100);
        g.dispose();
        return png(image);
    }

    /** An opaque PNG (no alpha), which the regulation's transparent-background rule refuses. */
    public static byte[] opaque() {
        BufferedImage image = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
