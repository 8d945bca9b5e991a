package vn.edoc.signature.verify;

import java.io.ByteArrayInputStream;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.edoc.spi.RevocationData;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationViolation;
import vn.edoc.validation.Violation;

/**
 * Judges a certificate (đánh giá tin cậy chứng thư số): a chain to one of the {@link TrustStore}'s anchors, built
 * with the JDK's PKIX builder, valid at the time that counts (the timestamp's when there is a valid one, else now);
 * key usage that allows signing; and for every certificate of the chain a revocation status from the PDF's own
 * data first (DSS dictionary, CMS), then the {@link RevocationSource}. CRLs and OCSP responses are accepted only
 * when signed by the certificate's issuer (or, for OCSP, a responder the issuer delegated to).
 */
final class TrustCheck {

    /** The verdict on one certificate. */
    record Verdict(boolean trusted, List<Violation> reasons) {
    }

    private final TrustStore trust;
    private final RevocationSource source;
    private final Provider bc;

    TrustCheck(TrustStore trust, RevocationSource source, Provider bc) {
        this.trust = trust;
        this.source = source;
        this.bc = bc;
    }

    /**
     * Judges {@code cert} for a signature.
     *
     * @param pool         other certificates that may complete the chain (from the CMS and the DSS)
     * @param proofTime    the time a valid timestamp proves the signature existed, if any
     * @param claimedTime  the time the signature claims
     * @param now          the time of verification
     * @param embedded     revocation data embedded in the PDF
     * @param forSigning   whether key usage must allow signing
     * @param checkRevocation whether to establish the revocation status
     */
    Verdict judge(X509Certificate cert, Collection<X509Certificate> pool, Optional<Instant> proofTime,
                  Optional<Instant> claimedTime, Instant now, RevocationData embedded, boolean forSigning,
                  boolean checkRevocation) {
        List<Violation> reasons = new ArrayList<>();
        String who = cert.getSubjectX500Principal().getName();
        Instant at = proofTime.orElse(now);
        List<X509Certificate> anchors = trust.anchors();
        if (anchors.isEmpty()) {
            reasons.add(VerificationViolation.CHAIN_NOT_TRUSTED.at("trust", "no trust anchor is configured"));
            return new Verdict(false, reasons);
        }
        Optional<List<X509Certificate>> chain = chain(cert, pool, anchors, at);
        if (chain.isEmpty()) {
            Instant middle = Instant.ofEpochMilli((cert.getNotBefore().getTime() + cert.getNotAfter().getTime()) / 2);
            if (chain(cert, pool, anchors, middle).isEmpty()) {
                reasons.add(VerificationViolation.CHAIN_NOT_TRUSTED.at("trust", who));
                return new Verdict(false, reasons);
            }
            // the chain exists, but not at the time that counts
            if (proofTime.isPresent()) {
                reasons.add(VerificationViolation.CERTIFICATE_NOT_VALID_AT_SIGNING.at("trust", who, proofTime.get()));
                return new Verdict(false, reasons);
            }
            if (claimedTime.isPresent() && chain(cert, pool, anchors, claimedTime.get()).isPresent()) {
                reasons.add(VerificationViolation.CERTIFICATE_EXPIRED.at("trust", who,
                        cert.getNotAfter().toInstant()));
                chain = chain(cert, pool, anchors, claimedTime.get());
                at = claimedTime.get();
            } else {
                reasons.add(VerificationViolation.CERTIFICATE_NOT_VALID_AT_SIGNING.at("trust", who,
                        claimedTime.map(Instant::toString).orElse(now.toString())));
                return new Verdict(false, reasons);
            }
        }
        if (forSigning) {
            boolean[] ku = cert.getKeyUsage();
            if (ku != null && !(ku.length > 1 && (ku[0] || ku[1]))) {
                reasons.add(VerificationViolation.KEY_USAGE_INVALID.at("trust", who));
            }
        }
        if (checkRevocation) {
            List<X509Certificate> path = chain.orElseThrow();
            for (int i = 0; i + 1 < path.size(); i++) {
                revocation(path.get(i), path.get(i + 1), proofTime, at, embedded, reasons);
            }
        }
        return new Verdict(reasons.isEmpty(), reasons);
    }

    /** The chain from {@code cert} to its anchor (both included), valid at {@code at}. */
    Optional<List<X509Certificate>> chain(X509Certificate cert, Collection<X509Certificate> pool,
                                          List<X509Certificate> anchors, Instant at) {
        for (X509Certificate a : anchors) {
            if (a.equals(cert)) {
                return validAt(cert, at) ? Optional.of(List.of(cert)) : Optional.empty();
            }
        }
        try {
            Set<TrustAnchor> ta = new HashSet<>();
            for (X509Certificate a : anchors) {
                ta.add(new TrustAnchor(a, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(cert);
            PKIXBuilderParameters params = new PKIXBuilderParameters(ta, target);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            params.setMaxPathLength(8);
            List<X509Certificate> all = new ArrayList<>(pool);
            all.add(cert);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(all)));
            PKIXCertPathBuilderResult r = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX")
                    .build(params);
            List<X509Certificate> path = new ArrayList<>();
            r.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(r.getTrustAnchor().getTrustedCert());
            return Optional.of(List.copyOf(path));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static boolean validAt(X509Certificate c, Instant at) {
        return !at.isBefore(c.getNotBefore().toInstant()) && !at.isAfter(c.getNotAfter().toInstant());
    }

    private void revocation(X509Certificate cert, X509Certificate issuer, Optional<Instant> proofTime, Instant at,
                            RevocationData embedded, List<Violation> reasons) {
        String who = cert.getSubjectX500Principal().getName();
        Optional<Optional<Instant>> status = status(cert, issuer, embedded);
        if (status.isEmpty()) {
            RevocationData fetched;
            try {
                fetched = source.fetch(cert, issuer);
            } catch (RuntimeException e) {
                fetched = RevocationData.NONE;
            }
            status = status(cert, issuer, fetched == null ? RevocationData.NONE : fetched);
        }
        if (status.isEmpty()) {
            reasons.add(VerificationViolation.REVOCATION_UNKNOWN.at("trust", who));
            return;
        }
        Optional<Instant> revokedAt = status.get();
        if (revokedAt.isPresent()) {
            // a revocation after the time a timestamp proves does not matter; without such proof every
            // revocation does, since the signature could have been made after it
            if (proofTime.isEmpty() || !revokedAt.get().isAfter(proofTime.get())) {
                reasons.add(VerificationViolation.CERTIFICATE_REVOKED.at("trust", who, revokedAt.get()));
            }
        }
    }

    /**
     * The status of {@code cert} from {@code data}: empty when the data does not answer, else the revocation time
     * (empty inner value: good). A revocation found in any valid answer wins over a good one.
     */
    private Optional<Optional<Instant>> status(X509Certificate cert, X509Certificate issuer, RevocationData data) {
        Optional<Optional<Instant>> result = Optional.empty();
        for (byte[] der : data.ocspResponses()) {
            Optional<Optional<Instant>> s = ocsp(der, cert, issuer);
            if (s.isPresent() && (result.isEmpty() || s.get().isPresent())) {
                result = s;
            }
        }
        for (byte[] der : data.crls()) {
            Optional<Optional<Instant>> s = crl(der, cert, issuer);
            if (s.isPresent() && (result.isEmpty() || s.get().isPresent())) {
                result = s;
            }
        }
        return result;
    }

    private Optional<Optional<Instant>> crl(byte[] der, X509Certificate cert, X509Certificate issuer) {
        try {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(der));
            if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                return Optional.empty();
            }
            crl.verify(issuer.getPublicKey());
            X509CRLEntry entry = crl.getRevokedCertificate(cert);
            return Optional.of(entry == null ? Optional.empty() : Optional.of(entry.getRevocationDate().toInstant()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Optional<Optional<Instant>> ocsp(byte[] der, X509Certificate cert, X509Certificate issuer) {
        try {
            OCSPResp resp = new OCSPResp(der);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL || !(resp.getResponseObject() instanceof BasicOCSPResp b)) {
                return Optional.empty();
            }
            if (!signedByIssuerOrDelegate(b, issuer)) {
                return Optional.empty();
            }
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(bc).build();
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (SingleResp s : b.getResponses()) {
                if (s.getCertID().getSerialNumber().equals(cert.getSerialNumber())
                        && s.getCertID().matchesIssuer(issuerHolder, digests)) {
                    CertificateStatus st = s.getCertStatus();
                    if (st == CertificateStatus.GOOD) {
                        return Optional.of(Optional.empty());
                    }
                    if (st instanceof RevokedStatus r) {
                        return Optional.of(Optional.of(r.getRevocationTime().toInstant()));
                    }
                    return Optional.empty(); // unknown
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private boolean signedByIssuerOrDelegate(BasicOCSPResp b, X509Certificate issuer) throws Exception {
        JcaContentVerifierProviderBuilder vb = new JcaContentVerifierProviderBuilder().setProvider(bc);
        if (b.isSignatureValid(vb.build(issuer.getPublicKey()))) {
            return true;
        }
        for (X509CertificateHolder responder : b.getCerts()) {
            if (responder.isSignatureValid(vb.build(issuer.getPublicKey()))
                    && responder.getExtensions() != null
                    && org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(responder.getExtensions()) != null
                    && org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(responder.getExtensions())
                    .hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)
                    && b.isSignatureValid(vb.build(responder))) {
                return true;
            }
        }
        return false;
    }
}
