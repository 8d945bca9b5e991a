package vn.edoc.interconnect.edxml;

import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Canonical XML (W3C Canonical XML 1.0 and Exclusive XML Canonicalization 1.0, both without comments) computed from
 * a stream of parse events straight into message digests, so that the digest of a whole package (the package
 * signature's {@code Reference URI=""}) is known without ever holding the package in memory. The enveloped-signature
 * transform is the caller's part: it does not feed the signature's own subtree.
 *
 * <p>Only what a whole document needs is handled: every node is in the node set, so the nearest output ancestor of
 * an element is its parent. Attribute and namespace values arrive normalised by the parser, as the canonical forms
 * require.
 */
final class Canonicalizer {

    /** Which canonical form. */
    enum Mode {
        /** Canonical XML 1.0 ({@code http://www.w3.org/TR/2001/REC-xml-c14n-20010315}). */
        INCLUSIVE,
        /** Exclusive XML Canonicalization 1.0 ({@code http://www.w3.org/2001/10/xml-exc-c14n#}). */
        EXCLUSIVE
    }

    /** An attribute as the parser reports it. */
    record Attr(String prefix, String local, String uri, String value) {
    }

    private static final Comparator<Attr> ATTR_ORDER = Comparator.comparing(Attr::uri).thenComparing(Attr::local);
    private static final String XML_PREFIX = "xml";

    private final Mode mode;
    private final Utf8Digest out;
    private final Deque<Map<String, String>> rendered = new ArrayDeque<>();
    private final Deque<String> names = new ArrayDeque<>();
    private boolean rootSeen;

    Canonicalizer(Mode mode, MessageDigest... digests) {
        this.mode = mode;
        this.out = new Utf8Digest(digests);
        rendered.push(Map.of());
    }

    /**
     * An element starts: its name, the namespace declarations it carries ({@code [prefix, uri]}, prefix {@code ""}
     * for the default namespace) and its attributes.
     */
    void start(String prefix, String local, String uri, List<String[]> declared, List<Attr> attrs) {
        rootSeen = true;
        String p = prefix == null ? "" : prefix;
        String u = uri == null ? "" : uri;
        Map<String, String> parent = rendered.peek();
        Map<String, String> render = new HashMap<>();
        if (mode == Mode.EXCLUSIVE) {
            utilize(parent, render, p, u);
            for (Attr a : attrs) {
                if (!a.prefix().isEmpty() && !XML_PREFIX.equals(a.prefix())) {
                    utilize(parent, render, a.prefix(), a.uri());
                }
            }
        } else {
            for (String[] d : declared) {
                String dp = d[0] == null ? "" : d[0];
                if (!XML_PREFIX.equals(dp)) {
                    utilize(parent, render, dp, d[1] == null ? "" : d[1]);
                }
            }
        }
        String qname = p.isEmpty() ? local : p + ":" + local;
        names.push(qname);
        out.raw('<');
        out.raw(qname);
        if (!render.isEmpty()) {
            List<String> prefixes = new ArrayList<>(render.keySet());
            prefixes.sort(null);
            for (String np : prefixes) {
                out.raw(np.isEmpty() ? " xmlns=\"" : " xmlns:" + np + "=\"");
                out.attributeValue(render.get(np));
                out.raw('"');
            }
            Map<String, String> next = new HashMap<>(parent);
            next.putAll(render);
            rendered.push(next);
        } else {
            rendered.push(parent);
        }
        if (!attrs.isEmpty()) {
            List<Attr> sorted = new ArrayList<>(attrs);
            sorted.sort(ATTR_ORDER);
            for (Attr a : sorted) {
                out.raw(' ');
                out.raw(a.prefix().isEmpty() ? a.local() : a.prefix() + ":" + a.local());
                out.raw("=\"");
                out.attributeValue(a.value());
                out.raw('"');
            }
        }
        out.raw('>');
    }

    private static void utilize(Map<String, String> parent, Map<String, String> render, String prefix, String uri) {
        String before = parent.get(prefix);
        boolean differs = prefix.isEmpty() ? (before == null ? !uri.isEmpty() : !before.equals(uri))
                : !uri.equals(before);
        if (differs) {
            render.put(prefix, uri);
        }
    }

    /** Text inside the document element; text outside it is not part of the canonical form. */
    void text(char[] chars, int start, int length) {
        if (!names.isEmpty()) {
            out.text(chars, start, length);
        }
    }

    /**
     * Text given as ASCII bytes that need no escaping and hold no carriage return (base64 content read past the
     * parser): straight into the digests, without a character at a time.
     */
    void asciiText(byte[] bytes, int from, int to) {
        if (!names.isEmpty()) {
            out.bytes(bytes, from, to);
        }
    }

    /** A processing instruction. */
    void processingInstruction(String target, String data) {
        boolean before = !rootSeen;
        boolean after = rootSeen && names.isEmpty();
        if (after) {
            out.raw('\n');
        }
        out.raw("<?");
        out.raw(target);
        if (data != null && !data.isEmpty()) {
            out.raw(' ');
            out.raw(data);
        }
        out.raw("?>");
        if (before) {
            out.raw('\n');
        }
    }

    /** The element started last ends. */
    void end() {
        out.raw("</");
        out.raw(names.pop());
        out.raw('>');
        rendered.pop();
    }

    /** From now on feeds only {@code digest}, one of those given at construction. */
    void retain(MessageDigest digest) {
        out.retain(digest);
    }

    /** Flushes what is buffered into the digests; call before reading them. */
    void finish() {
        out.flush();
    }

    /** Encodes characters as UTF-8 into message digests, escaping as the canonical forms require. */
    static final class Utf8Digest {
        private MessageDigest[] digests;
        private final byte[] buffer = new byte[16 * 1024];
        private int used;

        Utf8Digest(MessageDigest... digests) {
            this.digests = digests.clone();
        }

        void retain(MessageDigest digest) {
            flush();
            digests = new MessageDigest[] {digest};
        }

        void raw(char c) {
            put(c);
        }

        void raw(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    putCodePoint(Character.toCodePoint(c, s.charAt(++i)));
                } else {
                    put(c);
                }
            }
        }

        void attributeValue(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> raw("&amp;");
                    case '<' -> raw("&lt;");
                    case '"' -> raw("&quot;");
                    case '\t' -> raw("&#x9;");
                    case '\n' -> raw("&#xA;");
                    case '\r' -> raw("&#xD;");
                    default -> {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                            putCodePoint(Character.toCodePoint(c, s.charAt(++i)));
                        } else {
                            put(c);
                        }
                    }
                }
            }
        }

        void text(char[] chars, int start, int length) {
            int end = start + length;
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (c < 0x80 && c != '&' && c != '<' && c != '>' && c != '\r') {
                    if (used == buffer.length) {
                        flush();
                    }
                    buffer[used++] = (byte) c;
                    continue;
                }
                switch (c) {
                    case '&' -> raw("&amp;");
                    case '<' -> raw("&lt;");
                    case '>' -> raw("&gt;");
                    case '\r' -> raw("&#xD;");
                    default -> {
                        if (Character.isHighSurrogate(c) && i + 1 < end) {
                            putCodePoint(Character.toCodePoint(c, chars[++i]));
                        } else {
                            put(c);
                        }
                    }
                }
            }
        }

        private void put(char c) {
            if (used + 4 > buffer.length) {
                flush();
            }
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void putCodePoint(int cp) {
            if (used + 4 > buffer.length) {
                flush();
            }
            buffer[used++] = (byte) (0xF0 | cp >> 18);
            buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp & 0x3F);
        }

        void bytes(byte[] bytes, int from, int to) {
            flush();
            for (MessageDigest d : digests) {
                d.update(bytes, from, to - from);
            }
        }

        void flush() {
            for (MessageDigest d : digests) {
                d.update(buffer, 0, used);
            }
            used = 0;
        }
    }
}
