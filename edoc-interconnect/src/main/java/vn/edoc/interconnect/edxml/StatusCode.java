package vn.edoc.interconnect.edxml;

import java.util.Arrays;
import java.util.Optional;

/**
 * The codes of a status message (mã trạng thái của gói tin trạng thái), written as two digits. The nine codes seen in
 * the official SDK samples and deployed systems; no evidence was found for 07–12 or 14.
 */
public enum StatusCode {
    /** 01 Đã đến: the receiving system has it, the clerk has not handled it yet. */
    ARRIVED("01", "Đã đến"),
    /** 02 Từ chối tiếp nhận, with its reason (R-IN-6). */
    REFUSED("02", "Từ chối tiếp nhận"),
    /** 03 Đã tiếp nhận: the clerk registered it (R-IN-1, R-IN-3). */
    ACCEPTED("03", "Đã tiếp nhận"),
    /** 04 Phân công xử lý: a leader assigned it (R-IN-5). */
    ASSIGNED("04", "Phân công"),
    /** 05 Đang xử lý. */
    PROCESSING("05", "Đang xử lý"),
    /** 06 Hoàn thành. */
    COMPLETED("06", "Hoàn thành"),
    /** 13 Yêu cầu lấy lại văn bản: the sender asks to take the document back (R-IN-7). */
    RECALL_REQUESTED("13", "Yêu cầu lấy lại"),
    /** 15 Đồng ý lấy lại / cập nhật. */
    RECALL_AGREED("15", "Đồng ý lấy lại/cập nhật"),
    /** 16 Từ chối lấy lại / cập nhật. */
    RECALL_REFUSED("16", "Từ chối lấy lại/cập nhật");

    private final String code;
    private final String vietnameseName;

    StatusCode(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    /** The two-digit code ({@code "01"}). */
    public String code() {
        return code;
    }

    /** The meaning in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The status of a code; {@code "1"} and {@code "01"} are the same code. */
    public static Optional<StatusCode> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        String padded = c.length() == 1 ? "0" + c : c;
        return Arrays.stream(values()).filter(s -> s.code.equals(padded)).findFirst();
    }
}
