package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import vn.edoc.time.CalendarDay;
import vn.edoc.time.HolidayCalendar;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edoc.time.LunarCalendar;
import vn.edoc.time.LunarDate;
import vn.edoc.validation.EdocRuleException;

/** {@code edoc calendar ...}: the Vietnamese lunar calendar (âm lịch) and the holidays of a year. */
@Command(name = "calendar", description = "The Vietnamese lunar calendar (UTC+7) and public holidays.",
        subcommands = {CalendarCommand.Lunar.class, CalendarCommand.Solar.class, CalendarCommand.Holidays.class})
final class CalendarCommand extends Group {

    /** {@code edoc calendar lunar <yyyy-MM-dd>}. */
    @Command(name = "lunar", description = "The lunar date (ngày âm lịch) of a solar date.")
    static final class Lunar extends Leaf {

        @Parameters(paramLabel = "<yyyy-MM-dd>", converter = Converters.DateConverter.class,
                description = "The solar date.")
        LocalDate date;

        @Override
        public Integer call() {
            Console c = console();
            ObjectNode answer = c.object();
            answer.put("solar", Converters.format(date));
            try {
                LunarDate lunar = LunarCalendar.vietnam().toLunar(date);
                answer.put("lunarYear", lunar.year());
                answer.put("lunarMonth", lunar.month());
                answer.put("lunarDay", lunar.day());
                answer.put("leapMonth", lunar.leapMonth());
                return c.emit(answer, EdocCli.OK);
            } catch (EdocRuleException refused) {
                answer.putNull("lunarYear");
                answer.putNull("lunarMonth");
                answer.putNull("lunarDay");
                answer.putNull("leapMonth");
                answer.set("violations", c.violations(refused.result()));
                return c.emit(answer, EdocCli.NEGATIVE);
            }
        }
    }

    /** {@code edoc calendar solar <lunarYear> <lunarMonth> <lunarDay> [--leap]}. */
    @Command(name = "solar", description = "The solar date of a lunar date; a date that does not exist is refused.")
    static final class Solar extends Leaf {

        @Parameters(index = "0", paramLabel = "<lunarYear>", description = "The lunar year, such as 2025.")
        int year;

        @Parameters(index = "1", paramLabel = "<lunarMonth>", description = "The lunar month, 1-12.")
        int month;

        @Parameters(index = "2", paramLabel = "<lunarDay>", description = "The lunar day, 1-30.")
        int day;

        @Option(names = "--leap", description = "The leap month (tháng nhuận) of that number.")
        boolean leap;

        @Override
        public Integer call() {
            Console c = console();
            ObjectNode answer = c.object();
            try {
                answer.put("solar", Converters.format(LunarCalendar.vietnam().toSolar(year, month, day, leap)));
                return c.emit(answer, EdocCli.OK);
            } catch (EdocRuleException refused) {
                answer.putNull("solar");
                answer.set("violations", c.violations(refused.result()));
                return c.emit(answer, EdocCli.NEGATIVE);
            }
        }
    }

    /** {@code edoc calendar holidays <year> [--schedule <file.json>]}. */
    @Command(name = "holidays", description = {
        "The special days of a year for state agencies (holidays, days off, weekend days worked).",
        "Legal holidays of the Labour Code 2019 Art. 112 (Tết from the lunar calendar), extra days off",
        "(carry-overs, announced swaps) and weekend days worked in exchange.",
        "Announced schedules 2020-2026 are built in; --schedule adds one."})
    static final class Holidays extends Leaf {

        @Parameters(paramLabel = "<year>", description = "The year, such as 2025.")
        int year;

        @Mixin
        ScheduleOption schedule;

        @Override
        public Integer call() {
            Console c = console();
            HolidayCalendar calendar = schedule.calendar();
            ObjectNode answer = c.object();
            answer.put("year", year);
            List<CalendarDay> days;
            try {
                days = calendar.specialDays(year);
            } catch (EdocRuleException refused) {
                answer.putNull("days");
                answer.set("violations", c.violations(refused.result()));
                return c.emit(answer, EdocCli.NEGATIVE);
            }
            var array = answer.putArray("days");
            for (CalendarDay d : days) {
                ObjectNode day = array.addObject();
                day.put("date", Converters.format(d.date()));
                day.put("name", d.name());
                day.put("kind", d.kind().jsonName());
            }
            return c.emit(answer, EdocCli.OK);
        }
    }

    /** Only {@code --schedule}: the holiday list does not depend on office hours. */
    static final class ScheduleOption {

        @picocli.CommandLine.Option(names = "--schedule", paramLabel = "<file.json>",
                description = "Announced holiday schedule (edoc-holiday-schedule/1 JSON) added to the built-in one.")
        String schedule;

        HolidayCalendar calendar() {
            TimeOptions options = new TimeOptions();
            options.schedule = schedule;
            return options.calendar();
        }
    }
}
