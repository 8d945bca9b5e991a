package vn.edoc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import vn.edoc.id.OrganCode;

class AuditChainProperties {

    static final OrganCode ORG = OrganCode.parse("000.00.00.H37");

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    private static List<AuditEntry> chain(int n, String comment) {
        List<AuditEntry> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEvent e = new AuditEvent("user" + i, "act.x", T.plusSeconds(i), "obj", "id-" + i,
                    i % 2 == 0 ? null : "ab".repeat(32), "cd".repeat(32), i == 0 ? comment : null, Set.of());
            list.add(AuditChain.link(ORG, list.isEmpty() ? null : list.get(list.size() - 1), e));
        }
        return list;
    }

    /** Changing any one field of any one entry breaks the chain exactly at that entry. */
    @Property(tries = 400)
    void anySingleFieldEditIsFoundAtThatEntry(@ForAll @IntRange(min = 1, max = 12) int size,
                                              @ForAll @IntRange(min = 0, max = 11) int at,
                                              @ForAll @IntRange(min = 0, max = 11) int field,
                                              @ForAll @StringLength(max = 20) String comment) {
        // the event refuses control characters and broken surrogates; the property is about edits, not input
        String printable = comment.chars().filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<AuditEntry> list = chain(size, printable);
        int i = at % size;
        AuditEntry e = list.get(i);
        AuditEntry edited = switch (field) {
            case 0 -> new AuditEntry(ORG, e.sequence() + 1, e.actor(), e.action(), e.time(), e.objectType(), e.objectId(),
                    e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), e.previousHash(), e.hash());
            case 1 -> new AuditEntry(ORG, e.sequence(), e.actor() + "x", e.action(), e.time(), e.objectType(),
                    e.objectId(), e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), e.previousHash(),
                    e.hash());
            case 2 -> new AuditEntry(ORG, e.sequence(), e.actor(), "act.y", e.time(), e.objectType(), e.objectId(),
                    e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), e.previousHash(), e.hash());
            case 3 -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time().plusNanos(1000), e.objectType(),
                    e.objectId(), e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), e.previousHash(),
                    e.hash());
            case 4 -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time(), "obj2", e.objectId(),
                    e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), e.previousHash(), e.hash());
            case 5 -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time(), e.objectType(), e.objectId() + "0",
                    e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), e.previousHash(), e.hash());
            case 6 -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time(), e.objectType(), e.objectId(),
                    e.beforeDigest() == null ? "ef".repeat(32) : null, e.afterDigest(), e.comment(), e.flags(),
                    e.previousHash(), e.hash());
            case 7 -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time(), e.objectType(), e.objectId(),
                    e.beforeDigest(), null, e.comment(), e.flags(), e.previousHash(), e.hash());
            case 8 -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time(), e.objectType(), e.objectId(),
                    e.beforeDigest(), e.afterDigest(), e.comment() == null ? "" : e.comment() + "!", e.flags(),
                    e.previousHash(), e.hash());
            case 9 -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time(), e.objectType(), e.objectId(),
                    e.beforeDigest(), e.afterDigest(), e.comment(), Set.of(AuditFlag.ENTERED_AFTER_OUTAGE),
                    e.previousHash(), e.hash());
            case 10 -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time(), e.objectType(), e.objectId(),
                    e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), "f".repeat(64), e.hash());
            default -> new AuditEntry(ORG, e.sequence(), e.actor(), e.action(), e.time(), e.objectType(), e.objectId(),
                    e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), e.previousHash(), "0".repeat(64));
        };
        list.set(i, edited);
        AuditVerification v = AuditChain.verify(ORG, list);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSequence()).hasValue(i + 1);
        assertThat(v.checked()).isEqualTo(i + 1);
    }

    /** Removing or moving any entry is found no later than where it was. */
    @Property(tries = 300)
    void anyDeletionOrMoveIsFound(@ForAll @IntRange(min = 2, max = 12) int size,
                                  @ForAll @IntRange(min = 0, max = 11) int from,
                                  @ForAll @IntRange(min = 0, max = 11) int to,
                                  @ForAll boolean delete) {
        List<AuditEntry> list = chain(size, null);
        int a = from % size;
        int b = to % size;
        AuditEntry moved = list.remove(a);
        if (!delete) {
            if (a == b) {
                b = (b + 1) % size;
            }
            list.add(b, moved);
        }
        AuditVerification v = AuditChain.verify(ORG, list);
        if (delete && a == size - 1) {
            assertThat(v.intact()).as("a cut end needs a checkpoint").isTrue();
            assertThat(AuditChain.verify(ORG, list, chain(size, null).get(size - 1).anchor()).intact()).isFalse();
        } else {
            assertThat(v.intact()).isFalse();
            long earliest = delete ? a + 1L : Math.min(a, b) + 1L;
            assertThat(v.firstBrokenSequence().getAsLong()).isLessThanOrEqualTo(earliest);
        }
    }
}
