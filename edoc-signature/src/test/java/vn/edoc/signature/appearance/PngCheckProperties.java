package vn.edoc.signature.appearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.edoc.signature.support.TestImages;
import vn.edoc.validation.EdocRuleException;

/** The PNG reader of the appearance is fed hostile bytes: it refuses with EDOC-SIG-011, never anything else. */
class PngCheckProperties {

    private static final byte[] SEAL = TestImages.seal();

    @Property(tries = 300)
    void randomBytesAreRefusedCleanly(@ForAll @Size(max = 200) byte[] bytes) {
        refusedOrAccepted(bytes);
    }

    @Property(tries = 300)
    void corruptedPngsAreRefusedCleanlyOrStillReadable(@ForAll @IntRange(min = 0, max = 200) int at,
                                                      @ForAll byte value, @ForAll @IntRange(min = 8, max = 400) int cut) {
        byte[] bytes = java.util.Arrays.copyOf(SEAL, Math.min(SEAL.length, cut + 60));
        bytes[Math.min(at, bytes.length - 1)] = value;
        refusedOrAccepted(bytes);
        assertThatCode(() -> PngCheck.physicalWidthMm(bytes)).doesNotThrowAnyException();
    }

    private static void refusedOrAccepted(byte[] bytes) {
        try {
            PngCheck.requireTransparentPng(bytes, "test");
        } catch (EdocRuleException e) {
            assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-011");
        }
    }
}
