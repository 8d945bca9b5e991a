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
                Kind.IN_PROGRESS, Kind.COMPLETED, Kind.RECALL, Kind.RECALL_ACCEPTED, Kind.RECALL_REFUSED,
                Kind.STATUS);
        Arbitrary<String> refs = Arbitraries.oneOf(DocumentMappingProperties.documentId().map(d -> d.format()),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20));
        Arbitrary<Instant> times = Arbitraries.longs().between(946_684_800L, 4_102_444_800L)
                .map(Instant::ofEpochSecond);
        Arbitrary<String> ids = Arbitraries.strings().alpha().numeric().withChars(".-_:/@+=").ofMinLength(1)
                .ofMaxLength(60).injectNull(0.5);
        // the task row a status is about (R-IN-9) travels in edoc's extension
        Arbitrary<List<String>> task = DocumentMappingProperties.text().list().ofMaxSize(1);
        return Combinators.combine(kinds, DocumentMappingProperties.code(), DocumentMappingProperties.code(), refs,
                DocumentMappingProperties.text(), times, ids, task)
                .as((k, from, to, ref, reason, time, id, tasks) -> {
                    TransportMessage m = id == null ? TransportMessage.status(k, from, to, ref, reason, time)
                            : TransportMessage.status(vn.edoc.spi.MessageId.of(id), k, from, to, ref, reason, time);
                    return new TransportMessage(m.id(), m.kind(), m.from(), m.to(), m.documentRef(), m.document(),
                            tasks, m.reason(), m.time());
                });
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
        Arbitrary<List<String>> tasks = Arbitraries.oneOf(DocumentMappingProperties.text(),
                Arbitraries.of("", " lề ", "Báo cáo (hạn: 30/04/2025)\r\nvà <kèm> & \"số liệu\"")).list().ofMaxSize(3);
        return Combinators.combine(kinds, new DocumentMappingProperties().documents(), DocumentMappingProperties.code(),
                        DocumentMappingProperties.text().injectNull(0.5), times, tasks)
                .as((k, doc, to, reason, time, carried) -> {
                    // a document without recipients reads back with its addressee as recipient (the To fallback)
                    Document.Builder b = doc.toBuilder().direction(Direction.OUTGOING).attachments(List.of());
                    Document d = doc.recipients().isEmpty()
                            ? b.addRecipient(vn.edoc.document.Recipient.of("Lưu: VT")).build() : b.build();
                    String ref = d.documentId().map(x -> x.format()).orElse("000.00.00.H37,2025,1");
                    String why = k == Kind.RECALL && reason == null ? "Sai số trang" : reason;
                    return TransportMessage.of(k, d.issuer().orElseThrow().code(), to, ref, Optional.of(d),
                            carried, why, time);
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
        assertThat(s.trace().extension().kind()).contains("STATUS");
        assertThat(messages.toTransport(s, m.to()).kind()).isEqualTo(Kind.STATUS);
        // a reader that skips edoc's extension reads the standard's code: agreed to the recall
        EdxmlStatus foreign = new EdxmlStatus(s.from(), s.responseFor(), s.staff(), s.code(), s.description(),
                s.timestamp(), s.trace().withExtension(EdocExtension.none()));
        assertThat(messages.toTransport(foreign, m.to()).kind()).isEqualTo(Kind.RECALL_ACCEPTED);
    }

    @Example
    void aKindThatDoesNotFitTheStandardCodeIsRefused() {
        TransportMessage m = TransportMessage.status(Kind.COMPLETED, OrganCode.parse("000.00.12.H37"),
                OrganCode.parse("000.00.00.H37"), "vbdi-7", "", CLOCK.instant());
        EdxmlStatus s = (EdxmlStatus) messages.toEdxml(m, Optional.empty());
        EdxmlStatus lying = new EdxmlStatus(s.from(), s.responseFor(), s.staff(), s.code(), s.description(),
                s.timestamp(), s.trace().withExtension(new EdocExtension(Optional.of("NEW_DOCUMENT"),
                Optional.empty(), List.of())));
        assertThatThrownBy(() -> messages.toTransport(lying, m.to())).isInstanceOfSatisfying(EdxmlException.class,
                e -> assertThat(e.kind()).isEqualTo(EdxmlViolation.BAD_VALUE));
    }

    @Example
    void aMessageWithoutIdIsNamedByWhatItSays() {
        OrganCode from = OrganCode.parse("000.00.12.H37");
        OrganCode to = OrganCode.parse("000.00.00.H37");
        TransportMessage first = TransportMessage.status(Kind.ASSIGNED, from, to, "000.00.00.H37,2025/03/14,1/QĐ-UBND",
                "", CLOCK.instant());
        TransportMessage later = TransportMessage.status(Kind.ASSIGNED, from, to, first.documentRef(), "",
                CLOCK.instant().plusSeconds(3600));
        EdxmlStatus a = withoutId((EdxmlStatus) messages.toEdxml(first, Optional.empty()));
        EdxmlStatus b = withoutId((EdxmlStatus) messages.toEdxml(later, Optional.empty()));
        TransportMessage readA = messages.toTransport(a, to);
        // the same package read twice is one message; a second assignment at another time is another one
        assertThat(messages.toTransport(a, to).id()).isEqualTo(readA.id());
        assertThat(messages.toTransport(b, to).id()).isNotEqualTo(readA.id());
        assertThat(readA.id().value()).startsWith("000.00.00.H37_2025_03_14_1_Q").contains("/assigned/");
    }

    private static EdxmlStatus withoutId(EdxmlStatus s) {
        return new EdxmlStatus(s.from(), s.responseFor(), s.staff(), s.code(), s.description(), s.timestamp(),
                new TraceInfo(s.trace().headers(), s.trace().business(), "", s.trace().extension()));
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
    void tasksAndTheSignedFlagTravelInThePackage() {
        Document d = Document.builder().direction(Direction.OUTGOING)
                .issuer(OrganCode.parse("000.00.00.H37"), "UBND tỉnh Lạng Sơn")
                .addRecipient(vn.edoc.document.Recipient.of("Sở TT&TT")).signed(true).build();
        TransportMessage m = TransportMessage.newDocument(OrganCode.parse("000.00.00.H37"),
                OrganCode.parse("000.00.12.H37"), "vbdi-1", d, List.of("Báo cáo trước 30/4", "Tổng hợp số liệu"),
                CLOCK.instant());
        MemoryContentStore store = new MemoryContentStore();
        byte[] bytes = Fixtures.write(EdxmlWriter.of(store), messages.toEdxml(m, Optional.empty()));
        String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("xmlns:edoc=\"" + EdocExtension.NS + "\"").contains("<edoc:Signed>true</edoc:Signed>");
        EdxmlRead read = Fixtures.read(EdxmlReader.of(store), bytes);
        assertThat(read.warnings().violations()).isEmpty();
        TransportMessage back = messages.toTransport(read.message(), m.to());
        assertThat(back.tasks()).containsExactly("Báo cáo trước 30/4", "Tổng hợp số liệu");
        assertThat(back.document().orElseThrow().signed()).isTrue();
        assertThat(back).isEqualTo(m);
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
