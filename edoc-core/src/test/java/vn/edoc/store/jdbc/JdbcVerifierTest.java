package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.document.DocumentType;
import vn.edoc.document.Urgency;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.ContentRef;
import vn.edoc.store.jdbc.TestDatabase.Target;
import vn.edoc.validation.Violation;

/**
 * Data edited behind edoc's back is found and named by {@link JdbcVerifier}: an audit entry, a register number, a
 * register line's abstract, a content digest and a content chunk; a database nobody touched is intact.
 */
class JdbcVerifierTest {

    private static final OrganCode ORGAN = OrganCode.parse("000.00.00.H37");

    /** Five registrations and one stored file. */
    private static ContentRef populate(JdbcStores stores) {
        Clock clock = Clock.fixed(Instant.parse("2025-03-10T02:00:00Z"), ZoneOffset.UTC);
        RegisterService service = new RegisterService(stores.transactions(), stores.sequences(), stores.registers(),
                stores.audit(), clock);
        for (int i = 1; i <= 5; i++) {
            service.register(RegistrationRequest.incoming(ORGAN).documentId("000.00.00.G22,2025/03/0" + i + ",1" + i
                            + "/VPCP-TTĐT").notation("1" + i + "/VPCP-TTĐT").documentDate(LocalDate.of(2025, 3, i))
                    .type(DocumentType.CONG_VAN).summary("V/v triển khai quyết định số " + i)
                    .issuer("Văn phòng Chính phủ").pageCount(2).urgency(Urgency.NORMAL).actorId("vanthu.ubnd")
                    .build());
        }
        return stores.content().put(new ByteArrayInputStream("Quyết định".repeat(20_000)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static void sql(TestDatabase db, String sql, Object... args) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            assertThat(p.executeUpdate()).as(sql).isPositive();
        }
    }

    private static JdbcVerifier.Report verify(TestDatabase db) {
        return new JdbcVerifier(JdbcStores.of(db.dataSource())).verify();
    }

    private static String codes(JdbcVerifier.Report report) {
        return report.violations().stream().map(Violation::code).sorted().distinct().toList().toString();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void untouchedDatabaseIsIntact(Target target) {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            populate(JdbcStores.of(db.dataSource()));
            JdbcVerifier.Report report = verify(db);
            assertThat(report.violations()).isEmpty();
            assertThat(report.intact()).isTrue();
            assertThat(report.registers()).containsExactly(
                    new JdbcVerifier.RegisterCheck("000.00.00.H37", "incoming", 2025, 5, true));
            assertThat(report.auditEntries()).isEqualTo(5);
            assertThat(report.auditIntact()).isTrue();
            assertThat(report.contentChecked()).isEqualTo(1);
            assertThat(report.contentCorrupt()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void anEditedAuditEntryIsNamed(Target target) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            populate(JdbcStores.of(db.dataSource()));
            sql(db, "UPDATE edoc_audit_entry SET actor = 'someone.else' WHERE seq = 3");
            JdbcVerifier.Report report = verify(db);
            assertThat(report.intact()).isFalse();
            assertThat(report.auditIntact()).isFalse();
            assertThat(report.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("EDOC-STO-010");
                assertThat(v.path()).isEqualTo("audit[3]");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void anEditedRegisterNumberIsNamed(Target target) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            populate(JdbcStores.of(db.dataSource()));
            sql(db, "UPDATE edoc_register_entry SET reg_number = 9 WHERE reg_number = 4");
            JdbcVerifier.Report report = verify(db);
            assertThat(report.registers()).singleElement().satisfies(r -> {
                assertThat(r.gapFree()).isFalse();
                assertThat(r.count()).isEqualTo(5);
            });
            assertThat(codes(report)).isEqualTo("[EDOC-STO-001, EDOC-STO-002, EDOC-STO-005]");
            assertThat(report.violations()).anySatisfy(v -> {
                assertThat(v.code()).isEqualTo("EDOC-STO-001");
                assertThat(v.messageEn()).contains("[4, 6, 7, 8]");
            });
            assertThat(report.auditIntact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void anEditedRegisterLineIsNamed(Target target) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            populate(JdbcStores.of(db.dataSource()));
            sql(db, "UPDATE edoc_register_entry SET summary = 'V/v khác' WHERE reg_number = 2");
            JdbcVerifier.Report report = verify(db);
            assertThat(report.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("EDOC-STO-004");
                assertThat(v.path()).endsWith("[2]");
            });
            assertThat(report.registers().get(0).gapFree()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void anEditedContentDigestAndChunkAreNamed(Target target) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            ContentRef ref = populate(JdbcStores.of(db.dataSource()));
            ContentRef other = JdbcStores.of(db.dataSource()).content().put(new ByteArrayInputStream(
                    "Công văn".repeat(10_000).getBytes(StandardCharsets.UTF_8)));
            sql(db, "UPDATE edoc_content SET sha256 = ? WHERE sha256 = ?", "ab".repeat(32), ref.sha256());
            sql(db, "UPDATE edoc_content_chunk SET bytes = ? WHERE content_key = ? AND chunk_no = 0",
                    "xyz".getBytes(StandardCharsets.UTF_8), other.sha256());
            JdbcVerifier.Report report = verify(db);
            assertThat(report.contentChecked()).isEqualTo(2);
            assertThat(report.contentCorrupt()).isEqualTo(2);
            assertThat(report.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                    "content[" + "ab".repeat(32) + "]", "content[" + other.sha256() + "]");
        }
    }
}
