package vn.edoc.routing;

/** How an incoming document entered the system (nguồn văn bản đến). */
public enum Origin {
    /** Received electronically through a {@link vn.edoc.spi.Transport}. */
    TRANSPORT,
    /** Received on paper and scanned by the clerk (R-IN-2, BS Đ12.1b, TP Đ3.1a). */
    PAPER
}
