package vn.edoc.interconnect.edxml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edoc.validation.Violation;

/**
 * Maps the elements read into the model, leniently: every variant met is a warning, every fault that leaves the
 * message without meaning (no header, no sender, an unknown status code) an {@link EdxmlException}.
 */
final class TreeReader {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final Pattern SLASH_YMD = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern SLASH_DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DASH_YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private final List<Violation> warnings;

    TreeReader(List<Violation> warnings) {
        this.warnings = warnings;
    }

    EdxmlMessage message(Node root) {
        known(root, "edXMLEnvelope", "AttachmentEncoded");
        Node envelope = required(root, "edXMLEnvelope");
        known(envelope, "edXMLHeader", "edXMLBody");
        Node header = required(envelope, "edXMLHeader");
        known(header, "MessageHeader", "TraceHeaderList", "Extension");
        Node message = required(header, "MessageHeader");
        TraceInfo trace = trace(header.child("TraceHeaderList")).withExtension(extension(header));
        if (message.child("StatusCode") != null) {
            return status(message, trace);
        }
        return documentPackage(root, envelope, message, trace);
    }

    // ------------------------------------------------------------------------------------------ package

    private EdxmlPackage documentPackage(Node root, Node envelope, Node m, TraceInfo trace) {
        known(m, "From", "To", "DocumentId", "Code", "PromulgationInfo", "DocumentType", "Subject", "Content",
                "SignerInfo", "DueDate", "OtherInfo", "ResponseFor", "SteeringType", "ResponseForTask",
                "ApplicationType", "ToPlaces");
        EdxmlHeader.Builder b = EdxmlHeader.builder(organization(required(m, "From")));
        for (Node to : m.all("To")) {
            b.addTo(organization(to));
        }
        b.documentId(text(m, "DocumentId"));
        Node code = m.child("Code");
        if (code != null) {
            known(code, "CodeNumber", "CodeNotation");
            b.code(text(code, "CodeNumber"), text(code, "CodeNotation"));
        }
        Node promulgation = m.child("PromulgationInfo");
        if (promulgation != null) {
            known(promulgation, "Place", "PromulgationDate");
            b.place(text(promulgation, "Place"));
            b.promulgationDate(date(promulgation, "PromulgationDate").orElse(null));
        }
        Node type = m.child("DocumentType");
        if (type != null) {
            known(type, "Type", "TypeDetail", "TypeName");
            b.type(new EdxmlHeader.DocType(text(type, "Type"), text(type, "TypeDetail"), text(type, "TypeName")));
        }
        b.subject(text(m, "Subject"));
        b.content(text(m, "Content"));
        Node signer = m.child("SignerInfo");
        if (signer != null) {
            known(signer, "Competence", "Position", "FullName");
            b.signer(new EdxmlHeader.SignerInfo(text(signer, "Competence"), text(signer, "Position"),
                    text(signer, "FullName")));
        }
        b.dueDate(date(m, "DueDate").orElse(null));
        Node other = m.child("OtherInfo");
        if (other != null) {
            known(other, "Priority", "SphereOfPromulgation", "TyperNotation", "PromulgationAmount", "PageAmount",
                    "ReplyFors", "Direction", "ReferenceCodes", "Appendixes");
            List<String> appendixes = new ArrayList<>();
            Node list = other.child("Appendixes");
            if (list != null) {
                known(list, "Appendix");
                for (Node a : list.all("Appendix")) {
                    if (!a.value().isEmpty()) {
                        appendixes.add(a.value());
                    }
                }
            }
            b.other(new EdxmlHeader.OtherInfo(number(other, "Priority"), text(other, "SphereOfPromulgation"),
                    text(other, "TyperNotation"), number(other, "PromulgationAmount"), number(other, "PageAmount"),
                    flat(other, "ReplyFors"), text(other, "Direction"), flat(other, "ReferenceCodes"), appendixes));
        }
        for (Node r : m.all("ResponseFor")) {
            b.addResponseFor(responseFor(r));
        }
        b.steeringType(number(m, "SteeringType").orElse(null));
        Node tasks = m.child("ResponseForTask");
        if (tasks != null) {
            known(tasks, "TaskCode");
            for (Node t : tasks.all("TaskCode")) {
                if (!t.value().isEmpty()) {
                    b.addResponseForTask(t.value());
                }
            }
        }
        b.applicationType(text(m, "ApplicationType"));
        Node places = m.child("ToPlaces");
        if (places != null) {
            known(places, "Place");
            for (Node p : places.all("Place")) {
                if (p.value().isEmpty()) {
                    warnings.add(EdxmlViolation.EMPTY_ELEMENT.at(p.path));
                } else {
                    b.addToPlace(p.value());
                }
            }
        }
        return new EdxmlPackage(b.build(), trace, attachments(root, envelope));
    }

    private List<EdxmlAttachment> attachments(Node root, Node envelope) {
        Map<String, Node> listed = new LinkedHashMap<>();
        Node body = envelope.child("edXMLBody");
        if (body != null) {
            known(body, "edXMLManifest");
            Node manifest = body.child("edXMLManifest");
            if (manifest != null) {
                known(manifest, "Reference");
                for (Node ref : manifest.all("Reference")) {
                    known(ref, "ContentId", "ContentType", "Description", "AttachmentName");
                    String id = cid(text(ref, "ContentId"));
                    if (id.isEmpty()) {
                        throw new EdxmlException(EdxmlViolation.MISSING_ELEMENT, ref.path, "ContentId");
                    }
                    if (listed.put(id, ref) != null) {
                        throw new EdxmlException(EdxmlViolation.DUPLICATE_CONTENT_ID, ref.path, id);
                    }
                }
            }
        }
        Map<String, Node> carried = new LinkedHashMap<>();
        Node encoded = root.child("AttachmentEncoded");
        if (encoded != null) {
            known(encoded, "Attachment");
            for (Node a : encoded.all("Attachment")) {
                known(a, "ContentId", "AttachmentName", "Description", "ContentType", "ContentTransferEncoded");
                String id = cid(text(a, "ContentId"));
                if (id.isEmpty()) {
                    throw new EdxmlException(EdxmlViolation.MISSING_ELEMENT, a.path, "ContentId");
                }
                if (carried.put(id, a) != null) {
                    throw new EdxmlException(EdxmlViolation.DUPLICATE_CONTENT_ID, a.path, id);
                }
            }
        }
        List<EdxmlAttachment> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : listed.entrySet()) {
            Node ref = e.getValue();
            Node a = carried.remove(e.getKey());
            Node content = a == null ? null : a.child("ContentTransferEncoded");
            if (content == null || content.content == null) {
                throw new EdxmlException(EdxmlViolation.MISSING_ATTACHMENT, ref.path,
                        or(text(ref, "AttachmentName"), e.getKey()));
            }
            out.add(new EdxmlAttachment(text(ref, "ContentId"), or(text(ref, "AttachmentName"),
                    text(a, "AttachmentName")), or(text(ref, "ContentType"), text(a, "ContentType")),
                    or(text(ref, "Description"), text(a, "Description")), content.content));
        }
        for (Map.Entry<String, Node> e : carried.entrySet()) {
            Node a = e.getValue();
            Node content = a.child("ContentTransferEncoded");
            if (content == null || content.content == null) {
                throw new EdxmlException(EdxmlViolation.MISSING_ATTACHMENT, a.path,
                        or(text(a, "AttachmentName"), e.getKey()));
            }
            warnings.add(EdxmlViolation.ATTACHMENT_NOT_IN_MANIFEST.at(a.path, or(text(a, "AttachmentName"),
                    e.getKey())));
            out.add(new EdxmlAttachment(text(a, "ContentId"), text(a, "AttachmentName"), text(a, "ContentType"),
                    text(a, "Description"), content.content));
        }
        return out;
    }

    /** A ContentId compared without spaces, angle brackets or the {@code cid:} scheme. */
    static String cid(String id) {
        String s = id.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.regionMatches(true, 0, "cid:", 0, 4)) {
            s = s.substring(4);
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------ status

    private EdxmlStatus status(Node m, TraceInfo trace) {
        known(m, "From", "To", "ResponseFor", "StaffInfo", "StatusCode", "Description", "Timestamp");
        Organization from = organization(required(m, "From"));
        ResponseFor responseFor = responseFor(required(m, "ResponseFor"));
        Node codeNode = required(m, "StatusCode");
        StatusCode code = StatusCode.of(codeNode.value()).orElseThrow(() -> new EdxmlException(
                EdxmlViolation.BAD_VALUE, codeNode.path, codeNode.value(), "not a known status code (01-06, 13, 15, "
                + "16)"));
        Node staff = m.child("StaffInfo");
        Node time = required(m, "Timestamp");
        LocalDateTime timestamp = timestamp(time).orElseThrow(() -> new EdxmlException(EdxmlViolation.BAD_VALUE,
                time.path, time.value(), "not a time yyyy/MM/dd HH:mm:ss"));
        return new EdxmlStatus(from, responseFor, staff == null ? Optional.empty() : Optional.of(staff(staff)),
                code, text(m, "Description"), timestamp, trace);
    }

    // ------------------------------------------------------------------------------------------ parts

    private Organization organization(Node o) {
        known(o, "OrganId", "OrganizationInCharge", "OrganName", "OrganAdd", "Email", "Telephone", "Fax",
                "Website");
        return new Organization(text(o, "OrganId"), text(o, "OrganizationInCharge"), text(o, "OrganName"),
                text(o, "OrganAdd"), text(o, "Email"), text(o, "Telephone"), text(o, "Fax"), text(o, "Website"));
    }

    private ResponseFor responseFor(Node r) {
        known(r, "OrganId", "Code", "PromulgationDate", "DocumentId");
        String code;
        Node c = r.child("Code");
        if (c != null && c.child("CodeNumber") != null) {
            code = text(c, "CodeNumber") + "/" + text(c, "CodeNotation");
        } else {
            code = text(r, "Code");
        }
        return new ResponseFor(text(r, "OrganId"), code, date(r, "PromulgationDate"), text(r, "DocumentId"));
    }

    private StaffInfo staff(Node s) {
        known(s, "Department", "DepartmentId", "Staff", "StaffId", "Email", "Mobile");
        return new StaffInfo(text(s, "Department"), text(s, "DepartmentId"), text(s, "Staff"), text(s, "StaffId"),
                text(s, "Email"), text(s, "Mobile"));
    }

    /** edoc's own element ({@link EdocExtension}); elements named so in another namespace are unknown ones. */
    private EdocExtension extension(Node header) {
        Node x = null;
        for (Node c : header.all("Extension")) {
            if (c.ns.equals(EdocExtension.NS) && x == null) {
                x = c;
            } else {
                warnings.add(EdxmlViolation.UNKNOWN_ELEMENT.at(c.path, c.local));
            }
        }
        if (x == null) {
            return EdocExtension.none();
        }
        known(x, "Kind", "Signed", "Task");
        Optional<String> kind = Optional.empty();
        Node k = x.child("Kind");
        if (k != null) {
            if (!k.value().matches("[A-Z_]{1,40}")) {
                throw new EdxmlException(EdxmlViolation.BAD_VALUE, k.path, k.value(), "not a message kind");
            }
            kind = Optional.of(k.value());
        }
        Optional<Boolean> signed = Optional.empty();
        Node v = x.child("Signed");
        if (v != null) {
            if (!v.value().equals("true") && !v.value().equals("false")) {
                throw new EdxmlException(EdxmlViolation.BAD_VALUE, v.path, v.value(), "true or false expected");
            }
            signed = Optional.of(Boolean.parseBoolean(v.value()));
        }
        List<String> tasks = new ArrayList<>();
        for (Node t : x.all("Task")) {
            // a task's text is kept as written: only the pretty-printing around it would be stripped, and none is
            tasks.add(t.text.toString());
        }
        return new EdocExtension(kind, signed, tasks);
    }

    private TraceInfo trace(Node list) {
        if (list == null) {
            return TraceInfo.none();
        }
        known(list, "TraceHeader", "Bussiness", "Business");
        List<TraceInfo.TraceHeader> headers = new ArrayList<>();
        for (Node h : list.all("TraceHeader")) {
            known(h, "OrganId", "Timestamp");
            Node t = h.child("Timestamp");
            headers.add(new TraceInfo.TraceHeader(text(h, "OrganId"), t == null || t.value().isEmpty()
                    ? Optional.empty() : timestamp(t)));
        }
        Node business = variant(list, "Bussiness", "Business");
        return new TraceInfo(headers, business == null ? Optional.empty() : Optional.of(business(business)),
                list.attributes.getOrDefault("id", "").strip());
    }

    private TraceInfo.Business business(Node b) {
        known(b, "DocumentId", "BussinessDocType", "BussinessDocReason", "Paper", "BussinessDocumentInfo",
                "ReplacementInfoList", "StaffInfo", "BusinessDocType", "BusinessDocReason", "BusinessDocumentInfo");
        Node typeNode = variant(b, "BussinessDocType", "BusinessDocType");
        BusinessDocType type = BusinessDocType.NEW;
        if (typeNode == null || typeNode.value().isEmpty()) {
            warnings.add(EdxmlViolation.VALUE_VARIANT.at(b.path + "/BussinessDocType", "",
                    "missing; read as 0, a new document"));
        } else {
            Optional<Integer> n = integer(typeNode.value());
            type = n.flatMap(BusinessDocType::of).orElseThrow(() -> new EdxmlException(EdxmlViolation.BAD_VALUE,
                    typeNode.path, typeNode.value(), "not a BussinessDocType (0 new, 1 recall, 2 update, 3 replace)"));
        }
        Node reason = variant(b, "BussinessDocReason", "BusinessDocReason");
        String documentInfo = "";
        String documentReceiver = "";
        List<TraceInfo.Receiver> receivers = new ArrayList<>();
        Node info = variant(b, "BussinessDocumentInfo", "BusinessDocumentInfo");
        if (info != null) {
            known(info, "DocumentInfo", "DocumentReceiver", "ReceiverList");
            documentInfo = text(info, "DocumentInfo");
            documentReceiver = text(info, "DocumentReceiver");
            Node list = info.child("ReceiverList");
            if (list != null) {
                known(list, "Receiver");
                for (Node r : list.all("Receiver")) {
                    known(r, "OrganId", "ReceiverType");
                    receivers.add(new TraceInfo.Receiver(text(r, "OrganId"), text(r, "ReceiverType")));
                }
            }
        }
        List<TraceInfo.ReplacementInfo> replacements = new ArrayList<>();
        Node rlist = b.child("ReplacementInfoList");
        if (rlist != null) {
            known(rlist, "ReplacementInfo");
            for (Node r : rlist.all("ReplacementInfo")) {
                known(r, "DocumentId", "OrganIdList");
                List<String> organs = new ArrayList<>();
                Node ol = r.child("OrganIdList");
                if (ol != null) {
                    known(ol, "OrganId");
                    for (Node o : ol.all("OrganId")) {
                        if (!o.value().isEmpty()) {
                            organs.add(o.value());
                        }
                    }
                }
                replacements.add(new TraceInfo.ReplacementInfo(text(r, "DocumentId"), organs));
            }
        }
        Node staff = b.child("StaffInfo");
        return new TraceInfo.Business(text(b, "DocumentId"), type, reason == null ? "" : leaf(reason),
                number(b, "Paper"), documentInfo, documentReceiver, receivers, replacements,
                staff == null ? Optional.empty() : Optional.of(staff(staff)));
    }

    // ------------------------------------------------------------------------------------------ values

    private Node required(Node parent, String name) {
        Node n = parent.child(name);
        if (n == null) {
            throw new EdxmlException(EdxmlViolation.MISSING_ELEMENT, parent.path + "/" + name, name);
        }
        return n;
    }

    /** The child {@code name}, or its misspelled {@code variant} with a warning. */
    private Node variant(Node parent, String name, String variant) {
        Node n = parent.child(name);
        if (n == null) {
            n = parent.child(variant);
            if (n != null) {
                warnings.add(EdxmlViolation.BUSINESS_SPELLING.at(n.path, variant, name));
            }
        }
        return n;
    }

    private void known(Node parent, String... names) {
        Set<String> allowed = Set.of(names);
        for (Node c : parent.children) {
            if (!allowed.contains(c.local)) {
                warnings.add(EdxmlViolation.UNKNOWN_ELEMENT.at(c.path, c.local));
            }
        }
    }

    /** The text of the child {@code name}; {@code ""} when absent, with a warning when present but empty. */
    private String text(Node parent, String name) {
        Node n = parent.child(name);
        return n == null ? "" : leaf(n);
    }

    private String leaf(Node n) {
        String v = n.value();
        if (v.isEmpty() && n.children.isEmpty()) {
            warnings.add(EdxmlViolation.EMPTY_ELEMENT.at(n.path));
        }
        return v;
    }

    /** An element that some systems fill with sub-elements: its text, or its children's texts joined by ";". */
    private String flat(Node parent, String name) {
        Node n = parent.child(name);
        if (n == null) {
            return "";
        }
        if (n.children.isEmpty()) {
            return leaf(n);
        }
        List<String> parts = new ArrayList<>();
        for (Node c : n.children) {
            if (!c.value().isEmpty()) {
                parts.add(c.value());
            }
        }
        return String.join(";", parts);
    }

    private Optional<Integer> number(Node parent, String name) {
        String v = text(parent, name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> n = integer(v);
        if (n.isEmpty()) {
            warnings.add(EdxmlViolation.VALUE_VARIANT.at(parent.child(name).path, v, "not a whole number"));
        }
        return n;
    }

    private static Optional<Integer> integer(String v) {
        String s = v.strip();
        if (s.isEmpty() || s.length() > 9) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(s));
    }

    private Optional<LocalDate> date(Node parent, String name) {
        Node n = parent.child(name);
        if (n == null) {
            return Optional.empty();
        }
        String v = leaf(n);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = parseDate(v, n.path);
        if (d.isEmpty()) {
            warnings.add(EdxmlViolation.VALUE_VARIANT.at(n.path, v, "not a date yyyy/MM/dd"));
        }
        return d;
    }

    /** A date written {@code yyyy/MM/dd}, or one of the variants (with a warning). */
    private Optional<LocalDate> parseDate(String v, String path) {
        try {
            Matcher m = SLASH_YMD.matcher(v);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(2).length() != 2 || m.group(3).length() != 2) {
                    warnings.add(EdxmlViolation.DATE_VARIANT.at(path, v, d));
                }
                return Optional.of(d);
            }
            m = SLASH_DMY.matcher(v);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
                warnings.add(EdxmlViolation.DATE_VARIANT.at(path, v, d));
                return Optional.of(d);
            }
            m = DASH_YMD.matcher(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                warnings.add(EdxmlViolation.DATE_VARIANT.at(path, v, d));
                return Optional.of(d);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A time {@code yyyy/MM/dd HH:mm:ss} (Vietnam time), or a variant with a warning; empty when unreadable. */
    private Optional<LocalDateTime> timestamp(Node n) {
        String v = n.value();
        if (v.isEmpty()) {
            warnings.add(EdxmlViolation.EMPTY_ELEMENT.at(n.path));
            return Optional.empty();
        }
        try {
            if (v.indexOf('T') == 10) {
                LocalDateTime t;
                try {
                    t = OffsetDateTime.parse(v).withOffsetSameInstant(VIETNAM).toLocalDateTime();
                } catch (DateTimeParseException e) {
                    t = LocalDateTime.parse(v);
                }
                warnings.add(EdxmlViolation.DATE_VARIANT.at(n.path, v, t));
                return Optional.of(t);
            }
            int space = v.indexOf(' ');
            String datePart = space < 0 ? v : v.substring(0, space);
            String timePart = space < 0 ? "" : v.substring(space + 1).strip();
            List<Violation> before = new ArrayList<>(warnings);
            Optional<LocalDate> d = parseDate(datePart, n.path);
            if (d.isEmpty()) {
                warnings.add(EdxmlViolation.VALUE_VARIANT.at(n.path, v, "not a time yyyy/MM/dd HH:mm:ss"));
                return Optional.empty();
            }
            boolean variant = warnings.size() > before.size();
            if (variant) {
                warnings.subList(before.size(), warnings.size()).clear();
            }
            Matcher m = TIME.matcher(timePart);
            LocalDateTime t;
            if (timePart.isEmpty()) {
                t = d.get().atStartOfDay();
                variant = true;
            } else if (m.matches()) {
                t = d.get().atTime(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
                variant |= m.group(1).length() != 2 || m.group(3) == null;
            } else {
                warnings.add(EdxmlViolation.VALUE_VARIANT.at(n.path, v, "not a time yyyy/MM/dd HH:mm:ss"));
                return Optional.empty();
            }
            if (variant) {
                warnings.add(EdxmlViolation.DATE_VARIANT.at(n.path, v, t));
            }
            return Optional.of(t);
        } catch (DateTimeException | NumberFormatException e) {
            warnings.add(EdxmlViolation.VALUE_VARIANT.at(n.path, v, "not a time yyyy/MM/dd HH:mm:ss"));
            return Optional.empty();
        }
    }

    private static String or(String first, String second) {
        return first.isEmpty() ? second : first;
    }
}
