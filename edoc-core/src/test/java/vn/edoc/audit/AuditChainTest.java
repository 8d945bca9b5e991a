package vn.edoc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.EdocRuleException;

class AuditChainTest {

    static final OrganCode ORG = OrganCode.parse("000.00.00.H37");

    private static final Instant T = Instant.parse("2025-03-10T02:00:00Z");

    private static AuditEvent event(int i) {
        return AuditEvent.of("chiennv.ubnd", "document.view", T.plusSeconds(i), "document", "doc-" + i, null, null);
    }

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(AuditChain.link(ORG, list.isEmpty() ? null : list.get(list.size() - 1), event(i)));
        }
        return list;
    }

    @Test
    void hashMatchesAnIndependentImplementationOfTheDocumentedEncoding() {
        AuditEvent e = new AuditEvent("chiennv.ubnd", "register.incoming", T, "register-entry",
                "000.00.00.G22/incoming/2025#1", null, "ab".repeat(32), "Sổ đến",
                Set.of(AuditFlag.ENTERED_AFTER_OUTAGE));
        AuditEntry first = AuditChain.link(ORG, null, e);
        // computed by a separate Python script from the encoding described in AuditChain and Canonical
        assertThat(first.hash()).isEqualTo("8d3227435f552c292b5894b80b2e12bc99aaa7b0247839a0c788c18fa9734fc0");
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(AuditChain.hashOf(first)).isEqualTo(first.hash());
    }

    @Test
    void linksEachEntryToThePreviousOne() {
        List<AuditEntry> list = chain(4);
        assertThat(list).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(list.get(3).previousHash()).isEqualTo(list.get(2).hash());
        assertThat(list.stream().map(AuditEntry::hash).distinct()).hasSize(4);
        AuditVerification v = AuditChain.verify(ORG, list);
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(4);
        assertThat(v.head()).isEqualTo(new AuditAnchor(4, list.get(3).hash()));
        assertThat(v.firstBreak()).isEmpty();
    }

    @Test
    void eachOrganisationHasItsOwnChainAndAnEntryCannotBeMovedToAnother() {
        OrganCode other = OrganCode.parse("000.00.05.H08");
        AuditEntry mine = AuditChain.link(ORG, null, event(1));
        AuditEntry theirs = AuditChain.link(other, null, event(1));
        // the same event starts both chains, but the organisation is in the hash
        assertThat(theirs.sequence()).isEqualTo(1);
        assertThat(theirs.hash()).isNotEqualTo(mine.hash());
        assertThatThrownBy(() -> AuditChain.link(other, mine, event(2))).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> AuditChain.link(null, null, event(2))).isInstanceOf(EdocRuleException.class);

        List<AuditEntry> list = chain(3);
        AuditEntry moved = AuditChain.link(other, null, event(7));
        list.set(1, new AuditEntry(other, 2, moved.actor(), moved.action(), moved.time(), moved.objectType(),
                moved.objectId(), null, null, null, Set.of(), list.get(0).hash(), moved.hash()));
        AuditVerification v = AuditChain.verify(ORG, list);
        assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_FOREIGN);
        assertThat(v.firstBrokenSequence()).hasValue(2);
        assertThat(AuditChain.verify(other, chain(2)).failure().violation()).isEqualTo(AuditViolation.CHAIN_FOREIGN);
    }

    @Test
    void refusesToLinkNothing() {
        assertThatThrownBy(() -> AuditChain.link(ORG, null, null)).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void aFirstEntryNotStartingFromGenesisIsABrokenStart() {
        List<AuditEntry> list = chain(3);
        AuditEntry e = list.get(0);
        String otherPrevious = "1".repeat(64);
        AuditEntry rehashed = new AuditEntry(ORG, 1, e.actor(), e.action(), e.time(), e.objectType(), e.objectId(), null,
                null, null, Set.of(), otherPrevious, AuditChain.hash(ORG, 1, e.actor(), e.action(), e.time(),
                e.objectType(), e.objectId(), null, null, null, Set.of(), otherPrevious));
        AuditVerification v = AuditChain.verify(ORG, List.of(rehashed));
        assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_START);
        assertThat(v.firstBrokenSequence()).hasValue(1);
    }

    @Test
    void aMalformedStoredHashIsAnEditNotACrash() {
        List<AuditEntry> list = chain(2);
        AuditEntry e = list.get(1);
        list.set(1, new AuditEntry(ORG, 2, null, null, null, null, null, null, null, "\uD800", null, null, "zz"));
        AuditVerification v = AuditChain.verify(ORG, list);
        assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_HASH);
        assertThat(v.firstBrokenSequence()).hasValue(2);
        assertThat(v.head()).isEqualTo(list.get(0).anchor());
        assertThat(e.hash()).isNotEqualTo("zz");
        List<AuditEntry> withNull = new ArrayList<>(chain(2));
        withNull.add(1, null);
        assertThat(AuditChain.verify(ORG, withNull).firstBrokenSequence()).hasValue(2);
    }

    @Test
    void anEntryLinkedToTheWrongPredecessorIsABrokenLink() {
        List<AuditEntry> list = chain(3);
        AuditEntry stray = AuditChain.link(ORG, list.get(0), event(9)); // sequence 2, linked to entry 1
        AuditEntry relinked = new AuditEntry(ORG, 3, stray.actor(), stray.action(), stray.time(), stray.objectType(),
                stray.objectId(), null, null, null, Set.of(), stray.previousHash(), AuditChain.hash(ORG, 3,
                stray.actor(), stray.action(), stray.time(), stray.objectType(), stray.objectId(), null, null, null,
                Set.of(), stray.previousHash()));
        list.set(2, relinked);
        AuditVerification v = AuditChain.verify(ORG, list);
        assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_LINK);
        assertThat(v.firstBrokenSequence()).hasValue(3);
        assertThat(v.toResult().errors()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("EDOC-AUD-013");
            assertThat(violation.ruleId()).isEqualTo("R-ARC-1");
            assertThat(violation.path()).isEqualTo("audit[3]");
            assertThat(violation.messageEn()).contains("3");
        });
    }

    @Test
    void aCheckpointBeyondTheEndIsATruncation() {
        List<AuditEntry> list = chain(5);
        AuditAnchor checkpoint = list.get(4).anchor();
        AuditVerification v = AuditChain.verify(ORG, list.subList(0, 2), checkpoint);
        assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_TRUNCATED);
        assertThat(v.firstBrokenSequence()).hasValue(3);
        assertThat(AuditChain.verify(ORG, List.of(), checkpoint).firstBrokenSequence()).hasValue(1);
        assertThat(AuditChain.verify(ORG, list, checkpoint).intact()).isTrue();
        assertThat(v.toResult().has(AuditViolation.CHAIN_TRUNCATED)).isTrue();
    }

    @Test
    void checkpointsAreChecked() {
        assertThatThrownBy(() -> new AuditAnchor(0, "0".repeat(64))).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new AuditAnchor(1, "xyz")).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new AuditAnchor(1, null)).isInstanceOf(EdocRuleException.class);
    }
}
