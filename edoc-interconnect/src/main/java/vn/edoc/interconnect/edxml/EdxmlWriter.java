package vn.edoc.interconnect.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentStore;

/**
 * Writes edXML packages and status messages (ghi gói tin edXML) in the current form: the element names, prefixes,
 * order and spellings ({@code Bussiness}) of QCVN 102:2016 as the official SDK writes them, UTF-8, dates
 * {@code yyyy/MM/dd}, times {@code yyyy/MM/dd HH:mm:ss}, empty optional elements left out. Attachment content
 * streams from the {@link ContentStore} as base64, never whole in memory.
 *
 * <p>With a {@link PackageSigner} the package carries its own XML signature in the header: enveloped, over the whole
 * document, exclusive canonicalisation, SHA-256 unless the signer says otherwise. The digest is computed by a first
 * pass that canonicalises the package without writing it (attachments are read twice from the store), so the
 * signature can precede the body as the standard's layout wants.
 *
 * <p>Text that XML cannot carry (control characters, unpaired surrogates) is refused with an
 * {@link EdxmlException} before anything is written for that element. Instances are immutable.
 */
public final class EdxmlWriter {

    private static final int CHUNK = 48 * 1024;

    private final ContentStore store;
    private final PackageSigner signer;
    private final XMLOutputFactory factory;

    private EdxmlWriter(ContentStore store, PackageSigner signer) {
        this.store = Objects.requireNonNull(store, "store");
        this.signer = signer;
        this.factory = XmlSupport.outputFactory();
    }

    /** A writer reading attachment content from {@code store}, without signature. */
    public static EdxmlWriter of(ContentStore store) {
        return new EdxmlWriter(store, null);
    }

    /** This writer, signing with {@code signer}. */
    public EdxmlWriter signedBy(PackageSigner signer) {
        return new EdxmlWriter(store, Objects.requireNonNull(signer, "signer"));
    }

    /**
     * Writes {@code message} to {@code out} (flushed, not closed).
     *
     * @throws EdxmlException when a text cannot be written in XML, content is missing or corrupt in the store, or
     *                        writing fails
     */
    public void write(EdxmlMessage message, OutputStream out) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(out, "out");
        Element signature = null;
        if (signer != null) {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance(signer.digest().jcaName());
            } catch (NoSuchAlgorithmException e) {
                throw new EdxmlException(EdxmlViolation.SIGNING, "", e, e.getMessage());
            }
            Canonicalizer c = new Canonicalizer(Canonicalizer.Mode.EXCLUSIVE, digest);
            new Emitter(new CanonicalSink(c), null, true).message(message);
            c.finish();
            signature = PackageSignatures.sign(signer, digest.digest());
        }
        XMLStreamWriter2 w;
        try {
            w = (XMLStreamWriter2) factory.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new EdxmlException(EdxmlViolation.IO, "", e, e.getMessage());
        }
        new Emitter(new StaxSink(w, out), signature, signer != null).message(message);
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
            out.flush();
        } catch (XMLStreamException | IOException e) {
            throw new EdxmlException(EdxmlViolation.IO, "", e, e.getMessage());
        }
    }

    /** Where the emitter writes: the XML output, or the canonicaliser of the signing pass. */
    private interface Sink {
        void start(String prefix, String local, String uri, List<String[]> declared, List<Canonicalizer.Attr> attrs);

        void text(String text);

        /** Base64 content: ASCII bytes, which need no escaping. */
        void base64(byte[] encoded, int length);

        void end();
    }

    private static final class StaxSink implements Sink {
        private final XMLStreamWriter2 w;
        private final OutputStream out;
        private boolean direct;

        StaxSink(XMLStreamWriter2 w, OutputStream out) {
            this.w = w;
            this.out = out;
        }

        @Override
        public void start(String prefix, String local, String uri, List<String[]> declared,
                          List<Canonicalizer.Attr> attrs) {
            direct = false;
            try {
                w.writeStartElement(prefix, local, uri);
                for (String[] d : declared) {
                    if (d[0].isEmpty()) {
                        w.writeDefaultNamespace(d[1]);
                    } else {
                        w.writeNamespace(d[0], d[1]);
                    }
                }
                for (Canonicalizer.Attr a : attrs) {
                    if (a.prefix().isEmpty()) {
                        w.writeAttribute(a.local(), a.value());
                    } else {
                        w.writeAttribute(a.prefix(), a.uri(), a.local(), a.value());
                    }
                }
            } catch (XMLStreamException e) {
                throw new EdxmlException(EdxmlViolation.IO, local, e, e.getMessage());
            }
        }

        @Override
        public void text(String text) {
            try {
                w.writeCharacters(text);
            } catch (XMLStreamException e) {
                throw new EdxmlException(EdxmlViolation.IO, "", e, e.getMessage());
            }
        }

        @Override
        public void base64(byte[] encoded, int length) {
            try {
                int from = 0;
                if (!direct) {
                    // one character through the writer closes the start tag; then the writer is flushed and the
                    // ASCII bytes go straight to the output, past the writer's character encoder
                    w.writeRaw(new char[] {(char) encoded[0]}, 0, 1);
                    w.flush();
                    direct = true;
                    from = 1;
                }
                out.write(encoded, from, length - from);
            } catch (XMLStreamException | IOException e) {
                throw new EdxmlException(EdxmlViolation.IO, "", e, e.getMessage());
            }
        }

        @Override
        public void end() {
            try {
                w.writeEndElement();
            } catch (XMLStreamException e) {
                throw new EdxmlException(EdxmlViolation.IO, "", e, e.getMessage());
            }
        }
    }

    private static final class CanonicalSink implements Sink {
        private final Canonicalizer c;

        CanonicalSink(Canonicalizer c) {
            this.c = c;
        }

        @Override
        public void start(String prefix, String local, String uri, List<String[]> declared,
                          List<Canonicalizer.Attr> attrs) {
            c.start(prefix, local, uri, declared, attrs);
        }

        @Override
        public void text(String text) {
            char[] chars = text.toCharArray();
            c.text(chars, 0, chars.length);
        }

        private char[] chars = new char[0];

        @Override
        public void base64(byte[] encoded, int length) {
            if (chars.length < length) {
                chars = new char[length];
            }
            for (int i = 0; i < length; i++) {
                chars[i] = (char) encoded[i];
            }
            c.text(chars, 0, length);
        }

        @Override
        public void end() {
            c.end();
        }
    }

    /** Emits one message in the standard's element order. */
    private final class Emitter {
        private final Sink sink;
        private final Element signature;
        private final boolean signed;
        private final List<String> path = new ArrayList<>();

        Emitter(Sink sink, Element signature, boolean signed) {
            this.sink = sink;
            this.signature = signature;
            this.signed = signed;
        }

        void message(EdxmlMessage message) {
            sink.start("", "edXML", XmlSupport.NS, List.<String[]>of(new String[] {"", XmlSupport.NS}), List.of());
            path.add("edXML");
            open("edXMLEnvelope", 1, List.<String[]>of(new String[] {XmlSupport.PREFIX, XmlSupport.NS}));
            open("edXMLHeader", 2);
            open("MessageHeader", 3);
            if (message instanceof EdxmlPackage p) {
                header(p.header(), 4);
            } else {
                status((EdxmlStatus) message, 4);
            }
            close(3);
            trace(message.trace(), 3);
            extension(message.trace().extension(), 3);
            if (signed) {
                indent(3);
                if (signature != null) {
                    dom(signature, 3);
                }
            }
            close(2);
            if (message instanceof EdxmlPackage p && !p.attachments().isEmpty()) {
                open("edXMLBody", 2);
                sink.text("\n      ");
                List<Canonicalizer.Attr> version = List.of(new Canonicalizer.Attr("", "version", "", "1.0"));
                sink.start(XmlSupport.PREFIX, "edXMLManifest", XmlSupport.NS, List.of(), version);
                path.add("edXMLManifest");
                for (EdxmlAttachment a : p.attachments()) {
                    open("Reference", 4);
                    leaf("ContentId", a.contentId(), 5);
                    leaf("ContentType", a.contentType(), 5);
                    leaf("Description", a.description(), 5);
                    leaf("AttachmentName", a.name(), 5);
                    close(4);
                }
                close(3);
                close(2);
            }
            close(1);
            if (message instanceof EdxmlPackage p && !p.attachments().isEmpty()) {
                plainOpen("AttachmentEncoded", 1);
                for (EdxmlAttachment a : p.attachments()) {
                    plainOpen("Attachment", 2);
                    plainLeaf("ContentId", a.contentId(), 3);
                    plainLeaf("AttachmentName", a.name(), 3);
                    plainLeaf("Description", a.description(), 3);
                    plainLeaf("ContentType", a.contentType(), 3);
                    indent(3);
                    sink.start(XmlSupport.PREFIX, "ContentTransferEncoded", XmlSupport.NS,
                            List.<String[]>of(new String[] {XmlSupport.PREFIX, XmlSupport.NS}), List.of());
                    path.add("ContentTransferEncoded");
                    content(a);
                    sink.end();
                    path.remove(path.size() - 1);
                    close(2);
                }
                close(1);
            }
            sink.text("\n");
            sink.end();
        }

        private void header(EdxmlHeader h, int d) {
            organization("From", h.from(), d);
            for (Organization to : h.to()) {
                organization("To", to, d);
            }
            leaf("DocumentId", h.documentId(), d);
            if (!h.code().number().isEmpty() || !h.code().notation().isEmpty()) {
                open("Code", d);
                leaf("CodeNumber", h.code().number(), d + 1);
                leaf("CodeNotation", h.code().notation(), d + 1);
                close(d);
            }
            if (!h.place().isEmpty() || h.promulgationDate().isPresent()) {
                open("PromulgationInfo", d);
                leaf("Place", h.place(), d + 1);
                leaf("PromulgationDate", date(h.promulgationDate()), d + 1);
                close(d);
            }
            EdxmlHeader.DocType t = h.type();
            if (!t.type().isEmpty() || !t.detail().isEmpty() || !t.name().isEmpty()) {
                open("DocumentType", d);
                leaf("Type", t.type(), d + 1);
                leaf("TypeDetail", t.detail(), d + 1);
                leaf("TypeName", t.name(), d + 1);
                close(d);
            }
            leaf("Subject", h.subject(), d);
            leaf("Content", h.content(), d);
            EdxmlHeader.SignerInfo s = h.signer();
            if (!s.competence().isEmpty() || !s.position().isEmpty() || !s.fullName().isEmpty()) {
                open("SignerInfo", d);
                leaf("Competence", s.competence(), d + 1);
                leaf("Position", s.position(), d + 1);
                leaf("FullName", s.fullName(), d + 1);
                close(d);
            }
            leaf("DueDate", date(h.dueDate()), d);
            EdxmlHeader.OtherInfo o = h.other();
            if (!o.equals(EdxmlHeader.OtherInfo.none())) {
                open("OtherInfo", d);
                leaf("Priority", number(o.priority()), d + 1);
                leaf("SphereOfPromulgation", o.sphereOfPromulgation(), d + 1);
                leaf("TyperNotation", o.typerNotation(), d + 1);
                leaf("PromulgationAmount", number(o.promulgationAmount()), d + 1);
                leaf("PageAmount", number(o.pageAmount()), d + 1);
                leaf("ReplyFors", o.replyFors(), d + 1);
                leaf("Direction", o.direction(), d + 1);
                leaf("ReferenceCodes", o.referenceCodes(), d + 1);
                if (!o.appendixes().isEmpty()) {
                    open("Appendixes", d + 1);
                    for (String a : o.appendixes()) {
                        leaf("Appendix", a, d + 2);
                    }
                    close(d + 1);
                }
                close(d);
            }
            for (ResponseFor r : h.responseFor()) {
                responseFor(r, d);
            }
            leaf("SteeringType", number(h.steeringType()), d);
            if (!h.responseForTask().isEmpty()) {
                open("ResponseForTask", d);
                for (String task : h.responseForTask()) {
                    leaf("TaskCode", task, d + 1);
                }
                close(d);
            }
            leaf("ApplicationType", h.applicationType(), d);
            if (!h.toPlaces().isEmpty()) {
                open("ToPlaces", d);
                for (String p : h.toPlaces()) {
                    leaf("Place", p, d + 1);
                }
                close(d);
            }
        }

        private void status(EdxmlStatus s, int d) {
            organization("From", s.from(), d);
            responseFor(s.responseFor(), d);
            s.staff().ifPresent(staff -> staff(staff, d));
            leaf("StatusCode", s.code().code(), d);
            leaf("Description", s.description(), d);
            leaf("Timestamp", time(s.timestamp()), d);
        }

        private void organization(String name, Organization o, int d) {
            open(name, d);
            leaf("OrganId", o.organId(), d + 1);
            leaf("OrganizationInCharge", o.organizationInCharge(), d + 1);
            leaf("OrganName", o.organName(), d + 1);
            leaf("OrganAdd", o.organAdd(), d + 1);
            leaf("Email", o.email(), d + 1);
            leaf("Telephone", o.telephone(), d + 1);
            leaf("Fax", o.fax(), d + 1);
            leaf("Website", o.website(), d + 1);
            close(d);
        }

        private void responseFor(ResponseFor r, int d) {
            open("ResponseFor", d);
            leaf("OrganId", r.organId(), d + 1);
            leaf("Code", r.code(), d + 1);
            leaf("PromulgationDate", date(r.promulgationDate()), d + 1);
            leaf("DocumentId", r.documentId(), d + 1);
            close(d);
        }

        private void staff(StaffInfo s, int d) {
            open("StaffInfo", d);
            leaf("Department", s.department(), d + 1);
            leaf("DepartmentId", s.departmentId(), d + 1);
            leaf("Staff", s.staff(), d + 1);
            leaf("StaffId", s.staffId(), d + 1);
            leaf("Email", s.email(), d + 1);
            leaf("Mobile", s.mobile(), d + 1);
            close(d);
        }

        private void trace(TraceInfo t, int d) {
            if (t.headers().isEmpty() && t.business().isEmpty() && t.messageId().isEmpty()) {
                return;
            }
            if (t.messageId().isEmpty()) {
                open("TraceHeaderList", d);
            } else {
                check(t.messageId(), "TraceHeaderList");
                indent(d);
                sink.start(XmlSupport.PREFIX, "TraceHeaderList", XmlSupport.NS, List.of(),
                        List.of(new Canonicalizer.Attr("", "id", "", t.messageId())));
                path.add("TraceHeaderList");
            }
            for (TraceInfo.TraceHeader h : t.headers()) {
                open("TraceHeader", d + 1);
                leaf("OrganId", h.organId(), d + 2);
                leaf("Timestamp", h.timestamp().map(this::time).orElse(""), d + 2);
                close(d + 1);
            }
            if (t.business().isPresent()) {
                TraceInfo.Business b = t.business().get();
                open("Bussiness", d + 1);
                leaf("DocumentId", b.documentId(), d + 2);
                leaf("BussinessDocType", Integer.toString(b.type().code()), d + 2);
                leaf("BussinessDocReason", b.reason(), d + 2);
                leaf("Paper", number(b.paper()), d + 2);
                if (!b.documentInfo().isEmpty() || !b.documentReceiver().isEmpty() || !b.receivers().isEmpty()) {
                    open("BussinessDocumentInfo", d + 2);
                    leaf("DocumentInfo", b.documentInfo(), d + 3);
                    leaf("DocumentReceiver", b.documentReceiver(), d + 3);
                    if (!b.receivers().isEmpty()) {
                        open("ReceiverList", d + 3);
                        for (TraceInfo.Receiver r : b.receivers()) {
                            open("Receiver", d + 4);
                            leaf("OrganId", r.organId(), d + 5);
                            leaf("ReceiverType", r.receiverType(), d + 5);
                            close(d + 4);
                        }
                        close(d + 3);
                    }
                    close(d + 2);
                }
                if (!b.replacements().isEmpty()) {
                    open("ReplacementInfoList", d + 2);
                    for (TraceInfo.ReplacementInfo r : b.replacements()) {
                        open("ReplacementInfo", d + 3);
                        leaf("DocumentId", r.documentId(), d + 4);
                        if (!r.organIds().isEmpty()) {
                            open("OrganIdList", d + 4);
                            for (String o : r.organIds()) {
                                leaf("OrganId", o, d + 5);
                            }
                            close(d + 4);
                        }
                        close(d + 3);
                    }
                    close(d + 2);
                }
                b.staff().ifPresent(s -> staff(s, d + 2));
                close(d + 1);
            }
            close(d);
        }

        /** edoc's own element ({@link EdocExtension}), in its namespace, so that other readers skip it. */
        private void extension(EdocExtension x, int d) {
            if (x.isEmpty()) {
                return;
            }
            indent(d);
            sink.start(EdocExtension.PREFIX, "Extension", EdocExtension.NS,
                    List.<String[]>of(new String[] {EdocExtension.PREFIX, EdocExtension.NS}), List.of());
            path.add("Extension");
            x.kind().ifPresent(k -> extensionLeaf("Kind", k, d + 1));
            x.signed().ifPresent(v -> extensionLeaf("Signed", Boolean.toString(v), d + 1));
            for (String t : x.tasks()) {
                extensionLeaf("Task", t, d + 1);
            }
            close(d);
        }

        private void extensionLeaf(String name, String value, int depth) {
            // an empty task is still a task: written as an empty element, not left out
            check(value, name);
            indent(depth);
            sink.start(EdocExtension.PREFIX, name, EdocExtension.NS, List.of(), List.of());
            if (!value.isEmpty()) {
                sink.text(value);
            }
            sink.end();
        }

        private void content(EdxmlAttachment a) {
            String where = String.join("/", path);
            byte[] bytes = new byte[CHUNK];
            byte[] encoded = new byte[CHUNK / 3 * 4];
            Base64.Encoder encoder = Base64.getEncoder();
            long total = 0;
            try (InputStream in = store.open(a.content())) {
                int n;
                while ((n = in.readNBytes(bytes, 0, CHUNK)) > 0) {
                    total += n;
                    int m = n == CHUNK ? encoder.encode(bytes, encoded)
                            : encoder.encode(java.util.Arrays.copyOf(bytes, n), encoded);
                    sink.base64(encoded, m);
                }
            } catch (ContentException e) {
                throw new EdxmlException(EdxmlViolation.CONTENT_STORE, where, e, e.getMessage());
            } catch (IOException e) {
                throw new EdxmlException(EdxmlViolation.IO, where, e, e.getMessage());
            }
            if (total != a.content().size()) {
                throw new EdxmlException(EdxmlViolation.CONTENT_STORE, where,
                        "the store gave " + total + " bytes for " + a.content());
            }
        }

        private void dom(Element e, int d) {
            String prefix = e.getPrefix() == null ? "" : e.getPrefix();
            List<String[]> declared = new ArrayList<>();
            List<Canonicalizer.Attr> attrs = new ArrayList<>();
            NamedNodeMap map = e.getAttributes();
            for (int i = 0; i < map.getLength(); i++) {
                Attr a = (Attr) map.item(i);
                if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                    declared.add(new String[] {a.getPrefix() == null ? "" : a.getLocalName(), a.getValue()});
                } else {
                    attrs.add(new Canonicalizer.Attr(a.getPrefix() == null ? "" : a.getPrefix(),
                            a.getLocalName() == null ? a.getName() : a.getLocalName(),
                            a.getNamespaceURI() == null ? "" : a.getNamespaceURI(), a.getValue()));
                }
            }
            sink.start(prefix, e.getLocalName(), e.getNamespaceURI() == null ? "" : e.getNamespaceURI(), declared,
                    attrs);
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    dom(c, d + 1);
                } else if (n.getNodeType() == Node.TEXT_NODE) {
                    sink.text(n.getNodeValue());
                }
            }
            sink.end();
        }

        // ---- element helpers: indentation is text, written the same in both passes

        private void open(String name, int depth) {
            open(name, depth, List.of());
        }

        private void open(String name, int depth, List<String[]> declared) {
            indent(depth);
            sink.start(XmlSupport.PREFIX, name, XmlSupport.NS, declared, List.of());
            path.add(name);
        }

        private void plainOpen(String name, int depth) {
            indent(depth);
            sink.start("", name, XmlSupport.NS, List.of(), List.of());
            path.add(name);
        }

        private void close(int depth) {
            indent(depth);
            sink.end();
            path.remove(path.size() - 1);
        }

        private void leaf(String name, String value, int depth) {
            if (value.isEmpty()) {
                return;
            }
            check(value, name);
            open(name, depth);
            sink.text(value);
            sink.end();
            path.remove(path.size() - 1);
        }

        private void plainLeaf(String name, String value, int depth) {
            if (value.isEmpty()) {
                return;
            }
            check(value, name);
            plainOpen(name, depth);
            sink.text(value);
            sink.end();
            path.remove(path.size() - 1);
        }

        private void indent(int depth) {
            sink.text("\n" + "  ".repeat(depth));
        }

        private void check(String value, String name) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, value.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    cp = c;
                    throw new EdxmlException(EdxmlViolation.INVALID_CHARACTER, String.join("/", path) + "/" + name,
                            cp);
                }
                if (!XmlSupport.isXmlChar(cp)) {
                    throw new EdxmlException(EdxmlViolation.INVALID_CHARACTER, String.join("/", path) + "/" + name,
                            cp);
                }
            }
        }

        private String date(Optional<LocalDate> d) {
            return d.map(x -> String.format(Locale.ROOT, "%04d/%02d/%02d", x.getYear(), x.getMonthValue(),
                    x.getDayOfMonth())).orElse("");
        }

        private String time(LocalDateTime t) {
            return String.format(Locale.ROOT, "%04d/%02d/%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                    t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        }

        private String number(Optional<Integer> n) {
            return n.map(String::valueOf).orElse("");
        }
    }
}
