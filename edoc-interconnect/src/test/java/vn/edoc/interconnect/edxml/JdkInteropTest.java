package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.edoc.store.memory.MemoryContentStore;

/**
 * Packages signed the ordinary way, on a whole DOM by the JDK's XML-DSig implementation, verify with the streaming
 * reader: its canonicaliser gives the bytes the JDK's does, in both canonical forms and with either digest.
 */
class JdkInteropTest {

    @ParameterizedTest
    @CsvSource({
        "http://www.w3.org/2001/10/xml-exc-c14n#, http://www.w3.org/2001/04/xmlenc#sha256, "
                + "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256, false",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315, http://www.w3.org/2000/09/xmldsig#sha1, "
                + "http://www.w3.org/2000/09/xmldsig#rsa-sha1, true",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315, http://www.w3.org/2001/04/xmlenc#sha512, "
                + "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256, false"})
    void aDomSignedPackageVerifiesStreaming(String c14n, String digest, String method, boolean weak)
            throws Exception {
        MemoryContentStore store = new MemoryContentStore();
        byte[] unsigned = Fixtures.write(EdxmlWriter.of(store), Fixtures.sample(store));
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(unsigned));
        Element header = (Element) doc.getElementsByTagNameNS(XmlSupport.NS, "edXMLHeader").item(0);

        PackageSigner signer = Fixtures.signer("rsa");
        XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
        Reference ref = fac.newReference("", fac.newDigestMethod(digest, null), List.of(
                fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                fac.newTransform(c14n, (TransformParameterSpec) null)), null, null);
        SignedInfo si = fac.newSignedInfo(fac.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE,
                (C14NMethodParameterSpec) null), fac.newSignatureMethod(method, null), List.of(ref));
        KeyInfoFactory kif = fac.getKeyInfoFactory();
        DOMSignContext ctx = new DOMSignContext(signer.key(), header);
        ctx.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
        fac.newXMLSignature(si, kif.newKeyInfo(List.of(kif.newX509Data(List.of(signer.certificate())))))
                .sign(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));

        EdxmlRead read = Fixtures.read(EdxmlReader.of(new MemoryContentStore()), out.toByteArray());
        assertThat(read.signature().status()).as(read.signature().problems().toString())
                .isEqualTo(SignatureCheck.Status.VALID);
        assertThat(read.signature().weak()).isEqualTo(weak);
        assertThat(read.signature().digestAlgorithm()).isEqualTo(digest);
        assertThat(read.message()).isEqualTo(Fixtures.sample(store));
    }
}
