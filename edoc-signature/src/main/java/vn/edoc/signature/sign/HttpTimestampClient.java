package vn.edoc.signature.sign;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import vn.edoc.spi.TimestampClient;
import vn.edoc.spi.TimestampException;

/**
 * A {@link TimestampClient} that asks an RFC 3161 time-stamping authority over HTTP (máy chủ cấp dấu thời gian): a
 * POST of {@code application/timestamp-query} with a random nonce and a request for the authority's certificate,
 * answered with {@code application/timestamp-reply}. The answer is checked against the request (status granted,
 * same imprint, same nonce) before the token is returned. Timeouts and the answer size are bounded.
 */
public final class HttpTimestampClient implements TimestampClient {

    /** The largest answer read (a token with a long chain is a few kilobytes). */
    public static final int MAX_RESPONSE_BYTES = 256 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    private HttpTimestampClient(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client of the authority at {@code url} (http or https) with a 10-second timeout. */
    public static HttpTimestampClient of(URI url) {
        return of(url, Duration.ofSeconds(10));
    }

    /** A client of the authority at {@code url} with {@code timeout} for connecting and for the answer. */
    public static HttpTimestampClient of(URI url, Duration timeout) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("a time-stamping URL is http or https: " + url);
        }
        return new HttpTimestampClient(url, timeout);
    }

    @Override
    public byte[] timestamp(byte[] digest, String digestAlgorithm) {
        ASN1ObjectIdentifier oid = DigestAlgorithm.parse(digestAlgorithm).oid();
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(oid, digest, new BigInteger(64, RANDOM));
        byte[] answer;
        try {
            HttpRequest post = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
            HttpResponse<InputStream> response = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TimestampException("the authority " + url + " answered HTTP " + response.statusCode());
                }
                answer = body.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
        } catch (IOException e) {
            throw new TimestampException("the authority " + url + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException("interrupted while waiting for " + url, e);
        }
        if (answer.length > MAX_RESPONSE_BYTES) {
            throw new TimestampException("the answer of " + url + " exceeds " + MAX_RESPONSE_BYTES + " bytes");
        }
        try {
            TimeStampResponse response = new TimeStampResponse(answer);
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new TimestampException("the authority refused: " + response.getStatusString());
            }
            return token.getEncoded();
        } catch (TSPException | IOException e) {
            throw new TimestampException("the answer of " + url + " does not match the request: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public String toString() {
        return "HttpTimestampClient[" + url + "]";
    }
}
