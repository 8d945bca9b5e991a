package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.TransportMessage.Kind;
import vn.edoc.store.memory.MemoryContentStore;

/** TransportMessage → edXML bytes → TransportMessage keeps the message. */
class MessageMappingProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T02:00:00Z"), ZoneOffset.UTC);
    private final EdxmlMessages messages = EdxmlMessages.of(CLOCK);

    @Provide
    Arbitrary<TransportMessage> statuses() {
        Arbitrary<Kind> kinds = Arbitraries.of(Kind.ARRIVED, Kind.REFUSAL, Kind.RECEIPT_ACK, Kind.ASSIGNED,
                Kind.IN_PROGRESS, Kind.COMPLETED, Kind.RECALL, Kind.RECALL_ACCEPTED, Kind.RECALL_REFUSED);
        Arbitrary<String> refs = Arbitraries.oneOf(DocumentMappingProperties.documentId().map(d -> d.format()),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20));
        Arbitrary<Instant> times = Arbitraries.longs().between(946_684_800L, 4_102_444_800L)
                .map(Instant::ofEpochSecond);
        return Combinators.combine(kinds, DocumentMappingProperties.code(), DocumentMappingProperties.code(), refs,
                DocumentMappingProperties.text(), times)
                .as((k, from, to, ref, reason, time) -> TransportMessage.status(k, from, to, ref, reason, time));
    }

    @Property(tries = 150)
    void aStatusSurvivesEdxml(@ForAll("statuses") TransportMessage message) {
        MemoryContentStore store = new MemoryContentStore();
        EdxmlMessage edxml = messages.toEdxml(message, Optional.of(StaffInfo.named("Đặng Thị Ngọc Trâm")));
        assertThat(edxml).isInstanceOf(EdxmlStatus.class);
        byte[] bytes = Fixtures.write(EdxmlWriter.of(store), edxml);
        EdxmlRead read = Fixtures.read(EdxmlReader.of(store), bytes);
        assertThat(messages.toTransport(read.message(), message.to())).isEqualTo(message);
    }

    @Provide
    Arbitrary<TransportMessage> documents() {
        Arbitrary<Kind> kinds = Arbitraries.of(Kind.NEW_DOCUMENT, Kind.UPDATE, Kind.REPLACEMENT, Kind.RECALL);
        Arbitrary<Instant> times = Arbitraries.longs().between(946_684_800L, 4_102_444_800L)
                .map(Instant::ofEpochSecond);
        return Combinators.combine(kinds, new DocumentMappingProperties().documents(), DocumentMappingProperties.code(),
                        DocumentMappingProperties.text().injectNull(0.5), times)
                .as((k, doc, to, reason, time) -> {
                    // a document without recipients reads back with its addressee as recipient (the To fallback)
                    Document.Builder b = doc.toBuilder().direction(Direction.OUTGOING).attachments(List.of());
                    Document d = doc.recipients().isEmpty()
                            ? b.addRecipient(vn.edoc.document.Recipient.of("Lưu: VT")).build() : b.build();
                    String ref = d.documentId().map(x -> x.format()).orElse("000.00.00.H37,2025,1");
                    String why = k == Kind.RECALL && reason == null ? "Sai số trang" : reason;
                    return TransportMessage.of(k, d.issuer().orElseThrow().code(), to, ref, Optional.of(d),
                            List.of(), why, time);
                });
    }

    @Property(tries = 100)
    void aDocumentMessageSurvivesEdxml(@ForAll("documents") TransportMessage message) {
        MemoryContentStore store = new MemoryContentStore();
        EdxmlMessage edxml = messages.toEdxml(message, Optional.empty());
        EdxmlPackage p = (EdxmlPackage) edxml;
        assertThat(p.header().to()).anySatisfy(o -> assertThat(o.organId()).isEqualTo(message.to().value()));
        byte[] bytes = Fixtures.write(EdxmlWriter.of(store), edxml);
        EdxmlRead read = Fixtures.read(EdxmlReader.of(store), bytes);
        assertThat(messages.toTransport(read.message(), message.to())).isEqualTo(message);
    }

    @Example
    void theGenericStatusIsTheAcknowledgementOfARecall() {
        TransportMessage m = TransportMessage.status(Kind.STATUS, OrganCode.parse("000.00.12.H37"),
                OrganCode.parse("000.00.00.H37"), "000.00.00.H37,2025/03/14,123/QĐ-UBND",
                "recalled: cancelled by the receiver", CLOCK.instant());
        EdxmlStatus s = (EdxmlStatus) messages.toEdxml(m, Optional.empty());
        assertThat(s.code()).isEqualTo(StatusCode.RECALL_AGREED);
        assertThat(s.responseFor().organId()).isEqualTo("000.00.00.H37");
        assertThat(s.responseFor().code()).isEqualTo("123/QĐ-UBND");
        assertThat(messages.toTransport(s, m.to()).kind()).isEqualTo(Kind.RECALL_ACCEPTED);
    }

    @Example
    void referencesTranslateBetweenRecordIdsAndDocumentIds() {
        EdxmlMessages mapped = messages.withReferences(new EdxmlMessages.References(
                ref -> ref.equals("vbdi-7") ? "000.00.00.H37,2025/03/14,123/QĐ-UBND" : ref,
                id -> id.equals("000.00.00.H37,2025/03/14,123/QĐ-UBND") ? "vbdi-7" : id));
        TransportMessage m = TransportMessage.status(Kind.COMPLETED, OrganCode.parse("000.00.12.H37"),
                OrganCode.parse("000.00.00.H37"), "vbdi-7", "", CLOCK.instant());
        EdxmlStatus s = (EdxmlStatus) mapped.toEdxml(m, Optional.empty());
        assertThat(s.responseFor().documentId()).isEqualTo("000.00.00.H37,2025/03/14,123/QĐ-UBND");
        assertThat(mapped.toTransport(s, m.to())).isEqualTo(m);
    }

    @Example
    void tasksAreRefusedRatherThanDropped() {
        Document d = Document.builder().direction(Direction.OUTGOING)
                .issuer(OrganCode.parse("000.00.00.H37"), "UBND tỉnh Lạng Sơn").build();
        TransportMessage m = TransportMessage.newDocument(OrganCode.parse("000.00.00.H37"),
                OrganCode.parse("000.00.12.H37"), "vbdi-1", d, List.of("Báo cáo trước 30/4"), CLOCK.instant());
        assertThatThrownBy(() -> messages.toEdxml(m, Optional.empty())).isInstanceOfSatisfying(EdxmlException.class,
                e -> assertThat(e.kind()).isEqualTo(EdxmlViolation.UNREPRESENTABLE));
    }

    @Example
    void eventsSayWhichStatusFollows() {
        Instant t = CLOCK.instant();
        assertThat(EdxmlMessages.statusFor(new DomainEvent.StateChanged(t, "vanthu", "vbd-1", "IncomingState",
                "REGISTERED", "ASSIGNED", "R-IN-5"))).contains(StatusCode.ASSIGNED);
        assertThat(EdxmlMessages.statusFor(new DomainEvent.StateChanged(t, "vanthu", "vbd-1", "IncomingState",
                "IN_PROGRESS", "DONE", "R-IN-5"))).contains(StatusCode.COMPLETED);
        assertThat(EdxmlMessages.statusFor(new DomainEvent.StateChanged(t, "vanthu", "vbdi-1", "OutgoingState",
                "DRAFT", "REVIEW", "R-OUT-1"))).isEmpty();
        assertThat(EdxmlMessages.statusFor(new DomainEvent.DocumentRegistered(t, "vanthu", "vbd-1",
                Direction.INCOMING, 5))).contains(StatusCode.ACCEPTED);
        assertThat(EdxmlMessages.statusFor(new DomainEvent.DocumentRegistered(t, "vanthu", "vbdi-1",
                Direction.OUTGOING, 5))).isEmpty();
        assertThat(EdxmlMessages.statusFor(new DomainEvent.DocumentRefused(t, "vanthu", "vbd-1", "sai")))
                .contains(StatusCode.REFUSED);
    }
}
