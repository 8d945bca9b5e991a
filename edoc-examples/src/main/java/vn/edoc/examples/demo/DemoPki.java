package vn.edoc.examples.demo;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import vn.edoc.spi.RevocationData;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.TimestampClient;
import vn.edoc.spi.TimestampException;
import vn.edoc.spi.TrustStore;

/**
 * The demo's public-key infrastructure (hạ tầng khóa công khai của bản demo), generated on the fly with BouncyCastle
 * at every run: a root certification authority standing in for the government CA (Ban Cơ yếu Chính phủ), which
 * issues one certificate per person who signs, one per organisation (its seal, chữ ký số của cơ quan) and one to an
 * in-process time-stamping authority (RFC 3161); it answers revocation questions with a current, empty CRL. Keys are
 * ECDSA P-256, so generating a dozen takes milliseconds. Certificates cover both the simulated day (the demo signs
 * at simulated times) and the real present (so that the kept PDFs verify today with {@code edoc verify}). Nothing here is a real CA: the root is trusted by the demo's receivers
 * only.
 */
public final class DemoPki {

    /** A key and its certificate chain (leaf first, root last). */
    public record Identity(String name, PrivateKey privateKey, List<X509Certificate> chain) {
        /** Refuses missing parts and an empty chain. */
        public Identity {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(privateKey, "privateKey");
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("an identity needs its certificate");
            }
        }

        /** The identity's own certificate. */
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final Clock clock;
    private final Instant notBefore;
    private final Instant notAfter;
    private final KeyPairGenerator generator;
    private final AtomicLong serials = new AtomicLong(System.currentTimeMillis());
    private final Identity root;
    private final Identity tsa;
    private final Map<String, Identity> issued = new LinkedHashMap<>();

    /**
     * A new PKI whose certificates are valid from 30 days before {@code from} to a year after {@code to}; the
     * time-stamps and revocation lists take their times from {@code clock}.
     */
    public DemoPki(Clock clock, Instant from, Instant to) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the validity ends before it starts: " + from + " > " + to);
        }
        this.notBefore = from.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30));
        this.notAfter = to.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(365));
        try {
            generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair rootKeys = generator.generateKeyPair();
            X500Name rootName = name("edoc demo root CA (not a real CA)", "edoc demo");
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(rootName, serial(), Date.from(notBefore),
                    Date.from(notAfter.plus(Duration.ofDays(365))), rootName, rootKeys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(rootKeys.getPublic()));
            X509Certificate rootCert = certificate(b, rootKeys.getPrivate());
            this.root = new Identity("root", rootKeys.getPrivate(), List.of(rootCert));
            this.tsa = issue("edoc demo time-stamping authority", "edoc demo", true);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot build the demo's PKI", e);
        }
    }

    /** The root every certificate chains to: the receivers' only trust anchor. */
    public X509Certificate root() {
        return root.certificate();
    }

    /** The trust store of the demo's receivers: the root alone. */
    public TrustStore trust() {
        return TrustStore.of(List.of(root.certificate()));
    }

    /**
     * The signing identity of {@code commonName} in {@code organisation} (a person or the organisation itself),
     * issued at the first call and the same afterwards.
     */
    public synchronized Identity identity(String commonName, String organisation) {
        String key = commonName + "\u0000" + organisation;
        Identity known = issued.get(key);
        if (known != null) {
            return known;
        }
        try {
            Identity fresh = issue(commonName, organisation, false);
            issued.put(key, fresh);
            return fresh;
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a certificate to " + commonName, e);
        }
    }

    /** How many signing certificates were issued (persons and organisations, not the TSA). */
    public synchronized int issuedCount() {
        return issued.size();
    }

    /** The in-process time-stamping authority: tokens over the digest, at the clock's time, signed by the TSA key. */
    public TimestampClient timestamps() {
        return (digest, algorithm) -> {
            ASN1ObjectIdentifier oid = switch (algorithm.toUpperCase(Locale.ROOT).replace("-", "")) {
                case "SHA256" -> NISTObjectIdentifiers.id_sha256;
                case "SHA384" -> NISTObjectIdentifiers.id_sha384;
                case "SHA512" -> NISTObjectIdentifiers.id_sha512;
                default -> throw new TimestampException("the demo's authority does not stamp " + algorithm);
            };
            try {
                TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
                requests.setCertReq(true);
                BigInteger nonce = BigInteger.valueOf(serials.incrementAndGet());
                TimeStampRequest request = requests.generate(oid, digest, nonce);
                Date now = Date.from(clock.instant());
                // the token's CMS signing time is the simulated time too, or the TSA certificate (valid around the
                // simulated day) would not be valid at it
                org.bouncycastle.asn1.cms.AttributeTable signedAttributes = new org.bouncycastle.asn1.cms
                        .AttributeTable(new org.bouncycastle.asn1.cms.Attribute(
                        org.bouncycastle.asn1.cms.CMSAttributes.signingTime,
                        new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.cms.Time(now))));
                TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder().setSignedAttributeGenerator(
                                new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(signedAttributes))
                                .build(SIGNATURE_ALGORITHM, tsa.privateKey(), tsa.certificate()),
                        new JcaDigestCalculatorProviderBuilder().build().get(
                                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                        new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
                tokens.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(tsa.chain()));
                TimeStampResponse response = new TimeStampResponseGenerator(tokens,
                        org.bouncycastle.tsp.TSPAlgorithms.ALLOWED).generate(request, nonce, now);
                response.validate(request);
                return response.getTimeStampToken().getEncoded();
            } catch (TSPException | IOException | GeneralSecurityException | OperatorCreationException e) {
                throw new TimestampException("the demo's authority could not stamp: " + e.getMessage(), e);
            }
        };
    }

    /** Revocation answers: the root's current CRL (listing nothing) for every certificate it issued. */
    public RevocationSource revocation() {
        return (certificate, issuer) -> issuer.equals(root.certificate())
                ? new RevocationData(List.of(crl()), List.of()) : RevocationData.NONE;
    }

    private byte[] crl() {
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            X509v2CRLBuilder b = new X509v2CRLBuilder(new JcaX509CertificateHolder(root.certificate()).getSubject(),
                    Date.from(now.minus(Duration.ofMinutes(5))));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root.certificate()));
            b.addExtension(Extension.cRLNumber, false,
                    new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(serials.incrementAndGet())));
            X509CRLHolder holder = b.build(signer(root.privateKey()));
            return holder.getEncoded();
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue the demo's CRL", e);
        }
    }

    private Identity issue(String commonName, String organisation, boolean timeStamping)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPair keys = generator.generateKeyPair();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(root.certificate(), serial(),
                Date.from(notBefore), Date.from(notAfter), name(commonName, organisation), keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root.certificate()));
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (timeStamping) {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        } else {
            b.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        }
        X509Certificate cert = certificate(b, root.privateKey());
        return new Identity(commonName, keys.getPrivate(), List.of(cert, root.certificate()));
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private BigInteger serial() {
        return BigInteger.valueOf(serials.incrementAndGet());
    }

    private static X509Certificate certificate(X509v3CertificateBuilder b, PrivateKey issuerKey)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(b.build(signer(issuerKey)));
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
    }
}
