package vn.edoc.examples.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The images of the demo's visible signatures (hình ảnh chữ ký và con dấu), drawn at run time on transparent
 * backgrounds as Decree 30/2020 Phụ lục I asks: a blue handwritten-like stroke for each signer, shaped from the
 * signer's name so that two signers differ, and a red round seal for each organisation, varied by its short name. They are illustrations, not images of anyone's real signature or seal.
 */
public final class DemoImages {

    /** The blue of the signatures. */
    public static final Color BLUE = new Color(0x12, 0x2c, 0xc8);
    /** The red of the seals. */
    public static final Color RED = new Color(0xd8, 0x14, 0x14);

    private DemoImages() {
    }

    /** A 480×200 PNG: a blue flourish derived from {@code name}, transparent elsewhere. */
    public static byte[] signature(String name) {
        BufferedImage image = new BufferedImage(480, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // the same name always gives the same flourish
        Random shape = new Random(name.hashCode());
        double x = 30;
        double y = 120;
        for (int i = 0; i < 4; i++) {
            double nx = x + 90 + shape.nextInt(30);
            double ny = 60 + shape.nextInt(90);
            g.draw(new CubicCurve2D.Double(x, y, x + 20, y - 110 - shape.nextInt(30), nx - 20, ny + 110,
                    nx, ny));
            x = nx;
            y = ny;
        }
        g.draw(new CubicCurve2D.Double(40, 170, 160, 130, 320, 190, 450, 150));
        g.dispose();
        return png(image);
    }

    /** A 360×360 PNG: a red double ring, a ring of beads counted from {@code shortName}, a star and two bars. */
    public static byte[] seal(String shortName) {
        BufferedImage image = new BufferedImage(360, 360, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(RED);
        g.setStroke(new BasicStroke(14));
        g.drawOval(12, 12, 336, 336);
        g.setStroke(new BasicStroke(5));
        g.drawOval(52, 52, 256, 256);
        star(g, 180, 120, 34);
        // a ring of beads whose count comes from the name (no text: a headless JVM may have no fonts to draw it)
        int beads = 18 + Math.floorMod(shortName.hashCode(), 12);
        for (int i = 0; i < beads; i++) {
            double angle = 2 * Math.PI * i / beads;
            int bx = (int) Math.round(180 + 105 * Math.cos(angle));
            int by = (int) Math.round(180 + 105 * Math.sin(angle));
            g.fillOval(bx - 6, by - 6, 12, 12);
        }
        g.fillRect(110, 200, 140, 12);
        g.fillRect(130, 225, 100, 12);
        g.dispose();
        return png(image);
    }

    private static void star(Graphics2D g, int cx, int cy, int r) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.4;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double px = cx + radius * Math.cos(angle);
            double py = cy + radius * Math.sin(angle);
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        g.fill(p);
        g.setTransform(new AffineTransform());
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
