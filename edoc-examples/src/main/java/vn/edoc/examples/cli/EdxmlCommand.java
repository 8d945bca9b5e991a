package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.document.DocumentJson;
import vn.edoc.document.DocumentValidator;
import vn.edoc.document.FormatPolicy;
import vn.edoc.interconnect.edxml.BusinessDocType;
import vn.edoc.interconnect.edxml.EdxmlDocuments;
import vn.edoc.interconnect.edxml.EdxmlException;
import vn.edoc.interconnect.edxml.EdxmlHeader;
import vn.edoc.interconnect.edxml.EdxmlLimits;
import vn.edoc.interconnect.edxml.EdxmlMessages;
import vn.edoc.interconnect.edxml.EdxmlPackage;
import vn.edoc.interconnect.edxml.EdxmlRead;
import vn.edoc.interconnect.edxml.EdxmlReader;
import vn.edoc.interconnect.edxml.EdxmlStatus;
import vn.edoc.interconnect.edxml.EdxmlViolation;
import vn.edoc.interconnect.edxml.EdxmlWriter;
import vn.edoc.interconnect.edxml.Organization;
import vn.edoc.interconnect.edxml.PackageSigner;
import vn.edoc.interconnect.edxml.ReceiptChecks;
import vn.edoc.interconnect.edxml.ResponseFor;
import vn.edoc.interconnect.edxml.SignatureCheck;
import vn.edoc.interconnect.edxml.StaffInfo;
import vn.edoc.interconnect.edxml.TraceInfo;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ContentRef;
import vn.edoc.store.memory.MemoryContentStore;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;

/** {@code edoc edxml ...}: edXML packages and status messages (gói tin edXML, QCVN 102:2016). */
@Command(name = "edxml", description = "Read, check and build edXML packages and status messages (QCVN 102:2016).",
        subcommands = {EdxmlCommand.Parse.class, EdxmlCommand.Build.class, EdxmlCommand.Status.class})
final class EdxmlCommand extends Group {

    /** Packages the tool reads or writes: at most this many bytes, like every file it reads. */
    static final long MAX_BYTES = Inputs.MAX_BYTES;

    /** {@code edoc edxml parse <file>}. */
    @Command(name = "parse", description = {
        "Read an edXML package and check it as the receiving clerk does (R-IN-1): the variants deployed systems",
        "send are warnings, the package signature is verified, the document is checked against the core rules.",
        "Exit code 0 when valid, 1 otherwise."})
    static final class Parse extends Leaf {

        @Parameters(paramLabel = "<file>", description = "The package (.edxml), at most 64 MiB.")
        String file;

        @Option(names = "--receiver", paramLabel = "<organCode>",
                description = "The receiving organisation: warns when the package is not addressed to it.")
        String receiver;

        @Option(names = "--today", paramLabel = "<yyyy-MM-dd>", converter = Converters.DateConverter.class,
                description = "The date taken as today for the future-date check (default: the system clock).")
        LocalDate today;

        @Override
        public Integer call() {
            Console c = console();
            OrganCode to = receiver == null ? null : OrganCode.check(receiver).toOptional().orElseThrow(() ->
                    usage("invalid --receiver: " + receiver, "--receiver không hợp lệ: " + receiver));
            ObjectNode answer = c.object();
            EdxmlRead read;
            try {
                read = readFile(file);
            } catch (EdxmlException e) {
                answer.put("valid", false);
                answer.putNull("kind");
                answer.putNull("header");
                answer.putArray("attachments");
                answer.set("violations", c.violations(e.result()));
                return c.emit(answer, EdocCli.NEGATIVE);
            }
            ValidationResult result;
            if (read.message() instanceof EdxmlPackage p) {
                Clock clock = today == null ? Clock.systemUTC()
                        : Clock.fixed(today.atTime(12, 0).toInstant(Converters.VIETNAM), Converters.VIETNAM);
                result = ReceiptChecks.of(clock).check(read, to);
                answer.put("valid", result.isValid());
                answer.put("kind", "package");
                answer.set("header", header(c, p));
                ArrayNode attachments = answer.putArray("attachments");
                p.attachments().forEach(a -> {
                    ObjectNode o = attachments.addObject();
                    o.put("name", a.name());
                    o.put("contentType", a.contentType());
                    o.put("size", a.content().size());
                    o.put("sha256", a.content().sha256());
                    o.put("contentId", a.contentId());
                    o.put("description", a.description());
                });
            } else {
                result = read.allWarnings();
                answer.put("valid", result.isValid());
                answer.put("kind", "status");
                answer.set("header", status(c, read.status()));
                answer.putArray("attachments");
            }
            answer.set("signature", signature(c, read.signature()));
            answer.set("violations", c.violations(result));
            return c.emit(answer, result.isValid() ? EdocCli.OK : EdocCli.NEGATIVE);
        }
    }

    /** {@code edoc edxml status <file>}. */
    @Command(name = "status", description = {
        "Read an edXML status message (gói tin trạng thái): 01 đã đến, 02 từ chối, 03 đã tiếp nhận, 04 phân công,",
        "05 đang xử lý, 06 hoàn thành, 13 yêu cầu lấy lại, 15 đồng ý / 16 từ chối lấy lại hoặc cập nhật.",
        "Exit code 0 when read, 1 when the file is refused or is not a status message."})
    static final class Status extends Leaf {

        @Parameters(paramLabel = "<file>", description = "The status message (.edxml), at most 64 MiB.")
        String file;

        @Override
        public Integer call() {
            Console c = console();
            ObjectNode answer = c.object();
            EdxmlRead read;
            try {
                read = readFile(file);
                read.status();
            } catch (EdxmlException e) {
                answer.put("valid", false);
                answer.putNull("code");
                answer.set("violations", c.violations(e.result()));
                return c.emit(answer, EdocCli.NEGATIVE);
            }
            EdxmlStatus s = read.status();
            answer.put("valid", true);
            answer.setAll(status(c, s));
            answer.set("signature", signature(c, read.signature()));
            answer.set("violations", c.violations(read.allWarnings()));
            return c.emit(answer, EdocCli.OK);
        }
    }

    /** {@code edoc edxml build <document.json> [--attach <file>]... --out <file>}. */
    @Command(name = "build", description = {
        "Build an edXML package from a document in the library's JSON form (the form of 'edoc validate').",
        "Each --attach file is one of the document's attachments (matched by file name, digest checked) or, when",
        "the document lists none, added: the first as the main file, the others as appendices.",
        "The document is validated first; nothing is written when it is refused (exit code 1)."})
    static final class Build extends Leaf {

        @Parameters(paramLabel = "<document.json>", description = "The document, UTF-8 JSON.")
        String document;

        @Option(names = "--attach", paramLabel = "<file>", description = "An attachment file (repeatable).")
        List<String> attach = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "<file>", description = "Where to write the package.")
        String out;

        @Option(names = "--keystore", paramLabel = "<file.p12>",
                description = "Sign the package with the key in this PKCS#12 file (SHA-256).")
        String keystore;

        @Option(names = "--password", paramLabel = "<pw>", description = "The keystore's password.")
        String password;

        @Option(names = "--alias", paramLabel = "<a>", description = "The key's alias (default: the first key).")
        String alias;

        @Option(names = "--time", paramLabel = "<instant>", converter = Converters.InstantConverter.class,
                description = "The sending time written in the trace header (default: now).")
        Instant time;

        @Option(names = "--today", paramLabel = "<yyyy-MM-dd>", converter = Converters.DateConverter.class,
                description = "The date taken as today when validating (default: the system clock).")
        LocalDate today;

        @Override
        public Integer call() {
            Console c = console();
            if (keystore != null && password == null) {
                throw usage("--keystore needs --password", "--keystore cần --password");
            }
            Inputs.DocumentText text = Inputs.readDocument(document);
            Parsed<Document> parsed = DocumentJson.read(text.json());
            ValidationResult read = text.encoding().and(parsed.result());
            if (!read.isValid()) {
                return refuse(c, read);
            }
            MemoryContentStore store = new MemoryContentStore(MAX_BYTES);
            Document doc;
            try {
                doc = withFiles(parsed.value(), store);
            } catch (Refusal r) {
                return refuse(c, r.result());
            }
            Clock clock = today == null ? Clock.systemUTC()
                    : Clock.fixed(today.atTime(12, 0).toInstant(Converters.VIETNAM), Converters.VIETNAM);
            ValidationResult checked = read.and(DocumentValidator.of(clock).validate(doc));
            if (!checked.isValid()) {
                return refuse(c, checked);
            }
            Instant at = time == null ? Instant.now() : time;
            EdxmlPackage p;
            try {
                p = EdxmlDocuments.toPackage(doc, BusinessDocType.NEW, "", Optional.empty(),
                        LocalDateTime.ofInstant(at, Converters.VIETNAM).withNano(0));
            } catch (EdxmlException e) {
                return refuse(c, checked.and(e.result()));
            }
            EdxmlWriter writer = EdxmlWriter.of(store);
            if (keystore != null) {
                writer = writer.signedBy(signer());
            }
            Path target = Inputs.path(out);
            write(writer, p, target);
            ObjectNode answer = c.object();
            answer.put("out", out);
            answer.put("documentId", p.header().documentId());
            answer.put("signed", keystore != null);
            ArrayNode attachments = answer.putArray("attachments");
            p.attachments().forEach(a -> {
                ObjectNode o = attachments.addObject();
                o.put("name", a.name());
                o.put("contentType", a.contentType());
                o.put("size", a.content().size());
                o.put("sha256", a.content().sha256());
            });
            answer.set("violations", c.violations(checked));
            return c.emit(answer, EdocCli.OK);
        }

        private int refuse(Console c, ValidationResult result) {
            ObjectNode answer = c.object();
            answer.putNull("out");
            answer.set("violations", c.violations(result));
            return c.emit(answer, EdocCli.NEGATIVE);
        }

        /** The document with its attachments' content stored: listed ones checked, unlisted ones added. */
        private Document withFiles(Document d, MemoryContentStore store) {
            List<Attachment> listed = d.attachments();
            List<Attachment> out = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String name : attach) {
                Path path = Inputs.path(name);
                String fileName = path.getFileName() == null ? name : path.getFileName().toString();
                ContentRef ref;
                try (InputStream in = openFile(name)) {
                    ref = store.put(in);
                } catch (IOException e) {
                    throw new CliFailure("cannot read " + name + ": " + e.getMessage(),
                            "không đọc được tệp " + name + ": " + e.getMessage(), e);
                } catch (vn.edoc.spi.ContentException e) {
                    throw new CliFailure("file too large (over 64 MiB): " + name,
                            "tệp quá lớn (trên 64 MiB): " + name, e);
                }
                names.add(fileName);
                if (listed.isEmpty()) {
                    String type = FormatPolicy.defaults().mediaTypeOf(fileName).orElse("application/octet-stream");
                    out.add(new Attachment(fileName, type, ref.size(), ref.sha256(),
                            out.isEmpty() ? Attachment.Role.MAIN : Attachment.Role.APPENDIX));
                    continue;
                }
                Attachment match = listed.stream().filter(a -> a.name().equals(fileName)).findFirst()
                        .orElseThrow(() -> new Refusal("--attach " + fileName + " is not an attachment of the document",
                                "--attach " + fileName + " không phải tệp đính kèm của văn bản",
                                ValidationResult.of(EdxmlViolation.UNREPRESENTABLE.at("attach", "the document lists no "
                                        + "attachment named " + fileName))));
                if (!match.sha256().equals(ref.sha256()) || match.size() != ref.size()) {
                    throw new Refusal("digest differs", "giá trị băm khác", ValidationResult.of(
                            EdxmlViolation.UNREPRESENTABLE.at("attach", fileName + " does not have the size and "
                                    + "SHA-256 the document lists")));
                }
            }
            if (listed.isEmpty()) {
                return d.toBuilder().attachments(out).build();
            }
            for (int i = 0; i < listed.size(); i++) {
                if (!names.contains(listed.get(i).name())) {
                    throw new Refusal("missing attachment", "thiếu tệp đính kèm", ValidationResult.of(
                            EdxmlViolation.MISSING_ATTACHMENT.at("attachments[" + i + "]", listed.get(i).name())));
                }
            }
            return d;
        }

        private PackageSigner signer() {
            try (InputStream in = openFile(keystore)) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(in, password.toCharArray());
                String name = alias;
                if (name == null) {
                    for (String a : java.util.Collections.list(ks.aliases())) {
                        if (ks.isKeyEntry(a)) {
                            name = a;
                            break;
                        }
                    }
                }
                if (name == null || !ks.isKeyEntry(name)) {
                    throw new CliFailure("no key " + (alias == null ? "" : "'" + alias + "' ") + "in " + keystore,
                            "không có khóa " + (alias == null ? "" : "'" + alias + "' ") + "trong " + keystore);
                }
                return PackageSigner.of((PrivateKey) ks.getKey(name, password.toCharArray()),
                        (X509Certificate) ks.getCertificate(name));
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new CliFailure("cannot open the keystore " + keystore + ": " + e.getMessage(),
                        "không mở được kho khóa " + keystore + ": " + e.getMessage(), e);
            }
        }

        /** Writes to a temporary file beside the target, then moves it: a failure leaves no half-written package. */
        private static void write(EdxmlWriter writer, EdxmlPackage p, Path target) {
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = null;
            try {
                tmp = Files.createTempFile(dir, ".edxml-", ".tmp");
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    writer.write(p, o);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            } catch (NoSuchFileException e) {
                throw new CliFailure("no such directory: " + dir, "không có thư mục: " + dir, e);
            } catch (AccessDeniedException e) {
                throw new CliFailure("permission denied: " + target, "không có quyền ghi: " + target, e);
            } catch (IOException e) {
                throw new CliFailure("cannot write " + target + ": " + e.getMessage(),
                        "không ghi được " + target + ": " + e.getMessage(), e);
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // the temporary file is hidden and named as such
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- shared

    /** Opens a regular file named on the command line; anything else (missing, a directory, a FIFO) is refused. */
    static InputStream openFile(String name) {
        // one rule for every file the tool reads: a FIFO or a device is refused by name, never opened
        Inputs.regularFile(name);
        Path path = Inputs.path(name);
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new CliFailure("file too large (over 64 MiB): " + name, "tệp quá lớn (trên 64 MiB): " + name);
            }
            return Files.newInputStream(path);
        } catch (AccessDeniedException e) {
            throw new CliFailure("permission denied: " + name, "không có quyền đọc tệp: " + name, e);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + name + ": " + e.getMessage(),
                    "không đọc được tệp " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a package file streaming, attachments into memory up to the tool's 64 MiB bound. */
    static EdxmlRead readFile(String name) {
        try (InputStream in = new BufferedInputStream(openFile(name), 1 << 16)) {
            EdxmlLimits limits = EdxmlLimits.defaults().withMaxPackageBytes(MAX_BYTES).withMaxAttachmentBytes(MAX_BYTES);
            return EdxmlReader.of(new MemoryContentStore(MAX_BYTES), limits).read(in);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + name + ": " + e.getMessage(),
                    "không đọc được tệp " + name + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode header(Console c, EdxmlPackage p) {
        EdxmlHeader h = p.header();
        ObjectNode o = c.object();
        o.set("from", organization(c, h.from()));
        ArrayNode to = o.putArray("to");
        h.to().forEach(x -> to.add(organization(c, x)));
        o.put("documentId", h.documentId());
        ObjectNode code = o.putObject("code");
        code.put("number", h.code().number());
        code.put("notation", h.code().notation());
        o.put("place", h.place());
        o.put("promulgationDate", h.promulgationDate().map(LocalDate::toString).orElse(null));
        ObjectNode type = o.putObject("documentType");
        type.put("type", h.type().type());
        type.put("typeDetail", h.type().detail());
        type.put("typeName", h.type().name());
        o.put("subject", h.subject());
        o.put("content", h.content());
        ObjectNode signer = o.putObject("signer");
        signer.put("competence", h.signer().competence());
        signer.put("position", h.signer().position());
        signer.put("fullName", h.signer().fullName());
        o.put("dueDate", h.dueDate().map(LocalDate::toString).orElse(null));
        ObjectNode other = o.putObject("otherInfo");
        other.put("priority", h.other().priority().orElse(null));
        other.put("sphereOfPromulgation", h.other().sphereOfPromulgation());
        other.put("typerNotation", h.other().typerNotation());
        other.put("promulgationAmount", h.other().promulgationAmount().orElse(null));
        other.put("pageAmount", h.other().pageAmount().orElse(null));
        ArrayNode appendixes = other.putArray("appendixes");
        h.other().appendixes().forEach(appendixes::add);
        ArrayNode responseFor = o.putArray("responseFor");
        h.responseFor().forEach(r -> responseFor.add(responseFor(c, r)));
        o.put("steeringType", h.steeringType().orElse(null));
        ArrayNode tasks = o.putArray("responseForTask");
        h.responseForTask().forEach(tasks::add);
        ArrayNode places = o.putArray("toPlaces");
        h.toPlaces().forEach(places::add);
        trace(c, o, p.trace());
        return o;
    }

    static ObjectNode status(Console c, EdxmlStatus s) {
        ObjectNode o = c.object();
        o.put("code", s.code().code());
        o.put("meaning", s.code().vietnameseName());
        o.put("messageKind", EdxmlMessages.kind(s.code()).name());
        o.set("from", organization(c, s.from()));
        o.set("responseFor", responseFor(c, s.responseFor()));
        o.set("staff", s.staff().map(x -> staff(c, x)).orElse(null));
        o.put("description", s.description());
        o.put("timestamp", Converters.format(s.timestamp().toInstant(Converters.VIETNAM)));
        trace(c, o, s.trace());
        return o;
    }

    private static void trace(Console c, ObjectNode o, TraceInfo t) {
        ArrayNode traces = o.putArray("traces");
        t.headers().forEach(h -> {
            ObjectNode x = traces.addObject();
            x.put("organId", h.organId());
            x.put("timestamp", h.timestamp().map(ts -> Converters.format(ts.toInstant(Converters.VIETNAM))).orElse(null));
        });
        if (t.business().isEmpty()) {
            o.putNull("business");
            return;
        }
        TraceInfo.Business b = t.business().get();
        ObjectNode x = o.putObject("business");
        x.put("documentId", b.documentId());
        x.put("type", b.type().code());
        x.put("typeName", b.type().name().toLowerCase(Locale.ROOT));
        x.put("reason", b.reason());
        x.put("paper", b.paper().orElse(null));
        x.set("staff", b.staff().map(s -> staff(c, s)).orElse(null));
    }

    private static ObjectNode organization(Console c, Organization org) {
        ObjectNode o = c.object();
        o.put("organId", org.organId());
        o.put("organizationInCharge", org.organizationInCharge());
        o.put("organName", org.organName());
        o.put("organAdd", org.organAdd());
        o.put("email", org.email());
        o.put("telephone", org.telephone());
        o.put("fax", org.fax());
        o.put("website", org.website());
        return o;
    }

    private static ObjectNode responseFor(Console c, ResponseFor r) {
        ObjectNode o = c.object();
        o.put("organId", r.organId());
        o.put("code", r.code());
        o.put("promulgationDate", r.promulgationDate().map(LocalDate::toString).orElse(null));
        o.put("documentId", r.documentId());
        return o;
    }

    private static ObjectNode staff(Console c, StaffInfo s) {
        ObjectNode o = c.object();
        o.put("department", s.department());
        o.put("departmentId", s.departmentId());
        o.put("staff", s.staff());
        o.put("staffId", s.staffId());
        o.put("email", s.email());
        o.put("mobile", s.mobile());
        return o;
    }

    static ObjectNode signature(Console c, SignatureCheck s) {
        ObjectNode o = c.object();
        o.put("status", s.status().name().toLowerCase(Locale.ROOT));
        o.put("signatureAlgorithm", s.signatureAlgorithm());
        o.put("digestAlgorithm", s.digestAlgorithm());
        o.put("weak", s.weak());
        o.put("signer", s.signer().orElse(null));
        return o;
    }
}
