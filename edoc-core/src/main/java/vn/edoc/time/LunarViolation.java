package vn.edoc.time;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * What the lunar calendar (âm lịch) refuses. All of them enforce {@code R-TIME-5}: dates are Vietnam
 * dates, and the Vietnamese lunar calendar is the one computed at UTC+07:00.
 */
public enum LunarViolation implements ViolationType {

    /**
     * A solar date, or a lunar year or date, outside the range the calendar is computed for. Arguments:
     * what (Vietnamese), what (English), first and last supported solar dates.
     */
    OUT_OF_RANGE("EDOC-TIME-101",
            "%1$s nằm ngoài phạm vi của lịch âm (từ %3$s đến %4$s dương lịch).",
            "%2$s is outside the range of the lunar calendar (%3$s to %4$s in the solar calendar)."),

    /**
     * A lunar date that does not exist: day 30 of a 29-day month, a leap flag on a month that is not
     * leap, a month outside 1–12 or a day outside 1–30. Arguments: the date, the reason in Vietnamese,
     * the reason in English.
     */
    NO_SUCH_LUNAR_DATE("EDOC-TIME-102",
            "Không có ngày âm lịch %1$s: %2$s.",
            "There is no lunar date %1$s: %3$s."),

    /** A required argument is missing (null). */
    MISSING_VALUE("EDOC-TIME-103",
            "Thiếu giá trị bắt buộc: %s.",
            "A required value is missing: %s.");

    private final ViolationSpec spec;

    LunarViolation(String code, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, "R-TIME-5", "LS Đ11.3, LA Đ10.3; Labour Code 2019 Art. 112",
                Severity.ERROR, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
