package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edoc.document.Document;
import vn.edoc.document.DocumentJson;
import vn.edoc.document.DocumentValidator;
import vn.edoc.document.Stage;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;

/** {@code edoc validate <document.json>}: a document in the library's JSON form against every document rule. */
@Command(name = "validate", description = {
    "Validate a document (văn bản) given in the library's JSON form.",
    "Checks presentation (R-FMT-5), identifiers (R-ID-2), Vietnamese text (R-FMT-1), security (R-SEC-1, R-SEC-2),",
    "attachments (R-FMT-2, R-FMT-3), signature (R-FMT-4), answers (R-OUT-4, R-OUT-5).",
    "Exit code 0 when valid, 1 otherwise."})
final class ValidateCommand extends Leaf {

    @Parameters(paramLabel = "<document.json>", description = "The document, UTF-8 JSON.")
    String file;

    @Option(names = "--stage", paramLabel = "draft|registered|issued",
            description = "Validate at this stage; default: the stage the document shows "
                    + "(signed or incoming: issued; with a notation or id: registered; otherwise draft).")
    String stage;

    @Option(names = "--today", paramLabel = "<yyyy-MM-dd>", converter = Converters.DateConverter.class,
            description = "The date taken as today for the future-date check (default: the system clock).")
    LocalDate today;

    @Override
    public Integer call() {
        Console c = console();
        Stage wanted = stage == null ? null : parseStage(stage);
        Inputs.DocumentText text = Inputs.readDocument(file);
        ValidationResult result = text.encoding();
        String json = text.json();
        Parsed<Document> parsed = DocumentJson.read(json);
        result = result.and(parsed.result());
        Stage used = null;
        if (parsed.isValid()) {
            Document document = parsed.value();
            used = wanted == null ? Stage.of(document) : wanted;
            Clock clock = today == null ? Clock.systemUTC()
                    : Clock.fixed(today.atTime(12, 0).toInstant(Converters.VIETNAM), Converters.VIETNAM);
            result = result.and(DocumentValidator.of(clock).validate(document, used));
        }
        ObjectNode answer = c.object();
        answer.put("valid", result.isValid());
        answer.put("stage", used == null ? null : used.name().toLowerCase(Locale.ROOT));
        answer.set("violations", c.violations(result));
        return c.emit(answer, result.isValid() ? EdocCli.OK : EdocCli.NEGATIVE);
    }

    private Stage parseStage(String name) {
        for (Stage s : Stage.values()) {
            if (s.name().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        throw usage("invalid value for --stage: '" + Inputs.shown(name) + "' (draft, registered, issued)",
                "giá trị --stage không hợp lệ: '" + Inputs.shown(name) + "' (draft, registered, issued)");
    }
}
