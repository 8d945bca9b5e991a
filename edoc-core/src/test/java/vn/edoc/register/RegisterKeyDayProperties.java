package vn.edoc.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link RegisterKey#dayOf}'s own arithmetic gives the JDK's Vietnam day for every instant, midnights included. */
class RegisterKeyDayProperties {

    @Property(tries = 2000)
    void theDayIsTheJdksDayInVietnamTime(@ForAll @LongRange(min = -62_000_000_000L, max = 250_000_000_000L) long second,
                                         @ForAll @IntRange(min = 0, max = 999_999_999) int nano) {
        Instant instant = Instant.ofEpochSecond(second, nano);
        assertThat(RegisterKey.dayOf(instant)).isEqualTo(LocalDate.ofInstant(instant, RegisterKey.VIETNAM));
    }

    @Property(tries = 500)
    void midnightInVietnamStartsTheDay(@ForAll @IntRange(min = -200_000, max = 200_000) int epochDay) {
        Instant midnight = RegisterKey.startOf(LocalDate.ofEpochDay(epochDay));
        assertThat(RegisterKey.dayOf(midnight)).isEqualTo(LocalDate.ofEpochDay(epochDay));
        assertThat(RegisterKey.dayOf(midnight.minusNanos(1))).isEqualTo(LocalDate.ofEpochDay(epochDay - 1));
    }
}
