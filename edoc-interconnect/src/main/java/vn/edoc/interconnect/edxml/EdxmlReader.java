package vn.edoc.interconnect.edxml;

import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.exc.WstxLazyException;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Reads edXML packages and status messages (đọc gói tin edXML, QCVN 102:2016) from untrusted bytes, streaming:
 * attachment content is base64-decoded straight into a {@link ContentStore} as it is parsed (the store computes its
 * SHA-256), so no attachment is ever held whole in memory; the package signature's digest is computed on the way
 * (canonical XML fed into the digest), so a signed package of any size is checked in one pass.
 *
 * <p>Hostile input ends with an {@link EdxmlException} naming what and where: a DOCTYPE (so no external entity and
 * no entity expansion), a limit of {@link EdxmlLimits} passed, bad base64, a truncated file, bytes not in the
 * declared encoding, XML that is not well-formed. An attachment that fails is not stored (the store's {@code put}
 * fails and keeps nothing); attachments completed before the failure stay as unreferenced content, which the store
 * contract allows and no query returns.
 *
 * <p>The variants deployed systems send are read with a warning each ({@link EdxmlRead#warnings()}): dates as
 * {@code dd/MM/yyyy} or ISO, empty elements, {@code Business} for {@code Bussiness}, a missing namespace, unknown
 * elements; so is a package signature that is broken or uses SHA-1 ({@link EdxmlRead#signature()}).
 *
 * <p>Instances are immutable and safe for concurrent use; each {@link #read} is independent.
 */
public final class EdxmlReader {

    private final ContentStore store;
    private final EdxmlLimits limits;
    private final XMLInputFactory2 factory;

    private EdxmlReader(ContentStore store, EdxmlLimits limits) {
        this.store = Objects.requireNonNull(store, "store");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = XmlSupport.inputFactory(limits);
    }

    /** A reader storing attachments in {@code store}, with the default limits. */
    public static EdxmlReader of(ContentStore store) {
        return new EdxmlReader(store, EdxmlLimits.defaults());
    }

    /** A reader storing attachments in {@code store}, with {@code limits}. */
    public static EdxmlReader of(ContentStore store, EdxmlLimits limits) {
        return new EdxmlReader(store, limits);
    }

    /** The limits applied. */
    public EdxmlLimits limits() {
        return limits;
    }

    /**
     * Reads one package or status message from {@code in} (read to its end, not closed).
     *
     * @throws EdxmlException when the input is refused; nothing partial is stored
     */
    public EdxmlRead read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new Session(in).run();
    }

    /** An I/O failure that carries the refusal, so that it crosses the parser and the content store intact. */
    static final class InputFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final transient EdxmlException refusal;

        InputFailure(EdxmlException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** Counts the bytes read and refuses more than the package limit. */
    private static final class CountingInput extends FilterInputStream {
        private final long max;
        private long count;

        CountingInput(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws InputFailure {
            count += n;
            if (count > max) {
                throw new InputFailure(new EdxmlException(EdxmlViolation.PACKAGE_TOO_LARGE, "", max));
            }
        }
    }

    /** One reading. */
    private final class Session {
        private final CountingInput input;
        private final ContentSplitter splitter;
        private XMLStreamReader2 r;
        private final List<Violation> warnings = new ArrayList<>();
        private final Deque<Node> stack = new ArrayDeque<>();
        private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
        private final List<Canonicalizer> feeds = new ArrayList<>();
        private final Map<String, MessageDigest> inclusive = new HashMap<>();
        private final Map<String, MessageDigest> exclusive = new HashMap<>();
        private Node root;
        private int elements;
        private int attachments;
        private PackageSignatures.Captured signature;

        Session(InputStream in) {
            this.input = new CountingInput(in, limits.maxPackageBytes());
            this.splitter = new ContentSplitter(input);
        }

        EdxmlRead run() {
            try {
                r = (XMLStreamReader2) factory.createXMLStreamReader(splitter);
            } catch (XMLStreamException e) {
                throw translate(e, "");
            }
            startDigests();
            try {
                loop();
            } catch (XMLStreamException e) {
                throw translate(e, here());
            } catch (WstxLazyException e) {
                throw translate(e.getCause() instanceof XMLStreamException x ? x
                        : new XMLStreamException(e.getMessage()), here());
            } finally {
                try {
                    r.closeCompletely();
                } catch (XMLStreamException ignored) {
                    // closing after a failure: the failure already says what went wrong
                }
            }
            if (root == null) {
                throw new EdxmlException(EdxmlViolation.MALFORMED, "", "no root element");
            }
            EdxmlMessage message = new TreeReader(warnings).message(root);
            SignatureCheck check = signature == null ? SignatureCheck.absent()
                    : PackageSignatures.verify(signature, feeds);
            return new EdxmlRead(message, ValidationResult.of(warnings), check);
        }

        private void startDigests() {
            for (String alg : PackageSignatures.DIGESTS.values()) {
                try {
                    inclusive.put(alg, MessageDigest.getInstance(alg));
                    exclusive.put(alg, MessageDigest.getInstance(alg));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("the JDK lacks " + alg, e);
                }
            }
            feeds.add(new Canonicalizer(Canonicalizer.Mode.INCLUSIVE,
                    inclusive.values().toArray(MessageDigest[]::new)));
            feeds.add(new Canonicalizer(Canonicalizer.Mode.EXCLUSIVE,
                    exclusive.values().toArray(MessageDigest[]::new)));
        }

        private void loop() throws XMLStreamException {
            while (true) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> startElement();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            characters();
                    case XMLStreamConstants.END_ELEMENT -> endElement();
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        for (Canonicalizer c : feeds) {
                            c.processingInstruction(r.getPITarget(), r.getPIData());
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new EdxmlException(EdxmlViolation.DOCTYPE, here());
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new EdxmlException(EdxmlViolation.ENTITY, here(), r.getLocalName());
                    case XMLStreamConstants.END_DOCUMENT -> {
                        return;
                    }
                    default -> {
                        // comments and the XML declaration carry nothing and are not part of canonical XML
                    }
                }
            }
        }

        private void startElement() throws XMLStreamException {
            if (++elements > limits.maxElements()) {
                throw new EdxmlException(EdxmlViolation.TOO_MANY_ELEMENTS, here(), limits.maxElements());
            }
            if (stack.size() + 1 > limits.maxDepth()) {
                throw new EdxmlException(EdxmlViolation.TOO_DEEP, here(), limits.maxDepth());
            }
            String local = r.getLocalName();
            String ns = Objects.requireNonNullElse(r.getNamespaceURI(), "");
            Node parent = stack.peek();
            List<String[]> declared = new ArrayList<>();
            Map<String, String> scope = new HashMap<>(scopes.isEmpty() ? Map.of() : scopes.peek());
            for (int i = 0; i < r.getNamespaceCount(); i++) {
                String p = Objects.requireNonNullElse(r.getNamespacePrefix(i), "");
                String u = Objects.requireNonNullElse(r.getNamespaceURI(i), "");
                declared.add(new String[] {p, u});
                scope.put(p, u);
            }
            scopes.push(scope);
            String path;
            if (parent == null) {
                path = local;
                if (!local.equals("edXML") || !(ns.equals(XmlSupport.NS) || ns.isEmpty())) {
                    throw new EdxmlException(EdxmlViolation.NOT_EDXML, local, local, ns.isEmpty() ? "none" : ns);
                }
                if (ns.isEmpty()) {
                    warnings.add(EdxmlViolation.NO_NAMESPACE.at(local));
                }
            } else {
                int index = parent.all(local).size();
                path = parent.pathOf(local, index);
                parent.text.setLength(0);
            }
            if (parent != null && local.equals("Signature") && parent.local.equals("edXMLHeader")
                    && signature == null) {
                signature = captureSignature(path, ns, scope);
                scopes.pop();
                PackageSignatures.choose(signature, feeds, inclusive, exclusive);
                return;
            }
            List<Canonicalizer.Attr> attrs = new ArrayList<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
                attrs.add(new Canonicalizer.Attr(Objects.requireNonNullElse(r.getAttributePrefix(i), ""),
                        r.getAttributeLocalName(i), Objects.requireNonNullElse(r.getAttributeNamespace(i), ""),
                        r.getAttributeValue(i)));
            }
            for (Canonicalizer c : feeds) {
                c.start(r.getPrefix(), local, ns, declared, attrs);
            }
            Node node = new Node(ns, local, path);
            for (Canonicalizer.Attr a : attrs) {
                if (a.uri().isEmpty()) {
                    node.attributes.put(a.local(), a.value());
                }
            }
            if (parent == null) {
                root = node;
            } else {
                parent.children.add(node);
            }
            if (parent != null && local.equals("ContentTransferEncoded") && parent.local.equals("Attachment")) {
                streamAttachment(node);
                scopes.pop();
                return;
            }
            stack.push(node);
        }

        private void characters() {
            char[] chars = r.getTextCharacters();
            int start = r.getTextStart();
            int length = r.getTextLength();
            for (Canonicalizer c : feeds) {
                c.text(chars, start, length);
            }
            Node top = stack.peek();
            if (top != null) {
                if (top.text.length() + (long) length > limits.maxFieldLength()) {
                    throw new EdxmlException(EdxmlViolation.FIELD_TOO_LONG, here(), limits.maxFieldLength());
                }
                top.text.append(chars, start, length);
            }
        }

        private void endElement() {
            for (Canonicalizer c : feeds) {
                c.end();
            }
            Node done = stack.pop();
            scopes.pop();
            if (done.local.equals("edXMLHeader") && signature == null) {
                // without a package signature no digest is needed: stop canonicalising
                feeds.clear();
            }
        }

        private void streamAttachment(Node node) {
            if (++attachments > limits.maxAttachments()) {
                throw new EdxmlException(EdxmlViolation.TOO_MANY_ATTACHMENTS, node.path, limits.maxAttachments());
            }
            AttachmentInput content = new AttachmentInput(node.path, splitter.contentPending());
            ContentRef ref;
            try {
                ref = store.put(content);
            } catch (RuntimeException e) {
                if (content.failure != null) {
                    throw content.failure;
                }
                EdxmlException carried = carried(e);
                if (carried != null) {
                    throw carried;
                }
                if (e instanceof ContentException ce && ce.reason() == ContentException.Reason.TOO_LARGE) {
                    throw new EdxmlException(EdxmlViolation.ATTACHMENT_TOO_LARGE, node.path, e,
                            "the content store's");
                }
                throw new EdxmlException(EdxmlViolation.CONTENT_STORE, node.path, e, e.getMessage());
            }
            if (content.failure != null) {
                throw content.failure;
            }
            if (!content.ended) {
                throw new EdxmlException(EdxmlViolation.CONTENT_STORE, node.path,
                        "the store stopped reading before the end of the content");
            }
            node.content = ref;
        }

        private PackageSignatures.Captured captureSignature(String path, String ns, Map<String, String> scope)
                throws XMLStreamException {
            Document doc;
            try {
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setNamespaceAware(true);
                doc = dbf.newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("no DOM in this JDK", e);
            }
            boolean repaired = !ns.equals(XmlSupport.DSIG);
            if (repaired) {
                warnings.add(EdxmlViolation.SIGNATURE_NAMESPACE.at(path));
            }
            Deque<Element> open = new ArrayDeque<>();
            Element top = null;
            int depth = 0;
            int fieldLength = 0;
            int event = XMLStreamConstants.START_ELEMENT;
            while (true) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth > 0 && ++elements > limits.maxElements()) {
                        throw new EdxmlException(EdxmlViolation.TOO_MANY_ELEMENTS, here(), limits.maxElements());
                    }
                    if (stack.size() + depth + 1 > limits.maxDepth()) {
                        throw new EdxmlException(EdxmlViolation.TOO_DEEP, here(), limits.maxDepth());
                    }
                    String uri = Objects.requireNonNullElse(r.getNamespaceURI(), "");
                    String mapped = repaired && (uri.isEmpty() || uri.equals(XmlSupport.NS)) ? XmlSupport.DSIG
                            : uri;
                    String prefix = Objects.requireNonNullElse(r.getPrefix(), "");
                    Element e = doc.createElementNS(mapped, prefix.isEmpty() ? r.getLocalName()
                            : prefix + ":" + r.getLocalName());
                    Map<String, String> declare = new HashMap<>();
                    if (depth == 0) {
                        declare.putAll(scope);
                    }
                    for (int i = 0; i < r.getNamespaceCount(); i++) {
                        declare.put(Objects.requireNonNullElse(r.getNamespacePrefix(i), ""),
                                Objects.requireNonNullElse(r.getNamespaceURI(i), ""));
                    }
                    if (repaired && prefix.isEmpty()) {
                        declare.put("", XmlSupport.DSIG);
                    }
                    for (Map.Entry<String, String> d : declare.entrySet()) {
                        if (d.getKey().equals("xml")) {
                            continue;
                        }
                        e.setAttributeNS("http://www.w3.org/2000/xmlns/",
                                d.getKey().isEmpty() ? "xmlns" : "xmlns:" + d.getKey(), d.getValue());
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String an = r.getAttributeNamespace(i);
                        String ap = r.getAttributePrefix(i);
                        e.setAttributeNS(an == null || an.isEmpty() ? null : an,
                                ap == null || ap.isEmpty() ? r.getAttributeLocalName(i)
                                        : ap + ":" + r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    if (top == null) {
                        top = e;
                        doc.appendChild(e);
                    } else {
                        open.peek().appendChild(e);
                    }
                    open.push(e);
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                    if (--depth == 0) {
                        return new PackageSignatures.Captured(path, top, repaired);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    fieldLength += r.getTextLength();
                    if (fieldLength > limits.maxFieldLength()) {
                        throw new EdxmlException(EdxmlViolation.FIELD_TOO_LONG, here(), limits.maxFieldLength());
                    }
                    open.peek().appendChild(doc.createTextNode(r.getText()));
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new EdxmlException(EdxmlViolation.ENTITY, here(), r.getLocalName());
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new EdxmlException(EdxmlViolation.TRUNCATED, here());
                }
                event = r.next();
            }
        }

        private String here() {
            Node top = stack.peek();
            String path = top == null ? "" : top.path;
            Location at = r == null ? null : r.getLocation();
            if (at == null || at.getLineNumber() < 1) {
                return path;
            }
            return path + (path.isEmpty() ? "" : " ") + "(line " + at.getLineNumber() + ", column "
                    + at.getColumnNumber() + ")";
        }

        private EdxmlException translate(XMLStreamException e, String where) {
            EdxmlException carried = carried(e);
            if (carried != null) {
                return carried;
            }
            if (e instanceof WstxEOFException) {
                return new EdxmlException(EdxmlViolation.TRUNCATED, where, e);
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
                    return new EdxmlException(EdxmlViolation.ENCODING, where, e, firstLine(t.getMessage()));
                }
            }
            String message = firstLine(e.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("unexpected eof") || lower.contains("unexpected end of input")) {
                return new EdxmlException(EdxmlViolation.TRUNCATED, where, e);
            }
            if (lower.contains("doctype") || lower.contains("dtd")) {
                return new EdxmlException(EdxmlViolation.DOCTYPE, where, e);
            }
            if (lower.contains("entity")) {
                return new EdxmlException(EdxmlViolation.ENTITY, where, e, message);
            }
            if (lower.contains("maximum element depth")) {
                return new EdxmlException(EdxmlViolation.TOO_DEEP, where, e, limits.maxDepth());
            }
            if (lower.contains("maximum element count")) {
                return new EdxmlException(EdxmlViolation.TOO_MANY_ELEMENTS, where, e, limits.maxElements());
            }
            if (lower.contains("maximum attribute size")) {
                return new EdxmlException(EdxmlViolation.FIELD_TOO_LONG, where, e, limits.maxFieldLength());
            }
            if (lower.contains("encoding") || lower.contains("utf-8") || lower.contains("byte")) {
                return new EdxmlException(EdxmlViolation.ENCODING, where, e, message);
            }
            if (e.getNestedException() instanceof IOException io) {
                return new EdxmlException(EdxmlViolation.IO, where, e, firstLine(io.getMessage()));
            }
            return new EdxmlException(EdxmlViolation.MALFORMED, where, e, message);
        }

        /** Streams the text of one {@code ContentTransferEncoded} element, decoded, to the content store. */
        private final class AttachmentInput extends InputStream {
            private final String path;
            private final Base64Decoder decoder = new Base64Decoder();
            private final byte[] decoded = new byte[XmlSupport.TEXT_CHUNK / 4 * 3 + 8];
            private char[] text;
            private boolean fast;
            private boolean lastWasCr;
            private int position;
            private int limit;
            private long total;
            private char[] pending;
            private int pendingStart;
            private int pendingEnd;
            boolean ended;
            EdxmlException failure;

            AttachmentInput(String path, boolean fast) {
                this.path = path;
                this.fast = fast;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                while (position == limit) {
                    if (ended) {
                        return -1;
                    }
                    fill();
                }
                int n = Math.min(len, limit - position);
                System.arraycopy(decoded, position, b, off, n);
                position += n;
                return n;
            }

            private void fill() throws InputFailure {
                try {
                    position = 0;
                    limit = 0;
                    if (pending != null) {
                        decodePending();
                        return;
                    }
                    if (fast) {
                        int n = splitter.decodeContent(decoder, decoded);
                        if (n >= 0) {
                            canonical(splitter.raw(), splitter.rawStart(), splitter.rawEnd());
                            limit = n;
                            total += limit;
                            if (total > limits.maxAttachmentBytes()) {
                                throw new EdxmlException(EdxmlViolation.ATTACHMENT_TOO_LARGE, path,
                                        limits.maxAttachmentBytes());
                            }
                            return;
                        }
                        fast = false;
                    }
                    int event = r.next();
                    switch (event) {
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            pending = r.getTextCharacters();
                            pendingStart = r.getTextStart();
                            pendingEnd = pendingStart + r.getTextLength();
                            for (Canonicalizer c : feeds) {
                                c.text(pending, pendingStart, pendingEnd - pendingStart);
                            }
                            decodePending();
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            decoder.finish();
                            for (Canonicalizer c : feeds) {
                                c.end();
                            }
                            ended = true;
                        }
                        case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                            for (Canonicalizer c : feeds) {
                                c.processingInstruction(r.getPITarget(), r.getPIData());
                            }
                        }
                        case XMLStreamConstants.COMMENT -> {
                            // not content
                        }
                        case XMLStreamConstants.START_ELEMENT -> throw new EdxmlException(EdxmlViolation.MALFORMED,
                                path, "an element inside attachment content");
                        case XMLStreamConstants.ENTITY_REFERENCE ->
                                throw new EdxmlException(EdxmlViolation.ENTITY, path, r.getLocalName());
                        default -> throw new EdxmlException(EdxmlViolation.TRUNCATED, path);
                    }
                } catch (IOException e) {
                    EdxmlException carried = carried(e);
                    throw fail(carried != null ? carried : new EdxmlException(EdxmlViolation.IO, path, e,
                            firstLine(e.getMessage())));
                } catch (Base64Decoder.Failure f) {
                    throw fail(new EdxmlException(EdxmlViolation.BASE64, path, f.getMessage()));
                } catch (XMLStreamException e) {
                    throw fail(translate(e, path));
                } catch (WstxLazyException e) {
                    throw fail(translate(e.getCause() instanceof XMLStreamException x ? x
                            : new XMLStreamException(e.getMessage()), path));
                } catch (EdxmlException e) {
                    throw fail(e);
                }
            }

            /**
             * Feeds the canonicalisers the raw content as the parser would have given it: ASCII, line ends
             * normalised to LF.
             */
            private void canonical(byte[] raw, int from, int to) {
                if (feeds.isEmpty()) {
                    return;
                }
                if (!lastWasCr && !decoder.sawCarriageReturn()) {
                    // base64 and white space other than CR: canonical text as it stands, no escaping needed
                    for (Canonicalizer c : feeds) {
                        c.asciiText(raw, from, to);
                    }
                    return;
                }
                if (text == null || text.length < to - from) {
                    text = new char[Math.max(to - from, XmlSupport.TEXT_CHUNK)];
                }
                int m = 0;
                for (int i = from; i < to; i++) {
                    char c = (char) raw[i];
                    if (c == '\n' && lastWasCr) {
                        lastWasCr = false;
                        continue;
                    }
                    lastWasCr = c == '\r';
                    text[m++] = lastWasCr ? '\n' : c;
                }
                for (Canonicalizer c : feeds) {
                    c.text(text, 0, m);
                }
            }

            private void decodePending() throws Base64Decoder.Failure {
                int n = Math.min(XmlSupport.TEXT_CHUNK, pendingEnd - pendingStart);
                limit = decoder.decode(pending, pendingStart, n, decoded, 0);
                pendingStart += n;
                if (pendingStart >= pendingEnd) {
                    pending = null;
                }
                total += limit;
                if (total > limits.maxAttachmentBytes()) {
                    throw new EdxmlException(EdxmlViolation.ATTACHMENT_TOO_LARGE, path, limits.maxAttachmentBytes());
                }
            }

            private InputFailure fail(EdxmlException e) {
                failure = e;
                return new InputFailure(e);
            }
        }
    }

    private static EdxmlException carried(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputFailure f) {
                return f.refusal;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof InputFailure f) {
                return f.refusal;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
