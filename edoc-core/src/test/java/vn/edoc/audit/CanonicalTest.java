package vn.edoc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalTest {

    @Test
    void encodesEachValueWithTagAndLength() throws IOException {
        Instant t = Instant.parse("2025-03-10T02:00:00.000001Z");
        byte[] actual = Canonical.of("x/1").text("Sổ đến").number(-2).instant(t).date(LocalDate.of(1970, 1, 3))
                .bool(true).texts(Arrays.asList("a", null)).text(null).bytes();

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        out.writeByte('S');
        out.writeInt(3);
        out.write("x/1".getBytes(StandardCharsets.US_ASCII));
        byte[] so = "Sổ đến".getBytes(StandardCharsets.UTF_8);
        out.writeByte('S');
        out.writeInt(so.length);
        out.write(so);
        out.writeByte('I');
        out.writeLong(-2);
        out.writeByte('T');
        out.writeLong(t.getEpochSecond());
        out.writeInt(1000);
        out.writeByte('D');
        out.writeLong(2);
        out.writeByte('B');
        out.writeByte(1);
        out.writeByte('L');
        out.writeInt(2);
        out.writeByte('S');
        out.writeInt(1);
        out.writeByte('a');
        out.writeByte('N');
        out.writeByte('N');
        assertThat(actual).isEqualTo(expected.toByteArray());
    }

    @Test
    void digestIsSha256OfTheBytes() throws Exception {
        Canonical c = Canonical.of("t/1").text("abc").number(7);
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(c.bytes());
        assertThat(c.sha256Hex()).isEqualTo(HexFormat.of().formatHex(sha)).hasSize(64);
        assertThat(Canonical.isDigest(c.sha256Hex())).isTrue();
    }

    @Test
    void knownVectorOfTheEmptyTypeLabel() {
        // the 5 bytes 'S' 0 0 0 0, hashed independently with: printf 'S\0\0\0\0' | sha256sum
        assertThat(Canonical.of("").sha256Hex())
                .isEqualTo("2e2818527e4a6cab6f3ade4fa04e2e972a3d16e6b7ab4ba5068dcc9e2ede5471");
    }

    @Test
    void splitsAndNullsAreNotAmbiguous() {
        assertThat(Canonical.of("t").text("ab").text("c").sha256Hex())
                .isNotEqualTo(Canonical.of("t").text("a").text("bc").sha256Hex());
        assertThat(Canonical.of("t").text(null).sha256Hex()).isNotEqualTo(Canonical.of("t").text("").sha256Hex());
        assertThat(Canonical.of("t").texts(List.of("a", "b")).sha256Hex())
                .isNotEqualTo(Canonical.of("t").texts(List.of("ab")).sha256Hex());
        assertThat(Canonical.of("t").texts(List.of("a")).text("b").sha256Hex())
                .isNotEqualTo(Canonical.of("t").texts(List.of("a", "b")).sha256Hex());
        assertThat(Canonical.of("t").number(1).sha256Hex()).isNotEqualTo(Canonical.of("t").text("1").sha256Hex());
        assertThat(Canonical.of("a").sha256Hex()).isNotEqualTo(Canonical.of("b").sha256Hex());
    }

    @Test
    void refusesUnpairedSurrogates() {
        assertThat(Canonical.isWellFormed("a\uD83D\uDE00b")).isTrue();
        assertThat(Canonical.isWellFormed("a\uD83Db")).isFalse();
        assertThat(Canonical.isWellFormed("\uDE00")).isFalse();
        assertThatThrownBy(() -> Canonical.of("t").text("\uD83D")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recognisesDigests() {
        assertThat(Canonical.isDigest("0".repeat(64))).isTrue();
        assertThat(Canonical.isDigest("A".repeat(64))).isFalse();
        assertThat(Canonical.isDigest("0".repeat(63))).isFalse();
        assertThat(Canonical.isDigest(null)).isFalse();
    }
}
