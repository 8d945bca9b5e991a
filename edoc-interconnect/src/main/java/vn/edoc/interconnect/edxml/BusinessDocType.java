package vn.edoc.interconnect.edxml;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a document package does ({@code Bussiness/BussinessDocType}, spelled with double "s" as in QCVN 102:2016 and
 * the official SDK): a new document, a recall, an update or a replacement.
 */
public enum BusinessDocType {
    /** 0: văn bản điện tử mới. */
    NEW(0, "Văn bản điện tử mới"),
    /** 1: thu hồi văn bản điện tử (R-IN-7). */
    RECALL(1, "Thu hồi văn bản điện tử"),
    /** 2: cập nhật văn bản điện tử. */
    UPDATE(2, "Cập nhật văn bản điện tử"),
    /** 3: văn bản thay thế; the package carries {@code ReplacementInfoList}. */
    REPLACE(3, "Văn bản thay thế");

    private final int code;
    private final String vietnameseName;

    BusinessDocType(int code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    /** The code written in {@code BussinessDocType}. */
    public int code() {
        return code;
    }

    /** The meaning in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The type of {@code code}. */
    public static Optional<BusinessDocType> of(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
