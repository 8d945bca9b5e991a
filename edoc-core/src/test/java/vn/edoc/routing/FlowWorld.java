package vn.edoc.routing;

import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.DocumentType;
import vn.edoc.document.Recipient;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.file.WorkFileService;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.org.Organisation;
import vn.edoc.org.OrganisationKind;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.org.Unit;
import vn.edoc.org.UnitKind;
import vn.edoc.spi.TransportMessage;
import vn.edoc.time.MutableClock;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryAuditLog;
import vn.edoc.store.memory.MemoryContentStore;
import vn.edoc.store.memory.MemoryDocumentStore;
import vn.edoc.store.memory.MemoryInboxStore;
import vn.edoc.store.memory.MemoryOutageLog;
import vn.edoc.store.memory.MemoryRegisterStore;
import vn.edoc.store.memory.MemorySequenceAllocator;
import vn.edoc.store.memory.MemoryTransactions;
import vn.edoc.store.memory.MemoryWorkFileStore;
import vn.edoc.time.TimeRules;

/**
 * One memory system holding the Tuy Phước district, the provincial Department of Justice (with a clerk added) and
 * the Department of Finance, wired with a loopback transport, recording events and notices.
 */
final class FlowWorld {

    static final OrganCode SO_TAI_CHINH = OrganCode.parse("000.00.06.H08");
    static final String STP_CLERK = "stp-clerk";
    static final String STC_CLERK = "stc-clerk";
    static final String STP_SPECIALIST = "stp-specialist";
    /** The main file of every document here: a small PDF whose bytes the world's content store holds. */
    static final byte[] PDF = ("%PDF-1.4\n% edoc test file\n" + "x".repeat(2000) + "\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final String PDF_SHA = vn.edoc.internal.content.Sha256.of(PDF);

    final MutableClock clock;
    final MemoryTransactions tx = new MemoryTransactions();
    final MemoryDocumentStore documents = new MemoryDocumentStore(tx);
    final MemoryContentStore contents = new MemoryContentStore();
    final MemorySequenceAllocator sequences = new MemorySequenceAllocator(tx);
    final MemoryRegisterStore registers = new MemoryRegisterStore(tx);
    final MemoryAuditLog audit = new MemoryAuditLog(tx);
    final MemoryOutageLog outages = new MemoryOutageLog(tx);
    final MemoryWorkFileStore files = new MemoryWorkFileStore(tx);
    final MemoryInboxStore inbox = new MemoryInboxStore(tx);
    final LoopbackTransport transport;
    final EventPublisher events = new EventPublisher();
    final List<DomainEvent> seen = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    final List<TransportMessage> recalls = new ArrayList<>();
    final Directory directory = directory();
    /** The directory as it is now: tests publish a changed directory here (R-ACC-2). */
    final AtomicReference<Directory> current = new AtomicReference<>(directory);
    final FakeSigner signer = new FakeSigner();
    final RoutingContext ctx;
    final IncomingFlow incoming;
    final OutgoingFlow outgoing;
    final OutageService outageService;
    final WorkFileService workFiles;
    final List<IssuedDocument> issued = new ArrayList<>();

    FlowWorld(Instant start) {
        clock = new MutableClock(start);
        transport = new LoopbackTransport(clock);
        contents.put(new java.io.ByteArrayInputStream(PDF));
        events.subscribe(seen::add);
        ctx = new RoutingContext(tx, documents, contents, sequences, registers, audit, events, transport,
                (p, s, m) -> notices.add(p + "|" + s), TimeRules.defaults(), clock, current::get, inbox);
        incoming = new IncomingFlow(ctx);
        outgoing = new OutgoingFlow(ctx, signer, List.of(), List.of((uow, doc) -> issued.add(doc)));
        outageService = new OutageService(ctx, outages);
        workFiles = new WorkFileService(ctx, files);
    }

    static Directory directory() {
        Directory base = OrgFixtures.directory();
        return base.toBuilder()
                .add(Organisation.of(SO_TAI_CHINH, "Sở Tài chính tỉnh Bình Định", OrganisationKind.DEPARTMENT, "stc"))
                .add(Unit.of("stc-vanphong", SO_TAI_CHINH, "Văn phòng Sở Tài chính", "VP", UnitKind.OFFICE))
                .add(new Person(STP_CLERK, "Lê Thị Thảo", "thaolt.stp", SO_TU_PHAP, OrgFixtures.STP_OFFICE,
                        Set.of(Position.of(Role.CLERK))))
                .add(Account.active("thaolt.stp", STP_CLERK, Set.of(Role.CLERK)))
                .add(new Person(STP_SPECIALIST, "Đào Văn Bình", "binhdv.stp", SO_TU_PHAP, OrgFixtures.STP_OFFICE,
                        Set.of(Position.of(Role.SPECIALIST))))
                .add(Account.active("binhdv.stp", STP_SPECIALIST, Set.of(Role.SPECIALIST)))
                .add(new Person(STC_CLERK, "Vũ Văn Khoa", "khoavv.stc", SO_TAI_CHINH, "stc-vanphong",
                        Set.of(Position.of(Role.CLERK))))
                .add(Account.active("khoavv.stc", STC_CLERK, Set.of(Role.CLERK)))
                .build();
    }

    Actor as(String personId) {
        return Actor.loggedIn(directory, directory.person(personId).orElseThrow().accountName());
    }

    void advanceTo(String instant) {
        clock.set(Instant.parse(instant));
    }

    /** A document the Department of Justice sends: a công văn of 2 pages. */
    static Document fromJustice(String subject) {
        return Document.builder().direction(Direction.INCOMING).notation(Notation.parse("15/STP-VP"))
                .type(DocumentType.CONG_VAN).issueDate(LocalDate.of(2026, 2, 27)).place("Bình Định")
                .subject(subject).issuer(SO_TU_PHAP, "Sở Tư pháp tỉnh Bình Định")
                .signer(vn.edoc.document.SigningCompetence.KT, "Phó Giám đốc", "Lý Thị Nga")
                .addRecipient(Recipient.of("UBND huyện Tuy Phước", OrgFixtures.TUY_PHUOC)).pageCount(2)
                .signed(true).addAttachment(new Attachment("cv-15.pdf", "application/pdf", PDF.length, PDF_SHA,
                        Attachment.Role.MAIN)).build();
    }

    /** A message from the Department of Justice to Tuy Phước carrying {@code tasks}. */
    TransportMessage newFromJustice(String ref, String subject, List<String> tasks) {
        return TransportMessage.newDocument(SO_TU_PHAP, OrgFixtures.TUY_PHUOC, ref, fromJustice(subject), tasks,
                clock.instant());
    }

    /** A reply draft of Tuy Phước to the given recipients. */
    static Document replyDraft(String subject, Recipient... recipients) {
        Document.Builder b = Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN)
                .place("Tuy Phước").subject(subject).issuer(OrgFixtures.TUY_PHUOC, "Ủy ban nhân dân huyện Tuy Phước")
                .pageCount(1).addAttachment(new Attachment("cv-tra-loi.pdf", "application/pdf", PDF.length, PDF_SHA,
                        Attachment.Role.MAIN));
        for (Recipient r : recipients) {
            b.addRecipient(r);
        }
        return b.addRecipient(Recipient.of("Lưu: VT, TCKH")).build();
    }

    /** Receives what waits for {@code org} and dispatches it; recalls wait in {@link #recalls} for the clerk. */
    List<Object> deliverTo(OrganCode org) {
        TransportInbox.Result r = new TransportInbox(ctx).process(org);
        if (!r.quarantined().isEmpty()) {
            throw r.quarantined().get(0).cause();
        }
        recalls.addAll(r.recalls());
        List<Object> results = new ArrayList<>(r.received());
        results.addAll(r.updated());
        return results;
    }

    /** Receives and acknowledges every message waiting for {@code org}, as a test reading a mailbox would. */
    List<TransportMessage> take(OrganCode org) {
        List<TransportMessage> got = new ArrayList<>();
        for (vn.edoc.spi.LeasedMessage l : transport.receive(org)) {
            transport.acknowledge(l.token());
            got.add(l.message());
        }
        return got;
    }

    List<AuditEntry> auditOf(String objectId) {
        List<AuditEntry> all = new ArrayList<>();
        audit.scan(e -> {
            if (e.objectId().equals(objectId)) {
                all.add(e);
            }
        });
        return all;
    }

    List<AuditEntry> auditAll() {
        List<AuditEntry> all = new ArrayList<>();
        audit.scan(all::add);
        return all;
    }
}
