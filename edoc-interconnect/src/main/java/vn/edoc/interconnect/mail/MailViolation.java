package vn.edoc.interconnect.mail;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * The violations (vi phạm) of the e-mail transport, with codes {@code EDOC-MAIL-NNN}: why a received mail was put
 * in quarantine instead of being handed out ({@code 001}..{@code 019}), and what is wrong with a functional mailbox
 * ({@code 020}..{@code 029}). Codes are stable: a code is never reused for another meaning.
 */
public enum MailViolation implements ViolationType {

    /** The mail carries no edXML package. */
    NO_PACKAGE("EDOC-MAIL-001", "R-X-2", "LS Đ8.1, LA Đ7.1", Severity.ERROR,
            "Thư không đính kèm gói tin edXML (%s).",
            "The mail carries no edXML package (%s)."),
    /** The package attached cannot be read. */
    UNREADABLE_PACKAGE("EDOC-MAIL-002", "R-X-2", "LS Đ8.1, LA Đ7.1", Severity.ERROR,
            "Gói tin edXML đính kèm không đọc được: %s.",
            "The attached edXML package cannot be read: %s."),
    /** The sender's address is not one of the sending organisation's addresses. */
    SENDER_MISMATCH("EDOC-MAIL-003", "R-X-3", "BS Đ2.4, BS Đ7.2", Severity.ERROR,
            "Thư gửi từ địa chỉ %s, không phải địa chỉ của cơ quan gửi %s.",
            "The mail comes from %s, which is not an address of the sending organisation %s."),
    /** The package is addressed to another organisation than the mailbox's. */
    WRONG_MAILBOX("EDOC-MAIL-004", "R-X-3", "BS Đ2.4, BS Đ7.2", Severity.ERROR,
            "Gói tin gửi cho %s nhưng đến hộp thư của %s.",
            "The package is for %s but arrived in the mailbox of %s."),
    /** A header the transport writes is malformed. */
    BAD_HEADER("EDOC-MAIL-005", "R-X-2", "LS Đ8.1, LA Đ7.1", Severity.ERROR,
            "Trường thư %s không hợp lệ: %s.",
            "The mail header %s is malformed: %s."),

    /** The person responsible for a shared mailbox is given as a shared account. */
    SHARED_RESPONSIBLE("EDOC-MAIL-020", "R-ACC-1", "BS Đ10.5, LS Đ22.2b, SL Đ9.2", Severity.ERROR,
            "Người chịu trách nhiệm hộp thư dùng chung %s phải là một tài khoản cá nhân, không phải %s.",
            "The person responsible for the shared mailbox %s must be a personal account, not %s."),
    /** A functional mailbox's address does not follow the commune's account name. */
    MAILBOX_ADDRESS("EDOC-MAIL-021", "R-ID-4", "BS Đ3.2, SL Đ7.2", Severity.ERROR,
            "Địa chỉ hộp thư dùng chung %s không đúng dạng %s@<tên miền>.",
            "The shared mailbox address %s does not have the form %s@<domain>.");

    private final ViolationSpec spec;

    MailViolation(String code, String ruleId, String article, Severity severity, String messageVi,
                  String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, severity, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
