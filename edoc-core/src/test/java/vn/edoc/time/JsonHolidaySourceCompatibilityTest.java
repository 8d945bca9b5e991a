package vn.edoc.time;

import vn.edoc.spi.tck.HolidaySourceCompatibilityKit;

/** The shipped JSON schedules pass the compatibility kit. */
class JsonHolidaySourceCompatibilityTest extends HolidaySourceCompatibilityKit {

    @Override
    protected HolidaySource source() {
        return JsonHolidaySource.shipped();
    }

    @Override
    protected int yearWithEntries() {
        return 2024;
    }
}
