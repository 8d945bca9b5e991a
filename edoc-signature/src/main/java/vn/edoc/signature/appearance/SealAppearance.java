package vn.edoc.signature.appearance;

import java.util.Objects;
import java.util.Optional;

/**
 * The organisation's signature on the document it issues (chữ ký số của cơ quan, tổ chức, Decree 30/2020 Phụ lục I
 * Phần I §8a): the seal's image, red, at its real size, a PNG with a transparent background, over about the left
 * third of the person's signature image. Without an explicit placement it finds the last person signature of the
 * PDF and puts the seal's right edge one third into that image, vertically centred on it.
 *
 * @param sealPng   the PNG of the seal
 * @param widthMm   the seal's real width in millimetres (typically 35–42 mm); 0 takes it from the PNG's
 *                  physical resolution (pHYs), and without one assumes 36 mm
 * @param placement an explicit place, or empty to overlap the person's signature
 */
public record SealAppearance(byte[] sealPng, float widthMm, Optional<Placement> placement)
        implements SignatureAppearance {

    /** The width assumed when neither the caller nor the PNG says it. */
    public static final float DEFAULT_WIDTH_MM = 36f;

    /** Copies the image; refuses a width outside 0..100 mm. */
    public SealAppearance {
        sealPng = Objects.requireNonNull(sealPng, "sealPng").clone();
        Objects.requireNonNull(placement, "placement");
        if (!(widthMm >= 0 && widthMm <= 100)) {
            throw new IllegalArgumentException("seal width must be within 0..100 mm");
        }
        PngCheck.requireTransparentPng(sealPng, "dấu (seal)");
    }

    /** The seal over the left third of the person's signature, its width from the PNG. */
    public static SealAppearance overPersonSignature(byte[] png) {
        return new SealAppearance(png, 0, Optional.empty());
    }

    @Override
    public byte[] sealPng() {
        return sealPng.clone();
    }

    /** The width in points: the given one, the PNG's physical width, or the default. */
    public float widthPoints() {
        float mm = widthMm > 0 ? widthMm : PngCheck.physicalWidthMm(sealPng).orElse(DEFAULT_WIDTH_MM);
        return mm * 72f / 25.4f;
    }

    @Override
    public String fieldPrefix() {
        return "OrganisationSignature";
    }
}
