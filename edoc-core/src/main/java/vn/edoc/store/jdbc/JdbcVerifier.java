package vn.edoc.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegisterService;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.validation.Violation;

/**
 * Checks a database after an incident (kiểm tra toàn vẹn dữ liệu), reading everything through plain SQL: every
 * register is numbered 1..N without gap and agrees with its counter, every register line still has the digest its
 * audit entry recorded, the audit chain verifies, every stored content still hashes to its reference and every file a
 * document references is stored. What is wrong is named, with where it is. Nothing is changed.
 *
 * <p>It reads in a streaming way (registers line by line, content chunk by chunk), so it runs on a year of a
 * province; it takes as long as reading the database once.
 */
public final class JdbcVerifier {

    private static final int BATCH = 500;
    private static final int MAX_LISTED_GAPS = 20;

    private final JdbcStores stores;

    /** A verifier of the database behind {@code stores}. */
    public JdbcVerifier(JdbcStores stores) {
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    /**
     * One register's check.
     *
     * @param organisation the organisation code
     * @param register     {@code incoming} or {@code outgoing}, with {@code :series} for a series register
     * @param year         the register's year
     * @param count        the number of lines
     * @param gapFree      true when the lines are numbered 1..count and the counter agrees
     */
    public record RegisterCheck(String organisation, String register, int year, long count, boolean gapFree) {
    }

    /**
     * The result.
     *
     * @param registers      every register found (by counter or by lines)
     * @param auditEntries   the entries of the audit chain
     * @param auditIntact    true when the chain verifies
     * @param contentChecked content items read and hashed
     * @param contentMissing files referenced by documents and not stored
     * @param contentCorrupt content items that no longer hash to their reference
     * @param violations     everything found wrong
     */
    public record Report(List<RegisterCheck> registers, long auditEntries, boolean auditIntact, long contentChecked,
                         long contentMissing, long contentCorrupt, List<Violation> violations) {
        public Report {
            registers = List.copyOf(registers);
            violations = List.copyOf(violations);
        }

        /** True when nothing is wrong. */
        public boolean intact() {
            return violations.isEmpty();
        }
    }

    /** Runs every check. */
    public Report verify() {
        List<Violation> violations = new ArrayList<>();
        new JdbcMigrator(stores.transactions().dataSource()).validate()
                .ifPresent(m -> violations.add(StorageViolation.SCHEMA_MISMATCH.at("schema", m)));
        List<RegisterCheck> registers = checkRegisters(violations);
        long entries;
        boolean auditIntact;
        try {
            // every organisation's chain; a break names its chain in the detail
            vn.edoc.audit.AuditReport report = stores.audit().verify();
            entries = stores.audit().size();
            auditIntact = report.intact();
            report.broken().forEach((org, v) -> v.firstBreak().ifPresent(f -> violations.add(
                    StorageViolation.AUDIT_CHAIN_BROKEN.at("audit[" + f.sequence() + "]", f.sequence(),
                            f.violation().code(), f.detail() + " (chain of " + org.value() + ")"))));
        } catch (IllegalArgumentException | vn.edoc.validation.EdocRuleException e) {
            entries = stores.audit().size();
            auditIntact = false;
            violations.add(StorageViolation.AUDIT_ENTRY_UNREADABLE.at("audit", e.getMessage()));
        }
        long[] content = checkContent(violations);
        return new Report(registers, entries, auditIntact, content[0], content[1], content[2], violations);
    }

    private List<RegisterCheck> checkRegisters(List<Violation> violations) {
        Map<RegisterKey, long[]> counters = new LinkedHashMap<>();
        stores.transactions().outside("read the register counters", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT organisation, kind, series, reg_year, last_number"
                    + " FROM edoc_register_counter ORDER BY organisation, kind, series, reg_year");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counters.put(key(rs), new long[] {rs.getLong(5)});
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT organisation, kind, series, reg_year"
                    + " FROM edoc_register_entry");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counters.putIfAbsent(key(rs), new long[] {0});
                }
            }
            return null;
        });
        List<RegisterCheck> checks = new ArrayList<>();
        for (Map.Entry<RegisterKey, long[]> e : counters.entrySet()) {
            checks.add(checkRegister(e.getKey(), e.getValue()[0], violations));
        }
        return checks;
    }

    private static RegisterKey key(ResultSet rs) throws SQLException {
        return new RegisterKey(OrganCode.parse(rs.getString(1)), RegisterKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getInt(4));
    }

    private RegisterCheck checkRegister(RegisterKey key, long counter, List<Violation> violations) {
        String path = "registers[" + key + "]";
        long[] state = new long[2]; // count, highest
        List<Long> gaps = new ArrayList<>();
        long[] missingCount = new long[1];
        boolean[] faulty = new boolean[1];
        stores.transactions().outside("verify " + key, c -> {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("SELECT " + JdbcRegisterStore.COLUMNS
                    + " FROM edoc_register_entry WHERE organisation = ? AND kind = ? AND series = ? AND reg_year = ?"
                    + " ORDER BY reg_number")) {
                p.setFetchSize(BATCH);
                JdbcSequenceAllocator.bind(p, 1, key);
                Map<String, RegisterEntry> batch = new LinkedHashMap<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long number = rs.getLong("reg_number");
                        state[0]++;
                        for (long n = state[1] + 1; n < number; n++) {
                            missingCount[0]++;
                            if (gaps.size() < MAX_LISTED_GAPS) {
                                gaps.add(n);
                            }
                        }
                        state[1] = Math.max(state[1], number);
                        try {
                            RegisterEntry entry = JdbcRegisterStore.read(rs);
                            batch.put(entry.reference(), entry);
                        } catch (RuntimeException bad) {
                            faulty[0] = true;
                            violations.add(StorageViolation.REGISTER_LINE_UNREADABLE.at(path + "[" + number + "]",
                                    number, key, bad.getMessage()));
                        }
                        if (batch.size() >= BATCH) {
                            faulty[0] |= compareWithAudit(batch, key, path, violations);
                            batch.clear();
                        }
                    }
                }
                faulty[0] |= compareWithAudit(batch, key, path, violations);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
        long count = state[0];
        long highest = state[1];
        boolean gapFree = missingCount[0] == 0 && count == highest;
        if (missingCount[0] > 0) {
            violations.add(StorageViolation.REGISTER_GAP.at(path, key, gaps + (missingCount[0] > gaps.size()
                    ? " … (" + missingCount[0] + ")" : ""), count, highest));
        }
        if (counter != highest) {
            gapFree = false;
            violations.add(StorageViolation.REGISTER_COUNTER_MISMATCH.at(path, key, counter, highest));
        }
        String register = key.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (key.series().isEmpty() ? "" : ":" + key.series());
        return new RegisterCheck(key.organ().value(), register, key.year(), count, gapFree && !faulty[0]);
    }

    /** Compares each line's digest with its audit entry's; true when something is wrong. */
    private boolean compareWithAudit(Map<String, RegisterEntry> batch, RegisterKey key, String path,
                                     List<Violation> violations) {
        if (batch.isEmpty()) {
            return false;
        }
        Map<String, String> recorded = new HashMap<>();
        stores.transactions().outside("read the audit entries of " + key, c -> {
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < batch.size(); i++) {
                marks.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement p = c.prepareStatement("SELECT object_id, after_digest FROM edoc_audit_entry"
                    + " WHERE chain = ? AND object_type = ? AND object_id IN (" + marks + ")")) {
                p.setString(1, key.organ().value());
                p.setString(2, RegisterService.AUDIT_OBJECT_TYPE);
                int i = 3;
                for (String ref : batch.keySet()) {
                    p.setString(i++, ref);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        recorded.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return null;
        });
        boolean wrong = false;
        for (RegisterEntry entry : batch.values()) {
            String digest = recorded.get(entry.reference());
            String where = path + "[" + entry.number() + "]";
            if (digest == null) {
                wrong = true;
                violations.add(StorageViolation.REGISTER_LINE_NOT_AUDITED.at(where, entry.number(), key));
            } else if (!digest.equals(entry.digest())) {
                wrong = true;
                violations.add(StorageViolation.REGISTER_LINE_ALTERED.at(where, entry.number(), key, entry.digest(),
                        digest));
            }
        }
        return wrong;
    }

    /** Checked, missing, corrupt. */
    private long[] checkContent(List<Violation> violations) {
        long[] counts = new long[3];
        List<ContentRef> refs = new ArrayList<>();
        stores.transactions().outside("list content", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT sha256, byte_size FROM edoc_content ORDER BY sha256");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    try {
                        refs.add(new ContentRef(rs.getString(1), rs.getLong(2)));
                    } catch (IllegalArgumentException bad) {
                        counts[2]++;
                        violations.add(StorageViolation.CONTENT_CORRUPT.at("content[" + rs.getString(1) + "]",
                                rs.getString(1), bad.getMessage()));
                    }
                }
            }
            return null;
        });
        byte[] buffer = new byte[64 * 1024];
        for (ContentRef ref : refs) {
            counts[0]++;
            try (InputStream in = stores.content().open(ref)) {
                while (in.read(buffer) >= 0) {
                    // reading to the end is the check
                }
            } catch (ContentException | IOException e) {
                counts[2]++;
                violations.add(StorageViolation.CONTENT_CORRUPT.at("content[" + ref.sha256() + "]", ref, e.getMessage()));
            }
        }
        counts[1] = checkReferences(violations);
        return counts;
    }

    /** Files referenced by stored documents and not in the content store. */
    private long checkReferences(List<Violation> violations) {
        long[] missing = new long[1];
        for (String table : List.of("edoc_incoming", "edoc_outgoing")) {
            stores.transactions().outside("read " + table, c -> {
                c.setAutoCommit(false);
                try (PreparedStatement p = c.prepareStatement("SELECT id, body FROM " + table + " ORDER BY id")) {
                    p.setFetchSize(BATCH);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            Optional<Document> document = document(table, rs.getString(2));
                            if (document.isEmpty()) {
                                continue;
                            }
                            for (Attachment a : document.get().attachments()) {
                                if (a.sha256() == null || !ContentRef.isSha256(a.sha256())) {
                                    continue;
                                }
                                if (!stores.content().exists(new ContentRef(a.sha256(), a.size()))) {
                                    missing[0]++;
                                    violations.add(StorageViolation.CONTENT_MISSING.at(table + "[" + rs.getString(1)
                                            + "]", a.name() + " (sha256:" + a.sha256() + ")", rs.getString(1)));
                                }
                            }
                        }
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                return null;
            });
        }
        return missing[0];
    }

    private static Optional<Document> document(String table, String body) {
        try {
            return Optional.of(table.equals("edoc_incoming") ? RecordCodec.read(body, IncomingRecord.class).document()
                    : RecordCodec.read(body, OutgoingRecord.class).document());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
