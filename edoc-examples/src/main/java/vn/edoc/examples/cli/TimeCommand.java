package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edoc.document.Urgency;
import vn.edoc.time.TimeRules;
import vn.edoc.time.WorkingTime;
import vn.edoc.validation.EdocRuleException;

/**
 * {@code edoc time ...}: working time and the deadlines of R-TIME-1, R-TIME-2 and R-TIME-4. Instants are read as
 * ISO 8601; one without offset is Vietnam time; every instant is written with {@code +07:00} (R-TIME-5).
 */
@Command(name = "time", description = {
    "Working time (thời gian làm việc) and deadlines in Vietnam time.",
    "Times are UTC+07:00 (R-TIME-5).",
    "Instants: ISO 8601 such as 2025-01-24T18:05:00+07:00; without offset they are read as Vietnam time."},
        subcommands = {TimeCommand.Receipt.class, TimeCommand.AddWorkingDays.class, TimeCommand.AddOfficeHours.class,
            TimeCommand.IssueDeadline.class, TimeCommand.HandlingDeadline.class})
final class TimeCommand extends Group {

    /** Answers {@code {field: value}}; a refusal of the library gives {@code {field: null, violations}}, exit 1. */
    static int answer(Console c, String field, Supplier<String> value) {
        ObjectNode answer = c.object();
        try {
            answer.put(field, value.get());
            return c.emit(answer, EdocCli.OK);
        } catch (EdocRuleException refused) {
            answer.putNull(field);
            answer.set("violations", c.violations(refused.result()));
            return c.emit(answer, EdocCli.NEGATIVE);
        }
    }

    static String iso(ZonedDateTime time) {
        return Converters.format(time.toInstant());
    }

    /** {@code edoc time receipt <instant>}. */
    @Command(name = "receipt", description = {
        "R-TIME-4: the effective receiving time (thời điểm tiếp nhận) of a document.",
        "The instant it entered the system when inside office hours, otherwise the start of the next office period."})
    static final class Receipt extends Leaf {

        @Parameters(paramLabel = "<instant>", converter = Converters.InstantConverter.class,
                description = "When the document entered the system.")
        Instant received;

        @Mixin
        TimeOptions options;

        @Override
        public Integer call() {
            Console c = console();
            WorkingTime time = options.workingTime();
            ObjectNode answer = c.object();
            answer.put("received", Converters.format(received));
            try {
                answer.put("effective", iso(TimeRules.of(time).effectiveReceipt(received)));
                return c.emit(answer, EdocCli.OK);
            } catch (EdocRuleException refused) {
                answer.putNull("effective");
                answer.set("violations", c.violations(refused.result()));
                return c.emit(answer, EdocCli.NEGATIVE);
            }
        }
    }

    /** {@code edoc time add-working-days <date> <n>}. */
    @Command(name = "add-working-days", description = {
        "The n-th working day after a date (before it when n is negative).",
        "For n = 0: the date itself or the next working day. Weekends, holidays and extra days off are skipped,",
        "weekend days worked count."})
    static final class AddWorkingDays extends Leaf {

        @Parameters(index = "0", paramLabel = "<yyyy-MM-dd>", converter = Converters.DateConverter.class,
                description = "The start date.")
        LocalDate date;

        @Parameters(index = "1", paramLabel = "<n>", description = "Number of working days.")
        int days;

        @Mixin
        TimeOptions options;

        @Override
        public Integer call() {
            Console c = console();
            WorkingTime time = options.workingTime();
            return answer(c, "date", () -> Converters.format(time.addWorkingDays(date, days)));
        }
    }

    /** {@code edoc time add-office-hours <instant> <hours>}. */
    @Command(name = "add-office-hours", description = {
        "The instant by which some office hours (giờ hành chính) have passed.",
        "Hours may be fractional (1.5)."})
    static final class AddOfficeHours extends Leaf {

        @Parameters(index = "0", paramLabel = "<instant>", converter = Converters.InstantConverter.class,
                description = "The start.")
        Instant start;

        @Parameters(index = "1", paramLabel = "<hours>", converter = Converters.HoursConverter.class,
                description = "Office hours to add, such as 2 or 1.5.")
        Duration hours;

        @Mixin
        TimeOptions options;

        @Override
        public Integer call() {
            Console c = console();
            WorkingTime time = options.workingTime();
            return answer(c, "instant", () -> iso(time.addOfficeHours(start, hours)));
        }
    }

    /** {@code edoc time issue-deadline <signedInstant>}. */
    @Command(name = "issue-deadline", description = {
        "R-TIME-1: the latest time to register and issue a signed document.",
        "The same day, at the latest by the end of the next working morning."})
    static final class IssueDeadline extends Leaf {

        @Parameters(paramLabel = "<signedInstant>", converter = Converters.InstantConverter.class,
                description = "When the document was signed.")
        Instant signed;

        @Mixin
        TimeOptions options;

        @Override
        public Integer call() {
            Console c = console();
            WorkingTime time = options.workingTime();
            return answer(c, "deadline", () -> iso(TimeRules.of(time).issueDeadline(signed)));
        }
    }

    /** {@code edoc time handling-deadline <receivedInstant> [--urgency ...]}. */
    @Command(name = "handling-deadline", description = {
        "R-TIME-2: when the clerk must have handled a received document.",
        "2 office hours after the effective receipt; urgent documents at once."})
    static final class HandlingDeadline extends Leaf {

        @Parameters(paramLabel = "<receivedInstant>", converter = Converters.InstantConverter.class,
                description = "When the document entered the system.")
        Instant received;

        @Option(names = "--urgency", paramLabel = "normal|khan|thuong-khan|hoa-toc", defaultValue = "normal",
                description = "Urgency (độ khẩn), default normal.")
        String urgency;

        @Mixin
        TimeOptions options;

        @Override
        public Integer call() {
            Console c = console();
            Urgency u = Urgency.fromJsonName(urgency).orElseThrow(() -> usage(
                    "invalid value for --urgency: '" + Inputs.shown(urgency) + "' (normal, khan, thuong-khan, hoa-toc)",
                    "giá trị --urgency không hợp lệ: '" + Inputs.shown(urgency) + "' (normal, khan, thuong-khan, hoa-toc)"));
            WorkingTime time = options.workingTime();
            return answer(c, "deadline", () -> iso(TimeRules.of(time).handlingDeadline(received, u)));
        }
    }
}
