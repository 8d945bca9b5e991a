package vn.edoc.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What was found about one RFC 3161 timestamp (dấu thời gian): the time it proves, who issued it, whether its
 * imprint matches what it stamps, whether its own signature verifies, and whether its issuer chains to a trust
 * anchor.
 *
 * @param kind        a timestamp on a signature (B-T) or a document timestamp (B-LTA)
 * @param time        the time the authority attests
 * @param authority   the subject of the timestamping authority's certificate, {@code ""} when unknown
 * @param intact      the imprint equals the digest of what the timestamp covers
 * @param cryptoValid the timestamp's own CMS signature verifies
 * @param trusted     the authority's certificate chains to a configured trust anchor and its revocation status at
 *                    the token's time is established, with no revocation (the PAdES verifier's rules)
 */
public record TimestampReport(Kind kind, Instant time, String authority, boolean intact, boolean cryptoValid,
                              boolean trusted) {

    /** Which timestamp this is. */
    public enum Kind {
        /** A timestamp over a signature value (signature-time-stamp attribute, PAdES B-T). */
        SIGNATURE,
        /** A document timestamp (SubFilter ETSI.RFC3161, PAdES B-LTA). */
        DOCUMENT
    }

    /** Refuses missing parts. */
    public TimestampReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(authority, "authority");
    }

    /** True when the timestamp can serve as proof of existence at {@link #time}. */
    public boolean valid() {
        return intact && cryptoValid && trusted;
    }
}
