package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.edoc.store.memory.MemoryContentStore;

/** Hostile and broken input ends with a typed refusal naming what and where, and stores nothing partial. */
class HostileInputTest {

    private final MemoryContentStore source = new MemoryContentStore();
    private final byte[] valid = Fixtures.write(EdxmlWriter.of(source), Fixtures.sample(source));
    private final String xml = Fixtures.text(valid);

    private EdxmlException refusal(EdxmlLimits limits, RecordingStore store, byte[] bytes) {
        EdxmlReader reader = EdxmlReader.of(store, limits);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Fixtures.read(reader, bytes));
        assertThat(t).isInstanceOf(EdxmlException.class);
        return (EdxmlException) t;
    }

    private EdxmlException refusal(byte[] bytes) {
        return refusal(EdxmlLimits.defaults(), new RecordingStore(), bytes);
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + xml.substring(xml.indexOf("<edXML ")).replace("Lạng Sơn</edXML:Place>", "&x;</edXML:Place>");
        EdxmlException e = refusal(Fixtures.bytes(xxe));
        assertThat(e.kind()).isEqualTo(EdxmlViolation.DOCTYPE);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 12; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = dtd + xml.substring(xml.indexOf("<edXML ")).replace("Lạng Sơn</edXML:Place>",
                "&l11;</edXML:Place>");
        assertThat(refusal(Fixtures.bytes(bomb)).kind()).isEqualTo(EdxmlViolation.DOCTYPE);
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        String bad = xml.replace("Lạng Sơn</edXML:Place>", "&lol;</edXML:Place>");
        EdxmlException e = refusal(Fixtures.bytes(bad));
        assertThat(e.kind()).isIn(EdxmlViolation.ENTITY, EdxmlViolation.MALFORMED);
        assertThat(e.where()).contains("line");
    }

    @Test
    void badBase64IsRefusedAndNothingOfItIsStored() {
        int at = xml.indexOf("ContentTransferEncoded xmlns:edXML");
        int start = xml.indexOf('>', at) + 1;
        String bad = xml.substring(0, start + 4) + "*" + xml.substring(start + 5);
        RecordingStore store = new RecordingStore();
        EdxmlException e = refusal(EdxmlLimits.defaults(), store, Fixtures.bytes(bad));
        assertThat(e.kind()).isEqualTo(EdxmlViolation.BASE64);
        assertThat(e.getMessage()).contains("'*'", "character 5");
        assertThat(e.where()).endsWith("Attachment/ContentTransferEncoded");
        assertThat(store.stored).isEmpty();
        assertThat(store.failed).isEqualTo(1);
    }

    @Test
    void aLastGroupCutShortIsBadBase64() {
        int at = xml.indexOf("ContentTransferEncoded xmlns:edXML");
        int end = xml.indexOf("</edXML:ContentTransferEncoded>", at);
        String bad = xml.substring(0, end - 1) + xml.substring(end);
        RecordingStore store = new RecordingStore();
        EdxmlException e = refusal(EdxmlLimits.defaults(), store, Fixtures.bytes(bad));
        assertThat(e.kind()).isEqualTo(EdxmlViolation.BASE64);
        assertThat(store.stored).isEmpty();
    }

    @Test
    void aTruncatedFileIsNamedSo() {
        for (int cut : new int[] {valid.length - 3, valid.length / 2, xml.indexOf("ContentTransferEncoded") + 60}) {
            RecordingStore store = new RecordingStore();
            EdxmlException e = refusal(EdxmlLimits.defaults(), store, Arrays.copyOf(valid, cut));
            assertThat(e.kind()).as("cut at %d", cut).isEqualTo(EdxmlViolation.TRUNCATED);
        }
    }

    @Test
    void bytesThatAreNotTheDeclaredEncodingAreRefused() {
        byte[] latin1 = xml.replace("Nguyễn Văn Chiến", "Nguyen Van Chién").getBytes(StandardCharsets.ISO_8859_1);
        EdxmlException e = refusal(latin1);
        assertThat(e.kind()).isEqualTo(EdxmlViolation.ENCODING);
    }

    @Test
    void somethingElseThanEdxmlIsRefused() {
        EdxmlException e = refusal(Fixtures.bytes("<html><body/></html>"));
        assertThat(e.kind()).isEqualTo(EdxmlViolation.NOT_EDXML);
        assertThat(refusal(Fixtures.bytes("not xml at all")).kind()).isEqualTo(EdxmlViolation.MALFORMED);
        assertThat(refusal(new byte[0]).kind()).isIn(EdxmlViolation.MALFORMED, EdxmlViolation.TRUNCATED);
    }

    @Test
    void everyLimitIsEnforcedAndNamed() {
        EdxmlLimits d = EdxmlLimits.defaults();
        assertThat(refusal(d.withMaxPackageBytes(500), new RecordingStore(), valid).kind())
                .isEqualTo(EdxmlViolation.PACKAGE_TOO_LARGE);
        assertThat(refusal(d.withMaxAttachments(1), new RecordingStore(), valid).kind())
                .isEqualTo(EdxmlViolation.TOO_MANY_ATTACHMENTS);
        RecordingStore store = new RecordingStore();
        EdxmlException big = refusal(d.withMaxAttachmentBytes(10), store, valid);
        assertThat(big.kind()).isEqualTo(EdxmlViolation.ATTACHMENT_TOO_LARGE);
        assertThat(store.stored).isEmpty();
        EdxmlException field = refusal(d.withMaxFieldLength(20), new RecordingStore(), valid);
        assertThat(field.kind()).isEqualTo(EdxmlViolation.FIELD_TOO_LONG);
        assertThat(field.where()).contains("MessageHeader/From");
        assertThat(refusal(d.withMaxDepth(5), new RecordingStore(), valid).kind()).isEqualTo(EdxmlViolation.TOO_DEEP);
        assertThat(refusal(d.withMaxElements(20), new RecordingStore(), valid).kind())
                .isEqualTo(EdxmlViolation.TOO_MANY_ELEMENTS);
    }

    @Test
    void theStoresOwnLimitIsAnAttachmentTooLarge() {
        RecordingStore store = new RecordingStore(8);
        EdxmlException e = refusal(EdxmlLimits.defaults(), store, valid);
        assertThat(e.kind()).isEqualTo(EdxmlViolation.ATTACHMENT_TOO_LARGE);
        assertThat(store.stored).isEmpty();
    }

    @Test
    void deepNestingIsRefusedBeforeItCosts() {
        String deep = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">" + "<a>".repeat(10_000);
        assertThat(refusal(Fixtures.bytes(deep)).kind()).isEqualTo(EdxmlViolation.TOO_DEEP);
    }

    @Test
    void aManifestEntryWithoutContentIsRefused() {
        int a = xml.indexOf("<AttachmentEncoded>");
        int b = xml.indexOf("</AttachmentEncoded>") + "</AttachmentEncoded>".length();
        EdxmlException e = refusal(Fixtures.bytes(xml.substring(0, a) + xml.substring(b)));
        assertThat(e.kind()).isEqualTo(EdxmlViolation.MISSING_ATTACHMENT);
        assertThat(e.getMessage()).contains("qd-123.pdf");
    }

    @Test
    void aWriterRefusesTextXmlCannotCarry() {
        EdxmlPackage p = Fixtures.sample(source);
        EdxmlPackage bad = new EdxmlPackage(p.header().toBuilder().subject("trích yếu\u0001").build(), p.trace(),
                p.attachments());
        assertThatThrownBy(() -> Fixtures.write(EdxmlWriter.of(source), bad))
                .isInstanceOfSatisfying(EdxmlException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EdxmlViolation.INVALID_CHARACTER);
                    assertThat(e.where()).endsWith("MessageHeader/Subject");
                });
    }
}
