package vn.edoc.routing;

/**
 * How an issued document reached a recipient (kênh gửi). A document sent through the document system is not also
 * sent by e-mail (R-OUT-7, LA Đ5.1b); e-mail is for recipients without a connected system (R-X-3).
 */
public enum Channel {
    /** Through the document system and the interconnection axis (R-X-1). */
    SYSTEM,
    /** By official e-mail (R-X-3). */
    EMAIL
}
