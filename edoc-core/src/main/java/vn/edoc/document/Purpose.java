package vn.edoc.document;

/**
 * Why a document is sent (mục đích gửi), as far as the paper-copy rule R-PAPER-1 cares. See {@link PaperCopyPolicy}.
 */
public enum Purpose {
    /** To inform, direct, report, invite: ordinary exchange (để biết, chỉ đạo, báo cáo…). */
    INFORMATION,
    /** Submitted for a decision (trình). */
    SUBMISSION,
    /** A dossier submitted for appraisal (trình thẩm định). */
    APPRAISAL,
    /** A dossier submitted for approval (trình phê duyệt) of a scheme, project or other document. */
    APPROVAL,
    /** A draft sent for comments (dự thảo xin ý kiến góp ý). */
    CONSULTATION
}
