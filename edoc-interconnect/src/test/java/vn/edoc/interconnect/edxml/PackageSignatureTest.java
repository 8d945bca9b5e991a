package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.edoc.store.memory.MemoryContentStore;

/** The package's own XML signature: verified while streaming, problems named as warnings, never a failure. */
class PackageSignatureTest {

    private final MemoryContentStore store = new MemoryContentStore();
    private final EdxmlPackage sample = Fixtures.sample(store);

    private EdxmlRead read(byte[] bytes) {
        return Fixtures.read(EdxmlReader.of(new MemoryContentStore()), bytes);
    }

    @Test
    void sha256IsTheDefaultAndTheSignatureSitsInTheHeaderInTheDsigNamespace() {
        String xml = Fixtures.text(Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer("rsa")), sample));
        int header = xml.indexOf("</edXML:edXMLHeader>");
        int signature = xml.indexOf("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">");
        assertThat(signature).isPositive().isLessThan(header);
        assertThat(xml).contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
                "<Reference URI=\"\">");
    }

    @Test
    void aChangedAttachmentBreaksTheDigest() {
        String xml = Fixtures.text(Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer("rsa")), sample));
        int at = xml.indexOf("ContentTransferEncoded xmlns:edXML");
        int start = xml.indexOf('>', at) + 1;
        char c = xml.charAt(start);
        String changed = xml.substring(0, start) + (c == 'A' ? 'B' : 'A') + xml.substring(start + 1);
        EdxmlRead read = read(Fixtures.bytes(changed));
        assertThat(read.signature().status()).isEqualTo(SignatureCheck.Status.INVALID);
        assertThat(read.signature().problems()).extracting(v -> v.code()).containsExactly("EDOC-EDXML-108");
        assertThat(read.signature().problems().get(0).path()).isEqualTo("edXML/edXMLEnvelope/edXMLHeader/Signature");
    }

    @Test
    void aChangedHeaderBreaksTheDigestButReformattingOutsideTheRootDoesNot() {
        String xml = Fixtures.text(Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer("ec")), sample));
        EdxmlRead changed = read(Fixtures.bytes(xml.replace(">Lạng Sơn<", ">Lang Son<")));
        assertThat(changed.signature().status()).isEqualTo(SignatureCheck.Status.INVALID);
        EdxmlRead moved = read(Fixtures.bytes(xml.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version='1.0' encoding='UTF-8'?>\n<!-- một chú thích -->\n")));
        assertThat(moved.signature().problems()).isEmpty();
        assertThat(moved.signature().isValid()).isTrue();
    }

    @Test
    void aChangedSignatureValueIsReported() {
        String xml = Fixtures.text(Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer("rsa")), sample));
        int v = xml.indexOf("<SignatureValue>") + "<SignatureValue>".length();
        String changed = xml.substring(0, v) + (xml.charAt(v) == 'A' ? 'B' : 'A') + xml.substring(v + 1);
        EdxmlRead read = read(Fixtures.bytes(changed));
        assertThat(read.signature().status()).isEqualTo(SignatureCheck.Status.INVALID);
        assertThat(read.signature().problems()).extracting(x -> x.code()).containsExactly("EDOC-EDXML-109");
    }

    @Test
    void sha1IsAcceptedAndReportedWeak() {
        byte[] bytes = Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer("rsa")
                .withDigest(PackageSigner.Digest.SHA1)), sample);
        EdxmlRead read = read(bytes);
        assertThat(read.signature().status()).isEqualTo(SignatureCheck.Status.VALID);
        assertThat(read.signature().weak()).isTrue();
        assertThat(read.signature().problems()).extracting(x -> x.code()).containsExactly("EDOC-EDXML-107");
        assertThat(read.signature().problems().get(0).isError()).isFalse();
    }

    @Test
    void aSignatureWithoutCertificateIsBroken() {
        String xml = Fixtures.text(Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer("rsa")), sample));
        int a = xml.indexOf("<KeyInfo>");
        int b = xml.indexOf("</KeyInfo>") + "</KeyInfo>".length();
        EdxmlRead read = read(Fixtures.bytes(xml.substring(0, a) + xml.substring(b)));
        assertThat(read.signature().status()).isEqualTo(SignatureCheck.Status.INVALID);
        assertThat(read.signature().problems()).extracting(x -> x.messageEn())
                .anySatisfy(m -> assertThat(m).contains("no certificate"));
    }

    @Test
    void theSdkFormIsReadWithEveryProblemNamed() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("wild-new.edxml")) {
            bytes = in.readAllBytes();
        }
        EdxmlRead read = read(bytes);
        assertThat(read.warnings().violations()).extracting(v -> v.code()).contains("EDOC-EDXML-110",
                "EDOC-EDXML-102", "EDOC-EDXML-100", "EDOC-EDXML-101");
        assertThat(read.signature().status()).isEqualTo(SignatureCheck.Status.INVALID);
        assertThat(read.signature().weak()).isTrue();
        assertThat(read.signature().problems()).extracting(v -> v.code())
                .contains("EDOC-EDXML-107", "EDOC-EDXML-108", "EDOC-EDXML-106");
        assertThat(read.allWarnings().isValid()).isTrue();
        EdxmlPackage p = read.documentPackage();
        assertThat(p.header().promulgationDate()).contains(java.time.LocalDate.of(2020, 10, 30));
        assertThat(p.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("bao-cao.pdf");
            assertThat(a.content().size()).isEqualTo(21);
        });
        assertThat(p.trace().business()).hasValueSatisfying(b -> assertThat(b.type()).isEqualTo(BusinessDocType.NEW));
    }
}
