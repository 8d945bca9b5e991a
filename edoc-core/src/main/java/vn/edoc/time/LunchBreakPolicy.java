package vn.edoc.time;

/**
 * How a document received during the break between two office periods of a working day (giờ nghỉ trưa) counts for the
 * receiving time of R-TIME-4 (LS Đ11.2, LA Đ10.2: "ngoài giờ hành chính thì ... thời điểm bắt đầu giờ hành chính kế
 * tiếp").
 */
public enum LunchBreakPolicy {
    /**
     * The default: the break is outside office hours, so a document received at 12:00 counts as received at the start
     * of the afternoon period (13:30 by default).
     */
    NEXT_PERIOD,
    /**
     * The break belongs to the office day: a document received at 12:00 counts as received at 12:00. The office time
     * counted from it still starts with the afternoon period, since nobody is at work during the break.
     */
    SAME_DAY_AS_RECEIVED
}
