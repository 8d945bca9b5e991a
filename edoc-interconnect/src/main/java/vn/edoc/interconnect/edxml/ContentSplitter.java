package vn.edoc.interconnect.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input under the XML parser, which lets attachment content bypass it: the parser's text handling is several
 * times slower than base64 decoding, and attachment content is nearly the whole package.
 *
 * <p>The splitter follows the markup at the byte level (tags, quoted attribute values, comments, CDATA sections,
 * processing instructions) just enough to see where the start tag of a {@code ContentTransferEncoded} element ends.
 * It hands the parser the bytes up to that {@code '>'} and stops, so that the parser reports the element before it
 * has read any of its content. The reader then takes the content straight from here ({@link #content}) up to the
 * first byte that is not base64 or white space (normally the {@code '<'} of the end tag), which goes back to the
 * parser with everything after it. If the parser asks for more before the reader took the content, the content goes
 * to the parser as ordinary text: the result is the same, only slower. Anything unusual inside the content (a
 * character reference, a comment, a CDATA section) also ends the fast part there and the parser reads the rest.
 *
 * <p>Only for ASCII-compatible encodings: with a UTF-16 byte order mark or another declared encoding the splitter
 * passes everything through. Positions the parser reports after an attachment do not count its content.
 */
final class ContentSplitter extends InputStream {

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final byte[] NAME = "ContentTransferEncoded".getBytes(StandardCharsets.US_ASCII);

    private enum State { TEXT, LT, NAME, TAG, QUOTED, COMMENT, CDATA, PI, DECL }

    private final InputStream in;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    private boolean eof;
    private Boolean enabled;

    private State state = State.TEXT;
    private byte quote;
    private final byte[] name = new byte[64];
    private int nameLength;
    private boolean endTag;
    private boolean wanted;
    private byte previous;
    private int markerMatch;
    private boolean pending;
    private boolean inContent;

    ContentSplitter(InputStream in) {
        this.in = in;
    }

    /** True when a content start tag was just handed to the parser and its content is waiting here. */
    boolean contentPending() {
        return pending;
    }

    private int rawStart;
    private int rawEnd;

    /**
     * Decodes the next piece of the pending content into {@code out} (room for 48 Ki bytes) and returns the bytes
     * written, or -1 when the fast part ended (the next byte, if any, goes to the parser). {@link #raw()},
     * {@link #rawStart()} and {@link #rawEnd()} give the bytes read, for the canonicalisers.
     */
    int decodeContent(Base64Decoder decoder, byte[] out) throws IOException, Base64Decoder.Failure {
        if (!pending && !inContent) {
            return -1;
        }
        pending = false;
        inContent = true;
        if (lim - pos < Base64Decoder.BLOCK && !eof) {
            topUp();
        }
        if (pos == lim && !fill()) {
            inContent = false;
            return -1;
        }
        int max = Math.min(lim - pos, (out.length - 8) / 3 * 4);
        int written = decoder.decodeContent(buf, pos, max, out, 0);
        int read = decoder.consumed();
        if (read == 0) {
            inContent = false;
            return -1;
        }
        rawStart = pos;
        rawEnd = pos + read;
        pos += read;
        return written;
    }

    byte[] raw() {
        return buf;
    }

    int rawStart() {
        return rawStart;
    }

    int rawEnd() {
        return rawEnd;
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
        // the parser wants more before the reader took the content: it reads it as text
        pending = false;
        inContent = false;
        if (pos == lim && !fill()) {
            return -1;
        }
        if (!enabled) {
            int n = Math.min(len, lim - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }
        int end = Math.min(lim, pos + len);
        int start = pos;
        while (pos < end) {
            byte c = buf[pos++];
            if (step(c)) {
                break;
            }
        }
        int n = pos - start;
        System.arraycopy(buf, start, b, off, n);
        return n;
    }

    /** Follows one byte of markup; true when it ends the start tag of a content element. */
    private boolean step(byte c) {
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    state = State.LT;
                }
            }
            case LT -> {
                if (c == '!') {
                    state = State.DECL;
                    markerMatch = 0;
                } else if (c == '?') {
                    state = State.PI;
                } else {
                    endTag = c == '/';
                    nameLength = 0;
                    if (!endTag) {
                        name(c);
                    }
                    state = State.NAME;
                }
            }
            case DECL -> {
                // "<!--" opens a comment, "<![" a CDATA section; anything else (a DOCTYPE, which the parser refuses)
                // is followed as a tag
                markerMatch++;
                if (markerMatch == 1 && c == '-') {
                    previous = c;
                    return false;
                }
                if (markerMatch == 2 && c == '-' && previous == '-') {
                    state = State.COMMENT;
                    markerMatch = 0;
                    previous = 0;
                    return false;
                }
                if (markerMatch == 1 && c == '[') {
                    state = State.CDATA;
                    markerMatch = 0;
                    previous = 0;
                    return false;
                }
                state = State.TAG;
                wanted = false;
                return tagByte(c);
            }
            case NAME -> {
                if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    wanted = !endTag && isContentName();
                    state = State.TAG;
                    return tagByte(c);
                }
                name(c);
            }
            case TAG -> {
                return tagByte(c);
            }
            case QUOTED -> {
                if (c == quote) {
                    state = State.TAG;
                }
            }
            case COMMENT -> {
                if (c == '>' && markerMatch >= 2) {
                    state = State.TEXT;
                }
                markerMatch = c == '-' ? markerMatch + 1 : 0;
            }
            case CDATA -> {
                if (c == '>' && markerMatch >= 2) {
                    state = State.TEXT;
                }
                markerMatch = c == ']' ? markerMatch + 1 : 0;
            }
            case PI -> {
                if (c == '>' && previous == '?') {
                    state = State.TEXT;
                }
            }
            default -> {
                // no other state
            }
        }
        previous = c;
        return false;
    }

    private boolean tagByte(byte c) {
        boolean empty = previous == '/';
        previous = c;
        if (c == '"' || c == '\'') {
            quote = c;
            state = State.QUOTED;
        } else if (c == '>') {
            state = State.TEXT;
            if (wanted && !empty) {
                wanted = false;
                pending = true;
                return true;
            }
            wanted = false;
        }
        return false;
    }

    private void name(byte c) {
        if (nameLength < name.length) {
            name[nameLength] = c;
        }
        nameLength++;
    }

    private boolean isContentName() {
        if (nameLength > name.length) {
            return false;
        }
        int colon = -1;
        for (int i = 0; i < nameLength; i++) {
            if (name[i] == ':') {
                colon = i;
            }
        }
        int from = colon + 1;
        if (nameLength - from != NAME.length) {
            return false;
        }
        for (int i = 0; i < NAME.length; i++) {
            if (name[from + i] != NAME[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves what is left to the front of the buffer and reads until it is full or the input ends, so that the decoder
     * gets whole blocks even from a stream that returns little at a time.
     */
    private void topUp() throws IOException {
        int left = lim - pos;
        System.arraycopy(buf, pos, buf, 0, left);
        pos = 0;
        lim = left;
        while (lim < buf.length) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
                break;
            }
            if (n == 0) {
                break;
            }
            lim += n;
        }
        if (enabled == null && lim > 0) {
            enabled = asciiCompatible(buf, lim);
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = n < 0;
            pos = 0;
            lim = 0;
            return n > 0;
        }
        pos = 0;
        lim = n;
        if (enabled == null) {
            enabled = asciiCompatible(buf, n);
        }
        return true;
    }

    /** True without a UTF-16/32 signature and with UTF-8, US-ASCII or ISO-8859-1 (or no) declared encoding. */
    private static boolean asciiCompatible(byte[] b, int n) {
        if (n >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE
                || b[0] == 0 || b[1] == 0)) {
            return false;
        }
        String head = new String(b, 0, Math.min(n, 200), StandardCharsets.ISO_8859_1);
        int start = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        if (!head.startsWith("<?xml", start)) {
            return true;
        }
        int end = head.indexOf("?>");
        if (end < 0) {
            return false;
        }
        Matcher m = ENCODING.matcher(head.substring(start, end));
        if (!m.find()) {
            return true;
        }
        String e = m.group(1).toLowerCase(Locale.ROOT);
        return e.equals("utf-8") || e.equals("utf8") || e.equals("us-ascii") || e.equals("iso-8859-1");
    }
}
