package vn.edoc.interconnect.edxml;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.KeySelector;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.edoc.validation.Violation;

/**
 * The package's own XML signature (chữ ký số của gói tin), with the JDK's XML Digital Signature API: an enveloped
 * signature over the whole document ({@code Reference URI=""}, transforms enveloped-signature and exclusive
 * canonicalisation). The reference digest is computed by {@link Canonicalizer} while the package streams; the JDK
 * signs and verifies the {@code SignedInfo} with that digest, so the document never has to be a DOM.
 */
final class PackageSignatures {

    /** Digest URIs and their JCA names. */
    static final Map<String, String> DIGESTS = Map.of(
            PackageSigner.Digest.SHA1.uri(), "SHA-1",
            PackageSigner.Digest.SHA256.uri(), "SHA-256",
            PackageSigner.Digest.SHA384.uri(), "SHA-384",
            PackageSigner.Digest.SHA512.uri(), "SHA-512");

    static final String ENVELOPED = Transform.ENVELOPED;
    static final String EXCLUSIVE = CanonicalizationMethod.EXCLUSIVE;
    static final String INCLUSIVE = CanonicalizationMethod.INCLUSIVE;
    /** What the official SDK writes for exclusive canonicalisation; not the W3C URI. */
    static final String SDK_EXCLUSIVE = "http://www.w3.org/TR/xml-exc-c14n#";
    private static final Set<String> WEAK = Set.of(PackageSigner.Digest.SHA1.uri(),
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1");

    private PackageSignatures() {
    }

    /** A signature as captured from a package, and what was decided while the package streamed. */
    static final class Captured {
        final String path;
        final Element element;
        final boolean repaired;
        final List<Violation> problems = new ArrayList<>();
        String signatureMethod = "";
        String digestMethod = "";
        byte[] expected;
        Canonicalizer canonicalizer;
        MessageDigest digest;

        Captured(String path, Element element, boolean repaired) {
            this.path = path;
            this.element = element;
            this.repaired = repaired;
        }

        void broken(String what) {
            problems.add(EdxmlViolation.SIGNATURE_BROKEN.at(path, what));
        }
    }

    /**
     * Reads the signature's reference and keeps, of the canonicalisers fed so far, the one and the digest it asks
     * for; the others stop. When the reference cannot be followed, canonicalising stops and the problem is noted.
     */
    static void choose(Captured sig, List<Canonicalizer> feeds, Map<String, MessageDigest> inclusive,
                       Map<String, MessageDigest> exclusive) {
        Element signedInfo = child(sig.element, "SignedInfo");
        List<Canonicalizer> keep = new ArrayList<>();
        try {
            if (signedInfo == null) {
                sig.broken("no SignedInfo");
                return;
            }
            Element method = child(signedInfo, "SignatureMethod");
            sig.signatureMethod = method == null ? "" : method.getAttribute("Algorithm");
            List<Element> refs = children(signedInfo, "Reference");
            if (refs.size() != 1) {
                sig.broken(refs.size() + " references instead of one over the whole package");
                return;
            }
            Element ref = refs.get(0);
            if (ref.hasAttribute("URI") && !ref.getAttribute("URI").isEmpty()) {
                sig.broken("the reference points at " + ref.getAttribute("URI") + ", not the whole package");
                return;
            }
            Element dm = child(ref, "DigestMethod");
            sig.digestMethod = dm == null ? "" : dm.getAttribute("Algorithm");
            String jca = DIGESTS.get(sig.digestMethod);
            if (jca == null) {
                sig.broken("unknown digest method " + sig.digestMethod);
                return;
            }
            Element dv = child(ref, "DigestValue");
            try {
                sig.expected = dv == null ? null : Base64.getMimeDecoder().decode(dv.getTextContent().strip());
            } catch (IllegalArgumentException e) {
                sig.expected = null;
            }
            if (sig.expected == null) {
                sig.broken("no readable DigestValue");
                return;
            }
            boolean enveloped = false;
            Canonicalizer.Mode mode = Canonicalizer.Mode.INCLUSIVE;
            Element transforms = child(ref, "Transforms");
            for (Element t : transforms == null ? List.<Element>of() : children(transforms, "Transform")) {
                String alg = t.getAttribute("Algorithm");
                if (alg.equals(ENVELOPED)) {
                    enveloped = true;
                } else if (alg.equals(EXCLUSIVE) || alg.equals(EXCLUSIVE + "WithComments")
                        || alg.equals(SDK_EXCLUSIVE)) {
                    mode = Canonicalizer.Mode.EXCLUSIVE;
                } else if (alg.equals(INCLUSIVE) || alg.equals(INCLUSIVE + "#WithComments")) {
                    mode = Canonicalizer.Mode.INCLUSIVE;
                } else {
                    sig.broken("unsupported transform " + alg);
                    return;
                }
            }
            if (!enveloped) {
                sig.broken("the reference has no enveloped-signature transform, so it cannot cover the package "
                        + "that holds it");
                return;
            }
            Canonicalizer chosen = feeds.get(mode == Canonicalizer.Mode.INCLUSIVE ? 0 : 1);
            MessageDigest digest = (mode == Canonicalizer.Mode.INCLUSIVE ? inclusive : exclusive).get(jca);
            chosen.retain(digest);
            sig.canonicalizer = chosen;
            sig.digest = digest;
            keep.add(chosen);
        } finally {
            feeds.clear();
            feeds.addAll(keep);
        }
    }

    /** Checks the captured signature once the whole package was read. */
    static SignatureCheck verify(Captured sig, List<Canonicalizer> feeds) {
        List<Violation> problems = new ArrayList<>(sig.problems);
        boolean weak = WEAK.contains(sig.signatureMethod) || WEAK.contains(sig.digestMethod);
        if (weak) {
            problems.add(EdxmlViolation.SIGNATURE_WEAK.at(sig.path, "SHA-1"));
        }
        boolean digestOk = false;
        if (sig.canonicalizer != null) {
            sig.canonicalizer.finish();
            digestOk = MessageDigest.isEqual(sig.digest.digest(), sig.expected);
            if (!digestOk) {
                problems.add(EdxmlViolation.SIGNATURE_DIGEST_MISMATCH.at(sig.path));
            }
        }
        Optional<String> signer = Optional.empty();
        boolean valueOk = false;
        X509Certificate certificate = certificate(sig, problems);
        if (certificate != null) {
            signer = Optional.of(certificate.getSubjectX500Principal().getName());
            try {
                DOMValidateContext ctx = new DOMValidateContext(
                        KeySelector.singletonKeySelector(certificate.getPublicKey()), sig.element);
                // the JDK's secure validation refuses SHA-1 outright; here it is accepted and reported as weak
                ctx.setProperty("org.jcp.xml.dsig.secureValidation", !weak);
                XMLSignature parsed = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx);
                valueOk = parsed.getSignatureValue().validate(ctx);
                if (!valueOk) {
                    problems.add(EdxmlViolation.SIGNATURE_VALUE_INVALID.at(sig.path));
                }
            } catch (MarshalException | XMLSignatureException | RuntimeException e) {
                problems.add(EdxmlViolation.SIGNATURE_BROKEN.at(sig.path, "the signature value cannot be checked: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        }
        boolean valid = digestOk && valueOk;
        return new SignatureCheck(valid ? SignatureCheck.Status.VALID : SignatureCheck.Status.INVALID,
                sig.signatureMethod, sig.digestMethod, weak, signer, problems);
    }

    private static X509Certificate certificate(Captured sig, List<Violation> problems) {
        Element keyInfo = child(sig.element, "KeyInfo");
        Element data = keyInfo == null ? null : child(keyInfo, "X509Data");
        Element cert = data == null ? null : child(data, "X509Certificate");
        if (cert == null) {
            problems.add(EdxmlViolation.SIGNATURE_BROKEN.at(sig.path, "no certificate in KeyInfo/X509Data"));
            return null;
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(cert.getTextContent().strip());
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            problems.add(EdxmlViolation.SIGNATURE_BROKEN.at(sig.path, "the certificate cannot be read"));
            return null;
        }
    }

    /**
     * Builds the {@code Signature} element for a package whose canonical digest is {@code digest}, signed by
     * {@code signer}; the element is in the XML-DSig namespace, as the default namespace.
     */
    static Element sign(PackageSigner signer, byte[] digest) {
        try {
            XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
            List<Transform> transforms = List.of(
                    fac.newTransform(ENVELOPED, (TransformParameterSpec) null),
                    fac.newTransform(EXCLUSIVE, (TransformParameterSpec) null));
            Reference ref = fac.newReference("", fac.newDigestMethod(signer.digest().uri(), null), transforms, null,
                    null, digest);
            SignedInfo si = fac.newSignedInfo(
                    fac.newCanonicalizationMethod(EXCLUSIVE, (C14NMethodParameterSpec) null),
                    fac.newSignatureMethod(signer.signatureMethod(), null), List.of(ref));
            KeyInfoFactory kif = fac.getKeyInfoFactory();
            X509Data x509 = kif.newX509Data(List.of(signer.certificate().getSubjectX500Principal().getName(),
                    signer.certificate()));
            KeyInfo ki = kif.newKeyInfo(List.of(x509));
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().newDocument();
            Element holder = doc.createElementNS(XmlSupport.NS, "edXML:edXMLHeader");
            doc.appendChild(holder);
            DOMSignContext ctx = new DOMSignContext(signer.key(), holder);
            fac.newXMLSignature(si, ki).sign(ctx);
            return child(holder, "Signature");
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw new EdxmlException(EdxmlViolation.SIGNING, "Signature", e, e.getMessage());
        }
    }

    static Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String local) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
