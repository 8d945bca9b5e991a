package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.DocumentType;
import vn.edoc.document.Recipient;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.Assignment;
import vn.edoc.routing.AssignmentKind;
import vn.edoc.routing.AssignmentState;
import vn.edoc.routing.Channel;
import vn.edoc.routing.Delivery;
import vn.edoc.routing.DeliveryState;
import vn.edoc.routing.DraftVersion;
import vn.edoc.routing.HistoryStep;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.Origin;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.OutgoingState;
import vn.edoc.routing.ReviewComment;
import vn.edoc.spi.DocumentStore;
import vn.edoc.spi.Transactions;

/**
 * The conformance kit of {@link DocumentStore} (bộ kiểm tra tương thích lưu văn bản), in the style of
 * {@link StorageCompatibilityKit}: extend it and give a fresh, empty store sharing units of work with its
 * {@link Transactions} in {@link #create()}. It checks visibility after commit only, rollback, the version rule,
 * reads inside a unit of work, the listing order and filters, the sender look-up of recalls and faithful round trips.
 */
public abstract class DocumentStoreCompatibilityKit {

    /** The parts under test. */
    public record Under(Transactions transactions, DocumentStore store) {
    }

    /** A fresh, empty store with its transactions, for every test. */
    protected abstract Under create();

    private static final OrganCode ORG = OrganCode.parse("000.00.12.H08");
    private static final OrganCode OTHER = OrganCode.parse("000.00.05.H08");
    private static final Instant T = Instant.parse("2026-03-02T03:30:00Z");

    private Transactions tx;
    private DocumentStore store;

    @BeforeEach
    void setUp() {
        Under u = create();
        tx = u.transactions();
        store = u.store();
    }

    /** A full incoming record, with an assignment and history. */
    public static IncomingRecord incoming(String id, OrganCode org, String ref, long version) {
        Document d = Document.builder().direction(Direction.INCOMING).notation(Notation.parse("15/STP-VP"))
                .type(DocumentType.CONG_VAN).issueDate(LocalDate.of(2026, 2, 27)).subject("Về việc rà soát")
                .issuer(OTHER, "Sở Tư pháp").pageCount(2).build();
        return new IncomingRecord(id, id, org, Origin.TRANSPORT, Optional.of(OTHER), ref, d, "Nhiệm vụ 1",
                version > 1 ? IncomingState.ASSIGNED : IncomingState.RECEIVED, T, T, T.plusSeconds(7200),
                T.plusSeconds(23400), version > 1 ? 7 : 0, version > 1 ? Optional.of(T) : Optional.empty(),
                version > 1 ? List.of(new Assignment("tp-tckh", AssignmentKind.LEAD, T.plusSeconds(86400),
                        AssignmentState.ASSIGNED, "")) : List.of(),
                List.of(new HistoryStep(T, "system", "incoming.receive", "", "RECEIVED", "")), "", false, version);
    }

    /** A full outgoing record, with versions, comments and a delivery. */
    public static OutgoingRecord outgoing(String id, OrganCode org, long version) {
        Document d = Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN)
                .subject("Báo cáo").issuer(org, "UBND huyện").addRecipient(Recipient.of("Sở Tư pháp", OTHER))
                .pageCount(1).build();
        return new OutgoingRecord(id, org, "tp-tckh", "specialist", version > 1 ? OutgoingState.ISSUED
                : OutgoingState.DRAFTING, d, List.of(new DraftVersion(1, d, T, "specialist")),
                List.of(new ReviewComment(1, ReviewComment.Kind.REVIEW, "head", "tp-tckh", T, "Trình")),
                List.of("tp-tuphap"), Optional.of("in-1"), Optional.of("task-1"), version > 1 ? 3 : 0,
                Optional.of(T), Optional.of(T.plusSeconds(3600)), version > 1 ? Optional.of(T) : Optional.empty(),
                false, version > 1 ? List.of(new Delivery(OTHER, Channel.SYSTEM, DeliveryState.SENT, T, ""))
                : List.of(), List.of(new HistoryStep(T, "specialist", "outgoing.draft", "", "DRAFTING", "v1")),
                version);
    }

    @Test
    void newIdsNeverRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.addAll(tx.inTransaction(uow -> List.of(store.newId(uow, "in"), store.newId(uow, "in"))));
        }
        assertThat(ids).hasSize(10).allMatch(s -> s.startsWith("in"));
    }

    @Test
    void incomingIsVisibleAfterCommitOnlyAndComesBackEqual() {
        IncomingRecord r = incoming("in-a", ORG, "out-1", 1);
        tx.run(uow -> {
            store.saveIncoming(uow, r);
            assertThat(store.incoming(uow, "in-a")).contains(r);
            assertThat(store.incoming("in-a")).isEmpty();
        });
        assertThat(store.incoming("in-a")).contains(r);
        assertThat(store.incomingOf(ORG)).containsExactly(r);
        assertThat(store.incomingOf(OTHER)).isEmpty();
    }

    @Test
    void rollbackKeepsNothing() {
        assertThatThrownBy(() -> tx.run(uow -> {
            store.saveIncoming(uow, incoming("in-b", ORG, "out-1", 1));
            store.saveOutgoing(uow, outgoing("out-b", ORG, 1));
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.incoming("in-b")).isEmpty();
        assertThat(store.outgoing("out-b")).isEmpty();
        assertThat(store.incomingOf(ORG)).isEmpty();
    }

    @Test
    void versionsFollowEachOther() {
        tx.run(uow -> store.saveIncoming(uow, incoming("in-c", ORG, "out-1", 1)));
        assertThatThrownBy(() -> tx.run(uow -> store.saveIncoming(uow, incoming("in-c", ORG, "out-1", 1))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(uow -> store.saveIncoming(uow, incoming("in-c", ORG, "out-1", 3))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(uow -> store.saveIncoming(uow, incoming("in-new", ORG, "out-1", 2))))
                .isInstanceOf(ConcurrentChangeException.class);
        IncomingRecord v2 = incoming("in-c", ORG, "out-1", 2);
        tx.run(uow -> store.saveIncoming(uow, v2));
        assertThat(store.incoming("in-c")).contains(v2);
        assertThat(store.incomingOf(ORG)).containsExactly(v2);
    }

    @Test
    void listsKeepTheOrderFirstSaved() {
        tx.run(uow -> {
            store.saveIncoming(uow, incoming("in-2", ORG, "r", 1));
            store.saveIncoming(uow, incoming("in-1", ORG, "r", 1));
            store.saveIncoming(uow, incoming("in-3", OTHER, "r", 1));
        });
        tx.run(uow -> store.saveIncoming(uow, incoming("in-2", ORG, "r", 2)));
        assertThat(store.incomingOf(ORG)).extracting(IncomingRecord::id).containsExactly("in-2", "in-1");
    }

    @Test
    void recallLookUpFindsEveryRowOfTheSenderReference() {
        tx.run(uow -> {
            store.saveIncoming(uow, incoming("in-x", ORG, "out-7", 1));
            store.saveIncoming(uow, incoming("in-y", ORG, "out-8", 1));
        });
        tx.run(uow -> {
            store.saveIncoming(uow, incoming("in-z", ORG, "out-7", 1));
            assertThat(store.incomingFrom(uow, ORG, OTHER, "out-7")).extracting(IncomingRecord::id)
                    .containsExactlyInAnyOrder("in-x", "in-z");
            assertThat(store.incomingFrom(uow, OTHER, OTHER, "out-7")).isEmpty();
            assertThat(store.incomingFrom(uow, ORG, ORG, "out-7")).isEmpty();
        });
    }

    @Test
    void outgoingRoundTripsWithVersionsCommentsAndDeliveries() {
        OutgoingRecord r = outgoing("out-a", ORG, 1);
        tx.run(uow -> store.saveOutgoing(uow, r));
        assertThat(store.outgoing("out-a")).contains(r);
        OutgoingRecord v2 = outgoing("out-a", ORG, 2);
        tx.run(uow -> {
            store.saveOutgoing(uow, v2);
            assertThat(store.outgoing(uow, "out-a")).contains(v2);
            assertThat(store.outgoing("out-a")).contains(r);
        });
        assertThat(store.outgoing("out-a")).contains(v2);
        assertThat(store.outgoingOf(ORG)).containsExactly(v2);
        assertThat(store.outgoingOf(OTHER)).isEmpty();
        assertThatThrownBy(() -> tx.run(uow -> store.saveOutgoing(uow, outgoing("out-a", ORG, 2))))
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
