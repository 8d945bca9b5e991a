package vn.edoc.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.edoc.Edoc;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.routing.Actor;
import vn.edoc.routing.AssignmentOrder;
import vn.edoc.routing.AssignmentState;
import vn.edoc.routing.IncomingFlow;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.ReceiptCheck;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.TransportMessage;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.time.MutableClock;

/**
 * The README's second quick start, compiled and run: an incoming document handled end to end through
 * {@link Edoc#builder()} — taken in from the transport, registered, assigned, taken in by the unit, given to a
 * specialist and completed. The lines between the markers must equal the README's {@code java} block after
 * {@code <!-- quickstart-incoming -->}.
 */
class ReadmeIncomingQuickStartTest {

    private static final String BEGIN = "// README-BEGIN";
    private static final String END = "// README-END";

    @Test
    void anIncomingDocumentIsHandledEndToEnd() {
        // what the README takes as given: a directory, a clock, a transport, a signer, and a document that arrived
        Directory directory = OrgFixtures.directory();
        OrganCode tuyPhuoc = OrgFixtures.TUY_PHUOC;
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
        LoopbackTransport transport = new LoopbackTransport(clock);
        DocumentSigner signer = (request, contents) -> contents.put(new ByteArrayInputStream(
                ("signed " + request.content().sha256()).getBytes(StandardCharsets.US_ASCII)));
        Instant deadline = Instant.parse("2026-03-09T10:00:00Z");
        MemoryStores stores = MemoryStores.create(directory);
        byte[] pdf = ("%PDF-1.4\n% công văn 15/STP-VP\n" + "x".repeat(500) + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        ContentRef file = stores.content().put(new ByteArrayInputStream(pdf));
        transport.send(TransportMessage.newDocument(OrgFixtures.SO_TU_PHAP, tuyPhuoc, "stp-out-15",
                letter(file), List.of(), clock.instant()));
        List<DomainEvent> seen = new ArrayList<>();

        // README-BEGIN
        Edoc edoc = Edoc.builder().stores(stores).transport(transport).signer(signer).clock(clock)
                .listener(seen::add).build();
        RecordId in = edoc.inbox().process(tuyPhuoc).received().get(0).recordId();  // taken in (R-TIME-4)
        IncomingFlow flow = edoc.incoming();
        UnitId tckh = UnitId.of("tp-tckh");                                       // ids are typed: no mix-ups
        flow.register(Actor.loggedIn(directory, "lanpt.tuyphuoc"), in, ReceiptCheck.passed(2));  // R-IN-3
        flow.assign(Actor.loggedIn(directory, "chiennv.tuyphuoc"), in, "Phòng TCKH chủ trì",
                List.of(AssignmentOrder.lead(tckh.value(), deadline)));             // bút phê (R-IN-5)
        Actor unitClerk = Actor.loggedIn(directory, "hanhtt.tuyphuoc");
        flow.receiveAtUnit(unitClerk, in, tckh);                                  // the unit (R-IN-8)
        flow.forwardToHead(unitClerk, in, tckh);
        flow.assignSpecialist(Actor.loggedIn(directory, "ducbv.tuyphuoc"), in, tckh, PersonId.of("specialist"),
                "Anh Chiến tham mưu");
        IncomingRecord done = flow.complete(Actor.loggedIn(directory, "chiennv1.tuyphuoc"), in, tckh, "Đã xử lý");
        // README-END

        assertThat(done.state()).isEqualTo(IncomingState.DONE);
        assertThat(done.number()).isEqualTo(1);
        assertThat(done.assignment("tp-tckh").orElseThrow().state()).isEqualTo(AssignmentState.DONE);
        assertThat(done.history()).extracting(h -> h.action()).containsExactly("incoming.receive",
                "incoming.register", "incoming.assign", "incoming.unit-receive", "incoming.forward",
                "incoming.assign-specialist", "incoming.complete");
        assertThat(seen).filteredOn(DomainEvent.DocumentRegistered.class::isInstance).hasSize(1);
        // the sender got the receipt acknowledgement (R-IN-1)
        assertThat(transport.sent()).extracting(TransportMessage::kind).contains(TransportMessage.Kind.RECEIPT_ACK);
        assertThat(edoc.workQueue().waitingFor(PersonId.of("specialist"), clock.instant())).isEmpty();
    }

    private static Document letter(ContentRef file) {
        return Document.builder().direction(Direction.INCOMING).notation(Notation.parse("15/STP-VP"))
                .type(DocumentType.CONG_VAN).issueDate(LocalDate.of(2026, 2, 27)).place("Bình Định")
                .subject("Về việc rà soát thủ tục hành chính").issuer(OrgFixtures.SO_TU_PHAP,
                        "Sở Tư pháp tỉnh Bình Định")
                .signer(SigningCompetence.KT, "Phó Giám đốc", "Lý Thị Nga")
                .addRecipient(Recipient.of("UBND huyện Tuy Phước", OrgFixtures.TUY_PHUOC)).pageCount(2)
                .signed(true).addAttachment(new Attachment("cv-15.pdf", "application/pdf", file.size(),
                        file.sha256(), Attachment.Role.MAIN)).build();
    }

    @Test
    void readmeShowsExactlyThisQuickStartInAtMostFifteenLines() throws IOException {
        List<String> fromTest = between(Files.readAllLines(
                Path.of("src/test/java/vn/edoc/readme/ReadmeIncomingQuickStartTest.java"), StandardCharsets.UTF_8),
                BEGIN, END);
        List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
        int marker = readme.indexOf("<!-- quickstart-incoming -->");
        assertThat(marker).as("README has the incoming quick-start marker").isNotNegative();
        List<String> fromReadme = between(readme.subList(marker, readme.size()), "```java", "```");
        assertThat(fromReadme).hasSizeLessThanOrEqualTo(15);
        assertThat(fromReadme).isEqualTo(fromTest);
    }

    private static List<String> between(List<String> lines, String begin, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(begin)) {
                from = i + 1;
                break;
            }
        }
        assertThat(from).as("marker " + begin).isPositive();
        int to = from;
        while (to < lines.size() && !lines.get(to).trim().equals(end)) {
            to++;
        }
        return lines.subList(from, to).stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
