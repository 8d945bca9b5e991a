package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.edoc.spi.ContentRef;
import vn.edoc.store.memory.MemoryContentStore;

/**
 * Attachment content written in every way XML allows decodes to the same bytes, whether it takes the reader's fast
 * path or goes through the parser (line breaks, CRLF, a comment, a CDATA section, a character reference, a UTF-16
 * file), and a signature made by the JDK over such a package verifies.
 */
class ContentVariantsTest {

    private static final byte[] DATA = new byte[3000];

    static {
        new java.util.Random(7).nextBytes(DATA);
    }

    private static String content(String variant) {
        String b64 = Base64.getEncoder().encodeToString(DATA);
        return switch (variant) {
            case "plain" -> b64;
            case "mime" -> Base64.getMimeEncoder().encodeToString(DATA);
            case "lf" -> b64.replaceAll("(.{64})", "$1\n");
            case "comment" -> b64.substring(0, 100) + "<!-- giữa -->" + b64.substring(100);
            case "cdata" -> b64.substring(0, 200) + "<![CDATA[" + b64.substring(200, 300) + "]]>" + b64.substring(300);
            case "charref" -> b64.substring(0, 50) + "&#" + (int) b64.charAt(50) + ";" + b64.substring(51);
            case "spaces" -> "\n    " + b64 + "\n  ";
            default -> throw new IllegalArgumentException(variant);
        };
    }

    private static String packageXml(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">"
                + "<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLHeader>"
                + "<edXML:MessageHeader><edXML:From><edXML:OrganId>000.00.00.H37</edXML:OrganId></edXML:From>"
                + "<edXML:Subject>Tệp &lt;đính kèm&gt; <![CDATA[ContentTransferEncoded>]]></edXML:Subject>"
                + "</edXML:MessageHeader></edXML:edXMLHeader><edXML:edXMLBody><edXML:edXMLManifest version=\"1.0\">"
                + "<edXML:Reference><edXML:ContentId>cid:1</edXML:ContentId>"
                + "<edXML:AttachmentName>a.bin</edXML:AttachmentName></edXML:Reference></edXML:edXMLManifest>"
                + "</edXML:edXMLBody></edXML:edXMLEnvelope><!-- <edXML:ContentTransferEncoded> -->"
                + "<AttachmentEncoded><Attachment><ContentId>cid:1</ContentId>"
                + "<edXML:ContentTransferEncoded xmlns:edXML='http://www.mic.gov.vn/TBT/QCVN_102_2016' x=\"a>b\">"
                + content + "</edXML:ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>";
    }

    private static ContentRef expected() {
        return new MemoryContentStore().put(new ByteArrayInputStream(DATA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "mime", "lf", "comment", "cdata", "charref", "spaces"})
    void everyWayOfWritingContentGivesTheSameBytes(String variant) throws Exception {
        String xml = packageXml(content(variant));
        for (byte[] bytes : List.of(xml.getBytes(StandardCharsets.UTF_8), xml.replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8), xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                .getBytes(StandardCharsets.UTF_16))) {
            MemoryContentStore store = new MemoryContentStore();
            EdxmlRead read = EdxmlReader.of(store).read(new ByteArrayInputStream(bytes));
            EdxmlAttachment a = read.documentPackage().attachments().get(0);
            assertThat(a.content()).isEqualTo(expected());
            assertThat(read.documentPackage().header().subject()).isEqualTo("Tệp <đính kèm> ContentTransferEncoded>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mime", "comment", "cdata", "charref"})
    void aJdkSignatureOverSuchContentVerifies(String variant) throws Exception {
        byte[] unsigned = packageXml(content(variant)).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(unsigned));
        Element header = (Element) doc.getElementsByTagNameNS(XmlSupport.NS, "edXMLHeader").item(0);
        PackageSigner signer = Fixtures.signer("ec");
        XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
        var ref = fac.newReference("", fac.newDigestMethod(DigestMethod.SHA256, null), List.of(
                fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                fac.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null);
        var si = fac.newSignedInfo(fac.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE,
                (C14NMethodParameterSpec) null), fac.newSignatureMethod(SignatureMethod.ECDSA_SHA256, null),
                List.of(ref));
        KeyInfoFactory kif = fac.getKeyInfoFactory();
        fac.newXMLSignature(si, kif.newKeyInfo(List.of(kif.newX509Data(List.of(signer.certificate())))))
                .sign(new DOMSignContext(signer.key(), header));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        // the DOM serialiser writes the content as text: put the variant's raw form back, which must verify too
        String signed = out.toString(StandardCharsets.UTF_8);
        for (String form : List.of(signed, signed.replace("\n", "\r\n"))) {
            EdxmlRead read = EdxmlReader.of(new MemoryContentStore()).read(new ByteArrayInputStream(
                    form.getBytes(StandardCharsets.UTF_8)));
            assertThat(read.signature().status()).as(read.signature().problems().toString())
                    .isEqualTo(SignatureCheck.Status.VALID);
            assertThat(read.documentPackage().attachments().get(0).content()).isEqualTo(expected());
        }
        EdxmlRead changed = EdxmlReader.of(new MemoryContentStore()).read(new ByteArrayInputStream(
                signed.replace("Tệp ", "Tệp  ").getBytes(StandardCharsets.UTF_8)));
        assertThat(changed.signature().status()).isEqualTo(SignatureCheck.Status.INVALID);
    }
}
