package vn.edoc.text;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One linear pass over decoded text that finds every character-level violation of R-FMT-1: control
 * characters, U+FFFD, byte order marks, invalid code points, private-use characters, bidirectional controls and
 * other invisible format characters, decomposed letters and the two kinds of mojibake. Positions are "line L, column C", both counted from 1, columns in code points;
 * CR LF, LF and a lone CR each end a line.
 */
final class TextScanner {

    /** How many code points of a decomposed letter its violation spells out. */
    private static final int MAX_POINTS_SHOWN = 8;

    private final String text;
    private final String prefix;
    private final ViolationCollector out;
    private final boolean unicodeChecks;
    /** Soft hyphens (index, line, column), reported only outside mojibake: 0xAD is ư in TCVN3. */
    private final List<int[]> softHyphens = new ArrayList<>();

    private final Position from;

    /**
     * Where a piece of text starts in the whole: its line and column (both from 1), and whether it is the start of
     * the whole (where a byte order mark is a leading one).
     */
    record Position(int line, int column, boolean atStart) {
        static final Position START = new Position(1, 1, true);
    }

    private TextScanner(String text, String prefix, ViolationCollector out, boolean unicodeChecks, Position from) {
        this.text = text;
        this.prefix = prefix;
        this.out = out;
        this.unicodeChecks = unicodeChecks;
        this.from = from;
    }

    /**
     * Scans {@code text}. With {@code unicodeChecks} false (text just decoded from a legacy encoding), only the
     * character checks run: NFC and mojibake are then meaningless.
     */
    static void scan(String text, String prefix, ViolationCollector out, boolean unicodeChecks) {
        scan(text, prefix, out, unicodeChecks, Position.START);
    }

    /**
     * Scans a piece of a longer text that starts at {@code from} and returns where the next piece starts. Pieces are
     * cut where no check looks across ({@link TextChunks}); the evidence for mojibake is weighed piece by piece.
     */
    static Position scan(String text, String prefix, ViolationCollector out, boolean unicodeChecks, Position from) {
        return new TextScanner(text, prefix, out, unicodeChecks, from).run();
    }

    private String at(int line, int column) {
        String pos = "line " + line + ", column " + column;
        return prefix == null || prefix.isEmpty() ? pos : prefix + ": " + pos;
    }

    private Position run() {
        boolean checkNfc = unicodeChecks && !UnicodeForms.isNfc(text);
        int decomposedBefore = out.count(TextViolation.DECOMPOSED);
        List<MojibakeHit> utf8Hits = new ArrayList<>();
        int line = from.line();
        int column = from.column();
        int segmentStart = -1;
        int segmentLine = 1;
        int segmentColumn = 1;
        int runStart = -1;
        int runColumn = 0;
        int wordStart = 0;
        int runWordStart = 0;
        int markRun = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean mark = isMark(cp);
            markRun = mark ? markRun + 1 : 0;
            if (markRun == UnicodeForms.MAX_MARKS_IN_A_ROW + 1) {
                int l = line;
                int c = column;
                out.add(TextViolation.COMBINING_MARKS_RUN, () -> at(l, c),
                        () -> new Object[] {UnicodeForms.MAX_MARKS_IN_A_ROW});
            }
            if (checkNfc && !mark) {
                checkSegment(segmentStart, i, segmentLine, segmentColumn);
                segmentStart = i;
                segmentLine = line;
                segmentColumn = column;
            } else if (checkNfc && segmentStart < 0) {
                segmentStart = i;
                segmentLine = line;
                segmentColumn = column;
            }
            if (unicodeChecks) {
                boolean misread = cp >= 0x80 && cp <= 0xFFFF && Cp1252.byteOfMisread((char) cp) >= 0x80;
                if (misread && runStart < 0) {
                    runStart = i;
                    runColumn = column;
                    runWordStart = wordStart;
                } else if (!misread && runStart >= 0) {
                    checkUtf8Run(runStart, i, line, runColumn, runWordStart, utf8Hits);
                    runStart = -1;
                }
                if (Character.isWhitespace(cp)) {
                    wordStart = i + len;
                }
            }
            checkCharacter(cp, i, line, column);
            if (cp == '\n' || (cp == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (i > 0 || cp != 0xFEFF || !from.atStart()) {
                // a leading byte order mark is invisible in editors: columns count from the first real character
                column++;
            }
            i += len;
        }
        if (checkNfc) {
            checkSegment(segmentStart, n, segmentLine, segmentColumn);
            if (out.count(TextViolation.DECOMPOSED) == decomposedBefore) {
                // composition across starters (Hangul jamo and the like): not pinned to one letter
                String nfc = UnicodeForms.nfc(text);
                out.add(TextViolation.DECOMPOSED, prefix == null ? "" : prefix, abbreviate(nfc), "text");
            }
        }
        if (unicodeChecks) {
            if (runStart >= 0) {
                checkUtf8Run(runStart, n, line, runColumn, runWordStart, utf8Hits);
            }
            // a text garbled one way is not searched for the other: its words would be flagged twice
            List<int[]> garbled = new ArrayList<>();
            if (!reportUtf8Mojibake(utf8Hits, garbled)) {
                garbled = LegacyMojibake.find(text, prefix, out, from);
            }
            reportSoftHyphens(garbled);
        }
        return new Position(line, column, false);
    }

    /**
     * Reports the soft hyphens that are not inside a word already reported as mojibake: there U+00AD is the
     * byte 0xAD misread (ư in TCVN3, part of í in UTF-8), and the mojibake report already gives the right letter.
     */
    private void reportSoftHyphens(List<int[]> garbled) {
        int g = 0;
        for (int[] sh : softHyphens) {
            while (g < garbled.size() && garbled.get(g)[1] <= sh[0]) {
                g++;
            }
            if (g < garbled.size() && garbled.get(g)[0] <= sh[0]) {
                continue;
            }
            reportInvisible(0xAD, sh[1], sh[2]);
        }
    }

    private void reportInvisible(int cp, int line, int column) {
        out.add(TextViolation.INVISIBLE_CHARACTER, () -> at(line, column), () -> named(cp));
    }

    private static Object[] named(int cp) {
        String name = Character.getName(cp);
        return new Object[] {Codecs.codePointName(cp), name == null ? "?" : name};
    }

    /** The embeddings and overrides U+202A-U+202E and the isolates U+2066-U+2069. */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private void checkCharacter(int cp, int index, int line, int column) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            out.add(TextViolation.CONTROL_CHARACTER, () -> at(line, column), () -> args(cp));
        } else if (cp == 0xFFFD) {
            out.add(TextViolation.REPLACEMENT_CHARACTER, () -> at(line, column), () -> new Object[0]);
        } else if (cp == 0xFEFF) {
            if (index == 0 && from.atStart()) {
                out.add(TextViolation.LEADING_BYTE_ORDER_MARK, at(line, column));
            } else {
                out.add(TextViolation.BYTE_ORDER_MARK_INSIDE, () -> at(line, column), () -> new Object[0]);
            }
        } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            out.add(TextViolation.INVALID_CODE_POINT, () -> at(line, column), () -> args(cp));
        } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
            out.add(TextViolation.INVALID_CODE_POINT, () -> at(line, column), () -> args(cp));
        } else if (cp == 0xD0 || cp == 0xF0) {
            out.add(TextViolation.LOOKALIKE_LETTER, () -> at(line, column), () -> new Object[] {
                String.valueOf((char) cp), Codecs.codePointName(cp), cp == 0xD0 ? "Đ" : "đ",
                cp == 0xD0 ? "Đ (U+0110)" : "đ (U+0111)"});
        } else if (Character.getType(cp) == Character.PRIVATE_USE) {
            out.add(TextViolation.PRIVATE_USE_CHARACTER, () -> at(line, column), () -> args(cp));
        } else if (isBidiControl(cp)) {
            out.add(TextViolation.BIDI_CONTROL, () -> at(line, column), () -> named(cp));
        } else if (Character.getType(cp) == Character.FORMAT) {
            if (cp == 0xAD && unicodeChecks) {
                softHyphens.add(new int[] {index, line, column});
            } else {
                reportInvisible(cp, line, column);
            }
        }
    }

    private static Object[] args(int cp) {
        return new Object[] {Codecs.codePointName(cp)};
    }

    private void checkSegment(int start, int end, int line, int column) {
        if (start < 0 || end <= start) {
            return;
        }
        if (end - start == 1 && text.charAt(start) < 0x300) {
            // every character below the combining marks is stable under NFC
            return;
        }
        String segment = text.substring(start, end);
        if (UnicodeForms.isNfc(segment)) {
            return;
        }
        out.add(TextViolation.DECOMPOSED, () -> at(line, column), () -> {
            // a segment can be one letter followed by any number of marks: quote only its start
            StringBuilder points = new StringBuilder();
            int shown = 0;
            for (int k = 0; k < segment.length() && shown <= MAX_POINTS_SHOWN; shown++) {
                int cp = segment.codePointAt(k);
                k += Character.charCount(cp);
                if (shown == MAX_POINTS_SHOWN) {
                    points.append(" + …");
                    break;
                }
                if (points.length() > 0) {
                    points.append(" + ");
                }
                points.append(cp < 0x80 ? Excerpt.of(String.valueOf((char) cp)) : Codecs.codePointName(cp));
            }
            String head = segment.substring(0, segment.offsetByCodePoints(0,
                    Math.min(segment.codePointCount(0, segment.length()), Excerpt.DEFAULT_MAX_CODE_POINTS + 1)));
            return new Object[] {abbreviate(UnicodeForms.nfc(head)), points.toString()};
        });
    }

    /** One place where UTF-8 bytes show as Windows-1252 characters. */
    private record MojibakeHit(int tokenStart, int line, int column, boolean strong) {
    }

    /**
     * Looks in a run of characters that Windows-1252 or Latin-1 can write as bytes 0x80-0xFF for valid UTF-8
     * sequences of Vietnamese letters (strong evidence) or of Latin-1 letters and punctuation (weak evidence:
     * "Ã" before a quotation mark can be honest Vietnamese).
     */
    private void checkUtf8Run(int start, int end, int line, int startColumn, int wordStart, List<MojibakeHit> hits) {
        int len = end - start;
        if (len < 2) {
            return;
        }
        byte[] bytes = new byte[len];
        for (int k = 0; k < len; k++) {
            bytes[k] = (byte) Cp1252.byteOfMisread(text.charAt(start + k));
        }
        int k = 0;
        while (k < len) {
            long r = Utf8.decodeAt(bytes, k);
            if (r < 0) {
                k++;
                continue;
            }
            int cp = (int) (r >>> 3);
            int seqLen = (int) (r & 7);
            Boolean strong = evidence(cp);
            if (strong != null) {
                hits.add(new MojibakeHit(wordStart, line, startColumn + k, strong));
            }
            k += seqLen;
        }
    }

    /** True for a Vietnamese letter or mark, false for Latin-1 or common punctuation, null for anything else. */
    private static Boolean evidence(int cp) {
        if ((cp >= 0x1EA0 && cp <= 0x1EF9) || VietnameseLetters.isLetterForm(cp)
                && cp > 0xFF || cp == 0x0300 || cp == 0x0301 || cp == 0x0302 || cp == 0x0303
                || cp == 0x0306 || cp == 0x0309 || cp == 0x031B || cp == 0x0323) {
            return Boolean.TRUE;
        }
        if ((cp >= 0xA0 && cp <= 0xFF) || (cp >= 0x2013 && cp <= 0x2026) || cp == 0x20AC) {
            return Boolean.FALSE;
        }
        return null;
    }

    private int tokenEnd(int index) {
        int e = index;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** Reports the hits when they are convincing, adding the reported tokens to {@code garbled}; true when it did. */
    private boolean reportUtf8Mojibake(List<MojibakeHit> hits, List<int[]> garbled) {
        long strong = hits.stream().filter(MojibakeHit::strong).count();
        if (strong == 0 && hits.size() < 2) {
            return false;
        }
        int lastToken = -1;
        for (MojibakeHit h : hits) {
            if (h.tokenStart() == lastToken) {
                continue;
            }
            lastToken = h.tokenStart();
            garbled.add(new int[] {h.tokenStart(), tokenEnd(h.tokenStart())});
            out.add(TextViolation.MOJIBAKE_UTF8, () -> at(h.line(), h.column()), () -> {
                String token = text.substring(h.tokenStart(), tokenEnd(h.tokenStart()));
                return new Object[] {abbreviate(token), abbreviate(repairUtf8(token))};
            });
        }
        return true;
    }

    /** The token with each run of misread characters turned back into bytes and read as UTF-8. */
    static String repairUtf8(String token) {
        StringBuilder fixed = new StringBuilder(token.length());
        int i = 0;
        while (i < token.length()) {
            char c = token.charAt(i);
            if (c < 0x80 || Cp1252.byteOfMisread(c) < 0x80) {
                fixed.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < token.length() && token.charAt(j) >= 0x80 && Cp1252.byteOfMisread(token.charAt(j)) >= 0x80) {
                j++;
            }
            byte[] run = new byte[j - i];
            for (int k = i; k < j; k++) {
                run[k - i] = (byte) Cp1252.byteOfMisread(token.charAt(k));
            }
            fixed.append(new String(run, StandardCharsets.UTF_8));
            i = j;
        }
        return VietnameseText.toNfc(fixed.toString());
    }

    static String abbreviate(String s) {
        return Excerpt.of(s);
    }

    /** Finds words of legacy-font bytes that were read as Windows-1252 and kept as Unicode ("NguyÔn"). */
    static final class LegacyMojibake {

        private static final TextEncoding[] CANDIDATES = {TextEncoding.TCVN3, TextEncoding.VNI,
            TextEncoding.WINDOWS_1258};
        private static final int MEMO_LIMIT = 50_000;

        private LegacyMojibake() {
        }

        private record Hit(int start, int end, int line, int column, Map<TextEncoding, String> readings) {
        }

        /** Reports the garbled words; returns their ranges (start, end), in order, or none when not convincing. */
        static List<int[]> find(String text, String prefix, ViolationCollector out, Position from) {
            List<Hit> hits = new ArrayList<>();
            // words repeat: each distinct one is decoded once
            Map<String, Map<TextEncoding, String>> memo = new HashMap<>();
            int nonAsciiWords = 0;
            int line = from.line();
            int column = from.column();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (!isWordChar(c)) {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(c)) {
                        column++;
                    }
                    i++;
                    continue;
                }
                int start = i;
                int startColumn = column;
                boolean nonAscii = false;
                boolean legacyOnly = true;
                while (i < n && isWordChar(text.charAt(i))) {
                    char w = text.charAt(i);
                    if (w >= 0x80) {
                        nonAscii = true;
                        if (Cp1252.byteOfMisread(w) < 0) {
                            legacyOnly = false;
                        }
                    }
                    i++;
                    column++;
                }
                if (!nonAscii) {
                    continue;
                }
                nonAsciiWords++;
                String word = text.substring(start, i);
                if (!legacyOnly || allPlausible(word)) {
                    continue;
                }
                Map<TextEncoding, String> readings = memo.get(word);
                if (readings == null) {
                    readings = readings(word);
                    if (memo.size() < MEMO_LIMIT) {
                        memo.put(word, readings);
                    }
                }
                if (!readings.isEmpty()) {
                    hits.add(new Hit(start, i, line, startColumn, readings));
                }
            }
            if (hits.isEmpty() || (hits.size() * 2 < nonAsciiWords && hits.size() < 3)) {
                return List.of();
            }
            Map<TextEncoding, Integer> votes = new EnumMap<>(TextEncoding.class);
            hits.forEach(h -> h.readings().keySet().forEach(e -> votes.merge(e, 1, Integer::sum)));
            List<int[]> ranges = new ArrayList<>(hits.size());
            for (Hit h : hits) {
                ranges.add(new int[] {h.start(), h.end()});
                TextEncoding best = null;
                for (TextEncoding e : CANDIDATES) {
                    if (h.readings().containsKey(e)
                            && (best == null || votes.getOrDefault(e, 0) > votes.getOrDefault(best, 0))) {
                        best = e;
                    }
                }
                String pos = "line " + h.line() + ", column " + h.column();
                TextEncoding chosen = best;
                out.add(TextViolation.MOJIBAKE_LEGACY, () -> prefix == null || prefix.isEmpty() ? pos : prefix + ": " + pos,
                        () -> new Object[] {abbreviate(text.substring(h.start(), h.end())), chosen.jsonName(),
                            abbreviate(h.readings().get(chosen))});
            }
            return ranges;
        }

        /** Letters, and the Latin-1 symbols that legacy fonts use as letters ("¸" is á in TCVN3). */
        private static boolean isWordChar(char c) {
            if (Character.isLetter(c) || isMark(c)) {
                return true;
            }
            return c > 0xA0 && c <= 0xFF;
        }

        /** True when every run of letters in {@code word} is a syllable. */
        private static boolean allPlausible(String word) {
            int n = word.length();
            int i = 0;
            while (i < n) {
                while (i < n && !isLetterOrMark(word.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && isLetterOrMark(word.charAt(i))) {
                    i++;
                }
                if (i > start && !Syllables.isPlausible(word.substring(start, i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isLetterOrMark(char c) {
            return Character.isLetter(c) || isMark(c);
        }

        /** The legacy decodings of the word's Windows-1252 bytes that are Vietnamese syllables. */
        private static Map<TextEncoding, String> readings(String word) {
            byte[] bytes = new byte[word.length()];
            for (int k = 0; k < word.length(); k++) {
                int b = Cp1252.byteOfMisread(word.charAt(k));
                bytes[k] = (byte) (b < 0 ? '?' : b);
            }
            Map<TextEncoding, String> readings = new EnumMap<>(TextEncoding.class);
            for (TextEncoding e : CANDIDATES) {
                String decoded = LegacyCodecs.decodeForScoring(e, bytes);
                if (!Diacritics.isAscii(decoded) && allPlausible(decoded)
                        && decoded.chars().allMatch(ch -> Character.isLetter(ch) || isMark(ch))) {
                    readings.put(e, decoded);
                }
            }
            return readings;
        }
    }
}
