package vn.edoc.signature.testpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.Set;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestPkiTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestPki.KeyKind.class)
    void chainsValidateAndServicesAnswerOverHttp(TestPki.KeyKind kind) throws Exception {
        try (TestPki pki = TestPki.builder().keys(kind).serveOverHttp().build()) {
            X509Certificate person = pki.person().certificate();
            assertThat(pki.person().chain()).hasSize(3).endsWith(pki.root().certificate());
            assertThat(person.getSubjectX500Principal().getName()).contains("Nguyễn Văn Chiến");

            // PKIX path validation with the root as the only anchor, revocation off (checked below).
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(pki.root().certificate(), null)));
            params.setRevocationEnabled(false);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            CertPathValidator.getInstance("PKIX").validate(
                    factory.generateCertPath(pki.person().chain().subList(0, 2)), params);
            assertThat(pki.identity(TestPki.Role.EXPIRED).certificate().getNotAfter()).isBefore(new Date());

            HttpClient http = HttpClient.newHttpClient();
            // CRL over HTTP lists the revoked certificate and not the person.
            byte[] crlBytes = http.send(HttpRequest.newBuilder(URI.create(pki.baseUrl() + "/crl/intermediate.crl"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            X509CRL crl = (X509CRL) factory.generateCRL(new java.io.ByteArrayInputStream(crlBytes));
            crl.verify(pki.intermediate().certificate().getPublicKey());
            assertThat(crl.isRevoked(pki.identity(TestPki.Role.REVOKED).certificate())).isTrue();
            assertThat(crl.isRevoked(person)).isFalse();

            // OCSP over HTTP: good for the person, revoked for the revoked one, signed by the responder.
            for (TestPki.Role role : new TestPki.Role[] {TestPki.Role.PERSON, TestPki.Role.REVOKED}) {
                CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                        .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(pki.intermediate().certificate()),
                        pki.identity(role).certificate().getSerialNumber());
                byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
                byte[] answer = http.send(HttpRequest.newBuilder(pki.ocspUrl())
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).body();
                BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(answer).getResponseObject();
                assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder()
                        .build(pki.identity(TestPki.Role.OCSP).certificate()))).isTrue();
                Object status = basic.getResponses()[0].getCertStatus();
                if (role == TestPki.Role.PERSON) {
                    assertThat(status).isNull();
                } else {
                    assertThat(status).isInstanceOf(RevokedStatus.class);
                }
            }

            // RFC 3161 over HTTP: a token over our digest, signed by the TSA.
            byte[] digest = MessageDigest.getInstance("SHA-256").digest("edoc".getBytes());
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            var request = generator.generate(NISTObjectIdentifiers.id_sha256, digest, BigInteger.TEN);
            byte[] answer = http.send(HttpRequest.newBuilder(pki.tsaUrl())
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            TimeStampResponse response = new TimeStampResponse(answer);
            response.validate(request);
            assertThat(response.getTimeStampToken().getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
            response.getTimeStampToken().validate(new JcaSimpleSignerInfoVerifierBuilder()
                    .build(pki.identity(TestPki.Role.TSA).certificate()));
            assertThat(pki.timestampRequests()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestPki.KeyKind.class)
    void writesPkcs12ThatTheJdkReads(TestPki.KeyKind kind) throws Exception {
        TestPki pki = TestPki.shared(kind);
        Path file = TestPki.writePkcs12(pki.organisation(), dir.resolve("org.p12"), "secret".toCharArray());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            store.load(in, "secret".toCharArray());
        }
        assertThat(store.getCertificateChain("organisation")).hasSize(3);
        assertThat(store.getKey("organisation", "secret".toCharArray()).getAlgorithm())
                .isEqualTo(kind == TestPki.KeyKind.RSA_2048 ? "RSA" : "EC");
    }
}
