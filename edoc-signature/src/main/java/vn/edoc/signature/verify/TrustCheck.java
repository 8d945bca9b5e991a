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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * data first (DSS dictionary, CMS), then the {@link RevocationSource}, fresh enough for the time that counts
 * ({@link RevocationPolicy}). CRLs are accepted only when signed by the certificate's issuer with a key allowed to
 * sign CRLs; OCSP responses only when signed by the issuer itself or by a responder certificate the issuer issued
 * with the id-kp-OCSPSigning purpose and valid when the response was produced.
 */
final class TrustCheck {

    /** Whose revocation status {@link #judge} establishes. */
    enum Revocation {
        /** None: the certificate's chain and validity only. */
        NONE,
        /** A signer's: not revoked at the time a timestamp proves, else now. */
        SIGNER,
        /** A timestamping authority's: not revoked at its token's time, and never revoked since. */
        AUTHORITY
    }

    /** The verdict on one certificate. */
    record Verdict(boolean trusted, List<Violation> reasons) {
    }

    private final TrustStore trust;
    private final RevocationSource source;
    private final Provider bc;
    private final RevocationPolicy policy;

    TrustCheck(TrustStore trust, RevocationSource source, Provider bc, RevocationPolicy policy) {
        this.trust = trust;
        this.source = source;
        this.bc = bc;
        this.policy = policy;
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
     * @param revocation   whose revocation status to establish, and so at what time
     */
    Verdict judge(X509Certificate cert, Collection<X509Certificate> pool, Optional<Instant> proofTime,
                  Optional<Instant> claimedTime, Instant now, RevocationData embedded, boolean forSigning,
                  Revocation revocation) {
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
        if (revocation != Revocation.NONE) {
            // a signer's status must hold at the proven time, else now; an authority's at its token's own time
            boolean authority = revocation == Revocation.AUTHORITY;
            Instant cover = authority ? claimedTime.orElse(now) : proofTime.orElse(now);
            boolean proven = authority || proofTime.isPresent();
            List<X509Certificate> path = chain.orElseThrow();
            for (int i = 0; i + 1 < path.size(); i++) {
                revocation(path.get(i), path.get(i + 1), cover, proven, authority, now, embedded, reasons);
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

    /**
     * One answer about a certificate's status.
     *
     * @param issued     when it was issued: the CRL's thisUpdate, the OCSP response's producedAt
     * @param thisUpdate the thisUpdate of the CRL or of the OCSP single response
     * @param nextUpdate its nextUpdate, when given
     * @param revokedAt  the revocation time when it says revoked; empty when it says good
     */
    private record Evidence(Instant issued, Instant thisUpdate, Optional<Instant> nextUpdate,
                            Optional<Instant> revokedAt) {
    }

    /**
     * Establishes that {@code cert} was not revoked at {@code cover} (see {@link RevocationPolicy}): first from
     * the PDF's data, then, unless that data already decides, from the {@link RevocationSource}.
     *
     * @param proven             whether {@code cover} is a proven time (a timestamp's); otherwise it is now
     * @param anyRevocationFails whether a revocation after {@code cover} fails too (timestamping authorities)
     */
    private void revocation(X509Certificate cert, X509Certificate issuer, Instant cover, boolean proven,
                            boolean anyRevocationFails, Instant now, RevocationData embedded,
                            List<Violation> reasons) {
        String who = cert.getSubjectX500Principal().getName();
        List<String> ignored = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>(evidence(cert, issuer, embedded, now, ignored));
        if (!decides(evidence, cover, proven, now)) {
            RevocationData fetched;
            try {
                fetched = source.fetch(cert, issuer);
            } catch (RuntimeException e) {
                fetched = RevocationData.NONE;
            }
            evidence.addAll(evidence(cert, issuer, fetched == null ? RevocationData.NONE : fetched, now, ignored));
        }
        Optional<Instant> revokedAt = evidence.stream().flatMap(e -> e.revokedAt().stream())
                .min(Comparator.naturalOrder());
        if (revokedAt.isPresent()) {
            // a revocation after a proven time does not matter: the list that says so shows it was good before
            if (anyRevocationFails || !revokedAt.get().isAfter(cover)) {
                reasons.add(VerificationViolation.CERTIFICATE_REVOKED.at("trust", who, revokedAt.get()));
            }
            return;
        }
        if (evidence.stream().anyMatch(e -> fresh(e, cover, proven, now))) {
            return;
        }
        Optional<Evidence> newest = evidence.stream().max(Comparator.comparing(Evidence::issued));
        if (newest.isPresent()) {
            reasons.add(VerificationViolation.REVOCATION_NOT_FRESH.at("trust", who, newest.get().issued(), cover));
        } else {
            reasons.add(VerificationViolation.REVOCATION_UNKNOWN.at("trust", ignored.isEmpty() ? who
                    : who + " (ignored: " + String.join("; ", ignored) + ")"));
        }
    }

    /** Whether the answers settle the question: a revocation, or a good answer fresh enough. */
    private boolean decides(List<Evidence> evidence, Instant cover, boolean proven, Instant now) {
        return evidence.stream().anyMatch(e -> e.revokedAt().isPresent() || fresh(e, cover, proven, now));
    }

    private boolean fresh(Evidence e, Instant cover, boolean proven, Instant now) {
        Duration tolerance = policy.tolerance();
        if (!e.issued().isBefore(cover.minus(tolerance))) {
            return true;
        }
        // without a proven time the question is about now: an answer still current now is the best there is
        return !proven && !e.thisUpdate().isAfter(now.plus(tolerance)) && e.nextUpdate().isPresent()
                && !now.isAfter(e.nextUpdate().get());
    }

    /** The answers about {@code cert} in {@code data} that its issuer (or a responder it delegated to) signed. */
    private List<Evidence> evidence(X509Certificate cert, X509Certificate issuer, RevocationData data, Instant now,
                                    List<String> ignored) {
        List<Evidence> out = new ArrayList<>();
        for (byte[] der : data.ocspResponses()) {
            ocsp(der, cert, issuer, ignored).ifPresent(out::add);
        }
        for (byte[] der : data.crls()) {
            crl(der, cert, issuer, ignored).ifPresent(out::add);
        }
        out.removeIf(e -> {
            if (e.issued().isAfter(now.plus(policy.tolerance()))) {
                ignored.add("information dated " + e.issued() + ", after the verification time");
                return true;
            }
            return false;
        });
        return out;
    }

    private Optional<Evidence> crl(byte[] der, X509Certificate cert, X509Certificate issuer, List<String> ignored) {
        X509CRL crl;
        try {
            crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (Exception e) {
            ignored.add("an unreadable CRL");
            return Optional.empty();
        }
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return Optional.empty(); // another CA's list
        }
        try {
            crl.verify(issuer.getPublicKey());
        } catch (Exception e) {
            ignored.add("a CRL whose signature is not the issuer's");
            return Optional.empty();
        }
        boolean[] ku = issuer.getKeyUsage();
        if (ku != null && (ku.length <= 6 || !ku[6])) {
            ignored.add("a CRL signed by a key not allowed to sign CRLs");
            return Optional.empty();
        }
        X509CRLEntry entry = crl.getRevokedCertificate(cert);
        return Optional.of(new Evidence(crl.getThisUpdate().toInstant(), crl.getThisUpdate().toInstant(),
                Optional.ofNullable(crl.getNextUpdate()).map(Date::toInstant),
                entry == null ? Optional.empty() : Optional.of(entry.getRevocationDate().toInstant())));
    }

    private Optional<Evidence> ocsp(byte[] der, X509Certificate cert, X509Certificate issuer, List<String> ignored) {
        try {
            OCSPResp resp = new OCSPResp(der);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL || !(resp.getResponseObject() instanceof BasicOCSPResp b)) {
                return Optional.empty();
            }
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(bc).build();
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (SingleResp s : b.getResponses()) {
                if (s.getCertID().getSerialNumber().equals(cert.getSerialNumber())
                        && s.getCertID().matchesIssuer(issuerHolder, digests)) {
                    if (!signedByIssuerOrDelegate(b, issuer)) {
                        ignored.add("an OCSP response signed by a responder the issuer did not authorise");
                        return Optional.empty();
                    }
                    Instant produced = b.getProducedAt().toInstant();
                    Optional<Instant> next = Optional.ofNullable(s.getNextUpdate()).map(Date::toInstant);
                    CertificateStatus st = s.getCertStatus();
                    if (st == CertificateStatus.GOOD) {
                        return Optional.of(new Evidence(produced, s.getThisUpdate().toInstant(), next,
                                Optional.empty()));
                    }
                    if (st instanceof RevokedStatus r) {
                        return Optional.of(new Evidence(produced, s.getThisUpdate().toInstant(), next,
                                Optional.of(r.getRevocationTime().toInstant())));
                    }
                    ignored.add("an OCSP response saying unknown");
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            ignored.add("an unreadable OCSP response");
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
                    && responder.isValidOn(b.getProducedAt())
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
