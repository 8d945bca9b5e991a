package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.Parsed;

/** {@code edoc id ...}: identifiers (mã định danh, số và ký hiệu, tên tài khoản). */
@Command(name = "id", description = "Check identifiers: organisation codes, document ids, notations, account names.",
        subcommands = {IdCommand.Organ.class})
final class IdCommand extends Group {

    /** {@code edoc id organ <code>}. */
    @Command(name = "organ", description = "Check an organisation identifier code (mã định danh), R-ID-1.")
    static final class Organ extends Leaf {

        @Parameters(paramLabel = "<code>", description = "The code, such as 000.00.00.G22 or H37.02.02.")
        String code;

        @Override
        public Integer call() {
            Console c = console();
            Parsed<OrganCode> parsed = OrganCode.check(code);
            ObjectNode answer = c.object();
            answer.put("valid", parsed.isValid());
            answer.put("code", code);
            OrganCode organ = parsed.value();
            if (organ != null) {
                answer.put("form", organ.form().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                var levels = answer.putArray("levels");
                organ.levels().forEach(levels::add);
                answer.put("depth", organ.depth());
                answer.put("parent", organ.parent().map(OrganCode::value).orElse(null));
                answer.put("levelOneGroup", organ.levelOneGroup());
                answer.put("knownName", organ.knownName().orElse(null));
            }
            answer.set("violations", c.violations(parsed.result()));
            return c.emit(answer, parsed.isValid() ? EdocCli.OK : EdocCli.NEGATIVE);
        }
    }
}
