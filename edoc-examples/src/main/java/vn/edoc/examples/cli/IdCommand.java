package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import vn.edoc.id.AccountNames;
import vn.edoc.id.DocumentId;
import vn.edoc.id.EdxmlDocumentId;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;

/** {@code edoc id ...}: identifiers (mã định danh, số và ký hiệu, tên tài khoản). */
@Command(name = "id", description = "Check identifiers: organisation codes, document ids, notations, account names.",
        subcommands = {IdCommand.Organ.class, IdCommand.Document.class, IdCommand.NotationCheck.class,
            IdCommand.Account.class})
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

    /** {@code edoc id document <documentId>}. */
    @Command(name = "document", description = {
        "Check a document identifier (mã định danh văn bản), R-ID-2.",
        "The seed form <organCode>,<yyyy>,<sequence> (000.00.00.H37,2020,123) or the edXML form",
        "<organCode>,<yyyy/MM/dd>,<số/ký hiệu> (000.00.00.G22,2015/09/30,7816/VPCP-TTĐT)."})
    static final class Document extends Leaf {

        @Parameters(paramLabel = "<documentId>", description = "The identifier.")
        String id;

        @Override
        public Integer call() {
            Console c = console();
            Parsed<DocumentId> parsed = DocumentId.check(id);
            DocumentId doc = parsed.value();
            ObjectNode answer = c.object();
            answer.put("valid", parsed.isValid());
            if (doc == null) {
                answer.putNull("organCode");
                answer.putNull("year");
                answer.putNull("sequence");
            } else {
                answer.put("organCode", doc.organCode().value());
                answer.put("year", doc.year());
                answer.put("sequence", doc.sequence());
                if (doc instanceof EdxmlDocumentId edxml) {
                    answer.put("form", "edxml");
                    answer.put("date", Converters.format(edxml.promulgationDate()));
                    answer.put("notation", edxml.notation().format());
                } else {
                    answer.put("form", "seed");
                }
                answer.put("documentId", doc.format());
            }
            answer.set("violations", c.violations(parsed.result()));
            return c.emit(answer, parsed.isValid() ? EdocCli.OK : EdocCli.NEGATIVE);
        }
    }

    /** {@code edoc id notation "<số, ký hiệu>"}. */
    @Command(name = "notation", description = {
        "Check a number and notation (số, ký hiệu), Decree 30/2020 Phụ lục I.",
        "Such as 935/QĐ-UBND, 45/UBND-VX (công văn), 12/2020/QĐ-UBND (legal normative)."})
    static final class NotationCheck extends Leaf {

        @Parameters(paramLabel = "<notation>", description = "The number and notation, such as 935/QĐ-UBND.")
        String text;

        @Override
        public Integer call() {
            Console c = console();
            Parsed<Notation> parsed = Notation.check(text);
            Notation n = parsed.value();
            ObjectNode answer = c.object();
            answer.put("valid", parsed.isValid());
            if (n == null) {
                answer.putNull("number");
                answer.putNull("typeAbbreviation");
                answer.putNull("issuerAbbreviation");
            } else {
                answer.put("number", n.number());
                answer.put("typeAbbreviation", n.typeAbbreviation().orElse(null));
                answer.put("issuerAbbreviation", n.issuerAbbreviation());
                answer.put("year", n.year().orElse(null));
                var units = answer.putArray("units");
                n.unitAbbreviations().forEach(units::add);
                answer.put("type", n.type().map(t -> t.vietnameseName()).orElse(null));
                answer.put("notation", n.format());
            }
            answer.set("violations", c.violations(parsed.result()));
            return c.emit(answer, parsed.isValid() ? EdocCli.OK : EdocCli.NEGATIVE);
        }
    }

    /** {@code edoc id account "<full name>" [--suffix <unit>] [--taken a,b] [--leader]}. */
    @Command(name = "account", description = {
        "The account name of a person (tên tài khoản), R-ID-4.",
        "Given name + initials of family and middle names without diacritics (Nguyễn Văn Chiến -> chiennv),",
        "the unit suffix after a dot, a number appended on a collision."})
    static final class Account extends Leaf {

        @Parameters(paramLabel = "<full name>", description = "The person's full name, such as \"Nguyễn Văn Chiến\".")
        String fullName;

        @Option(names = "--suffix", paramLabel = "<unit>", description = "The unit suffix, such as bimson.")
        String suffix;

        @Option(names = "--taken", paramLabel = "<name>", split = ",",
                description = "Account names already in use in the unit, comma-separated (repeatable).")
        List<String> taken;

        @Option(names = "--leader", description = "The person holds a leading position (chức vụ lãnh đạo).")
        boolean leader;

        @Override
        public Integer call() {
            Console c = console();
            Set<String> inUse = new LinkedHashSet<>();
            if (taken != null) {
                taken.stream().map(String::trim).filter(t -> !t.isEmpty()).forEach(inUse::add);
            }
            // propose never throws; a leader whose plain name is held comes back with a warning to print
            Parsed<String> proposed = AccountNames.propose(fullName, blankToNull(suffix), inUse, leader);
            ValidationResult remarks = proposed.result();
            String account = proposed.value();
            ObjectNode answer = c.object();
            answer.put("account", account);
            // the plain answer is exactly {"account":"chiennv"}: violations only when there is something to say
            if (!remarks.violations().isEmpty()) {
                answer.set("violations", c.violations(remarks));
            }
            return c.emit(answer, account != null ? EdocCli.OK : EdocCli.NEGATIVE);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
