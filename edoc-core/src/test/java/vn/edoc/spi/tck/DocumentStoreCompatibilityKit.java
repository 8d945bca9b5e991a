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
import vn.edoc.document.AssignmentKind;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.Assignment;
import vn.edoc.routing.AssignmentState;
import vn.edoc.routing.Channel;
import vn.edoc.routing.Delivery;
import vn.edoc.routing.DeliveryState;
import vn.edoc.routing.DocumentStore;
import vn.edoc.routing.DraftVersion;
import vn.edoc.routing.HistoryStep;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.Origin;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.OutgoingState;
import vn.edoc.routing.ReviewComment;
import vn.edoc.routing.DocumentQuery;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
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

    /**
     * A full outgoing record, with versions, comments and a delivery carrying two tasks, each with its progress, and
     * an update the recipient agreed to.
     */
    public static OutgoingRecord outgoing(String id, OrganCode org, long version) {
        Document d = Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN)
                .subject("Báo cáo").issuer(org, "UBND huyện").addRecipient(Recipient.of("Sở Tư pháp", OTHER))
                .pageCount(1).build();
        return new OutgoingRecord(id, org, "tp-tckh", "specialist", version > 1 ? OutgoingState.ISSUED
                : OutgoingState.DRAFTING, d, List.of(new DraftVersion(1, d, T, "specialist")),
                List.of(new ReviewComment(1, ReviewComment.Kind.REVIEW, "head", "tp-tckh", T, "Trình")),
                List.of("tp-tuphap"), Optional.of("in-1"), Optional.of("task-1"), version > 1 ? 3 : 0,
                Optional.of(T), Optional.of(T.plusSeconds(3600)), version > 1 ? Optional.of(T) : Optional.empty(),
                false, version > 1 ? List.of(new Delivery(OTHER, Channel.SYSTEM, DeliveryState.DELIVERED, T, "",
                        List.of(new vn.edoc.routing.TaskDelivery("task-1|Rà soát", DeliveryState.ASSIGNED, T),
                                new vn.edoc.routing.TaskDelivery("task-2|Báo cáo", DeliveryState.SENT, T)),
                        List.of(new vn.edoc.routing.DeliveryChange(vn.edoc.routing.DeliveryChange.Kind.UPDATE,
                                vn.edoc.routing.DeliveryChange.State.AGREED, T, "Bổ sung phụ lục"))))
                : List.of(), List.of(new HistoryStep(T, "specialist", "outgoing.draft", "", "DRAFTING", "v1")),
                version);
    }

    /**
     * The signing reservation a signed step writes into an outgoing record (holder, step, times) comes back as it
     * was saved, and a later version without it comes back without it.
     */
    @Test
    void aSigningReservationIsKeptUntilCleared() {
        OutgoingRecord plain = outgoing("out-res", ORG, 1);
        vn.edoc.routing.SigningReservation held = new vn.edoc.routing.SigningReservation("clerk",
                vn.edoc.routing.Action.ISSUE, T.plusNanos(123_000), T.plusSeconds(300));
        OutgoingRecord reserved = withReservation(plain, Optional.of(held), 2);
        OutgoingRecord cleared = withReservation(plain, Optional.empty(), 3);
        tx.run(uow -> store.saveOutgoing(uow, plain));
        tx.run(uow -> store.saveOutgoing(uow, reserved));
        assertThat(store.outgoing("out-res")).contains(reserved);
        assertThat(store.outgoing("out-res").orElseThrow().reservation()).contains(held);
        tx.run(uow -> store.saveOutgoing(uow, cleared));
        assertThat(store.outgoing("out-res")).contains(cleared);
        assertThat(store.outgoing("out-res").orElseThrow().reservation()).isEmpty();
    }

    private static OutgoingRecord withReservation(OutgoingRecord r,
                                                  Optional<vn.edoc.routing.SigningReservation> reservation,
                                                  long version) {
        return new OutgoingRecord(r.id(), r.organisation(), r.unitId(), r.drafterId(), r.state(), r.document(),
                r.versions(), r.comments(), r.cooperatingUnits(), r.replyToIncomingId(), r.answersTaskId(),
                r.number(), r.signedAt(), r.issueDeadline(), r.issuedAt(), r.issuedLate(), r.deliveries(),
                r.history(), reservation, version);
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

    // ------------------------------------------------------------------------------ queries on generated data

    private static final Instant DAY = Instant.parse("2026-03-01T17:00:00Z");

    /** 150 incoming and 150 outgoing records of two organisations, in every state, with times over ten days. */
    private static List<Object> generated() {
        java.util.Random random = new java.util.Random(20260302);
        List<Object> all = new java.util.ArrayList<>();
        IncomingState[] in = IncomingState.values();
        OutgoingState[] out = OutgoingState.values();
        for (int i = 0; i < 150; i++) {
            OrganCode org = random.nextInt(4) == 0 ? OTHER : ORG;
            IncomingRecord base = incoming(String.format("in-%03d", i), org, "ref-" + i, 1);
            Instant received = DAY.plusSeconds(random.nextInt(10 * 24) * 3_600L);
            Optional<Instant> handled = random.nextBoolean()
                    ? Optional.of(received.plusSeconds(random.nextInt(5 * 24) * 3_600L)) : Optional.empty();
            all.add(new IncomingRecord(base.id(), base.groupId(), org, base.origin(), base.sender(), base.senderRef(),
                    base.document(), base.task(), in[random.nextInt(in.length)], received, received,
                    received.plusSeconds(random.nextInt(4 * 24) * 3_600L), received.plusSeconds(3_600), 0, handled,
                    List.of(), base.history(), "", false, 1));
            OutgoingRecord o = outgoing(String.format("out-%03d", i), org, 1);
            Optional<Instant> issued = random.nextBoolean()
                    ? Optional.of(DAY.plusSeconds(random.nextInt(10 * 24) * 3_600L)) : Optional.empty();
            all.add(new OutgoingRecord(o.id(), org, random.nextBoolean() ? "tp-tckh" : "tp-tuphap", o.drafterId(),
                    out[random.nextInt(out.length)], o.document(), o.versions(), o.comments(), o.cooperatingUnits(),
                    o.replyToIncomingId(), o.answersTaskId(), 0, o.signedAt(), o.issueDeadline(), issued, false,
                    List.of(), o.history(), 1));
        }
        return all;
    }

    @Test
    void everyQueryGivesWhatFilteringTheRecordsGivesInIdOrderPageByPage() {
        List<Object> all = generated();
        tx.run(uow -> all.forEach(r -> {
            if (r instanceof IncomingRecord in) {
                store.saveIncoming(uow, in);
            } else {
                store.saveOutgoing(uow, (OutgoingRecord) r);
            }
        }));
        List<IncomingRecord> incoming = all.stream().filter(IncomingRecord.class::isInstance)
                .map(IncomingRecord.class::cast).toList();
        List<OutgoingRecord> outgoing = all.stream().filter(OutgoingRecord.class::isInstance)
                .map(OutgoingRecord.class::cast).toList();
        Instant start = DAY.plusSeconds(3 * 86_400);
        Instant end = DAY.plusSeconds(6 * 86_400);
        java.util.Comparator<IncomingRecord> inOrder = java.util.Comparator.comparing(IncomingRecord::id);
        java.util.Comparator<OutgoingRecord> outOrder = java.util.Comparator.comparing(OutgoingRecord::id);

        java.util.Map<String, java.util.Map.Entry<DocumentQuery, java.util.function.Predicate<IncomingRecord>>>
                in = new java.util.LinkedHashMap<>();
        in.put("every record of the organisation", java.util.Map.entry(DocumentQuery.of(ORG),
                r -> r.organisation().equals(ORG)));
        in.put("open states (the work queue)", java.util.Map.entry(DocumentQuery.of(ORG).inStates(Set.of(
                "RECEIVED", "REGISTERED", "ASSIGNED")), r -> r.organisation().equals(ORG)
                && Set.of(IncomingState.RECEIVED, IncomingState.REGISTERED, IncomingState.ASSIGNED)
                .contains(r.state())));
        in.put("handled in a period", java.util.Map.entry(DocumentQuery.of(ORG).between(start, end),
                r -> r.organisation().equals(ORG) && r.handledAt().isPresent()
                && !r.handledAt().get().isBefore(start) && r.handledAt().get().isBefore(end)));
        in.put("waiting at the end of a period", java.util.Map.entry(DocumentQuery.of(ORG).waitingAt(end),
                r -> r.organisation().equals(ORG) && r.receivedAt().isBefore(end)
                && r.handlingDeadline().isBefore(end)
                && (r.handledAt().isEmpty() || !r.handledAt().get().isBefore(end))));
        in.forEach((name, c) -> {
            List<IncomingRecord> expected = incoming.stream().filter(c.getValue()).sorted(inOrder).toList();
            assertThat(Page.all(9, p -> store.findIncoming(c.getKey(), p))).as(name)
                    .containsExactlyElementsOf(expected);
            assertThat(expected).as(name + ": the generated data exercises it").isNotEmpty();
        });

        java.util.Map<String, java.util.Map.Entry<DocumentQuery, java.util.function.Predicate<OutgoingRecord>>>
                out = new java.util.LinkedHashMap<>();
        out.put("every record of the other organisation", java.util.Map.entry(DocumentQuery.of(OTHER),
                r -> r.organisation().equals(OTHER)));
        out.put("drafts being worked on", java.util.Map.entry(DocumentQuery.of(ORG).inStates(Set.of("DRAFTING",
                "UNDER_REVIEW")), r -> r.organisation().equals(ORG) && (r.state() == OutgoingState.DRAFTING
                || r.state() == OutgoingState.UNDER_REVIEW)));
        out.put("issued in a period by a unit", java.util.Map.entry(DocumentQuery.of(ORG).between(start, end)
                .ofUnit("tp-tckh"), r -> r.organisation().equals(ORG) && r.unitId().equals("tp-tckh")
                && r.issuedAt().isPresent() && !r.issuedAt().get().isBefore(start)
                && r.issuedAt().get().isBefore(end)));
        out.forEach((name, c) -> {
            List<OutgoingRecord> expected = outgoing.stream().filter(c.getValue()).sorted(outOrder).toList();
            assertThat(Page.all(9, p -> store.findOutgoing(c.getKey(), p))).as(name)
                    .containsExactlyElementsOf(expected);
            assertThat(expected).as(name + ": the generated data exercises it").isNotEmpty();
        });
    }

    @Test
    void queriesSeeCommittedRecordsOnlyAndPagesEnd() {
        tx.run(uow -> {
            store.saveIncoming(uow, incoming("in-a", ORG, "r", 1));
            assertThat(store.findIncoming(DocumentQuery.of(ORG), PageRequest.first(5)).items()).isEmpty();
        });
        tx.run(uow -> store.saveIncoming(uow, incoming("in-b", ORG, "r", 1)));
        Page<IncomingRecord> first = store.findIncoming(DocumentQuery.of(ORG), PageRequest.first(1));
        assertThat(first.items()).extracting(IncomingRecord::id).containsExactly("in-a");
        Page<IncomingRecord> second = store.findIncoming(DocumentQuery.of(ORG),
                PageRequest.first(1).after(first.next().orElseThrow()));
        assertThat(second.items()).extracting(IncomingRecord::id).containsExactly("in-b");
        assertThat(second.next()).isEmpty();
        assertThat(store.findOutgoing(DocumentQuery.of(ORG), PageRequest.first(1)).items()).isEmpty();
    }

    // ------------------------------------------------------------------------------ search over abstracts

    private static IncomingRecord incomingAbout(String id, OrganCode org, String subject) {
        IncomingRecord b = incoming(id, org, "ref-" + id, 1);
        return new IncomingRecord(b.id(), b.groupId(), b.organisation(), b.origin(), b.sender(), b.senderRef(),
                b.document().toBuilder().subject(subject).build(), b.task(), b.state(), b.receivedAt(),
                b.effectiveReceipt(), b.handlingDeadline(), b.assignmentDeadline(), b.number(), b.handledAt(),
                b.assignments(), b.history(), b.reason(), b.enteredAfterOutage(), b.version());
    }

    private List<String> searchIncoming(DocumentQuery query, int pageSize) {
        return Page.all(pageSize, p -> store.findIncoming(query, p)).stream().map(IncomingRecord::id).toList();
    }

    @Test
    void searchOverAbstractsIgnoresCaseDiacriticsAndWordOrder() {
        tx.run(uow -> {
            store.saveIncoming(uow, incomingAbout("in-01", ORG, "Quyết định phê duyệt kế hoạch năm 2026"));
            store.saveIncoming(uow, incomingAbout("in-02", ORG, "QUYẾT ĐỊNH về việc bổ nhiệm cán bộ"));
            // decomposed (NFD) marks and a no-break space, as pasted from some editors
            store.saveIncoming(uow, incomingAbout("in-03", ORG, java.text.Normalizer.normalize(
                    "Dự thảo quyết\u00a0định giao chỉ tiêu", java.text.Normalizer.Form.NFD)));
            store.saveIncoming(uow, incomingAbout("in-04", ORG, "Công văn đôn đốc báo cáo định kỳ"));
            store.saveIncoming(uow, incomingAbout("in-05", ORG, "Tăng 100% chỉ tiêu_năm"));
            store.saveIncoming(uow, incomingAbout("in-06", ORG, "Giao 1000 chỉ tiêu năm"));
            store.saveIncoming(uow, incomingAbout("in-07", OTHER, "Quyết định của cơ quan khác"));
        });
        assertThat(searchIncoming(DocumentQuery.of(ORG).abstractContains("quyet dinh"), 10))
                .containsExactly("in-01", "in-02", "in-03");
        assertThat(searchIncoming(DocumentQuery.of(ORG).abstractContains("  Quyết   ĐỊNH "), 1))
                .as("pages of one").containsExactly("in-01", "in-02", "in-03");
        assertThat(searchIncoming(DocumentQuery.of(ORG).abstractContains("dinh quyet"), 10))
                .as("any order").containsExactly("in-01", "in-02", "in-03");
        assertThat(searchIncoming(DocumentQuery.of(ORG).abstractContains("don doc dinh"), 10))
                .as("đ is read as d, words anywhere").containsExactly("in-04");
        assertThat(searchIncoming(DocumentQuery.of(ORG).abstractContains("quyết định bổ nhiệm"), 10))
                .containsExactly("in-02");
        assertThat(searchIncoming(DocumentQuery.of(ORG).abstractContains("100%"), 10))
                .as("% is a character, not a wildcard").containsExactly("in-05");
        assertThat(searchIncoming(DocumentQuery.of(ORG).abstractContains("tieu_nam"), 10))
                .as("_ is a character, not a wildcard").containsExactly("in-05");
        assertThat(searchIncoming(DocumentQuery.of(ORG).abstractContains("quyet dinh khac"), 10))
                .as("another organisation's records stay out").isEmpty();
        assertThat(searchIncoming(DocumentQuery.of(OTHER).abstractContains("quyet dinh"), 10))
                .containsExactly("in-07");
        assertThat(searchIncoming(DocumentQuery.of(ORG).inStates(Set.of("ASSIGNED")).abstractContains("quyet"),
                10)).as("with the other conditions").isEmpty();

        tx.run(uow -> {
            OutgoingRecord o = outgoing("out-01", ORG, 1);
            store.saveOutgoing(uow, new OutgoingRecord(o.id(), o.organisation(), o.unitId(), o.drafterId(),
                    o.state(), o.document().toBuilder().subject("Quyết định thành lập tổ công tác").build(),
                    o.versions(), o.comments(), o.cooperatingUnits(), o.replyToIncomingId(), o.answersTaskId(),
                    o.number(), o.signedAt(), o.issueDeadline(), o.issuedAt(), o.issuedLate(), o.deliveries(),
                    o.history(), o.version()));
            store.saveOutgoing(uow, outgoing("out-02", ORG, 1));
        });
        assertThat(Page.all(5, p -> store.findOutgoing(DocumentQuery.of(ORG).abstractContains("QUYET DINH"), p)))
                .extracting(OutgoingRecord::id).containsExactly("out-01");

        assertThatThrownBy(() -> DocumentQuery.of(ORG).abstractContains("  \t "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no word");
        assertThatThrownBy(() -> DocumentQuery.of(ORG).abstractContains("a ".repeat(DocumentQuery.MAX_WORDS + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("words");
        assertThatThrownBy(() -> DocumentQuery.of(ORG).abstractContains("x".repeat(
                DocumentQuery.MAX_SEARCH_LENGTH + 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
