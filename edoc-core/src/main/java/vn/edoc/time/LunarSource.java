package vn.edoc.time;

import java.time.LocalDate;

/**
 * The two lunar dates the holiday rules need, behind a seam so the rules can be tested with any calendar.
 */
interface LunarSource {

    /** The first day of lunar {@code year} (mùng 1 Tết), in the solar year of the same number. */
    LocalDate newYear(int year);

    /** The Hùng Kings' commemoration, 10th day of the 3rd lunar month of {@code year}. */
    LocalDate hungKings(int year);

    /** The Vietnamese lunar calendar at UTC+07:00. */
    static LunarSource vietnam() {
        LunarCalendar calendar = LunarCalendar.vietnam();
        return new LunarSource() {
            @Override
            public LocalDate newYear(int year) {
                return calendar.newYear(year);
            }

            @Override
            public LocalDate hungKings(int year) {
                return calendar.toSolar(year, 3, 10, false);
            }
        };
    }
}
