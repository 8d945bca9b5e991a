package vn.edoc.examples.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.edoc.time.HolidayCalendar;
import vn.edoc.time.JsonHolidaySource;
import vn.edoc.time.OfficeHours;
import vn.edoc.time.WorkingTime;
import vn.edoc.validation.Parsed;

/**
 * The options shared by the time commands: {@code --office-hours} and {@code --schedule}. A malformed
 * {@code --office-hours} is a usage error (exit code 2); a schedule file that breaks the format is a negative
 * answer (exit code 1) listing its violations.
 */
final class TimeOptions {

    /** The default office hours of state agencies. */
    static final String DEFAULT_OFFICE_HOURS = "07:30-11:30,13:30-17:00";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--office-hours", paramLabel = "<HH:mm-HH:mm,...>", defaultValue = DEFAULT_OFFICE_HOURS,
            description = "Daily office periods (default: ${DEFAULT-VALUE}).")
    String officeHours;

    @Option(names = "--schedule", paramLabel = "<file.json>",
            description = "Announced holiday schedule (edoc-holiday-schedule/1 JSON) added to the built-in one.")
    String schedule;

    /** The built-in holiday calendar, with the {@code --schedule} file added when given. */
    HolidayCalendar calendar() {
        HolidayCalendar calendar = HolidayCalendar.builtIn();
        if (schedule == null) {
            return calendar;
        }
        // bytes that are not UTF-8 are a negative answer with the text check's violations, as for `validate`
        Parsed<JsonHolidaySource> parsed = JsonHolidaySource.parseUtf8(Inputs.read(schedule));
        if (!parsed.isValid()) {
            throw new Refusal("invalid schedule file " + Inputs.shown(schedule),
                    "tệp lịch nghỉ không hợp lệ " + Inputs.shown(schedule), parsed.result());
        }
        return calendar.with(parsed.value());
    }

    /** The working time of the calendar and office hours given. */
    WorkingTime workingTime() {
        Parsed<OfficeHours> hours = OfficeHours.parse(officeHours);
        if (!hours.isValid()) {
            Console c = ((EdocCli) mixee.root().userObject()).console();
            // the library bounds the value and quotes only excerpts; at most three reasons make the line
            var errors = hours.result().errors();
            String reasons = errors.stream().limit(3)
                    .map(v -> c.lang == Console.Lang.VI ? v.messageVi() : v.messageEn())
                    .collect(Collectors.joining("; "))
                    + (errors.size() > 3 ? c.say("; and " + (errors.size() - 3) + " more",
                            "; và " + (errors.size() - 3) + " lỗi khác") : "");
            throw new ParameterException(mixee.commandLine(), c.say("invalid --office-hours: ",
                    "--office-hours không hợp lệ: ") + reasons);
        }
        return WorkingTime.of(calendar(), hours.value());
    }
}
