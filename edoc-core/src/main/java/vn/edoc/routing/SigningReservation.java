package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * A short hold on an outgoing record while its main file is being signed (giữ chỗ ký số): the prepare step of a
 * signed step ({@link OutgoingFlow#approveAndSign}, {@link OutgoingFlow#issue}) writes it into the record's next
 * version before the signer is called, so that a second desk trying the same step is refused at once instead of
 * signing for nothing; the commit step clears it. It lapses at {@code expiresAt}, after which another person may
 * take the step over (a desk that crashed or a token that was pulled out does not block the record for long).
 *
 * @param holderId   the person id of who is signing
 * @param action     the signed step: {@link Action#APPROVE_AND_SIGN} or {@link Action#ISSUE}
 * @param reservedAt when the hold was taken
 * @param expiresAt  when it lapses; after {@code reservedAt}
 */
public record SigningReservation(String holderId, Action action, Instant reservedAt, Instant expiresAt) {

    /** Refuses missing parts, a blank holder and an expiry not after the reservation. */
    public SigningReservation {
        Objects.requireNonNull(holderId, "holderId");
        if (holderId.isBlank()) {
            throw new IllegalArgumentException("holderId must not be blank");
        }
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reservedAt, "reservedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(reservedAt)) {
            throw new IllegalArgumentException("expiresAt must be after reservedAt");
        }
    }

    /** True while the hold is in force at {@code now}: before {@code expiresAt}. */
    public boolean liveAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** True when {@code personId} holds it. */
    public boolean heldBy(String personId) {
        return holderId.equals(personId);
    }
}
