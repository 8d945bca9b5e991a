package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.Edoc;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.DocumentType;
import vn.edoc.id.RecordId;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.routing.DraftOptions;
import vn.edoc.routing.OutgoingFlow;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.OutgoingState;
import vn.edoc.routing.SigningReservation;
import vn.edoc.routing.SigningReservedException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.SignatureRole;
import vn.edoc.store.jdbc.TestDatabase.Target;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.time.MutableClock;

/**
 * Reserve at prepare on the JDBC stores (H2 and PostgreSQL): the reservation the first clerk's issue commits before
 * signing is in the database, where a second clerk's prepare — another engine on the same database — finds it and is
 * refused before its signer is called; the commit clears it; a body stored before reservations existed loads with
 * none. No migration: the reservation is one more field of the outgoing record's JSON body.
 */
class JdbcSigningReservationTest {

    private static final byte[] PDF = ("%PDF-1.4\n% công văn\n" + "x".repeat(500) + "\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final Directory directory = OrgFixtures.directory().toBuilder()
            .add(new Person("clerk2", "Trương Thị Hồng", "hongtt.tuyphuoc", OrgFixtures.TUY_PHUOC, OrgFixtures.OFFICE,
                    Set.of(Position.of(Role.CLERK))))
            .add(Account.active("hongtt.tuyphuoc", "clerk2", Set.of(Role.CLERK))).build();

    /** Signs at once, except the first organisation signature, which waits for {@link #release}. */
    private static final class LatchedSigner implements DocumentSigner {
        final CountDownLatch signing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger organisationCalls = new AtomicInteger();

        @Override
        public ContentRef sign(vn.edoc.spi.SigningRequest request, vn.edoc.spi.ContentStore contents) {
            ContentRef made = contents.put(new ByteArrayInputStream(("signed " + request.role() + " "
                    + request.content().sha256()).getBytes(StandardCharsets.US_ASCII)));
            if (request.role() == SignatureRole.ORGANISATION && organisationCalls.incrementAndGet() == 1) {
                signing.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return made;
        }
    }

    private Actor as(String account) {
        return Actor.loggedIn(directory, account);
    }

    private Edoc engine(TestDatabase db, DocumentSigner signer) {
        return Edoc.builder().stores(JdbcStores.of(db.dataSource(), directory)).transport(new LoopbackTransport(clock))
                .signer(signer).clock(clock).build();
    }

    private String registered(Edoc edoc) {
        ContentRef file = edoc.context().contents().put(new ByteArrayInputStream(PDF));
        Document draft = Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN)
                .place("Tuy Phước").subject("Báo cáo kết quả rà soát")
                .issuer(OrgFixtures.TUY_PHUOC, "Ủy ban nhân dân huyện Tuy Phước").pageCount(1)
                .addAttachment(new Attachment("bao-cao.pdf", "application/pdf", file.size(), file.sha256(),
                        Attachment.Role.MAIN))
                .addRecipient(Recipient.of("Sở Tư pháp tỉnh Bình Định", OrgFixtures.SO_TU_PHAP))
                .addRecipient(Recipient.of("Lưu: VT, TCKH")).build();
        OutgoingFlow flow = edoc.outgoing();
        OutgoingRecord d = flow.draft(as("ducbv.tuyphuoc"), draft, DraftOptions.none());
        RecordId id = RecordId.of(d.id());
        flow.submit(as("ducbv.tuyphuoc"), id);
        flow.review(as(directory.person(OrgFixtures.FINANCE_HEAD).orElseThrow().accountName()), id, "");
        flow.approveAndSign(as("chiennv.tuyphuoc"), id, SigningCompetence.TM, "Chủ tịch", "");
        flow.register(as("lanpt.tuyphuoc"), id, "UBND", "TCKH");
        return d.id();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void aSecondEngineOnTheSameDatabaseIsRefusedBeforeSigning(Target target) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (TestDatabase db = TestDatabase.migrated(target)) {
            LatchedSigner slow = new LatchedSigner();
            Edoc first = engine(db, slow);
            String id = registered(first);
            Future<OutgoingRecord> issuing = pool.submit(() -> first.outgoing().issue(as("lanpt.tuyphuoc"),
                    RecordId.of(id)));
            assertThat(slow.signing.await(10, TimeUnit.SECONDS)).isTrue();

            // another engine, another pool: it sees only what the database holds
            AtomicInteger secondSigner = new AtomicInteger();
            Edoc second = engine(db, (request, contents) -> {
                secondSigner.incrementAndGet();
                return contents.put(new ByteArrayInputStream("other".getBytes(StandardCharsets.US_ASCII)));
            });
            SigningReservation held = second.context().documents().outgoing(id).orElseThrow().reservation().orElseThrow();
            assertThat(held.holderId()).isEqualTo(OrgFixtures.CLERK);
            assertThat(held.action()).isEqualTo(Action.ISSUE);
            assertThat(held.expiresAt()).isEqualTo(clock.instant().plus(OutgoingFlow.DEFAULT_RESERVATION_TIME));
            assertThatThrownBy(() -> second.outgoing().issue(as("hongtt.tuyphuoc"), RecordId.of(id)))
                    .isInstanceOfSatisfying(SigningReservedException.class, e -> {
                        assertThat(e.holderId()).isEqualTo(OrgFixtures.CLERK);
                        assertThat(e.expiresAt()).isEqualTo(held.expiresAt());
                        assertThat(e.violation().code()).isEqualTo("EDOC-FLW-046");
                    });
            assertThat(secondSigner).hasValue(0);

            slow.release.countDown();
            OutgoingRecord issued = issuing.get(10, TimeUnit.SECONDS);
            assertThat(issued.state()).isEqualTo(OutgoingState.ISSUED);
            OutgoingRecord stored = second.context().documents().outgoing(id).orElseThrow();
            assertThat(stored).isEqualTo(issued);
            assertThat(stored.reservation()).isEmpty();
            assertThat(slow.organisationCalls).hasValue(1);
            assertThat(new JdbcVerifier(JdbcStores.of(db.dataSource())).verify().intact()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void aBodyStoredBeforeReservationsLoadsWithNone(Target target) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            Edoc edoc = engine(db, (request, contents) -> contents.put(new ByteArrayInputStream(
                    ("signed " + request.role()).getBytes(StandardCharsets.US_ASCII))));
            String id = registered(edoc);
            OutgoingRecord saved = edoc.context().documents().outgoing(id).orElseThrow();
            try (Connection c = db.dataSource().getConnection()) {
                String body;
                try (PreparedStatement s = c.prepareStatement("SELECT body FROM edoc_outgoing WHERE id = ?")) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        body = rs.getString(1);
                    }
                }
                String old = body.replace(",\"reservation\":null", "");
                assertThat(old).isNotEqualTo(body).doesNotContain("reservation");
                try (PreparedStatement s = c.prepareStatement("UPDATE edoc_outgoing SET body = ? WHERE id = ?")) {
                    s.setString(1, old);
                    s.setString(2, id);
                    assertThat(s.executeUpdate()).isEqualTo(1);
                }
            }
            OutgoingRecord loaded = JdbcStores.of(db.dataSource()).documents().outgoing(id).orElseThrow();
            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.reservation()).isEmpty();
            // and such a record is issued as any other
            assertThat(edoc.outgoing().issue(as("lanpt.tuyphuoc"), RecordId.of(id)).state())
                    .isEqualTo(OutgoingState.ISSUED);
        }
    }
}
