package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;

/**
 * The legacy tables against independent sources, so that two swapped table entries fail a test: TCVN3 against
 * glibc's {@code TCVN5712-1} converter ({@code tcvn3-golden.tsv}), VNI against the published VNI-Windows scheme
 * ({@code vni-golden.tsv}), Windows-1258 against the JDK charset.
 */
class GoldenTablesTest {

    private record Row(String kind, int codePoint, byte[] bytes) {
    }

    private static List<Row> load(String resource, boolean withKind) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = GoldenTablesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int k = withKind ? 1 : 0;
                int cp = Integer.parseInt(f[k].substring(2), 16);
                byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(f[k + 1]);
                rows.add(new Row(withKind ? f[0] : "encode", cp, bytes));
            }
        }
        return rows;
    }

    private static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b);
    }

    @Test
    void tcvn3DecodesEveryHighByteAsGlibcDoes() throws IOException {
        List<Row> decode = load("tcvn3-golden.tsv", true).stream().filter(r -> r.kind().equals("decode")).toList();
        assertThat(decode).hasSize(96);
        for (Row r : decode) {
            String ours = LegacyCodecs.tcvn3().decode(r.bytes());
            assertThat(ours).as("byte %s", hex(r.bytes())).isEqualTo(Character.toString(r.codePoint()));
        }
    }

    @Test
    void tcvn3EncodesTheSeventyFourVn3FormsAsGlibcDoes() throws IOException {
        Map<Integer, byte[]> glibc = new LinkedHashMap<>();
        load("tcvn3-golden.tsv", true).stream().filter(r -> r.kind().equals("encode"))
                .forEach(r -> glibc.put(r.codePoint(), r.bytes()));
        assertThat(glibc).hasSize(134);
        int compared = 0;
        for (Map.Entry<Integer, byte[]> e : glibc.entrySet()) {
            String form = Character.toString(e.getKey());
            if (VietnameseLetters.isUppercaseToned(e.getKey())) {
                // glibc writes the full VN1 table; VN3 has no uppercase toned letter and edoc refuses them
                assertThatThrownBy(() -> LegacyCodecs.tcvn3().encode(form)).isInstanceOf(EdocRuleException.class);
                continue;
            }
            assertThat(hex(LegacyCodecs.tcvn3().encode(form))).as(form).isEqualTo(hex(e.getValue()));
            compared++;
        }
        assertThat(compared).isEqualTo(74);
    }

    @Test
    void tcvn3ReadsGlibcsVn1CapitalsInTheHighHalf() throws IOException {
        // the uppercase toned letters glibc puts in 0xA0-0xFF are the ones edoc reads leniently
        int read = 0;
        for (Row r : load("tcvn3-golden.tsv", true)) {
            if (r.kind().equals("encode") && VietnameseLetters.isUppercaseToned(r.codePoint())
                    && (r.bytes()[0] & 0xFF) >= 0xA0) {
                assertThat(LegacyCodecs.tcvn3().decode(r.bytes())).isEqualTo(Character.toString(r.codePoint()));
                read++;
            }
        }
        assertThat(read).isEqualTo(16);
    }

    @Test
    void vniMatchesThePublishedSchemeForAll134Forms() throws IOException {
        List<Row> rows = load("vni-golden.tsv", false);
        assertThat(rows).hasSize(134);
        assertThat(rows.stream().map(r -> Character.toString(r.codePoint())).toList())
                .containsExactlyInAnyOrderElementsOf(VietnameseLetters.forms());
        for (Row r : rows) {
            String form = Character.toString(r.codePoint());
            assertThat(hex(LegacyCodecs.vni().encode(form))).as(form).isEqualTo(hex(r.bytes()));
            assertThat(LegacyCodecs.vni().decode(r.bytes())).as(hex(r.bytes())).isEqualTo(form);
        }
    }

    @Test
    void windows1258AgreesWithTheJdkCharsetForAll134Forms() {
        Charset jdk = Charset.forName("windows-1258");
        for (String form : VietnameseLetters.forms()) {
            byte[] ours = LegacyCodecs.windows1258().encode(form);
            assertThat(Normalizer.normalize(new String(ours, jdk), Normalizer.Form.NFC)).as(form).isEqualTo(form);
            assertThat(ours.length).as(form).isLessThanOrEqualTo(2);
            // and the JDK's own bytes (precomposed where the code page has the letter) read back through ours
            assertThat(LegacyCodecs.windows1258().decode(jdkBytes(form, jdk))).as(form).isEqualTo(form);
        }
    }

    /** The letter as the JDK writes it: one byte when the code page has it, else toneless letter plus tone byte. */
    private static byte[] jdkBytes(String form, Charset jdk) {
        if (jdk.newEncoder().canEncode(form)) {
            return form.getBytes(jdk);
        }
        String nfd = Normalizer.normalize(form, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        String tone = "";
        for (char c : nfd.toCharArray()) {
            if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tone = String.valueOf(c);
            } else {
                base.append(c);
            }
        }
        String spelled = Normalizer.normalize(base.toString(), Normalizer.Form.NFC) + tone;
        byte[] b = spelled.getBytes(jdk);
        assertThat(new String(b, jdk)).isEqualTo(spelled);
        return b;
    }
}
