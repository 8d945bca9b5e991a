package vn.edoc.signature.testpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.cert.jcajce.JcaCertStore;

/**
 * A complete public-key infrastructure for tests, built with BouncyCastle in memory (hạ tầng khóa công khai thử
 * nghiệm): a root CA, an intermediate CA, a person signer, an organisation signer, a revoked and an expired signer,
 * an RFC 3161 time-stamping authority, an OCSP responder and the CRLs of both CAs.
 *
 * <p>Every certificate names its revocation services by URL (CRL distribution point, OCSP in the authority
 * information access). With {@link Builder#serveOverHttp()} a JDK {@link HttpServer} on a loopback port answers at
 * those URLs ({@code /tsa}, {@code /ocsp}, {@code /crl/root.crl}, {@code /crl/intermediate.crl}, {@code /cert/...});
 * without it the URLs point at an unresolvable host and the services are used in process ({@link #timestamp},
 * {@link #ocsp}, {@link #crl}). Close the PKI to stop the server.
 *
 * <p>Usage: {@code try (TestPki pki = TestPki.builder().keys(KeyKind.RSA_2048).serveOverHttp().build()) { ... }}.
 * {@link #shared(KeyKind)} returns one lazily built PKI per key kind for the whole JVM (no HTTP server), so that
 * tests do not pay for key generation again and again.
 */
public final class TestPki implements AutoCloseable {

    /** The key algorithm of every key in the PKI. */
    public enum KeyKind {
        /** RSA 2048 bits, certificates signed with SHA256withRSA. */
        RSA_2048("RSA", "SHA256withRSA"),
        /** ECDSA on NIST P-256, certificates signed with SHA256withECDSA. */
        EC_P256("EC", "SHA256withECDSA");

        private final String keyAlgorithm;
        private final String certificateSignature;

        KeyKind(String keyAlgorithm, String certificateSignature) {
            this.keyAlgorithm = keyAlgorithm;
            this.certificateSignature = certificateSignature;
        }

        /** The JCA signature algorithm the PKI signs certificates, CRLs and responses with. */
        public String certificateSignature() {
            return certificateSignature;
        }

        KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm);
                if (this == RSA_2048) {
                    generator.initialize(2048);
                } else {
                    generator.initialize(new ECGenParameterSpec("secp256r1"));
                }
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot generate a " + this + " key", e);
            }
        }
    }

    /** The end-entity certificates the PKI issues. */
    public enum Role {
        /** A person who signs documents (người có thẩm quyền ký). */
        PERSON,
        /** An organisation's signing certificate (chứng thư số của cơ quan, tổ chức). */
        ORGANISATION,
        /** A person whose certificate was revoked an hour before the PKI's reference time. */
        REVOKED,
        /** A person whose certificate expired a year before the PKI's reference time. */
        EXPIRED,
        /** The time-stamping authority (extended key usage timeStamping, critical). */
        TSA,
        /** The OCSP responder delegated by the intermediate CA (id-kp-OCSPSigning, id-pkix-ocsp-nocheck). */
        OCSP
    }

    /**
     * A private key with its certificate and the chain up to (and including) the root.
     *
     * @param alias       a short name, used as the PKCS#12 alias
     * @param privateKey  the private key
     * @param certificate the end-entity certificate
     * @param chain       the certificate first, then the intermediate, then the root
     */
    public record Identity(String alias, PrivateKey privateKey, X509Certificate certificate,
                           List<X509Certificate> chain) {
        public Identity {
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(privateKey, "privateKey");
            Objects.requireNonNull(certificate, "certificate");
            chain = List.copyOf(chain);
        }
    }

    private static final Map<KeyKind, TestPki> SHARED = new ConcurrentHashMap<>();
    private static final ASN1ObjectIdentifier TSA_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");
    private static final String UNSERVED_BASE = "http://pki.edoc.invalid";

    private final KeyKind kind;
    private final Instant reference;
    private final Clock clock;
    private final String baseUrl;
    private final HttpServer server;
    private final Identity root;
    private final Identity intermediate;
    private final Map<Role, Identity> identities = new EnumMap<>(Role.class);
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    private final AtomicLong serials = new AtomicLong(1000);
    private final AtomicLong timestampSerials = new AtomicLong(1);
    private final AtomicLong ocspRequests = new AtomicLong();
    private final AtomicLong tsaRequests = new AtomicLong();

    private TestPki(Builder builder) {
        this.kind = builder.kind;
        this.reference = builder.reference;
        this.clock = builder.clock;
        if (builder.http) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        } else {
            server = null;
            baseUrl = UNSERVED_BASE;
        }
        try {
            root = issueCa("root", name("edoc Test Root CA", "edoc test PKI"), null, 10, 1);
            intermediate = issueCa("intermediate", name("edoc Test Issuing CA", "edoc test PKI"), root, 8, 0);
            identities.put(Role.PERSON, issueLeaf("person", name("Nguyễn Văn Chiến", "UBND tỉnh Lạng Sơn"),
                    Role.PERSON, reference.minus(Duration.ofDays(30)), reference.plus(Duration.ofDays(730))));
            identities.put(Role.ORGANISATION, issueLeaf("organisation",
                    name("UBND tỉnh Lạng Sơn", "UBND tỉnh Lạng Sơn"), Role.ORGANISATION,
                    reference.minus(Duration.ofDays(30)), reference.plus(Duration.ofDays(730))));
            identities.put(Role.REVOKED, issueLeaf("revoked", name("Trần Thị Bị Thu Hồi", "UBND tỉnh Lạng Sơn"),
                    Role.REVOKED, reference.minus(Duration.ofDays(30)), reference.plus(Duration.ofDays(730))));
            identities.put(Role.EXPIRED, issueLeaf("expired", name("Lê Văn Hết Hạn", "UBND tỉnh Lạng Sơn"),
                    Role.EXPIRED, reference.minus(Duration.ofDays(730)), reference.minus(Duration.ofDays(365))));
            identities.put(Role.TSA, issueLeaf("tsa", name("edoc Test TSA", "edoc test PKI"), Role.TSA,
                    reference.minus(Duration.ofDays(30)), reference.plus(Duration.ofDays(1825))));
            identities.put(Role.OCSP, issueLeaf("ocsp", name("edoc Test OCSP Responder", "edoc test PKI"),
                    Role.OCSP, reference.minus(Duration.ofDays(30)), reference.plus(Duration.ofDays(1825))));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot build the test PKI", e);
        }
        revoked.put(identities.get(Role.REVOKED).certificate().getSerialNumber(),
                reference.minus(Duration.ofHours(1)));
        if (server != null) {
            startServer();
        }
    }

    /** A builder: RSA-2048, reference time now (to the second), system clock for the TSA, no HTTP server. */
    public static Builder builder() {
        return new Builder();
    }

    /** One PKI of this key kind per JVM, built on first use, without HTTP server; never close it. */
    public static TestPki shared(KeyKind kind) {
        return SHARED.computeIfAbsent(kind, k -> builder().keys(k).build());
    }

    /** Options of a {@link TestPki}. */
    public static final class Builder {
        private KeyKind kind = KeyKind.RSA_2048;
        private Instant reference = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private Clock clock = Clock.systemUTC();
        private boolean http;

        private Builder() {
        }

        /** The key algorithm of every key. */
        public Builder keys(KeyKind value) {
            this.kind = Objects.requireNonNull(value);
            return this;
        }

        /** The time validity periods, revocation and CRL/OCSP times are computed from. */
        public Builder reference(Instant value) {
            this.reference = Objects.requireNonNull(value).truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** The clock the TSA and the OCSP responder read their current time from. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** Serves the TSA, OCSP responder, CRLs and CA certificates on a loopback HTTP port. */
        public Builder serveOverHttp() {
            this.http = true;
            return this;
        }

        /** Generates the keys and issues the certificates. */
        public TestPki build() {
            return new TestPki(this);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Accessors

    /** The key algorithm of this PKI. */
    public KeyKind keyKind() {
        return kind;
    }

    /** The reference time the certificates were issued around. */
    public Instant reference() {
        return reference;
    }

    /** The root CA (self-signed): the trust anchor. */
    public Identity root() {
        return root;
    }

    /** The intermediate CA that issues every end-entity certificate. */
    public Identity intermediate() {
        return intermediate;
    }

    /** The end-entity identity in {@code role}. */
    public Identity identity(Role role) {
        return identities.get(role);
    }

    /** The person signer. */
    public Identity person() {
        return identity(Role.PERSON);
    }

    /** The organisation signer. */
    public Identity organisation() {
        return identity(Role.ORGANISATION);
    }

    /** The base URL of the services ({@code http://127.0.0.1:port} when served, an unresolvable host otherwise). */
    public String baseUrl() {
        return baseUrl;
    }

    /** The URL of the RFC 3161 time-stamping service. */
    public URI tsaUrl() {
        return URI.create(baseUrl + "/tsa");
    }

    /** The URL of the OCSP responder. */
    public URI ocspUrl() {
        return URI.create(baseUrl + "/ocsp");
    }

    /** How many time-stamp requests the TSA answered (in process and over HTTP). */
    public long timestampRequests() {
        return tsaRequests.get();
    }

    /** How many OCSP requests the responder answered (in process and over HTTP). */
    public long ocspRequests() {
        return ocspRequests.get();
    }

    /** Whether {@code certificate} is revoked in this PKI. */
    public boolean isRevoked(X509Certificate certificate) {
        return revoked.containsKey(certificate.getSerialNumber());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Files

    /** Writes {@code identity} (key, certificate and chain) as a PKCS#12 file protected by {@code password}. */
    public static Path writePkcs12(Identity identity, Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(identity.alias(), identity.privateKey(), password,
                    identity.chain().toArray(new Certificate[0]));
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write PKCS#12", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code certificate} DER-encoded to {@code file}. */
    public static Path writeCertificate(X509Certificate certificate, Path file) {
        try {
            Files.write(file, certificate.getEncoded());
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Services

    /** The current CRL of {@code issuer} (the root's lists the intermediate; the intermediate's lists end entities). */
    public X509CRL crl(Identity issuer) {
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    new JcaX509CertificateHolder(issuer.certificate()).getSubject(),
                    Date.from(now.minus(Duration.ofMinutes(1))));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            if (issuer == intermediate) {
                for (Identity identity : identities.values()) {
                    Instant at = revoked.get(identity.certificate().getSerialNumber());
                    if (at != null) {
                        builder.addCRLEntry(identity.certificate().getSerialNumber(), Date.from(at),
                                CRLReason.keyCompromise);
                    }
                }
            }
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuer.certificate()));
            builder.addExtension(Extension.cRLNumber, false,
                    new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
            X509CRLHolder holder = builder.build(signer(issuer.privateKey()));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a CRL", e);
        }
    }

    /** The DER-encoded OCSP response for {@code certificate} (issued by the intermediate), signed by the responder. */
    public byte[] ocsp(X509Certificate certificate) {
        try {
            DigestCalculator sha1 = digests().get(CertificateID.HASH_SHA1);
            CertificateID id = new CertificateID(sha1, new JcaX509CertificateHolder(intermediate.certificate()),
                    certificate.getSerialNumber());
            return respond(List.of(id), null).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | OCSPException | IOException e) {
            throw new IllegalStateException("cannot build an OCSP response", e);
        }
    }

    /** Answers a DER-encoded OCSP request with a DER-encoded OCSP response (as the HTTP responder does). */
    public byte[] answerOcsp(byte[] request) {
        try {
            OCSPReq req = new OCSPReq(request);
            List<CertificateID> ids = new ArrayList<>();
            for (Req one : req.getRequestList()) {
                ids.add(one.getCertID());
            }
            Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            return respond(ids, nonce).getEncoded();
        } catch (IOException e) {
            try {
                return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
            } catch (IOException | OCSPException inner) {
                throw new IllegalStateException(inner);
            }
        } catch (GeneralSecurityException | OperatorCreationException | OCSPException e) {
            throw new IllegalStateException("cannot answer an OCSP request", e);
        }
    }

    private OCSPResp respond(List<CertificateID> ids, Extension nonce)
            throws OCSPException, OperatorCreationException, GeneralSecurityException, IOException {
        ocspRequests.incrementAndGet();
        Identity responder = identities.get(Role.OCSP);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                new RespID(new JcaX509CertificateHolder(responder.certificate()).getSubject()));
        X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(intermediate.certificate());
        for (CertificateID id : ids) {
            CertificateStatus status = statusOf(id, issuerHolder);
            builder.addResponse(id, status, Date.from(now.minus(Duration.ofMinutes(1))),
                    Date.from(now.plus(Duration.ofDays(1))));
        }
        if (nonce != null) {
            builder.setResponseExtensions(new org.bouncycastle.asn1.x509.Extensions(nonce));
        }
        BasicOCSPResp basic = builder.build(signer(responder.privateKey()),
                new X509CertificateHolder[] {new JcaX509CertificateHolder(responder.certificate())},
                Date.from(now));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
    }

    private CertificateStatus statusOf(CertificateID id, X509CertificateHolder issuerHolder)
            throws OCSPException, OperatorCreationException {
        if (!id.matchesIssuer(issuerHolder, digests())) {
            return new UnknownStatus();
        }
        boolean known = false;
        for (Identity identity : identities.values()) {
            if (identity.certificate().getSerialNumber().equals(id.getSerialNumber())) {
                known = true;
            }
        }
        if (!known) {
            return new UnknownStatus();
        }
        Instant at = revoked.get(id.getSerialNumber());
        if (at != null) {
            return new RevokedStatus(Date.from(at), CRLReason.keyCompromise);
        }
        return CertificateStatus.GOOD;
    }

    /** Answers a DER-encoded RFC 3161 request with a DER-encoded response (as the HTTP service does). */
    public byte[] answerTimestamp(byte[] request) {
        try {
            TimeStampRequest req = new TimeStampRequest(request);
            return timestampResponse(req).getEncoded();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a time-stamp request", e);
        }
    }

    /** A time-stamp response over {@code digest} computed with {@code digestAlgorithm} ("SHA-256" ...). */
    public TimeStampResponse timestamp(byte[] digest, ASN1ObjectIdentifier digestAlgorithm) {
        org.bouncycastle.tsp.TimeStampRequestGenerator generator = new org.bouncycastle.tsp.TimeStampRequestGenerator();
        generator.setCertReq(true);
        return timestampResponse(generator.generate(digestAlgorithm, digest,
                BigInteger.valueOf(timestampSerials.get())));
    }

    private TimeStampResponse timestampResponse(TimeStampRequest request) {
        tsaRequests.incrementAndGet();
        Identity tsa = identities.get(Role.TSA);
        try {
            DigestCalculatorProvider digests = digests();
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(digests).build(signer(tsa.privateKey()), tsa.certificate()),
                    digests.get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                            org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                    TSA_POLICY);
            tokens.addCertificates(new JcaCertStore(tsa.chain()));
            tokens.setAccuracySeconds(1);
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            TimeStampResponse response = responses.generate(request,
                    BigInteger.valueOf(timestampSerials.getAndIncrement()), Date.from(clock.instant()));
            response.validate(request);
            return response;
        } catch (GeneralSecurityException | OperatorCreationException | TSPException e) {
            throw new IllegalStateException("cannot issue a time stamp", e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Issuing

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private Identity issueCa(String alias, X500Name subject, Identity issuer, int years, int pathLength)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPair keys = kind.generate();
        X500Name issuerName = issuer == null ? subject : new JcaX509CertificateHolder(issuer.certificate()).getSubject();
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuerName, nextSerial(),
                Date.from(reference.minus(Duration.ofDays(365))),
                Date.from(reference.plus(Duration.ofDays(365L * years))), subject,
                SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        PrivateKey signingKey = keys.getPrivate();
        List<X509Certificate> chain = new ArrayList<>();
        if (issuer != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuer.certificate()));
            builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoint("/crl/root.crl"));
            signingKey = issuer.privateKey();
        }
        X509Certificate certificate = convert(builder, signingKey);
        chain.add(certificate);
        if (issuer != null) {
            chain.addAll(issuer.chain());
        }
        return new Identity(alias, keys.getPrivate(), certificate, chain);
    }

    private Identity issueLeaf(String alias, X500Name subject, Role role, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPair keys = kind.generate();
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                new JcaX509CertificateHolder(intermediate.certificate()).getSubject(), nextSerial(),
                Date.from(notBefore), Date.from(notAfter), subject,
                SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                utils.createAuthorityKeyIdentifier(intermediate.certificate()));
        switch (role) {
            case TSA -> {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            case OCSP -> {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
                builder.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
            }
            default -> builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        }
        if (role != Role.OCSP) {
            builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoint("/crl/intermediate.crl"));
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    new AccessDescription[] {
                        new AccessDescription(AccessDescription.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, baseUrl + "/ocsp")),
                        new AccessDescription(AccessDescription.id_ad_caIssuers,
                                new GeneralName(GeneralName.uniformResourceIdentifier,
                                        baseUrl + "/cert/intermediate.cer"))
                    }));
        }
        X509Certificate certificate = convert(builder, intermediate.privateKey());
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(intermediate.chain());
        return new Identity(alias, keys.getPrivate(), certificate, chain);
    }

    private CRLDistPoint distributionPoint(String path) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, baseUrl + path));
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(names), null, null)
        });
    }

    private X509Certificate convert(X509v3CertificateBuilder builder, PrivateKey signingKey)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(signingKey)));
    }

    private ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(kind.certificateSignature()).build(key);
    }

    private static DigestCalculatorProvider digests() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().build();
    }

    private BigInteger nextSerial() {
        // Random high bits keep serials of different PKIs in one JVM apart (DSS caches certificates by issuer+serial).
        return BigInteger.valueOf(System.nanoTime() & 0xffffffffL).shiftLeft(20).add(
                BigInteger.valueOf(serials.getAndIncrement()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // HTTP

    private void startServer() {
        server.createContext("/tsa", exchange -> handle(exchange, "application/timestamp-reply",
                () -> answerTimestamp(body(exchange))));
        server.createContext("/ocsp", exchange -> handle(exchange, "application/ocsp-response",
                () -> answerOcsp(body(exchange))));
        server.createContext("/crl/root.crl", exchange -> handle(exchange, "application/pkix-crl",
                () -> encoded(crl(root))));
        server.createContext("/crl/intermediate.crl", exchange -> handle(exchange, "application/pkix-crl",
                () -> encoded(crl(intermediate))));
        server.createContext("/cert/intermediate.cer", exchange -> handle(exchange, "application/pkix-cert",
                () -> intermediate.certificate().getEncoded()));
        server.createContext("/cert/root.cer", exchange -> handle(exchange, "application/pkix-cert",
                () -> root.certificate().getEncoded()));
        server.start();
    }

    private interface Answer {
        byte[] get() throws Exception;
    }

    private static void handle(HttpExchange exchange, String contentType, Answer answer) throws IOException {
        try (exchange) {
            byte[] bytes;
            try {
                bytes = answer.get();
            } catch (Exception e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readNBytes(1 << 20);
        }
    }

    private static byte[] encoded(X509CRL crl) throws GeneralSecurityException {
        return crl.getEncoded();
    }

    /**
     * A {@link vn.edoc.spi.TimestampClient} answered in process by this PKI's TSA (no HTTP), for tests and
     * benchmarks.
     */
    public vn.edoc.spi.TimestampClient timestampClient() {
        return (digest, algorithm) -> {
            ASN1ObjectIdentifier oid = switch (algorithm.toUpperCase(java.util.Locale.ROOT).replace("-", "")) {
                case "SHA256" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256;
                case "SHA384" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha384;
                case "SHA512" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha512;
                default -> throw new vn.edoc.spi.TimestampException("unsupported digest " + algorithm);
            };
            try {
                return timestamp(digest, oid).getTimeStampToken().getEncoded();
            } catch (IOException e) {
                throw new vn.edoc.spi.TimestampException("cannot encode the token", e);
            }
        };
    }

    /**
     * A {@link vn.edoc.spi.RevocationSource} answered in process: an OCSP response for certificates the intermediate
     * issued, the root's CRL for the intermediate, nothing for others.
     */
    public vn.edoc.spi.RevocationSource revocationSource() {
        return (certificate, issuer) -> {
            try {
                if (issuer.equals(intermediate.certificate())) {
                    return new vn.edoc.spi.RevocationData(List.of(), List.of(ocsp(certificate)));
                }
                if (issuer.equals(root.certificate())) {
                    return new vn.edoc.spi.RevocationData(List.of(crl(root).getEncoded()), List.of());
                }
                return vn.edoc.spi.RevocationData.NONE;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Stops the HTTP server, if any. */
    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** SHA-256 fingerprint of a certificate, hex, for messages. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return java.util.HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All the issued identities, for tests that iterate. */
    public Map<Role, Identity> identities() {
        return Collections.unmodifiableMap(identities);
    }

    /** The public key of the root, the trust anchor. */
    public PublicKey rootKey() {
        return root.certificate().getPublicKey();
    }
}
