package vn.edoc.signature.verify;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import vn.edoc.spi.RevocationData;
import vn.edoc.spi.VerificationViolation;
import vn.edoc.validation.Violation;

/**
 * Reads and checks one CMS blob (the {@code /Contents} of a signature dictionary): exactly one signer, the message
 * digest against the digest of the signed bytes ({@code intact}), the signature over the signed attributes with
 * the signer's key ({@code cryptoValid}, checked on its own so the two answers stay separate), the
 * signing-certificate attribute, and the signature timestamp. Trust is not judged here.
 */
final class CmsCheck {

    /** Computes the digest of the signed byte ranges with the algorithm of the given OID. */
    interface RangeDigest {
        byte[] digest(ASN1ObjectIdentifier algorithm) throws IOException;
    }

    /** What one CMS blob says. */
    record Outcome(Optional<X509Certificate> signer, List<X509Certificate> certificates, boolean intact,
                   boolean cryptoValid, Optional<Instant> claimedTime, RevocationData revocation,
                   Optional<Token> timestamp, List<Violation> reasons) {
    }

    /** A timestamp token and what was checked about it (trust is judged by the caller). */
    record Token(Instant time, Optional<X509Certificate> authority, List<X509Certificate> certificates,
                 boolean intact, boolean cryptoValid, String problem) {
    }

    private static final ASN1ObjectIdentifier SIGNATURE_TIMESTAMP = PKCSObjectIdentifiers.id_aa_signatureTimeStampToken;
    private static final ASN1ObjectIdentifier ADBE_REVOCATION = new ASN1ObjectIdentifier("1.2.840.113583.1.1.8");

    private final Provider bc;

    CmsCheck(Provider bc) {
        this.bc = bc;
    }

    /** Checks a CAdES/PKCS#7 detached signature over the ranges. */
    Outcome signature(byte[] contents, RangeDigest ranges) {
        List<Violation> reasons = new ArrayList<>();
        CMSSignedData cms;
        try {
            cms = new CMSSignedData(contents);
        } catch (CMSException | RuntimeException e) {
            reasons.add(VerificationViolation.CMS_UNREADABLE.at("/Contents", message(e)));
            return new Outcome(Optional.empty(), List.of(), false, false, Optional.empty(), RevocationData.NONE,
                    Optional.empty(), reasons);
        }
        List<X509Certificate> certs = certificates(cms.getCertificates());
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            reasons.add(VerificationViolation.CMS_UNREADABLE.at("/Contents", signers.size()
                    + " signers instead of exactly one"));
            return new Outcome(Optional.empty(), certs, false, false, Optional.empty(), RevocationData.NONE,
                    Optional.empty(), reasons);
        }
        SignerInformation si = signers.iterator().next();
        Optional<X509Certificate> signer = signerCertificate(cms.getCertificates(), si);
        AttributeTable signed = si.getSignedAttributes();
        RevocationData revocation = revocation(cms, signed);
        Optional<Instant> claimed = Optional.empty();
        if (signed != null && signed.get(CMSAttributes.signingTime) != null) {
            try {
                claimed = Optional.of(Time.getInstance(signed.get(CMSAttributes.signingTime).getAttrValues()
                        .getObjectAt(0)).getDate().toInstant());
            } catch (RuntimeException e) {
                reasons.add(VerificationViolation.CMS_UNREADABLE.at("signingTime", message(e)));
            }
        }
        if (signed == null || signed.get(CMSAttributes.messageDigest) == null) {
            reasons.add(VerificationViolation.UNSUPPORTED.at("/Contents",
                    "a signature without signed attributes (PAdES requires them)"));
            return new Outcome(signer, certs, false, false, claimed, revocation, Optional.empty(), reasons);
        }
        ASN1ObjectIdentifier digestAlg = si.getDigestAlgorithmID().getAlgorithm();
        if (weak(digestAlg)) {
            reasons.add(VerificationViolation.UNSUPPORTED.at("/Contents", "the digest algorithm SHA-1, no longer"
                    + " accepted for signatures"));
        }
        byte[] messageDigest;
        try {
            messageDigest = ASN1OctetString.getInstance(signed.get(CMSAttributes.messageDigest).getAttrValues()
                    .getObjectAt(0)).getOctets();
        } catch (RuntimeException e) {
            reasons.add(VerificationViolation.CMS_UNREADABLE.at("messageDigest", message(e)));
            return new Outcome(signer, certs, false, false, claimed, revocation, Optional.empty(), reasons);
        }
        boolean intact;
        try {
            byte[] actual = ranges.digest(digestAlg);
            intact = MessageDigest.isEqual(actual, messageDigest);
        } catch (IOException | RuntimeException e) {
            reasons.add(VerificationViolation.UNSUPPORTED.at("/Contents", "the digest algorithm " + digestAlg.getId()
                    + " (" + message(e) + ")"));
            return new Outcome(signer, certs, false, false, claimed, revocation, Optional.empty(), reasons);
        }
        if (!intact) {
            reasons.add(VerificationViolation.DIGEST_MISMATCH.at("/ByteRange"));
        }
        boolean cryptoValid = false;
        if (signer.isEmpty()) {
            reasons.add(VerificationViolation.SIGNER_CERTIFICATE_MISSING.at("/Contents"));
        } else {
            cryptoValid = verifySignedAttributes(contents, digestAlg, messageDigest, signer.get(), reasons);
            signingCertificateAttribute(signed, signer.get(), reasons);
        }
        Optional<Token> timestamp = Optional.empty();
        AttributeTable unsigned = si.getUnsignedAttributes();
        if (unsigned != null && unsigned.get(SIGNATURE_TIMESTAMP) != null) {
            timestamp = Optional.of(signatureTimestamp(unsigned.get(SIGNATURE_TIMESTAMP), si.getSignature()));
        }
        return new Outcome(signer, certs, intact, cryptoValid, claimed, revocation, timestamp, reasons);
    }

    /** Checks a document timestamp (SubFilter ETSI.RFC3161): its imprint against the ranges, its own signature. */
    Token documentTimestamp(byte[] contents, RangeDigest ranges) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(contents));
            ASN1ObjectIdentifier alg = token.getTimeStampInfo().getMessageImprintAlgOID();
            boolean intact = MessageDigest.isEqual(ranges.digest(alg),
                    token.getTimeStampInfo().getMessageImprintDigest());
            return tokenChecks(token, intact, intact ? "" : "the imprint does not match the signed bytes");
        } catch (Exception e) {
            return new Token(Instant.EPOCH, Optional.empty(), List.of(), false, false, message(e));
        }
    }

    private Token signatureTimestamp(Attribute attr, byte[] signatureValue) {
        try {
            ContentInfo ci = ContentInfo.getInstance(attr.getAttrValues().getObjectAt(0));
            TimeStampToken token = new TimeStampToken(ci);
            ASN1ObjectIdentifier alg = token.getTimeStampInfo().getMessageImprintAlgOID();
            MessageDigest md = messageDigest(alg);
            boolean intact = MessageDigest.isEqual(md.digest(signatureValue),
                    token.getTimeStampInfo().getMessageImprintDigest());
            return tokenChecks(token, intact, intact ? "" : "the imprint does not match the signature value");
        } catch (Exception e) {
            return new Token(Instant.EPOCH, Optional.empty(), List.of(), false, false, message(e));
        }
    }

    private Token tokenChecks(TimeStampToken token, boolean intact, String problem) {
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> store = token.getCertificates();
        List<X509Certificate> certs = certificates(store);
        Optional<X509Certificate> tsa = Optional.empty();
        for (Object h : store.getMatches(token.getSID())) {
            tsa = convert((X509CertificateHolder) h);
            break;
        }
        if (tsa.isEmpty()) {
            return new Token(time, Optional.empty(), certs, intact, false, "the timestamp does not carry the"
                    + " authority's certificate");
        }
        try {
            // checks the signature, that the certificate was valid at the time stamped and is for timestamping
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(bc).build(tsa.get()));
            return new Token(time, tsa, certs, intact, true, problem);
        } catch (Exception e) {
            return new Token(time, tsa, certs, intact, false, message(e));
        }
    }

    private boolean verifySignedAttributes(byte[] contents, ASN1ObjectIdentifier digestAlg, byte[] messageDigest,
                                           X509Certificate signer, List<Violation> reasons) {
        try {
            // give BC the digest the signature claims, so that this checks the signature alone; the digest of the
            // bytes was compared above
            CMSSignedData detached = new CMSSignedData(Map.of(digestAlg, messageDigest), contents);
            SignerInformation si = detached.getSignerInfos().getSigners().iterator().next();
            // built from the key, not the certificate: the certificate's validity is judged with trust, at the
            // right time, not at the claimed signing time as BC would
            if (si.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(bc).build(signer.getPublicKey()))) {
                return true;
            }
            reasons.add(VerificationViolation.SIGNATURE_INVALID.at("/Contents", "the signature value is wrong"));
        } catch (Exception e) {
            reasons.add(VerificationViolation.SIGNATURE_INVALID.at("/Contents", message(e)));
        }
        return false;
    }

    private void signingCertificateAttribute(AttributeTable signed, X509Certificate signer, List<Violation> reasons) {
        try {
            byte[] encoded = signer.getEncoded();
            Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                MessageDigest md = messageDigest(id.getHashAlgorithm().getAlgorithm());
                if (!MessageDigest.isEqual(md.digest(encoded), id.getCertHash())
                        || !issuerSerialMatches(id.getIssuerSerial(), signer)) {
                    reasons.add(VerificationViolation.SIGNING_CERTIFICATE_MISMATCH.at("signingCertificateV2"));
                }
                return;
            }
            Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                if (!MessageDigest.isEqual(messageDigest(OIWObjectIdentifiers.idSHA1).digest(encoded),
                        id.getCertHash()) || !issuerSerialMatches(id.getIssuerSerial(), signer)) {
                    reasons.add(VerificationViolation.SIGNING_CERTIFICATE_MISMATCH.at("signingCertificate"));
                }
            }
        } catch (Exception e) {
            reasons.add(VerificationViolation.SIGNING_CERTIFICATE_MISMATCH.at("signingCertificateV2"));
        }
    }

    private static boolean issuerSerialMatches(org.bouncycastle.asn1.x509.IssuerSerial is, X509Certificate cert) {
        if (is == null) {
            return true;
        }
        if (!is.getSerial().getValue().equals(cert.getSerialNumber())) {
            return false;
        }
        X500Name issuer = X500Name.getInstance(cert.getIssuerX500Principal().getEncoded());
        for (GeneralName n : is.getIssuer().getNames()) {
            if (n.getTagNo() == GeneralName.directoryName && X500Name.getInstance(n.getName()).equals(issuer)) {
                return true;
            }
        }
        return false;
    }

    private Optional<X509Certificate> signerCertificate(Store<X509CertificateHolder> store, SignerInformation si) {
        for (Object h : store.getMatches(si.getSID())) {
            return convert((X509CertificateHolder) h);
        }
        return Optional.empty();
    }

    private List<X509Certificate> certificates(Store<X509CertificateHolder> store) {
        List<X509Certificate> out = new ArrayList<>();
        for (X509CertificateHolder h : store.getMatches(null)) {
            convert(h).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private Optional<X509Certificate> convert(X509CertificateHolder h) {
        try {
            return Optional.of(new JcaX509CertificateConverter().setProvider(bc).getCertificate(h));
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** CRLs and OCSP responses carried in the CMS itself (its CRL set, and Adobe's revocation archival). */
    private static RevocationData revocation(CMSSignedData cms, AttributeTable signed) {
        List<byte[]> crls = new ArrayList<>();
        List<byte[]> ocsps = new ArrayList<>();
        try {
            @SuppressWarnings("unchecked")
            Store<X509CRLHolder> store = cms.getCRLs();
            for (X509CRLHolder h : store.getMatches(null)) {
                crls.add(h.getEncoded());
            }
            Attribute archival = signed == null ? null : signed.get(ADBE_REVOCATION);
            if (archival != null) {
                ASN1Sequence seq = ASN1Sequence.getInstance(archival.getAttrValues().getObjectAt(0));
                for (ASN1Encodable e : seq) {
                    ASN1TaggedObject t = ASN1TaggedObject.getInstance(e);
                    ASN1Sequence items = ASN1Sequence.getInstance(t.getExplicitBaseObject());
                    for (ASN1Encodable item : items) {
                        if (t.getTagNo() == 0) {
                            crls.add(item.toASN1Primitive().getEncoded());
                        } else if (t.getTagNo() == 1) {
                            ocsps.add(item.toASN1Primitive().getEncoded());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable embedded revocation data counts as none; the status then comes from elsewhere or is unknown
        }
        return new RevocationData(crls, ocsps);
    }

    /** JDK names of the common digests: the JDK's implementations use CPU intrinsics and hash several times faster. */
    private static final Map<String, String> JDK_DIGESTS = Map.of(
            "2.16.840.1.101.3.4.2.1", "SHA-256", "2.16.840.1.101.3.4.2.2", "SHA-384",
            "2.16.840.1.101.3.4.2.3", "SHA-512", "2.16.840.1.101.3.4.2.4", "SHA-224",
            "2.16.840.1.101.3.4.2.8", "SHA3-256", "2.16.840.1.101.3.4.2.9", "SHA3-384",
            "2.16.840.1.101.3.4.2.10", "SHA3-512", "1.3.14.3.2.26", "SHA-1");

    MessageDigest messageDigest(ASN1ObjectIdentifier oid) throws java.security.NoSuchAlgorithmException {
        String jdk = JDK_DIGESTS.get(oid.getId());
        if (jdk != null) {
            try {
                return MessageDigest.getInstance(jdk);
            } catch (java.security.NoSuchAlgorithmException e) {
                // a JDK without it: BouncyCastle has every one
            }
        }
        return MessageDigest.getInstance(oid.getId(), bc);
    }

    private static boolean weak(ASN1ObjectIdentifier alg) {
        return alg.equals(OIWObjectIdentifiers.idSHA1) || alg.equals(PKCSObjectIdentifiers.md5);
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": "
                + (m.length() > 200 ? m.substring(0, 200) : m));
    }
}
