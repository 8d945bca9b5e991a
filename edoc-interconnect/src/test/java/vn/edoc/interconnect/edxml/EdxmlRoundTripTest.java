package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.edoc.store.memory.MemoryContentStore;

class EdxmlRoundTripTest {

    private final MemoryContentStore store = new MemoryContentStore();

    @Test
    void aPackageReadsBackAsWritten() {
        EdxmlPackage p = Fixtures.sample(store);
        byte[] bytes = Fixtures.write(EdxmlWriter.of(store), p);
        MemoryContentStore other = new MemoryContentStore();
        EdxmlRead read = Fixtures.read(EdxmlReader.of(other), bytes);
        assertThat(read.message()).isEqualTo(p);
        assertThat(read.warnings().violations()).isEmpty();
        assertThat(read.signature().status()).isEqualTo(SignatureCheck.Status.ABSENT);
        for (EdxmlAttachment a : p.attachments()) {
            assertThat(other.exists(a.content())).isTrue();
        }
        String xml = Fixtures.text(bytes);
        assertThat(xml).contains("<edXML:Bussiness>", "<edXML:BussinessDocType>0</edXML:BussinessDocType>",
                "xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"", "<edXML:PromulgationDate>2025/03/14<",
                "<edXML:Timestamp>2025/03/14 09:30:05<", "<edXML:ContentId>cid:1</edXML:ContentId>");
    }

    @Test
    void aSignedPackageVerifies() {
        EdxmlPackage p = Fixtures.sample(store);
        for (String alias : new String[] {"rsa", "ec"}) {
            byte[] bytes = Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer(alias)), p);
            EdxmlRead read = Fixtures.read(EdxmlReader.of(new MemoryContentStore()), bytes);
            assertThat(read.signature().problems()).isEmpty();
            assertThat(read.signature().status()).as(alias).isEqualTo(SignatureCheck.Status.VALID);
            assertThat(read.signature().digestAlgorithm()).isEqualTo("http://www.w3.org/2001/04/xmlenc#sha256");
            assertThat(read.signature().signer()).hasValueSatisfying(s -> assertThat(s).contains("Lang Son"));
            assertThat(read.message()).isEqualTo(p);
        }
    }
}
