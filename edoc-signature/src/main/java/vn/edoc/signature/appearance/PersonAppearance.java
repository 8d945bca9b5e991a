package vn.edoc.signature.appearance;

import java.util.Objects;
import java.util.Optional;

/**
 * The signature of the person with authority (chữ ký số của người có thẩm quyền, Decree 30/2020 Phụ lục I Phần I
 * §7d): their handwritten signature's image, blue, a PNG with a transparent background, centred between the title
 * line (chức vụ) and the name (họ tên). When the page already prints the title and the name, give neither and place
 * the box between them; otherwise the appearance prints them above and below the image.
 *
 * @param signerImagePng the PNG of the signature (checked: a PNG with an alpha channel or a transparent colour)
 * @param title          the title line to print above the image, or empty
 * @param name           the name to print below the image, or empty
 * @param placement      where the box goes
 */
public record PersonAppearance(byte[] signerImagePng, Optional<String> title, Optional<String> name,
                               Placement placement) implements SignatureAppearance {

    /** Copies the image; refuses missing parts. */
    public PersonAppearance {
        signerImagePng = Objects.requireNonNull(signerImagePng, "signerImagePng").clone();
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(placement, "placement");
        PngCheck.requireTransparentPng(signerImagePng, "chữ ký (signer)");
    }

    /** The image alone, in a box of {@code placement}. */
    public static PersonAppearance image(byte[] png, Placement placement) {
        return new PersonAppearance(png, Optional.empty(), Optional.empty(), placement);
    }

    @Override
    public byte[] signerImagePng() {
        return signerImagePng.clone();
    }

    @Override
    public String fieldPrefix() {
        return "PersonSignature";
    }
}
