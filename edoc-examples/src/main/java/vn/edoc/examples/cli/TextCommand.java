package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edoc.text.ByteSource;
import vn.edoc.text.TextEncoding;
import vn.edoc.text.TextLimits;
import vn.edoc.text.TextReport;
import vn.edoc.text.VietnameseText;
import vn.edoc.validation.EdocRuleException;

/** {@code edoc text ...}: Vietnamese text, TCVN 6909:2001 (R-FMT-1), legacy encodings. */
@Command(name = "text", description = "Check Vietnamese text against TCVN 6909:2001; convert legacy encodings.",
        subcommands = {TextCommand.Check.class, TextCommand.Convert.class})
final class TextCommand extends Group {

    /** {@code edoc text check <file>}. */
    @Command(name = "check", description = {
        "Detect the encoding of a text file and check it against TCVN 6909:2001 (R-FMT-1).",
        "Exit code 0 when the file is TCVN 6909 text (UTF-8, NFC), 1 otherwise."})
    static final class Check extends Leaf {

        @Parameters(paramLabel = "<file>", description = "The text file.")
        String file;

        @Override
        public Integer call() {
            Console c = console();
            // read as a stream: the file is never held in memory whole
            TextReport report = VietnameseText.check(Inputs.source(file), TextLimits.ofMaxInputBytes(Inputs.MAX_BYTES));
            ObjectNode answer = c.object();
            answer.put("encoding", report.encoding().jsonName());
            answer.put("tcvn6909", report.tcvn6909());
            answer.set("violations", c.violations(report.result()));
            return c.emit(answer, report.tcvn6909() ? EdocCli.OK : EdocCli.NEGATIVE);
        }
    }

    /** {@code edoc text convert <file> [--from ...]}: the text, not JSON, on stdout. */
    @Command(name = "convert", description = {
        "Convert a text file (TCVN3, VNI, Windows-1258 or decomposed Unicode) to NFC UTF-8 on stdout.",
        "On failure: exit code 1, nothing on stdout, the violations as JSON on stderr."})
    static final class Convert extends Leaf implements RawOutput {

        @Parameters(paramLabel = "<file>", description = "The text file.")
        String file;

        @Option(names = "--from", paramLabel = "<encoding>", defaultValue = "auto",
                description = "auto (default: detect), tcvn3, vni, windows-1258, utf-8.")
        String from;

        @Override
        public Integer call() {
            Console c = console();
            TextEncoding encoding = null;
            if (!from.trim().equalsIgnoreCase("auto")) {
                encoding = TextEncoding.fromJsonName(from)
                        .filter(e -> e != TextEncoding.UNKNOWN)
                        .orElseThrow(() -> usage(
                                "invalid value for --from: '" + Inputs.shown(from) + "' (auto, tcvn3, vni, windows-1258, utf-8)",
                                "giá trị --from không hợp lệ: '" + Inputs.shown(from)
                                        + "' (auto, tcvn3, vni, windows-1258, utf-8)"));
            }
            ByteSource source = Inputs.source(file);
            try {
                // the whole input is checked before the first character is written: a refusal leaves stdout empty
                VietnameseText.convert(source, encoding, TextLimits.ofMaxInputBytes(Inputs.MAX_BYTES), c.out());
            } catch (EdocRuleException refused) {
                ObjectNode answer = c.object();
                answer.put("error", c.say("cannot convert " + Inputs.shown(file),
                        "không chuyển đổi được " + Inputs.shown(file)));
                answer.set("violations", c.violations(refused.result()));
                c.write(c.err(), answer);
                return EdocCli.NEGATIVE;
            }
            c.out().flush();
            return EdocCli.OK;
        }
    }
}
