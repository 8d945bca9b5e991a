package vn.edoc.audit;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.EdocRuleException;

/**
 * The one place where audit entries are chained and where a chain is verified (chuỗi băm của nhật ký). Every
 * {@link vn.edoc.spi.AuditLog} adapter stores and loads entries only; linking and verification are done here, so
 * that all adapters agree bit for bit.
 *
 * <h2>The hash</h2>
 * {@code hash = SHA-256(Canonical("edoc.audit.entry/2", organisation, sequence, time, actor, action, objectType,
 * objectId, beforeDigest, afterDigest, comment, flags, previousHash))}, written as 64 lower-case hexadecimal digits, where
 * {@code Canonical} is the tagged, length-prefixed encoding of {@link Canonical} (sequence as a number, time as an
 * instant, flags as a list of their enum names in alphabetical order, the organisation as its code, everything else as
 * text or absent). Each organisation has its own chain: its first entry has sequence 1 and {@code previousHash} {@link #GENESIS} (64 zeros); each next entry has the next sequence
 * and the previous entry's hash. Since every field and the previous hash go into the hash, changing any field of
 * any entry, or removing, inserting or moving an entry, breaks either a hash or a link.
 *
 * <h2>Verification</h2>
 * One chain is verified at a time, its entries read in storage order; for each, in turn: it must belong to the chain's
 * organisation, its sequence must be the previous one plus 1 (1 at the start), its hash must be what its fields
 * give, and its {@code previousHash} must be the previous entry's hash.
 * The first failure is reported with that sequence number. Cutting entries off the end, or rewriting the trail from
 * some entry on with fresh hashes, is only detectable against a checkpoint kept elsewhere: see
 * {@link AuditAnchor}.
 */
public final class AuditChain {

    /** The {@code previousHash} of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final String TYPE = "edoc.audit.entry/2";

    private AuditChain() {
    }

    /**
     * The entry that records {@code event} in the chain of {@code organisation} right after {@code previous}
     * ({@code null} for the first entry of that chain).
     *
     * @throws EdocRuleException when {@code event} or {@code organisation} is {@code null}, or {@code previous}
     *                           belongs to another chain
     */
    public static AuditEntry link(OrganCode organisation, AuditEntry previous, AuditEvent event) {
        if (event == null) {
            throw EdocRuleException.of(AuditViolation.FIELD_MISSING, "", "event");
        }
        if (organisation == null) {
            throw EdocRuleException.of(AuditViolation.FIELD_MISSING, "organisation", "organisation");
        }
        if (previous != null && !organisation.equals(previous.organisation())) {
            throw EdocRuleException.of(AuditViolation.CHAIN_FOREIGN, "previous", previous.sequence(),
                    "it belongs to the chain of " + previous.organisation());
        }
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        String hash = hash(organisation, sequence, event.actor(), event.action(), event.time(), event.objectType(),
                event.objectId(), event.beforeDigest(), event.afterDigest(), event.comment(), event.flags(),
                previousHash);
        return new AuditEntry(organisation, sequence, event.actor(), event.action(), event.time(), event.objectType(),
                event.objectId(), event.beforeDigest(), event.afterDigest(), event.comment(), event.flags(),
                previousHash, hash);
    }

    /** The hash {@code entry} should carry, computed from its fields and its {@code previousHash}. */
    public static String hashOf(AuditEntry entry) {
        return hash(entry.organisation(), entry.sequence(), entry.actor(), entry.action(), entry.time(), entry.objectType(),
                entry.objectId(), entry.beforeDigest(), entry.afterDigest(), entry.comment(), entry.flags(),
                entry.previousHash());
    }

    /** The chain hash of the given fields; see the class description for the encoding. */
    public static String hash(OrganCode organisation, long sequence, String actor, String action, java.time.Instant time, String objectType,
                              String objectId, String beforeDigest, String afterDigest, String comment,
                              Set<AuditFlag> flags, String previousHash) {
        return Canonical.of(TYPE)
                .text(organisation == null ? null : organisation.value())
                .number(sequence)
                .instant(time)
                .text(actor)
                .text(action)
                .text(objectType)
                .text(objectId)
                .text(beforeDigest)
                .text(afterDigest)
                .text(comment)
                .texts(flags == null ? null : flagNames(flags))
                .text(previousHash)
                .sha256Hex();
    }

    /** The names of {@code flags} in sorted order; most entries carry none, and then nothing is allocated. */
    private static List<String> flagNames(Set<AuditFlag> flags) {
        return flags.isEmpty() ? List.of() : flags.stream().map(Enum::name).sorted().toList();
    }

    /** Verifies the whole chain of {@code organisation}, given in storage order. */
    public static AuditVerification verify(OrganCode organisation, Iterable<AuditEntry> entries) {
        return verify(organisation, entries, null);
    }

    /**
     * Verifies the whole chain of {@code organisation} given in storage order and, when {@code checkpoint} is not
     * {@code null}, that the chain still reaches that checkpoint with the same hash.
     */
    public static AuditVerification verify(OrganCode organisation, Iterable<AuditEntry> entries,
                                           AuditAnchor checkpoint) {
        Verifier verifier = new Verifier(organisation, checkpoint);
        Objects.requireNonNull(entries, "entries").forEach(verifier);
        return verifier.result();
    }

    /**
     * A verifier of the chain of {@code organisation} fed one entry at a time, for stores that stream their entries
     * ({@code auditLog.scan(organisation, verifier); verifier.result()}).
     */
    public static Verifier verifier(OrganCode organisation, AuditAnchor checkpoint) {
        return new Verifier(Objects.requireNonNull(organisation, "organisation"), checkpoint);
    }

    /** Streaming verification state; see {@link AuditChain#verifier(AuditAnchor)}. Not thread-safe. */
    public static final class Verifier implements Consumer<AuditEntry> {

        private final OrganCode organisation;
        private final AuditAnchor checkpoint;
        private long checked;
        private AuditEntry last;
        private AuditVerification.Failure failure;

        private Verifier(OrganCode organisation, AuditAnchor checkpoint) {
            this.organisation = organisation;
            this.checkpoint = checkpoint;
        }

        @Override
        public void accept(AuditEntry entry) {
            if (failure != null) {
                return;
            }
            checked++;
            long expected = last == null ? 1 : last.sequence() + 1;
            String expectedPrevious = last == null ? GENESIS : last.hash();
            if (entry == null) {
                fail(expected, AuditViolation.CHAIN_SEQUENCE, "an empty record where entry " + expected + " belongs");
                return;
            }
            if (!organisation.equals(entry.organisation())) {
                fail(expected, AuditViolation.CHAIN_FOREIGN, "the entry found there belongs to the chain of "
                        + entry.organisation());
                return;
            }
            if (entry.sequence() != expected) {
                String why = entry.sequence() > expected
                        ? "entry " + expected + " is missing (found " + entry.sequence() + ")"
                        : "entry " + entry.sequence() + " appears again or out of order where " + expected
                        + " belongs";
                fail(expected, last == null ? AuditViolation.CHAIN_START : AuditViolation.CHAIN_SEQUENCE, why);
                return;
            }
            if (!Canonical.isDigest(entry.hash()) || !hashOfSafely(entry).equals(entry.hash())) {
                fail(expected, AuditViolation.CHAIN_HASH, "the content does not give the stored hash");
                return;
            }
            if (!expectedPrevious.equals(entry.previousHash())) {
                fail(expected, last == null ? AuditViolation.CHAIN_START : AuditViolation.CHAIN_LINK,
                        "previousHash is not the hash of entry " + (expected - 1));
                return;
            }
            if (checkpoint != null && checkpoint.sequence() == expected && !checkpoint.hash().equals(entry.hash())) {
                fail(expected, AuditViolation.CHAIN_ANCHOR, "the hash differs from the checkpoint");
                return;
            }
            last = entry;
        }

        /** The outcome of everything fed so far, including the checkpoint's reach. */
        public AuditVerification result() {
            AuditAnchor head = last == null ? null : last.anchor();
            if (failure == null && checkpoint != null && (last == null || last.sequence() < checkpoint.sequence())) {
                long reached = last == null ? 0 : last.sequence();
                return new AuditVerification(checked, head, new AuditVerification.Failure(reached + 1,
                        AuditViolation.CHAIN_TRUNCATED, "the trail ends at " + reached + " before the checkpoint at "
                        + checkpoint.sequence()));
            }
            return new AuditVerification(checked, head, failure);
        }

        private void fail(long sequence, AuditViolation violation, String detail) {
            failure = new AuditVerification.Failure(sequence, violation, detail);
        }

        private static String hashOfSafely(AuditEntry entry) {
            try {
                return hashOf(entry);
            } catch (IllegalArgumentException e) {
                // a tampered text that cannot even be encoded cannot match any hash
                return "";
            }
        }
    }
}
