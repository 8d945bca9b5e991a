package vn.edoc.time;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * The violations of working time (thời gian làm việc): office hours, announced holiday schedules and the time rules.
 * Codes {@code EDOC-TIME-0NN}; {@code EDOC-TIME-1NN} belong to the lunar calendar.
 */
public enum TimeViolation implements ViolationType {

    /** An office-hours period is not written {@code HH:mm-HH:mm}. */
    OFFICE_PERIOD_SYNTAX("EDOC-TIME-001", "R-TIME-4", "LS Đ11.2, LA Đ10.2",
            "Khoảng giờ hành chính \"%s\" không đúng dạng HH:mm-HH:mm",
            "Office period \"%s\" is not written HH:mm-HH:mm"),
    /** An office-hours period ends at or before its start. */
    OFFICE_PERIOD_EMPTY("EDOC-TIME-002", "R-TIME-4", "LS Đ11.2, LA Đ10.2",
            "Khoảng giờ hành chính %s kết thúc không sau thời điểm bắt đầu",
            "Office period %s does not end after it starts"),
    /** Office-hours periods are out of order or overlap. */
    OFFICE_PERIODS_OVERLAP("EDOC-TIME-003", "R-TIME-4", "LS Đ11.2, LA Đ10.2",
            "Khoảng giờ hành chính %s phải bắt đầu sau khi khoảng trước (%s) kết thúc",
            "Office period %s must start after the previous one (%s) ends"),
    /** A timetable has no period at all. */
    OFFICE_HOURS_EMPTY("EDOC-TIME-004", "R-TIME-4", "LS Đ11.2, LA Đ10.2",
            "Lịch giờ hành chính không có khoảng giờ nào",
            "The office timetable has no period"),
    /** Two seasonal timetables cover the same day of the year. */
    SEASONS_OVERLAP("EDOC-TIME-005", "R-TIME-4", "LS Đ11.2, LA Đ10.2",
            "Hai lịch giờ hành chính theo mùa cùng áp dụng cho ngày %s",
            "Two seasonal timetables both apply to %s"),

    /** A seasonal timetable is not written {@code MM-dd..MM-dd=periods}. */
    SEASON_SYNTAX("EDOC-TIME-006", "R-TIME-4", "LS Đ11.2, LA Đ10.2",
            "Lịch theo mùa \"%s\" không đúng dạng MM-dd..MM-dd=HH:mm-HH:mm,...",
            "Seasonal timetable \"%s\" is not written MM-dd..MM-dd=HH:mm-HH:mm,..."),
    /** An office-hours value too long to be a timetable (a hostile or mistaken input), refused before reading it. */
    OFFICE_HOURS_TOO_LONG("EDOC-TIME-007", "R-TIME-4", "LS Đ11.2, LA Đ10.2",
            "Giá trị giờ hành chính dài %s ký tự, vượt giới hạn %s (\"%s\")",
            "The office hours value is %s characters long, over the limit of %s (\"%s\")"),

    /** An announced schedule is not well-formed JSON. */
    SCHEDULE_MALFORMED("EDOC-TIME-010", "R-TIME-7", "BLLĐ 2019 Đ111-112",
            "Lịch nghỉ lễ không phải JSON hợp lệ: %s",
            "The holiday schedule is not valid JSON: %s"),
    /** A required member of the schedule is missing or has the wrong type. */
    SCHEDULE_FIELD_MISSING("EDOC-TIME-011", "R-TIME-7", "BLLĐ 2019 Đ111-112",
            "Thiếu trường bắt buộc \"%s\" (kiểu %s)",
            "Required member \"%s\" (%s) is missing or of another type"),
    /** A member of the schedule has a value that cannot be read. */
    SCHEDULE_FIELD_INVALID("EDOC-TIME-012", "R-TIME-7", "BLLĐ 2019 Đ111-112",
            "Giá trị \"%s\" không hợp lệ: %s",
            "Value \"%s\" is not valid: %s"),
    /** A schedule entry ends before it starts or is longer than the longest holiday break. */
    SCHEDULE_RANGE_INVALID("EDOC-TIME-013", "R-TIME-7", "BLLĐ 2019 Đ111-112",
            "Khoảng ngày %s - %s không hợp lệ (ngày cuối phải không trước ngày đầu, dài tối đa %s ngày)",
            "Date range %s - %s is not valid (the last day must not precede the first, at most %s days)"),
    /** Two entries of one schedule cover the same day. */
    SCHEDULE_OVERLAP("EDOC-TIME-014", "R-TIME-7", "BLLĐ 2019 Đ111-112",
            "Ngày %s có trong hai mục của lịch nghỉ",
            "Day %s is covered by two entries of the schedule"),
    /** A schedule member that the format does not know (probably a misspelling). */
    SCHEDULE_UNKNOWN_MEMBER("EDOC-TIME-015", "R-TIME-7", "BLLĐ 2019 Đ111-112",
            "Trường \"%s\" không thuộc định dạng lịch nghỉ",
            "Member \"%s\" is not part of the schedule format"),

    /** A date outside the years the calendar can compute. */
    YEAR_OUT_OF_RANGE("EDOC-TIME-020", "R-TIME-5", "BLLĐ 2019 Đ112",
            "Năm %s nằm ngoài phạm vi lịch làm việc (%s-%s)",
            "Year %s is outside the working calendar's range (%s-%s)"),
    /** A negative duration where only forward arithmetic is defined. */
    NEGATIVE_DURATION("EDOC-TIME-021", "R-TIME-2", "BS Đ7.1, LA Đ5.2b",
            "Khoảng thời gian %s không được âm",
            "Duration %s must not be negative"),
    /** An inspection whose last day precedes its first day. */
    INSPECTION_RANGE_INVALID("EDOC-TIME-030", "R-TIME-7", "LS Đ16.4-5",
            "Ngày kết thúc kiểm tra %s trước ngày bắt đầu %s",
            "The inspection ends (%s) before it starts (%s)"),
    /** A reporting period whose last day precedes its first day. */
    PERIOD_REVERSED("EDOC-TIME-040", "R-TASK-10", "LS Đ14.3đ",
            "Kỳ báo cáo bắt đầu %s sau ngày kết thúc %s",
            "The reporting period starts (%s) after it ends (%s)"),
    /**
     * A required argument of the time API (a date, an instant, a duration, an urgency) is missing; the path and the
     * message name the argument, so a caller gets a rule violation instead of a NullPointerException.
     */
    MISSING_VALUE("EDOC-TIME-050", "R-TIME-2", "LS Đ11.2, BS Đ7.1",
            "Thiếu giá trị bắt buộc \"%s\" để tính thời hạn",
            "Required value \"%s\" is missing for the time computation");

    private final ViolationSpec spec;

    TimeViolation(String code, String ruleId, String article, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, Severity.ERROR, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
