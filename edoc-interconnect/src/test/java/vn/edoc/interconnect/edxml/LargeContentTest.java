package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.edoc.spi.ContentRef;
import vn.edoc.store.memory.MemoryContentStore;

/**
 * Content of several blocks ({@link Base64Decoder#BLOCK}), which the reader decodes with the JDK's decoder: the
 * same bytes as the slow way, the same refusals with the same positions, wrapped values, a stream that trickles, and
 * the package signature computed over the bytes as they stand.
 */
class LargeContentTest {

    private static final int SIZE = 5 * Base64Decoder.BLOCK / 4 * 3 + 12_345;

    private final MemoryContentStore store = new MemoryContentStore();
    private final byte[] content = new byte[SIZE];
    private final EdxmlPackage pkg;

    LargeContentTest() {
        new Random(7).nextBytes(content);
        ContentRef ref = store.put(new ByteArrayInputStream(content));
        EdxmlPackage sample = Fixtures.sample(store);
        pkg = new EdxmlPackage(sample.header(), sample.trace(), List.of(new EdxmlAttachment("cid:1", "lon.pdf",
                "application/pdf", "", ref)));
    }

    private String xml(EdxmlWriter writer) {
        return Fixtures.text(Fixtures.write(writer, pkg));
    }

    private static EdxmlRead read(String xml) {
        return Fixtures.read(EdxmlReader.of(new MemoryContentStore()), Fixtures.bytes(xml));
    }

    private ContentRef expected() {
        return pkg.attachments().get(0).content();
    }

    @Test
    void manyBlocksDecodeToTheSameBytes() {
        EdxmlRead read = read(xml(EdxmlWriter.of(store)));
        assertThat(read.documentPackage().attachments().get(0).content()).isEqualTo(expected());
    }

    @Test
    void aBadCharacterDeepInsideABlockIsNamedWithItsPosition() {
        String xml = xml(EdxmlWriter.of(store));
        int start = xml.indexOf('>', xml.indexOf("<edXML:ContentTransferEncoded")) + 1;
        int at = start + 2 * Base64Decoder.BLOCK + 1000;
        String bad = xml.substring(0, at) + '*' + xml.substring(at + 1);
        assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(EdxmlException.class, e -> {
            assertThat(e.kind()).isEqualTo(EdxmlViolation.BASE64);
            assertThat(e.getMessage()).contains("'*'").contains("at character " + (2 * Base64Decoder.BLOCK + 1001));
        });
    }

    @Test
    void paddingInsideTheValueIsRefused() {
        String xml = xml(EdxmlWriter.of(store));
        int start = xml.indexOf('>', xml.indexOf("<edXML:ContentTransferEncoded")) + 1;
        int at = start + Base64Decoder.BLOCK + 4 * 100;
        String bad = xml.substring(0, at) + "AA==" + xml.substring(at + 4);
        assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(EdxmlException.class,
                e -> assertThat(e.kind()).isEqualTo(EdxmlViolation.BASE64));
    }

    @Test
    void aValueWrappedInLinesIsReadAsWell() {
        String xml = xml(EdxmlWriter.of(store));
        int start = xml.indexOf('>', xml.indexOf("<edXML:ContentTransferEncoded")) + 1;
        int end = xml.indexOf('<', start);
        String wrapped = Base64.getMimeEncoder().encodeToString(content);
        assertThat(wrapped).contains("\r\n");
        EdxmlRead read = read(xml.substring(0, start) + "\n" + wrapped + "\n" + xml.substring(end));
        assertThat(read.documentPackage().attachments().get(0).content()).isEqualTo(expected());
    }

    @Test
    void aStreamThatTricklesGivesTheSameBytes() {
        byte[] bytes = Fixtures.bytes(xml(EdxmlWriter.of(store)));
        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1000));
            }
        };
        EdxmlRead read = EdxmlReader.of(new MemoryContentStore()).read(trickle);
        assertThat(read.documentPackage().attachments().get(0).content()).isEqualTo(expected());
    }

    @Test
    void theSignatureCoversLargeContentWrappedOrNot() {
        String xml = xml(EdxmlWriter.of(store).signedBy(Fixtures.signer("rsa")));
        assertThat(read(xml).signature().isValid()).isTrue();
        int start = xml.indexOf('>', xml.indexOf("<edXML:ContentTransferEncoded")) + 1;
        int at = start + 3 * Base64Decoder.BLOCK + 17;
        char c = xml.charAt(at);
        String changed = xml.substring(0, at) + (c == 'A' ? 'B' : 'A') + xml.substring(at + 1);
        assertThat(read(changed).signature().status()).isEqualTo(SignatureCheck.Status.INVALID);
        // line breaks in the content are part of what was signed: adding some breaks the digest
        String broken = xml.substring(0, at) + "\r\n" + xml.substring(at);
        assertThat(read(broken).signature().status()).isEqualTo(SignatureCheck.Status.INVALID);
        assertThat(new String(Fixtures.bytes(xml), StandardCharsets.UTF_8)).isEqualTo(xml);
    }
}
