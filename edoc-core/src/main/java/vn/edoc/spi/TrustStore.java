package vn.edoc.spi;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The trust anchors (chứng thư số gốc tin cậy) a verifier accepts: typically the root of the national
 * government CA (Ban Cơ yếu Chính phủ) and of the licensed public CAs, configured by the integrator. A signature
 * whose certificate does not chain to one of them is at best {@link SignatureIndication#INDETERMINATE}.
 *
 * <h2>Contract for adapters</h2>
 * {@link #anchors} returns the anchors at the time of the call (an adapter may reload them), never {@code null}.
 */
public interface TrustStore {

    /** The trust anchors. */
    List<X509Certificate> anchors();

    /** A fixed set of anchors. */
    static TrustStore of(Collection<X509Certificate> anchors) {
        List<X509Certificate> copy = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
        return () -> copy;
    }

    /** No anchors: nothing is trusted. */
    static TrustStore empty() {
        return List::of;
    }
}
