package vn.edoc.signature.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.io.RandomAccessRead;

/**
 * The revisions of a PDF as its bytes show them (bản sửa đổi gia tăng): where each {@code %%EOF} marker ends a
 * revision and where each {@code startxref} points. Read from the raw bytes, not through the parser, because an
 * incremental saving attack relies on the parser's leniency: an update that a lenient parser still accepts but
 * that is not a proper update (no cross-reference section, a {@code /Prev} that skips the signed revision, bytes
 * after the last marker) must be seen as such.
 */
final class Revisions {

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PREV = Pattern.compile("/Prev\\s+(\\d{1,19})");
    private static final Pattern OBJ = Pattern.compile("\\A\\s*\\d{1,10}\\s+\\d{1,5}\\s+obj");
    private static final int MAX_MARKS = 100_000;

    /** Positions of {@code %%EOF} and {@code startxref} markers, in file order. */
    private final List<Long> eofs;
    private final List<Long> startxrefs;
    private final long length;

    private Revisions(List<Long> eofs, List<Long> startxrefs, long length) {
        this.eofs = eofs;
        this.startxrefs = startxrefs;
        this.length = length;
    }

    /** Scans {@code source} once for the markers. */
    static Revisions scan(Source source) throws IOException {
        return scan(source, 0);
    }

    /**
     * Scans {@code source} from {@code from} to its end for the markers: only the updates after the earliest signed
     * revision that does not cover the file need them, so a file whose signatures all cover it is not scanned.
     */
    static Revisions scan(Source source, long from) throws IOException {
        List<Long> eofs = new ArrayList<>();
        List<Long> xrefs = new ArrayList<>();
        long length = source.length();
        try (RandomAccessRead in = source.open()) {
            in.seek(Math.max(0, Math.min(from, length)));
            final int chunk = 1 << 16;
            byte[] buf = new byte[chunk + STARTXREF.length];
            int carry = 0;
            long base = Math.max(0, Math.min(from, length)); // file offset of buf[0]
            while (true) {
                int n = readFully(in, buf, carry, chunk);
                int end = carry + n;
                boolean last = n < chunk;
                // a marker starting in the last bytes may continue in the next chunk: scan those next time
                int limit = last ? end : end - (STARTXREF.length - 1);
                for (int i = 0; i < limit; i++) {
                    if (buf[i] == '%' && matches(buf, i, end, EOF) && eofs.size() < MAX_MARKS) {
                        eofs.add(base + i);
                    } else if (buf[i] == 's' && matches(buf, i, end, STARTXREF) && xrefs.size() < MAX_MARKS) {
                        xrefs.add(base + i);
                    }
                }
                if (last) {
                    break;
                }
                carry = end - limit;
                System.arraycopy(buf, limit, buf, 0, carry);
                base += limit;
            }
        }
        return new Revisions(List.copyOf(eofs), List.copyOf(xrefs), length);
    }

    private static int readFully(RandomAccessRead in, byte[] buf, int off, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int r = in.read(buf, off + total, len - total);
            if (r <= 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    private static boolean matches(byte[] buf, int at, int end, byte[] word) {
        if (at + word.length > end) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (buf[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code end} is the end of a revision: right after a {@code %%EOF} and at most one end-of-line. */
    static boolean isRevisionEnd(long end, Source source) throws IOException {
        String tail = ascii(source, Math.max(0, end - 7), (int) Math.min(7, end));
        for (String eol : new String[] {"", "\n", "\r", "\r\n"}) {
            if (tail.endsWith("%%EOF" + eol)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is wrong with the bytes from {@code signedEnd} (the end of a signed revision) to the end of the file as a
     * chain of incremental updates, or empty when each update ends with {@code %%EOF}, points with its
     * {@code startxref} into itself at a cross-reference section or stream, and links with {@code /Prev} to the
     * revision before it, and nothing but white space follows the last update.
     */
    Optional<String> updateProblem(long signedEnd, Source source) throws IOException {
        if (signedEnd >= length) {
            return Optional.empty();
        }
        Optional<Long> previousXref = startxrefValue(signedEnd, source);
        if (previousXref.isEmpty()) {
            return Optional.of("the signed revision has no startxref");
        }
        long start = signedEnd;
        long prev = previousXref.get();
        boolean any = false;
        for (long eof : eofs) {
            if (eof < signedEnd) {
                continue;
            }
            any = true;
            long revEnd = eof + EOF.length;
            Optional<Long> xrefKeyword = lastStartxrefBetween(start, eof);
            if (xrefKeyword.isEmpty()) {
                return Optional.of("an update ending at byte " + revEnd + " has no startxref");
            }
            Optional<Long> value = numberAfter(xrefKeyword.get() + STARTXREF.length, source);
            if (value.isEmpty() || value.get() < start || value.get() >= xrefKeyword.get()) {
                return Optional.of("the startxref of the update ending at byte " + revEnd
                        + " does not point into that update");
            }
            long x = value.get();
            String head = ascii(source, x, (int) Math.min(4096, xrefKeyword.get() - x));
            String dict;
            if (head.startsWith("xref")) {
                long trailer = lastIndexOf(source, "trailer", x, xrefKeyword.get());
                if (trailer < 0) {
                    return Optional.of("the cross-reference section at byte " + x + " has no trailer");
                }
                dict = ascii(source, trailer, (int) Math.min(8192, xrefKeyword.get() - trailer));
            } else if (OBJ.matcher(head).find()) {
                int stream = head.indexOf("stream");
                dict = stream < 0 ? head : head.substring(0, stream);
                if (!dict.contains("/XRef")) {
                    return Optional.of("the startxref of the update ending at byte " + revEnd
                            + " points at an object that is not a cross-reference stream");
                }
            } else {
                return Optional.of("the startxref of the update ending at byte " + revEnd
                        + " points at neither a cross-reference section nor a stream");
            }
            Matcher m = PREV.matcher(dict);
            if (!m.find()) {
                return Optional.of("the update ending at byte " + revEnd + " has no /Prev link to the revision"
                        + " before it");
            }
            if (Long.parseLong(m.group(1)) != prev) {
                return Optional.of("the update ending at byte " + revEnd + " links with /Prev " + m.group(1)
                        + " instead of " + prev + ", skipping the revision before it");
            }
            prev = x;
            start = skipEol(revEnd, source);
        }
        if (!any) {
            return Optional.of("the bytes after the signed revision do not end with %%EOF");
        }
        if (start < length) {
            String rest = ascii(source, start, (int) Math.min(length - start, 1024));
            if (!rest.isBlank() || length - start > 1024) {
                return Optional.of((length - start) + " bytes follow the last %%EOF");
            }
        }
        return Optional.empty();
    }

    private Optional<Long> startxrefValue(long revisionEnd, Source source) throws IOException {
        Optional<Long> kw = lastStartxrefBetween(0, revisionEnd);
        return kw.isEmpty() ? Optional.empty() : numberAfter(kw.get() + STARTXREF.length, source);
    }

    private Optional<Long> lastStartxrefBetween(long from, long to) {
        Long found = null;
        for (long s : startxrefs) {
            if (s >= from && s < to) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    private long skipEol(long at, Source source) throws IOException {
        String s = ascii(source, at, (int) Math.min(2, length - at));
        if (s.startsWith("\r\n")) {
            return at + 2;
        }
        if (s.startsWith("\n") || s.startsWith("\r")) {
            return at + 1;
        }
        return at;
    }

    private static Optional<Long> numberAfter(long at, Source source) throws IOException {
        String s = ascii(source, at, 40).strip();
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i < 19) {
            i++;
        }
        return i == 0 ? Optional.empty() : Optional.of(Long.parseLong(s.substring(0, i)));
    }

    private long lastIndexOf(Source source, String word, long from, long to) throws IOException {
        // the trailer is near the end of the section: look at the last 64 KiB first, then give up
        long start = Math.max(from, to - 65536);
        String s = ascii(source, start, (int) (to - start));
        int i = s.lastIndexOf(word);
        return i < 0 ? -1 : start + i;
    }

    static String ascii(Source source, long at, int len) throws IOException {
        if (len <= 0 || at < 0) {
            return "";
        }
        try (RandomAccessRead in = source.open()) {
            if (at >= in.length()) {
                return "";
            }
            in.seek(at);
            byte[] b = new byte[(int) Math.min(len, in.length() - at)];
            int off = 0;
            while (off < b.length) {
                int r = in.read(b, off, b.length - off);
                if (r <= 0) {
                    break;
                }
                off += r;
            }
            return new String(b, 0, off, StandardCharsets.ISO_8859_1);
        }
    }
}
