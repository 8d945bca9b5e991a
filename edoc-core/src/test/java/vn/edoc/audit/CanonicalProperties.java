package vn.edoc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The canonical text encoding is exactly the JDK's UTF-8 behind its tag and length, for any well-formed text. */
class CanonicalProperties {

    @Provide
    Arbitrary<String> texts() {
        // every Unicode scalar value (no lone surrogate), with ASCII, Vietnamese and astral planes all likely
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        Arbitrary<Integer> vietnamese = Arbitraries.integers().between(0x1EA0, 0x1EF9);
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0, 0x7F);
        Arbitrary<Integer> astral = Arbitraries.integers().between(0x10000, 0x10FFFF);
        return Arbitraries.oneOf(any, vietnamese, ascii, astral).list().ofMaxSize(80)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    @Property(tries = 500)
    void aTextIsTaggedLengthPrefixedUtf8(@ForAll("texts") String text, @ForAll("texts") String other)
            throws IOException {
        byte[] encoded = Canonical.of("t").text(text).texts(List.of(other, text)).bytes();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        for (String s : List.of("t", text)) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeByte('S');
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.writeByte('L');
        out.writeInt(2);
        for (String s : List.of(other, text)) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeByte('S');
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        assertThat(encoded).isEqualTo(expected.toByteArray());
    }
}
