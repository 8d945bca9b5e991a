package vn.edoc.signature.appearance;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.edoc.signature.sign.SigningViolation;
import vn.edoc.validation.EdocRuleException;

/** Reads the few facts of a PNG the regulation cares about: is it a PNG, is its background transparent, its size. */
final class PngCheck {

    private static final byte[] MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Images larger than this are refused (a seal at 600 dpi is well under 2000 pixels wide). */
    static final int MAX_PIXELS = 4096;

    private PngCheck() {
    }

    /** Refuses what is not a PNG, or a PNG without alpha channel nor transparent colour (tRNS). */
    static void requireTransparentPng(byte[] png, String what) {
        if (png.length < 33 || !startsWithMagic(png) || !"IHDR".equals(type(png, 12))) {
            throw EdocRuleException.of(SigningViolation.IMAGE_INVALID, "image", what, "not a PNG file");
        }
        long width = readInt(png, 16);
        long height = readInt(png, 20);
        if (width <= 0 || height <= 0 || width > MAX_PIXELS || height > MAX_PIXELS) {
            throw EdocRuleException.of(SigningViolation.IMAGE_INVALID, "image", what,
                    "size " + width + "x" + height + " outside 1.." + MAX_PIXELS + " pixels");
        }
        int colourType = png[25] & 0xff;
        boolean alpha = colourType == 4 || colourType == 6;
        if (!alpha && findChunk(png, "tRNS") < 0) {
            throw EdocRuleException.of(SigningViolation.IMAGE_INVALID, "image", what,
                    "no transparent background (no alpha channel, no tRNS)");
        }
    }

    /** The physical width in millimetres from the pHYs chunk, when it gives pixels per metre. */
    static Optional<Float> physicalWidthMm(byte[] png) {
        int at = findChunk(png, "pHYs");
        if (at < 0 || at + 8 + 9 > png.length || (png[at + 8 + 8] & 0xff) != 1) {
            return Optional.empty();
        }
        long perMetre = readInt(png, at + 8);
        long width = readInt(png, 16);
        if (perMetre <= 0) {
            return Optional.empty();
        }
        float mm = width * 1000f / perMetre;
        return mm > 1 && mm <= 100 ? Optional.of(mm) : Optional.empty();
    }

    /** The offset of chunk {@code wanted}'s length field, or -1; walks the chunks with bounds checks. */
    private static int findChunk(byte[] png, String wanted) {
        int at = 8;
        while (at + 8 <= png.length) {
            long length = readInt(png, at);
            String type = type(png, at + 4);
            if (type.equals(wanted)) {
                return at;
            }
            if ("IDAT".equals(type) || "IEND".equals(type) || length < 0 || length > png.length) {
                return -1;
            }
            at += 12 + (int) length;
        }
        return -1;
    }

    private static boolean startsWithMagic(byte[] png) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (png[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String type(byte[] png, int at) {
        return at + 4 <= png.length ? new String(png, at, 4, StandardCharsets.ISO_8859_1) : "";
    }

    private static long readInt(byte[] b, int at) {
        if (at + 4 > b.length) {
            return -1;
        }
        return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xffL) << 16) | ((b[at + 2] & 0xffL) << 8) | (b[at + 3] & 0xffL);
    }
}
