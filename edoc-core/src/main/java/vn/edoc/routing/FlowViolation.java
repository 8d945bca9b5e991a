package vn.edoc.routing;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of refusal of the document flows (vi phạm quy trình xử lý văn bản): incoming, outgoing, work queues,
 * work files and outages. Codes are stable: {@code EDOC-FLW-001}..{@code 019} incoming, {@code 020}..{@code 049}
 * outgoing, {@code 050}..{@code 059} work files, {@code 060}..{@code 069} outages.
 */
public enum FlowViolation implements ViolationType {

    /** No such incoming record. */
    NO_SUCH_INCOMING("EDOC-FLW-001", "R-IN-3", "BS Đ12.1b",
            "Không có văn bản đến '%s'.", "There is no incoming document '%s'."),
    /** The clerk's receipt check found a fault (number, notation, page count, signature). */
    RECEIPT_CHECK_FAILED("EDOC-FLW-002", "R-IN-1", "BS Đ12.1a, LA Đ8.1",
            "Kiểm tra văn bản đến không đạt: %s; văn bản phải được trả lại nơi gửi.",
            "The receipt check failed: %s; the document must be refused back to its sender."),
    /** A refusal or recall without its reason. */
    REASON_REQUIRED("EDOC-FLW-003", "R-IN-6", "LS Đ6.4, LA Đ5.1d",
            "Phải ghi rõ lý do.", "A reason must be given."),
    /** The assignment names no lead unit, several, or a unit twice. */
    BAD_ASSIGNMENT("EDOC-FLW-004", "R-IN-5", "BS Đ12.2b",
            "Phân công không hợp lệ: %s.", "The assignment is invalid: %s."),
    /** A deadline before the assignment. */
    DEADLINE_IN_PAST("EDOC-FLW-005", "R-IN-5", "BS Đ12.2b",
            "Hạn xử lý %s của đơn vị '%s' đã qua.", "The deadline %s for unit '%s' is already past."),
    /** The unit has no assignment on the document. */
    NOT_ASSIGNED_TO_UNIT("EDOC-FLW-006", "R-IN-5", "BS Đ12.2b, TP Đ3",
            "Văn bản không được phân công cho đơn vị '%s'.", "The document is not assigned to unit '%s'."),
    /** The person named does not work in the unit, or cannot handle. */
    NOT_IN_UNIT("EDOC-FLW-007", "R-IN-8", "TP Đ3.2b",
            "Người dùng '%s' không thuộc đơn vị '%s' hoặc không xử lý được văn bản.",
            "Person '%s' does not work in unit '%s' or cannot handle documents."),
    /** The recall names a document not received from that sender. */
    NOTHING_TO_RECALL("EDOC-FLW-008", "R-IN-7", "LS Đ9.3",
            "Không có văn bản '%s' nhận từ '%s' để thu hồi.",
            "No document '%s' was received from '%s' to recall."),
    /** A transport message of the wrong kind or for another organisation. */
    WRONG_MESSAGE("EDOC-FLW-009", "R-X-2", "LS Đ8.1, LA Đ7.1",
            "Thông điệp không phù hợp: %s.", "The message does not fit: %s."),
    /** Receiving a state-secret document, or one the entry policy refuses. */
    NOT_ENTERED("EDOC-FLW-010", "R-SEC-1", "LS Đ1.2, LA Đ1.2, TP Đ3, SL Đ3.2",
            "Văn bản không được đưa vào hệ thống: %s.", "The document may not be entered: %s."),
    /** The leader assigns before the office chief proposed, where the organisation's route requires it. */
    PROPOSAL_REQUIRED("EDOC-FLW-017", "R-IN-8", "TP Đ3.1b",
            "Văn bản đến '%s' phải có ý kiến đề xuất của Chánh Văn phòng trước khi lãnh đạo phân công.",
            "Incoming document '%s' needs the office chief's proposal before the leader assigns it."),
    /** Proposing or assigning a document the clerk has not registered. */
    NOT_REGISTERED("EDOC-FLW-018", "R-IN-4", "BS Đ12.2a",
            "Văn bản đến chưa được vào sổ (trạng thái %s) nên chưa thể chuyển sang %s.",
            "The incoming document is not registered yet (state %s), so it cannot go to %s."),
    /** The person acknowledging was not informed of the document. */
    NOT_INFORMED("EDOC-FLW-019", "R-IN-8", "TP Đ3.1c",
            "Người dùng '%s' không được chuyển văn bản '%s' để biết.",
            "Person '%s' was not sent document '%s' for information."),

    /** A file of the document is not in the content store with the digest and size the document gives. */
    CONTENT_MISSING("EDOC-FLW-011", "R-ARC-1", "BS Đ16.2",
            "Tệp '%s' không có trong kho nội dung với SHA-256 %s và kích thước %s byte.",
            "File '%s' is not in the content store with SHA-256 %s and size %s bytes."),
    /** A sender reused a message id for a different message. */
    MESSAGE_ID_REUSED("EDOC-FLW-012", "R-X-2", "LS Đ8.1, LA Đ7.1",
            "Thông điệp '%s' của '%s' đã được nhận với nội dung khác.",
            "Message '%s' from '%s' was already taken in with different content."),
    /** The quarantined message is not held any more (released or dismissed). */
    NOT_QUARANTINED("EDOC-FLW-013", "R-X-2", "LS Đ8.1, LA Đ7.1",
            "Không có thông điệp bị cách ly '%s' đang chờ xử lý.", "There is no held quarantined message '%s'."),
    /** The received document's digital signature failed verification (TOTAL_FAILED): it is not taken in. */
    SIGNATURE_REJECTED("EDOC-FLW-014", "R-IN-1", "BS Đ12.1a, LA Đ8.1",
            "Chữ ký số của văn bản nhận được không hợp lệ, văn bản không được tiếp nhận: %s.",
            "The digital signature of the received document fails verification, so it is not taken in: %s."),

    /** No such outgoing record. */
    NO_SUCH_OUTGOING("EDOC-FLW-020", "R-OUT-1", "BS Đ7.1, BS Đ13.2",
            "Không có văn bản đi '%s'.", "There is no outgoing document '%s'."),
    /** Only the drafter may rework or submit the draft. */
    NOT_DRAFTER("EDOC-FLW-021", "R-OUT-1", "BS Đ13.2, TP Đ3.2b",
            "Chỉ người soạn thảo '%s' được sửa và trình dự thảo.",
            "Only the drafter '%s' may rework and submit the draft."),
    /** A cooperating unit's comment is missing (BS Đ7.2). */
    COOPERATION_MISSING("EDOC-FLW-022", "R-OUT-1", "BS Đ7.2",
            "Chưa có ý kiến góp ý của đơn vị phối hợp: %s.",
            "The comments of the cooperating units are missing: %s."),
    /** The signer lacks the competence written on the document. */
    SIGNING_REFUSED("EDOC-FLW-023", "R-FMT-5", "Decree 30/2020/NĐ-CP Điều 13",
            "Người ký không có thẩm quyền ký '%s'.", "The signer lacks the competence '%s'."),
    /** The presentation check before registration or issue failed. */
    PRESENTATION_FAULT("EDOC-FLW-024", "R-OUT-3", "BS Đ13.3, BS Đ14",
            "Thể thức văn bản chưa đúng: %s.", "The presentation is wrong: %s."),
    /** The reply link names an incoming document of another organisation or none. */
    BAD_REPLY_LINK("EDOC-FLW-025", "R-OUT-5", "BS Đ14.2, LA Đ9.2đ",
            "Văn bản được trả lời '%s' không có trong hệ thống của cơ quan.",
            "The document answered, '%s', is not in the organisation's system."),
    /** Sending by e-mail a document already sent through the system. */
    DOUBLE_SENDING("EDOC-FLW-026", "R-OUT-7", "LA Đ5.1b",
            "Văn bản đã gửi cho '%s' qua hệ thống, không gửi thêm qua thư điện tử.",
            "The document was sent to '%s' through the system; it is not also sent by e-mail."),
    /** The cooperating unit is not one the draft asks. */
    NOT_COOPERATING("EDOC-FLW-027", "R-OUT-1", "BS Đ7.2",
            "Đơn vị '%s' không được đề nghị góp ý dự thảo này.",
            "Unit '%s' was not asked to comment on this draft."),
    /** A comment or return without text. */
    COMMENT_REQUIRED("EDOC-FLW-028", "R-OUT-1", "BS Đ13.2",
            "Phải ghi ý kiến.", "A comment must be written."),
    /** The organisation's signature failed. */
    SIGNATURE_FAILED("EDOC-FLW-029", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Ký số của cơ quan không thành công: %s.", "The organisation's signature failed: %s."),
    /** Another desk is signing the record for approval right now: a live signing reservation stands on it. */
    SIGNING_RESERVED("EDOC-FLW-045", "R-OUT-1", "BS Đ13.2",
            "Văn bản '%s' đang được %s ký duyệt (giữ chỗ đến %s); thử lại sau.",
            "Record '%s' is being approved and signed by %s (reserved until %s); try again later."),
    /** Another desk is signing the record for issue right now: a live signing reservation stands on it. */
    ISSUE_RESERVED("EDOC-FLW-046", "R-OUT-3", "BS Đ13.3, BS Đ14",
            "Văn bản '%s' đang được %s ký số và phát hành (giữ chỗ đến %s); thử lại sau.",
            "Record '%s' is being signed and issued by %s (reserved until %s); try again later."),
    /** A status message about a recipient that was not sent the document. */
    NO_SUCH_DELIVERY("EDOC-FLW-030", "R-OUT-6", "LS Đ10.3, BS Đ14.3",
            "Văn bản '%s' không được gửi tới '%s'.", "Document '%s' was not sent to '%s'."),
    /** An update or replacement that would change what the register line holds. */
    CHANGE_TOUCHES_REGISTER("EDOC-FLW-031", "R-OUT-3", "BS Đ13.3, BS Đ14",
            "Không thể cập nhật/thay thế '%s' đã vào sổ văn bản đi; hãy thu hồi và ban hành văn bản mới.",
            "An update or replacement cannot change '%s', which the outgoing register holds; recall the document and"
                    + " issue a new one."),
    /** An update that changes the signed main file, or a replacement that keeps it. */
    WRONG_CHANGE_KIND("EDOC-FLW-032", "R-OUT-3", "BS Đ13.3",
            "Tệp văn bản chính đã ký %s: cập nhật giữ nguyên tệp đã ký, thay thế mang tệp mới.",
            "The signed main file %s: an update keeps the signed file, a replacement brings a new one."),
    /** An update or replacement with no recipient reached through the system still open. */
    NOTHING_TO_CHANGE("EDOC-FLW-033", "R-OUT-6", "LS Đ10.3",
            "Văn bản '%s' không còn nơi nhận nào qua hệ thống để gửi cập nhật/thay thế.",
            "Document '%s' has no recipient reached through the system left to send an update or replacement to."),

    /** No such work file. */
    NO_SUCH_WORK_FILE("EDOC-FLW-050", "R-FILE-1", "BS Đ2.5, BS Đ13.1",
            "Không có hồ sơ công việc '%s'.", "There is no work file '%s'."),
    /** Only the person handling the matter keeps its work file. */
    NOT_FILE_OWNER("EDOC-FLW-051", "R-FILE-1", "BS Đ2.5, BS Đ13.1",
            "Người dùng '%s' không phải người lập hồ sơ '%s'.", "Person '%s' does not keep work file '%s'."),
    /** The work file is closed. */
    WORK_FILE_CLOSED("EDOC-FLW-052", "R-FILE-1", "BS Đ2.5, BS Đ13.1",
            "Hồ sơ công việc '%s' đã đóng.", "Work file '%s' is closed."),
    /** Only a person handling the incoming document opens the work file from it. */
    NOT_HANDLING("EDOC-FLW-053", "R-FILE-1", "BS Đ7.1, BS Đ13.1",
            "Người dùng '%s' không xử lý văn bản đến '%s'.", "Person '%s' does not handle incoming document '%s'."),
    /** One matter, one file: the incoming document already starts an open work file. */
    WORK_FILE_EXISTS("EDOC-FLW-054", "R-FILE-1", "BS Đ2.5, BS Đ7.1",
            "Văn bản đến '%s' đã được lập hồ sơ công việc '%s' đang mở.",
            "Incoming document '%s' already starts open work file '%s'."),
    /** Only documents within the keeper's reach go into a work file. */
    RECORD_OUT_OF_REACH("EDOC-FLW-055", "R-FILE-1", "BS Đ13.1",
            "Văn bản '%s' không thuộc phạm vi xử lý của người dùng '%s'.",
            "Document '%s' is outside the reach of person '%s'."),

    /** The outage's times are missing or reversed. */
    BAD_OUTAGE("EDOC-FLW-060", "R-OPS-2", "LA Đ14.3a",
            "Thông tin sự cố không hợp lệ: %s.", "The outage record is invalid: %s."),
    /** No such outage. */
    NO_SUCH_OUTAGE("EDOC-FLW-061", "R-OPS-2", "LA Đ14.3a",
            "Không có sự cố '%s'.", "There is no outage '%s'."),
    /** A catch-up entry whose real time is outside the outage, or entered before the system resumed. */
    NOT_DURING_OUTAGE("EDOC-FLW-062", "R-OPS-2", "LA Đ14.3a",
            "Thời điểm thực tế %s không nằm trong thời gian sự cố %s - %s, hoặc hệ thống chưa hoạt động lại.",
            "The real time %s is not within the outage %s - %s, or the system has not resumed yet.");

    private final ViolationSpec spec;

    FlowViolation(String code, String ruleId, String article, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, Severity.ERROR, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
