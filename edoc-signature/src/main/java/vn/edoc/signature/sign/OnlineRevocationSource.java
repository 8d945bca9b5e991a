package vn.edoc.signature.sign;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.spi.RevocationData;
import vn.edoc.spi.RevocationSource;

/**
 * A {@link RevocationSource} that asks the network (nguồn thông tin thu hồi trực tuyến): the OCSP responder named
 * in the certificate's authority information access first, and the CRL distribution points (http only) when there
 * is no OCSP answer. It returns what it got without judging it; failures give {@link RevocationData#NONE}.
 * Timeouts and answer sizes are bounded.
 */
public final class OnlineRevocationSource implements RevocationSource {

    /** The largest OCSP answer read. */
    public static final int MAX_OCSP_BYTES = 256 * 1024;
    /** The largest CRL read (a national CA's CRL can be several megabytes). */
    public static final int MAX_CRL_BYTES = 32 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(OnlineRevocationSource.class);

    private final Duration timeout;
    private final HttpClient http;

    private OnlineRevocationSource(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A source with a 10-second timeout per request. */
    public static OnlineRevocationSource create() {
        return new OnlineRevocationSource(Duration.ofSeconds(10));
    }

    /** A source with {@code timeout} per request. */
    public static OnlineRevocationSource withTimeout(Duration timeout) {
        return new OnlineRevocationSource(timeout);
    }

    @Override
    public RevocationData fetch(X509Certificate certificate, X509Certificate issuer) {
        for (URI url : urls(certificate, Extension.authorityInfoAccess)) {
            byte[] ocsp = ocsp(url, certificate, issuer);
            if (ocsp != null) {
                return new RevocationData(List.of(), List.of(ocsp));
            }
        }
        for (URI url : urls(certificate, Extension.cRLDistributionPoints)) {
            byte[] crl = get(url, MAX_CRL_BYTES);
            if (crl != null) {
                return new RevocationData(List.of(crl), List.of());
            }
        }
        return RevocationData.NONE;
    }

    private byte[] ocsp(URI url, X509Certificate certificate, X509Certificate issuer) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
            HttpRequest post = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/ocsp-request")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
            byte[] answer = send(post, MAX_OCSP_BYTES);
            if (answer == null) {
                return null;
            }
            OCSPResp response = new OCSPResp(answer);
            return response.getStatus() == OCSPResp.SUCCESSFUL ? answer : null;
        } catch (Exception e) {
            LOG.debug("OCSP request to {} failed", url, e);
            return null;
        }
    }

    private byte[] get(URI url, int limit) {
        try {
            return send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(), limit);
        } catch (Exception e) {
            LOG.debug("CRL download from {} failed", url, e);
            return null;
        }
    }

    private byte[] send(HttpRequest request, int limit) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                return null;
            }
            byte[] bytes = body.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }

    /** The http(s) URLs of the OCSP responders (AIA) or of the CRL distribution points of {@code certificate}. */
    static List<URI> urls(X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier extension) {
        List<URI> out = new ArrayList<>();
        byte[] value = certificate.getExtensionValue(extension.getId());
        if (value == null) {
            return out;
        }
        try {
            ASN1Primitive inner = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(value).getOctets());
            List<GeneralName> names = new ArrayList<>();
            if (extension.equals(Extension.authorityInfoAccess)) {
                for (AccessDescription d : AuthorityInformationAccess.getInstance(inner).getAccessDescriptions()) {
                    if (AccessDescription.id_ad_ocsp.equals(d.getAccessMethod())) {
                        names.add(d.getAccessLocation());
                    }
                }
            } else {
                for (DistributionPoint p : CRLDistPoint.getInstance(inner).getDistributionPoints()) {
                    DistributionPointName n = p.getDistributionPoint();
                    if (n != null && n.getType() == DistributionPointName.FULL_NAME) {
                        for (GeneralName g : GeneralNames.getInstance(n.getName()).getNames()) {
                            names.add(g);
                        }
                    }
                }
            }
            for (GeneralName g : names) {
                if (g.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    URI uri = URI.create(g.getName().toString());
                    if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
                        out.add(uri);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("unreadable extension {} in {}", extension, certificate.getSubjectX500Principal(), e);
        }
        return out;
    }
}
