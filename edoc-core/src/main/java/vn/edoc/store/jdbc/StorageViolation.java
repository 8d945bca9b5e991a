package vn.edoc.store.jdbc;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * What {@link JdbcVerifier} finds wrong in a database (sai lệch dữ liệu lưu trữ), typically data edited or lost
 * outside edoc: a register with a gap, a register line that no longer matches what the audit trail recorded, a
 * broken audit chain, missing or damaged content.
 */
public enum StorageViolation implements ViolationType {

    /** Numbers missing from a register. */
    REGISTER_GAP("EDOC-STO-001", "R-ID-3", "LS Đ12.2",
            "Sổ %s thiếu số %s (có %s dòng, số lớn nhất %s).",
            "Register %s lacks number(s) %s (%s lines, highest number %s)."),
    /** The register's counter and its lines disagree. */
    REGISTER_COUNTER_MISMATCH("EDOC-STO-002", "R-ID-3", "LS Đ12.2",
            "Bộ đếm của sổ %s ghi số cuối %s nhưng số lớn nhất trong sổ là %s.",
            "The counter of register %s says the last number is %s, but the highest line is %s."),
    /** A register line holds what no register line can. */
    REGISTER_LINE_UNREADABLE("EDOC-STO-003", "R-ARC-1", "BS Đ16.2",
            "Dòng số %s của sổ %s không đọc được: %s.",
            "Line %s of register %s cannot be read: %s."),
    /** A register line differs from what the audit trail recorded when it was registered. */
    REGISTER_LINE_ALTERED("EDOC-STO-004", "R-ARC-1", "BS Đ16.2",
            "Dòng số %s của sổ %s đã bị sửa sau khi vào sổ (mã băm %s, nhật ký ghi %s).",
            "Line %s of register %s was changed after registration (digest %s, the audit trail recorded %s)."),
    /** A register line without its audit entry. */
    REGISTER_LINE_NOT_AUDITED("EDOC-STO-005", "R-ARC-1", "BS Đ16.2",
            "Dòng số %s của sổ %s không có bản ghi nhật ký.",
            "Line %s of register %s has no audit entry."),
    /** The audit chain is broken. */
    AUDIT_CHAIN_BROKEN("EDOC-STO-010", "R-ARC-1", "BS Đ16.2",
            "Nhật ký thao tác bị hỏng tại bản ghi %s (%s): %s.",
            "The audit trail is broken at entry %s (%s): %s."),
    /** An audit row holds what no audit entry can. */
    AUDIT_ENTRY_UNREADABLE("EDOC-STO-011", "R-ARC-1", "BS Đ16.2",
            "Nhật ký thao tác có bản ghi không đọc được: %s.",
            "The audit trail holds an entry that cannot be read: %s."),
    /** Content referenced by a document is not stored. */
    CONTENT_MISSING("EDOC-STO-020", "R-ARC-1", "BS Đ16.2",
            "Tệp %s của văn bản %s không có trong kho nội dung.",
            "File %s of document %s is not in the content store."),
    /** Stored content no longer hashes to its reference. */
    CONTENT_CORRUPT("EDOC-STO-021", "R-ARC-1", "BS Đ16.2",
            "Nội dung %s bị hỏng: %s.",
            "Content %s is damaged: %s."),
    /** The schema's migration history disagrees with the scripts of this edoc. */
    SCHEMA_MISMATCH("EDOC-STO-030", "R-ARC-1", "BS Đ16.2",
            "Lược đồ cơ sở dữ liệu không khớp: %s.",
            "The database schema does not match: %s.");

    private final ViolationSpec spec;

    StorageViolation(String code, String ruleId, String article, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, Severity.ERROR, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
