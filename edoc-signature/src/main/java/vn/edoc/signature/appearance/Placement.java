package vn.edoc.signature.appearance;

import java.util.Objects;

/**
 * Where a visible signature goes (vị trí chữ ký): a rectangle on a page in PDF points (1/72 inch, origin at the
 * bottom left of the page), or the centre of a placeholder text written in the page (for example "[ký số]" in
 * white in the signature block of a template), with a size.
 */
public sealed interface Placement {

    /** Width in points. */
    float width();

    /** Height in points. */
    float height();

    /**
     * A rectangle at {@code x}, {@code y} (lower left) on page {@code pageIndex} (0-based).
     *
     * @throws IllegalArgumentException for a negative page or a non-positive size
     */
    static Placement at(int pageIndex, float x, float y, float width, float height) {
        return new At(pageIndex, x, y, width, height);
    }

    /** A rectangle of {@code width}×{@code height} centred on the first occurrence of {@code text}. */
    static Placement placeholder(String text, float width, float height) {
        return new Placeholder(text, width, height);
    }

    /** A rectangle of {@code width}×{@code height} at the bottom right of the last page (a signature block's place). */
    static Placement lastPageBottomRight(float width, float height) {
        return new LastPageBottomRight(width, height);
    }

    /** A fixed rectangle. */
    record At(int pageIndex, float x, float y, float width, float height) implements Placement {
        /** Refuses a negative page and a non-positive size. */
        public At {
            if (pageIndex < 0) {
                throw new IllegalArgumentException("negative page index");
            }
            checkSize(width, height);
        }
    }

    /** Centred on a placeholder text. */
    record Placeholder(String text, float width, float height) implements Placement {
        /** Refuses a blank text and a non-positive size. */
        public Placeholder {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("blank placeholder");
            }
            checkSize(width, height);
        }
    }

    /** Bottom right of the last page, 2 cm from the right edge and 4 cm from the bottom. */
    record LastPageBottomRight(float width, float height) implements Placement {
        /** Refuses a non-positive size. */
        public LastPageBottomRight {
            checkSize(width, height);
        }
    }

    private static void checkSize(float width, float height) {
        if (!(width > 0 && height > 0 && width < 10_000 && height < 10_000)) {
            throw new IllegalArgumentException("size must be positive and below 10000 points");
        }
    }
}
