package vn.edoc.audit;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of violation (vi phạm) of the audit trail (nhật ký): an event that cannot be recorded
 * ({@code EDOC-AUD-001}..{@code 009}) and a chain found broken by verification ({@code EDOC-AUD-010}..{@code 019}).
 * Codes are stable.
 */
public enum AuditViolation implements ViolationType {

    /** The acting person is not named: every action is done by one personal account. */
    ACTOR_MISSING("EDOC-AUD-001", "R-ACC-1", "BS Đ10.5, LS Đ22.2b, SL Đ9.2",
            "Nhật ký phải ghi người thực hiện thao tác.",
            "An audit entry must name the person who acted."),
    /** A required field of an event is missing. */
    FIELD_MISSING("EDOC-AUD-002", "R-ARC-1", Art.INTEGRITY,
            "Nhật ký thiếu trường bắt buộc '%s'.",
            "The audit entry lacks the required field '%s'."),
    /** A field is not in its expected form (name pattern, digest, length, characters). */
    FIELD_MALFORMED("EDOC-AUD-003", "R-ARC-1", Art.INTEGRITY,
            "Trường '%s' của nhật ký không hợp lệ: %s.",
            "The audit field '%s' is malformed: %s."),

    /** The first stored entry is not sequence 1 or does not start from the genesis hash. */
    CHAIN_START("EDOC-AUD-010", "R-ARC-1", Art.INTEGRITY,
            "Nhật ký không bắt đầu đúng tại số thứ tự %s: %s.",
            "The audit trail does not start correctly at sequence %s: %s."),
    /** An entry is missing, inserted, duplicated or out of order: the sequence numbers do not follow each other. */
    CHAIN_SEQUENCE("EDOC-AUD-011", "R-ARC-1", Art.INTEGRITY,
            "Nhật ký bị đứt tại số thứ tự %s: %s.",
            "The audit trail is broken at sequence %s: %s."),
    /** The content of an entry no longer gives its stored hash: the entry was edited. */
    CHAIN_HASH("EDOC-AUD-012", "R-ARC-1", Art.INTEGRITY,
            "Mục nhật ký số %s đã bị sửa: mã băm không khớp với nội dung.",
            "Audit entry %s was altered: its hash does not match its content."),
    /** An entry does not point to the hash of the entry before it. */
    CHAIN_LINK("EDOC-AUD-013", "R-ARC-1", Art.INTEGRITY,
            "Mục nhật ký số %s không nối với mục trước: %s.",
            "Audit entry %s does not link to the entry before it: %s."),
    /** The trail ends before a checkpoint recorded elsewhere: entries were removed at the end. */
    CHAIN_TRUNCATED("EDOC-AUD-014", "R-ARC-1", Art.INTEGRITY,
            "Nhật ký bị cắt mất từ số thứ tự %s: %s.",
            "The audit trail was cut off from sequence %s: %s."),
    /** An entry of another organisation's chain sits in this one (or is given as the one before). */
    CHAIN_FOREIGN("EDOC-AUD-016", "R-ARC-1", Art.INTEGRITY,
            "Mục nhật ký số %s không thuộc chuỗi nhật ký này: %s.",
            "Audit entry %s does not belong to this chain: %s."),
    /** The entry at a checkpoint recorded elsewhere has another hash: the trail was rewritten. */
    CHAIN_ANCHOR("EDOC-AUD-015", "R-ARC-1", Art.INTEGRITY,
            "Mục nhật ký số %s khác với điểm mốc đã ghi: nhật ký đã bị viết lại.",
            "Audit entry %s differs from the recorded checkpoint: the trail was rewritten.");

    private final ViolationSpec spec;

    AuditViolation(String code, String ruleId, String article, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, Severity.ERROR, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }

    /** Articles shared by several kinds. */
    private static final class Art {
        /** Integrity of archived e-documents and their records (BS Đ16.2; LS Đ12.3). */
        static final String INTEGRITY = "BS Đ16.2, LS Đ12.3";
    }
}
