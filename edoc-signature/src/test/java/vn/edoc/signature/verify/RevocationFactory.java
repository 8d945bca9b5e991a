package vn.edoc.signature.verify;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.edoc.signature.testpki.TestPki;

/**
 * Revocation information made to order for the freshness and authorisation tests: OCSP responses with a chosen
 * signer, production time, validity window and status, and CRLs with chosen times and entries, all signed with the
 * test PKI's keys.
 */
final class RevocationFactory {

    private final TestPki pki;

    RevocationFactory(TestPki pki) {
        this.pki = pki;
    }

    /**
     * An OCSP response about {@code cert} (issued by the PKI's intermediate CA) signed by {@code signer}.
     *
     * @param revokedAt the revocation time, or null for "good"
     * @param next      the nextUpdate, or null for none
     */
    byte[] ocsp(X509Certificate cert, TestPki.Identity signer, Instant produced, Instant thisUpdate, Instant next,
                Instant revokedAt) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(pki.intermediate().certificate()),
                    cert.getSerialNumber());
            BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(
                    new RespID(new JcaX509CertificateHolder(signer.certificate()).getSubject()));
            CertificateStatus status = revokedAt == null ? CertificateStatus.GOOD
                    : new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise);
            b.addResponse(id, status, Date.from(thisUpdate), next == null ? null : Date.from(next));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, b.build(
                    new JcaContentSignerBuilder(pki.keyKind().certificateSignature()).build(signer.privateKey()),
                    new X509CertificateHolder[] {new JcaX509CertificateHolder(signer.certificate())},
                    Date.from(produced))).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build an OCSP response", e);
        }
    }

    /** A CRL of {@code issuer} from {@code thisUpdate} to {@code next}, listing {@code revoked} with their times. */
    byte[] crl(TestPki.Identity issuer, Instant thisUpdate, Instant next, Map<X509Certificate, Instant> revoked) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(new JcaX509CertificateHolder(issuer.certificate()).getSubject(),
                    Date.from(thisUpdate));
            b.setNextUpdate(Date.from(next));
            revoked.forEach((c, at) -> b.addCRLEntry(c.getSerialNumber(), Date.from(at), CRLReason.keyCompromise));
            b.addExtension(org.bouncycastle.asn1.x509.Extension.cRLNumber, false,
                    new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(thisUpdate.getEpochSecond())));
            return b.build(new JcaContentSignerBuilder(pki.keyKind().certificateSignature())
                    .build(issuer.privateKey())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a CRL", e);
        }
    }
}
