package vn.edoc.time;

import java.time.LocalDate;
import java.util.List;
import vn.edoc.spi.tck.HolidaySourceCompatibilityKit;

/** {@link HolidaySource#of(java.util.Collection)} passes the compatibility kit, with an entry across the new year. */
class InMemoryHolidaySourceCompatibilityTest extends HolidaySourceCompatibilityKit {

    @Override
    protected HolidaySource source() {
        return HolidaySource.of(List.of(
                new ScheduleEntry(LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1), "Tết Dương lịch",
                        DayKind.DAY_OFF, "test"),
                ScheduleEntry.of(LocalDate.of(2031, 1, 4), "Làm bù", DayKind.WORKING_DAY, "test")));
    }

    @Override
    protected int yearWithEntries() {
        return 2031;
    }
}
