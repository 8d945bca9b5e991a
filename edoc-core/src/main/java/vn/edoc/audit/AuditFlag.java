package vn.edoc.audit;

/**
 * A mark on an audit entry (đánh dấu trong nhật ký) telling a reader how to understand it.
 */
public enum AuditFlag {
    /**
     * The action was handled on paper during an outage (sự cố) and entered afterwards with its real times
     * (R-OPS-2, LA Đ14.3a): the entry's time is when it was entered, its comment carries the real time.
     */
    ENTERED_AFTER_OUTAGE
}
