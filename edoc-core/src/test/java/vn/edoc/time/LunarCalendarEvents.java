package vn.edoc.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.time.internal.Astronomy;

/**
 * Test helper: the new moons and major solar terms (trung khí) of a period, from our own astronomy,
 * so that a test can explain a calendar difference by an event close to a midnight.
 */
final class LunarCalendarEvents {

    /** One astronomical event: a new moon or the sun reaching a multiple of 30° of longitude. */
    record Event(String what, double jdUt) {

        Instant instant() {
            return Instant.ofEpochMilli(Math.round((jdUt - Astronomy.JD_UNIX_EPOCH) * 86_400_000.0));
        }

        LocalDate dateAt(ZoneOffset offset) {
            return LocalDateTime.ofInstant(instant(), offset).toLocalDate();
        }

        /** Minutes between the event and the nearest midnight at {@code offset}. */
        double minutesFromMidnight(ZoneOffset offset) {
            double local = jdUt + 0.5 + offset.getTotalSeconds() / 86400.0;
            double fraction = local - Math.floor(local);
            return Math.min(fraction, 1 - fraction) * 1440.0;
        }

        /** True when the event falls on different calendar days at UTC+7 and UTC+8. */
        boolean splitsVietnamAndChina() {
            return !dateAt(ZoneOffset.ofHours(7)).equals(dateAt(ZoneOffset.ofHours(8)));
        }

        @Override
        public String toString() {
            return what + " at " + LocalDateTime.ofInstant(instant(), ZoneOffset.ofHours(8)) + " UTC+8";
        }
    }

    private LunarCalendarEvents() {
    }

    static double jd(LocalDate date) {
        return Astronomy.julianDayOfEpochDay(date.toEpochDay());
    }

    /** New moons and major terms between two dates (UT midnights), in time order per kind. */
    static List<Event> between(LocalDate from, LocalDate to) {
        List<Event> events = new ArrayList<>();
        double start = jd(from);
        double end = jd(to);
        double year = from.getYear() + (from.getDayOfYear() - 1) / 365.25;
        for (int k = Astronomy.lunationNear(year) - 2; ; k++) {
            double t = Astronomy.newMoonJdUt(k);
            if (t > end) {
                break;
            }
            if (t >= start) {
                events.add(new Event("new moon", t));
            }
        }
        double lambda = Astronomy.sunApparentLongitudeUt(start);
        int target = ((int) Math.floor(lambda / 30.0) + 1) * 30;
        double t = start;
        while (true) {
            double guess = t + ((target - Astronomy.sunApparentLongitudeUt(t) + 360.0) % 360.0) / 0.9856;
            t = Astronomy.sunReachesLongitudeUt(target % 360, guess);
            if (t > end) {
                break;
            }
            events.add(new Event("sun at " + (target % 360) + "°", t));
            target += 30;
        }
        return events;
    }
}
