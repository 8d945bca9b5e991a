package vn.edoc.signature.verify;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits that keep verification of hostile files bounded (giới hạn kiểm tra): no file, however crafted, makes
 * the verifier read, decode, compare or render more than these. A limit reached makes the signature
 * {@link vn.edoc.spi.SignatureIndication#INDETERMINATE} with {@code EDOC-SIG-111}, never an error.
 *
 * @param maxFileBytes       largest file verified at all
 * @param maxCmsBytes        largest {@code /Contents} (CMS or timestamp token) parsed
 * @param maxSignatures      most signature fields examined
 * @param maxComparedObjects most PDF objects visited when comparing a signed revision with the final one
 * @param maxDecodedBytes    most bytes of decoded streams compared when their raw bytes differ
 * @param maxRenderedPages   most pages rendered to compare what a page shows before and after an update
 * @param renderDpi          resolution of those renderings
 * @param maxRenderPixels    most pixels of one rendering, and of one image a rendered page draws
 * @param maxRevocationBytes largest CRL or OCSP response read from the PDF's DSS dictionary
 * @param maxTime            wall time after which comparison and rendering stop (bounded work, not a clock)
 * @param inMemoryBytes      content from a content store up to this size is verified in memory; larger content
 *                           is spooled to a temporary file so memory stays flat
 */
public record VerifierLimits(long maxFileBytes, int maxCmsBytes, int maxSignatures, int maxComparedObjects,
                             long maxDecodedBytes, int maxRenderedPages, int renderDpi, long maxRenderPixels,
                             int maxRevocationBytes, Duration maxTime, long inMemoryBytes) {

    /** Refuses limits that are not positive. */
    public VerifierLimits {
        positive(maxFileBytes, "maxFileBytes");
        positive(maxCmsBytes, "maxCmsBytes");
        positive(maxSignatures, "maxSignatures");
        positive(maxComparedObjects, "maxComparedObjects");
        positive(maxDecodedBytes, "maxDecodedBytes");
        positive(maxRenderedPages, "maxRenderedPages");
        positive(renderDpi, "renderDpi");
        positive(maxRenderPixels, "maxRenderPixels");
        positive(maxRevocationBytes, "maxRevocationBytes");
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive");
        }
        if (inMemoryBytes < 0) {
            throw new IllegalArgumentException("inMemoryBytes must not be negative");
        }
    }

    /**
     * The defaults: files up to 2 GiB, CMS up to 4 MiB, 64 signatures, 500 000 compared objects, 256 MiB of decoded
     * streams, 20 rendered pages at 50 dpi of at most 16 million pixels, 4 MiB per revocation object, 60 seconds,
     * content up to 32 MiB verified in memory.
     */
    public static VerifierLimits defaults() {
        return new VerifierLimits(2L << 30, 4 << 20, 64, 500_000, 256L << 20, 20, 50, 16_000_000L, 4 << 20,
                Duration.ofSeconds(60), 32L << 20);
    }

    /** These limits with the largest file set to {@code bytes}. */
    public VerifierLimits withMaxFileBytes(long bytes) {
        return new VerifierLimits(bytes, maxCmsBytes, maxSignatures, maxComparedObjects, maxDecodedBytes,
                maxRenderedPages, renderDpi, maxRenderPixels, maxRevocationBytes, maxTime, inMemoryBytes);
    }

    /** These limits with the wall time set to {@code time}. */
    public VerifierLimits withMaxTime(Duration time) {
        return new VerifierLimits(maxFileBytes, maxCmsBytes, maxSignatures, maxComparedObjects, maxDecodedBytes,
                maxRenderedPages, renderDpi, maxRenderPixels, maxRevocationBytes, time, inMemoryBytes);
    }

    /** These limits with the number of compared objects set to {@code objects}. */
    public VerifierLimits withMaxComparedObjects(int objects) {
        return new VerifierLimits(maxFileBytes, maxCmsBytes, maxSignatures, objects, maxDecodedBytes,
                maxRenderedPages, renderDpi, maxRenderPixels, maxRevocationBytes, maxTime, inMemoryBytes);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
