package vn.edoc.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edoc.id.DocumentId;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.internal.json.Json;
import vn.edoc.internal.json.JsonException;
import vn.edoc.internal.json.JsonLimits;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The JSON form of a {@link Document} (văn bản dạng JSON), read by {@code edoc validate}.
 *
 * <h2>Format</h2>
 * One JSON object (UTF-8, RFC 8259) with these members, all written by {@link #write(Document)} in this order:
 * <table>
 *   <caption>Members</caption>
 *   <tr><th>member</th><th>value</th><th>when absent or null</th></tr>
 *   <tr><td>{@code direction}</td><td>{@code "incoming"}, {@code "outgoing"} or {@code "internal"}</td>
 *       <td>refused: the only required member</td></tr>
 *   <tr><td>{@code documentId}</td><td>document identifier, {@code "000.00.00.H37,2025,123"} (seed form) or the edXML
 *       form {@code "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"}</td><td>not yet registered</td></tr>
 *   <tr><td>{@code notation}</td><td>number and notation (số, ký hiệu), {@code "123/QĐ-UBND"}</td>
 *       <td>not yet registered</td></tr>
 *   <tr><td>{@code type}</td><td>document type: its Vietnamese name as in Decree 30/2020 ({@code "Công văn"},
 *       {@code "Quyết định (cá biệt)"}; a bare {@code "Quyết định"} is the cá biệt one) or its abbreviation
 *       ({@code "QĐ"}, {@code "TTr"}); written as the Vietnamese name. {@code "QĐ"} and {@code "NQ"} name two
 *       types each: with a notation that carries a year ({@code "12/2020/QĐ-UBND"}) they are read as the legal
 *       normative ones ({@code Quyết định (quy phạm pháp luật)}, {@code Nghị quyết (quy phạm pháp luật)}), otherwise
 *       as the cá biệt ones; a full Vietnamese name is always taken as written</td><td>no type</td></tr>
 *   <tr><td>{@code issueDate}</td><td>date of issue, {@code "yyyy-MM-dd"}</td><td>no date</td></tr>
 *   <tr><td>{@code place}</td><td>place of issue (địa danh)</td><td>no place</td></tr>
 *   <tr><td>{@code abstract}</td><td>the abstract (trích yếu)</td><td>no abstract</td></tr>
 *   <tr><td>{@code issuer}</td><td>{@code {"code": organisation code, "name": name}}, both required</td>
 *       <td>no issuer</td></tr>
 *   <tr><td>{@code signer}</td><td>{@code {"competence": "TM."|"KT."|"TL."|"TUQ."|"Q."|"none", "title": ...,
 *       "fullName": ...}}; competence defaults to {@code "none"}</td><td>no signer</td></tr>
 *   <tr><td>{@code recipients}</td><td>array of {@code {"name": ..., "code": organisation code or null}}</td>
 *       <td>none</td></tr>
 *   <tr><td>{@code pageCount}</td><td>integer</td><td>0 (unknown)</td></tr>
 *   <tr><td>{@code urgency}</td><td>{@code "normal"}, {@code "khan"}, {@code "thuong-khan"}, {@code "hoa-toc"}, or
 *       the Vietnamese labels ({@code "Thường"}, {@code "Khẩn"}, {@code "Thượng khẩn"}, {@code "Hỏa tốc"} or
 *       {@code "Hoả tốc"}), with or without diacritics</td><td>normal</td></tr>
 *   <tr><td>{@code confidentiality}</td><td>{@code "none"}, {@code "mat"}, {@code "toi-mat"},
 *       {@code "tuyet-mat"}, or the Vietnamese labels ({@code "Thường"}, {@code "Mật"}, {@code "Tối mật"},
 *       {@code "TUYỆT MẬT"}), with or without diacritics; a state-secret level is read so that the
 *       validator refuses it under R-SEC-1</td><td>none</td></tr>
 *   <tr><td>{@code contentCategory}</td><td>{@code "ordinary"}, {@code "complaint"}, {@code "denunciation"},
 *       {@code "dispute"}, {@code "harmful"}</td><td>ordinary</td></tr>
 *   <tr><td>{@code reply}</td><td>{@code {"required": bool, "deadline": "yyyy-MM-dd" or null}}; without
 *       {@code required}, an answer is required when a deadline is given</td><td>no answer asked for</td></tr>
 *   <tr><td>{@code replyTo}</td><td>the document identifier of the document answered</td><td>answers none</td></tr>
 *   <tr><td>{@code signed}</td><td>{@code true} when the main file is digitally signed</td><td>false</td></tr>
 *   <tr><td>{@code attachments}</td><td>array of {@code {"name": file name, "mediaType": media type, "size": bytes,
 *       "sha256": 64 lower-case hex digits, "role": "main"|"appendix"}}; all but role required, role defaults to
 *       {@code "appendix"}</td><td>none</td></tr>
 * </table>
 * Enumerated values are read ignoring case. Malformed JSON and members of the wrong shape are reported with the
 * rule R-FMT-5 and the article "edoc JSON form of Document", since they break this form, not an article of the seeds. Text is kept exactly as written (not trimmed, not normalised), so that
 * {@link DocumentValidator} can report decomposed letters and other R-FMT-1 faults. Example:
 * <pre>{@code
 * {
 *   "direction": "outgoing",
 *   "documentId": "000.00.00.H37,2025,123",
 *   "notation": "123/QĐ-UBND",
 *   "type": "Quyết định (cá biệt)",
 *   "issueDate": "2025-01-24",
 *   "place": "Lạng Sơn",
 *   "abstract": "Về việc ban hành Quy chế tiếp nhận, xử lý văn bản điện tử",
 *   "issuer": {"code": "000.00.00.H37", "name": "Ủy ban nhân dân tỉnh Lạng Sơn"},
 *   "signer": {"competence": "KT.", "title": "Phó Chủ tịch", "fullName": "Nguyễn Văn An"},
 *   "recipients": [
 *     {"name": "Sở Nội vụ", "code": "000.00.01.H37"},
 *     {"name": "Lưu: VT", "code": null}
 *   ],
 *   "pageCount": 3,
 *   "urgency": "khan",
 *   "confidentiality": "none",
 *   "contentCategory": "ordinary",
 *   "reply": {"required": true, "deadline": "2025-02-10"},
 *   "replyTo": null,
 *   "signed": true,
 *   "attachments": [
 *     {"name": "qd-123.pdf", "mediaType": "application/pdf", "size": 182044,
 *      "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "role": "main"}
 *   ]
 * }
 * }</pre>
 *
 * <h2>Reading</h2>
 * {@link #read(String)} never throws: malformed JSON (with its line and column), a member of the wrong type, an
 * unknown enumerated value, a bad date or identifier are errors with the JSON path of the member
 * ({@code "attachments[1].size"}), and the document is refused; an unknown member is a warning. Identifier faults
 * are those of {@code vn.edoc.id} ({@code EDOC-ID-…}) placed under the member's path. A document read is not yet
 * validated: pass it to {@link DocumentValidator}. {@code read(write(d))} equals {@code d} for every document.
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    /** The document as pretty-printed JSON, every member written (absent parts as {@code null}). */
    public static String write(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("direction", d.direction().jsonName());
        m.put("documentId", d.documentId().map(DocumentId::format).orElse(null));
        m.put("notation", d.notation().map(Notation::format).orElse(null));
        m.put("type", d.type().map(DocumentType::vietnameseName).orElse(null));
        m.put("issueDate", d.issueDate().map(LocalDate::toString).orElse(null));
        m.put("place", d.place().orElse(null));
        m.put("abstract", d.subject().orElse(null));
        m.put("issuer", d.issuer().map(o -> {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("code", o.code().value());
            i.put("name", o.name());
            return i;
        }).orElse(null));
        m.put("signer", d.signer().map(s -> {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("competence", s.competence().jsonName());
            i.put("title", s.title());
            i.put("fullName", s.fullName());
            return i;
        }).orElse(null));
        m.put("recipients", d.recipients().stream().map(r -> {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("name", r.name());
            i.put("code", r.code().map(OrganCode::value).orElse(null));
            return i;
        }).toList());
        m.put("pageCount", d.pageCount());
        m.put("urgency", d.urgency().jsonName());
        m.put("confidentiality", d.confidentiality().jsonName());
        m.put("contentCategory", d.contentCategory().jsonName());
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("required", d.reply().isPresent());
        reply.put("deadline", d.reply().flatMap(ReplyRequirement::deadline).map(LocalDate::toString).orElse(null));
        m.put("reply", reply);
        m.put("replyTo", d.replyTo().map(DocumentId::format).orElse(null));
        m.put("signed", d.signed());
        m.put("attachments", d.attachments().stream().map(a -> {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("name", a.name());
            i.put("mediaType", a.mediaType());
            i.put("size", a.size());
            i.put("sha256", a.sha256());
            i.put("role", a.role().jsonName());
            return i;
        }).toList());
        return Json.writePretty(m);
    }

    /** Reads a document with the default {@link JsonLimits}. */
    public static Parsed<Document> read(String json) {
        return read(json, JsonLimits.DEFAULT);
    }

    /** Reads a document; never throws, every fault is a violation with its JSON path. */
    public static Parsed<Document> read(String json, JsonLimits limits) {
        if (json == null) {
            return Parsed.refused(DocumentViolation.JSON_MALFORMED.at("", "no input"));
        }
        Object root;
        try {
            root = Json.parse(json, limits == null ? JsonLimits.DEFAULT : limits);
        } catch (JsonException e) {
            return Parsed.refused(DocumentViolation.JSON_MALFORMED.at("", e.getMessage()));
        }
        List<Violation> found = new ArrayList<>();
        Optional<JsonFields> top = JsonFields.of(root, "", found);
        if (top.isEmpty()) {
            return Parsed.refused(ValidationResult.of(found));
        }
        JsonFields f = top.get();
        Document.Builder b = Document.builder();
        Optional<Direction> direction = f.choice("direction", Direction::fromJsonName, names(Direction.values(),
                Direction::jsonName));
        if (direction.isPresent()) {
            b.direction(direction.get());
        } else if (f.raw("direction").isEmpty()) {
            found.add(DocumentViolation.JSON_MISSING_MEMBER.at("direction", "direction"));
        }
        f.string("documentId").flatMap(s -> identifier(s, DocumentId::check, "documentId", found))
                .ifPresent(b::documentId);
        Optional<Notation> notation = f.string("notation").flatMap(s -> identifier(s, Notation::check, "notation",
                found));
        notation.ifPresent(b::notation);
        f.choice("type", DocumentJson::documentType,
                "the Vietnamese names or abbreviations of Decree 30/2020 (\"Công văn\", \"QĐ\"…)")
                .map(t -> legalTwin(t, f.raw("type"), notation)).ifPresent(b::type);
        f.date("issueDate").ifPresent(b::issueDate);
        f.string("place").ifPresent(b::place);
        f.string("abstract").ifPresent(b::subject);
        f.object("issuer").ifPresent(o -> {
            Optional<OrganCode> code = o.requiredString("code")
                    .flatMap(s -> identifier(s, OrganCode::check, o.path("code"), found));
            Optional<String> name = o.requiredString("name");
            o.finish();
            if (code.isPresent() && name.isPresent()) {
                b.issuer(code.get(), name.get());
            }
        });
        f.object("signer").ifPresent(o -> {
            SigningCompetence competence = o.choice("competence", SigningCompetence::fromJsonName,
                    "TM., KT., TL., TUQ., Q., none").orElse(SigningCompetence.NONE);
            Optional<String> title = o.requiredString("title");
            Optional<String> name = o.requiredString("fullName");
            o.finish();
            if (title.isPresent() && name.isPresent()) {
                b.signer(competence, title.get(), name.get());
            }
        });
        f.array("recipients").ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                JsonFields.of(list.get(i), "recipients[" + i + "]", found).ifPresent(o -> {
                    Optional<String> name = o.requiredString("name");
                    Optional<OrganCode> code = o.string("code")
                            .flatMap(s -> identifier(s, OrganCode::check, o.path("code"), found));
                    o.finish();
                    name.ifPresent(n -> b.addRecipient(new Recipient(n, code)));
                });
            }
        });
        f.integer("pageCount", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(n -> b.pageCount((int) n));
        f.choice("urgency", Urgency::fromJsonName, names(Urgency.values(), Urgency::jsonName)).ifPresent(b::urgency);
        f.choice("confidentiality", Confidentiality::fromJsonName,
                names(Confidentiality.values(), Confidentiality::jsonName)).ifPresent(b::confidentiality);
        f.choice("contentCategory", ContentCategory::fromJsonName,
                names(ContentCategory.values(), ContentCategory::jsonName)).ifPresent(b::contentCategory);
        f.object("reply").ifPresent(o -> {
            Optional<Boolean> required = o.bool("required");
            boolean deadlineGiven = o.raw("deadline").isPresent();
            Optional<LocalDate> deadline = o.date("deadline");
            o.finish();
            if (required.orElse(deadlineGiven)) {
                b.reply(new ReplyRequirement(deadline));
            } else if (deadlineGiven) {
                found.add(DocumentViolation.JSON_REPLY_DEADLINE_IGNORED.at(o.path("deadline")));
            }
        });
        f.string("replyTo").ifPresent(s -> {
            int before = found.size();
            Optional<DocumentId> id = identifier(s, DocumentId::check, "replyTo", found);
            if (id.isPresent()) {
                b.replyTo(id.get());
            } else if (found.size() > before) {
                found.add(before, DocumentViolation.REPLY_TO_INVALID.at("replyTo", JsonFields.abbreviate(s)));
            }
        });
        f.bool("signed").ifPresent(b::signed);
        f.array("attachments").ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                JsonFields.of(list.get(i), "attachments[" + i + "]", found).ifPresent(o -> {
                    Optional<String> name = o.requiredString("name");
                    Optional<String> mediaType = o.requiredString("mediaType");
                    OptionalLong size = o.integer("size", Long.MIN_VALUE, Long.MAX_VALUE);
                    if (size.isEmpty() && o.raw("size").isEmpty()) {
                        found.add(DocumentViolation.JSON_MISSING_MEMBER.at(o.path("size"), o.path("size")));
                    }
                    Optional<String> sha = o.requiredString("sha256");
                    Attachment.Role role = o.choice("role", Attachment.Role::fromJsonName, "main, appendix")
                            .orElse(Attachment.Role.APPENDIX);
                    o.finish();
                    if (name.isPresent() && mediaType.isPresent() && size.isPresent() && sha.isPresent()) {
                        b.addAttachment(new Attachment(name.get(), mediaType.get(), size.getAsLong(), sha.get(),
                                role));
                    }
                });
            }
        });
        f.finish();
        ValidationResult result = ValidationResult.of(found);
        if (!result.isValid() || direction.isEmpty()) {
            return Parsed.refused(result.isValid()
                    ? result.and(ValidationResult.of(DocumentViolation.JSON_MISSING_MEMBER.at("direction",
                            "direction")))
                    : result);
        }
        return Parsed.ok(b.build(), result);
    }

    /** A document type by its Vietnamese name, else by its exact abbreviation. */
    static Optional<DocumentType> documentType(String text) {
        Optional<DocumentType> byName = DocumentType.byName(text);
        return byName.isPresent() ? byName : DocumentType.byAbbreviation(text.strip());
    }

    /**
     * The legal normative type for an abbreviation given as {@code "QĐ"} or {@code "NQ"} when the notation carries a
     * year; a type given by its full name is kept as written.
     */
    private static DocumentType legalTwin(DocumentType type, Optional<Object> raw, Optional<Notation> notation) {
        boolean byAbbreviation = raw.filter(String.class::isInstance).map(r -> ((String) r).strip())
                .flatMap(DocumentType::byAbbreviation).isPresent()
                && DocumentType.byName((String) raw.get()).isEmpty();
        if (!byAbbreviation || notation.flatMap(Notation::year).isEmpty() || type.legalNormative()) {
            return type;
        }
        return type.abbreviation().flatMap(DocumentType::legalNormativeByAbbreviation).orElse(type);
    }

    /**
     * Reads an identifier with the reader of {@code vn.edoc.id}, placing its violations (warnings included) under
     * {@code path}. The readers never throw on any text (their property tests feed them junk), so nothing is caught
     * here: a fault in them is a bug to see, not an input to report.
     */
    private static <T> Optional<T> identifier(String text, Function<String, Parsed<T>> reader, String path,
                                              List<Violation> found) {
        Parsed<T> parsed = reader.apply(text);
        found.addAll(parsed.result().under(path).violations());
        return parsed.toOptional();
    }

    private static <E> String names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.joining(", "));
    }
}
