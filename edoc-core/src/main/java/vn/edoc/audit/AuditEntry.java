package vn.edoc.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import vn.edoc.id.OrganCode;

/**
 * One entry of the append-only audit trail (mục nhật ký) as stored: an {@link AuditEvent}, the organisation whose
 * chain holds it, its place in that chain and the SHA-256 hashes that chain it to the entry before. Every
 * organisation has its own chain (chuỗi nhật ký của cơ quan), so two organisations never wait on each other. Entries are made by {@link AuditChain#link}; a store
 * gives them back exactly as written.
 *
 * <p>The constructor checks nothing beyond normalising {@code flags}: an entry read back from storage may have been
 * tampered with, and must still be representable so that {@link AuditChain} can say what is wrong with it.
 *
 * @param organisation the organisation whose chain holds the entry (covered by the hash, so an entry cannot be
 *                     moved to another chain unnoticed)
 * @param sequence     place in the organisation's chain, 1 for the first entry, then each next one plus 1
 * @param actor        the account that acted
 * @param action       what was done
 * @param time         when it was done (to the microsecond)
 * @param objectType   the kind of object acted on
 * @param objectId     the object's identifier
 * @param beforeDigest SHA-256 hex of the object's state before, or {@code null}
 * @param afterDigest  SHA-256 hex of the object's state after, or {@code null}
 * @param comment      free text, or {@code null}
 * @param flags        marks such as {@link AuditFlag#ENTERED_AFTER_OUTAGE}
 * @param previousHash the {@code hash} of the entry before, or {@link AuditChain#GENESIS} for the first
 * @param hash         SHA-256 hex over this entry's fields and {@code previousHash}, see {@link AuditChain#hash}
 */
public record AuditEntry(OrganCode organisation, long sequence, String actor, String action, Instant time, String objectType,
                         String objectId, String beforeDigest, String afterDigest, String comment,
                         Set<AuditFlag> flags, String previousHash, String hash) {

    /** Keeps the fields as given; {@code null} flags become the empty set. */
    public AuditEntry {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** True when this entry carries {@code flag}. */
    public boolean has(AuditFlag flag) {
        return flags.contains(flag);
    }

    /** This entry's place and hash in its organisation's chain, to be kept outside the trail as a checkpoint. */
    public AuditAnchor anchor() {
        return new AuditAnchor(sequence, hash);
    }
}
