package vn.edoc.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A content check on the first bytes of a file (kiểm tra chữ ký tệp, "magic bytes"), used by {@link FormatPolicy} to
 * refuse a file whose content does not match its extension (a text file named {@code .pdf}, an executable named
 * {@code .doc}). A check looks only at the head it is given; {@link FormatPolicy#HEAD_BYTES} bytes are enough for
 * every built-in check.
 *
 * <p>Signatures of the built-in checks (sources: the file formats' specifications as summarised by the file(1) magic
 * database and the formats' own documentation):
 * <ul>
 *   <li>PDF: {@code %PDF-} within the first 1024 bytes. ISO 32000 puts it at byte 0, but Adobe's PDF 1.4 Reference
 *       (Implementation notes, H.3 §3.4.1) states that Acrobat only requires it within the first 1024 bytes, and
 *       files with a few leading bytes (print-job headers) do exist; such a file is accepted with a warning;</li>
 *   <li>OLE2 compound file (.doc, .xls): {@code D0 CF 11 E0 A1 B1 1A E1};</li>
 *   <li>ZIP (.docx, .xlsx, .odt, .ods): {@code PK 03 04}. An OpenDocument package should start with an
 *       uncompressed entry named {@code mimetype} holding its media type (OASIS ODF 1.2 Part 3 §3.3, "MIME media
 *       type"; ODF 1.0 §17.4); office suites always write it, and this library requires it, which tells an .odt
 *       from an .ods and from a renamed archive. Office Open XML (ECMA-376 Part 2) fixes no entry order, so only "a
 *       ZIP that is not an OpenDocument package" is checked for it;</li>
 *   <li>RTF: <code>{\rtf</code>; PNG: {@code 89 50 4E 47 0D 0A 1A 0A}; JPEG: {@code FF D8 FF}; GIF: {@code GIF87a} or
 *       {@code GIF89a}; TIFF: {@code II*\0}, {@code MM\0*} or BigTIFF {@code II+\0}, {@code MM\0+}; BMP: {@code BM}
 *       with the two reserved header words zero;</li>
 *   <li>DWG: {@code AC} and a four-character version ({@code AC1015}); DXF: text holding a {@code SECTION}, or the
 *       binary sentinel {@code AutoCAD Binary DXF}; SVG: text holding {@code <svg};</li>
 *   <li>plain text (.txt, .csv): no NUL byte, and none of the binary signatures above. UTF-8 and the legacy 8-bit
 *       Vietnamese encodings (TCVN3, VNI, VISCII, Windows-1258) all pass; UTF-16 text, which is full of NUL bytes,
 *       does not (R-FMT-1 wants TCVN 6909 text, which {@code vn.edoc.text} checks after decoding).</li>
 * </ul>
 */
public final class MagicCheck {

    /** The window in which a PDF header is searched, as Acrobat does. */
    public static final int PDF_HEADER_WINDOW = 1024;

    private static final byte[] PDF_MAGIC = ascii("%PDF-");

    /** PDF: {@code %PDF-} within the first 1024 bytes. */
    public static final MagicCheck PDF = of("PDF", "application/pdf", head -> pdfHeaderOffset(head) >= 0);
    /** OLE2 compound file (Word 97-2003 .doc, Excel 97-2003 .xls). */
    public static final MagicCheck OLE2 = prefix("OLE2 compound file", "application/x-ole-storage",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    /** A ZIP archive (any). */
    public static final MagicCheck ZIP = prefix("ZIP", "application/zip", new byte[] {'P', 'K', 3, 4});
    /** Office Open XML: a ZIP that is not an OpenDocument package. */
    public static final MagicCheck OOXML = of("Office Open XML", "application/zip",
            head -> ZIP.test(head) && !"mimetype".equals(firstZipEntryName(head).orElse("")));
    /** OpenDocument text (.odt). */
    public static final MagicCheck ODF_TEXT = odf("application/vnd.oasis.opendocument.text");
    /** OpenDocument spreadsheet (.ods). */
    public static final MagicCheck ODF_SPREADSHEET = odf("application/vnd.oasis.opendocument.spreadsheet");
    /** Rich Text Format. */
    public static final MagicCheck RTF = prefix("RTF", "application/rtf", ascii("{\\rtf"));
    /** PNG image. */
    public static final MagicCheck PNG = prefix("PNG", "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    /** JPEG image. */
    public static final MagicCheck JPEG = prefix("JPEG", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    /** GIF image. */
    public static final MagicCheck GIF = of("GIF", "image/gif",
            head -> startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a")));
    /** TIFF image, classic or BigTIFF, either byte order. */
    public static final MagicCheck TIFF = of("TIFF", "image/tiff",
            head -> startsWith(head, new byte[] {'I', 'I', 42, 0}) || startsWith(head, new byte[] {'M', 'M', 0, 42})
                    || startsWith(head, new byte[] {'I', 'I', 43, 0}) || startsWith(head, new byte[] {'M', 'M', 0, 43}));
    /** Windows bitmap: {@code BM} and zero reserved words (bytes 6 to 9). */
    public static final MagicCheck BMP = of("BMP", "image/bmp", head -> head.length >= 14 && head[0] == 'B'
            && head[1] == 'M' && head[6] == 0 && head[7] == 0 && head[8] == 0 && head[9] == 0);
    /** AutoCAD drawing: {@code AC} then a version such as {@code 1015}. */
    public static final MagicCheck DWG = of("DWG", "image/vnd.dwg", MagicCheck::isDwg);
    /** Binary DXF. */
    public static final MagicCheck DXF_BINARY = prefix("binary DXF", "image/vnd.dxf", ascii("AutoCAD Binary DXF"));
    /** Text DXF: plain text holding a {@code SECTION} group. */
    public static final MagicCheck DXF_TEXT = of("text DXF", "image/vnd.dxf",
            head -> isPlainText(head) && indexOf(head, ascii("SECTION"), head.length) >= 0);
    /** SVG: plain text holding an {@code <svg} element. */
    public static final MagicCheck SVG = of("SVG", "image/svg+xml",
            head -> isPlainText(head) && indexOf(head, ascii("<svg"), head.length) >= 0);
    /** Plain text: no NUL byte and no binary signature. */
    public static final MagicCheck TEXT = of("plain text", "text/plain", MagicCheck::isPlainText);

    /** The binary signatures, in the order {@link FormatPolicy#sniffMediaType(byte[])} tries them. */
    static final List<MagicCheck> BINARY = List.of(OLE2, ZIP, PNG, JPEG, GIF, TIFF, BMP, DWG, DXF_BINARY);

    private static final List<MagicCheck> BUILT_IN = List.of(PDF, OLE2, ZIP, OOXML, ODF_TEXT, ODF_SPREADSHEET, RTF, PNG,
            JPEG, GIF, TIFF, BMP, DWG, DXF_BINARY, DXF_TEXT, SVG, TEXT);

    private final String name;
    private final String mediaType;
    private final Predicate<byte[]> test;

    private MagicCheck(String name, String mediaType, Predicate<byte[]> test) {
        this.name = Objects.requireNonNull(name, "name");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.test = Objects.requireNonNull(test, "test");
    }

    /** A check of one's own: {@code test} gets the head of the file (never {@code null}, possibly empty). */
    public static MagicCheck of(String name, String mediaType, Predicate<byte[]> test) {
        return new MagicCheck(name, mediaType, test);
    }

    /** A check that the file starts with {@code magic}. */
    public static MagicCheck prefix(String name, String mediaType, byte[] magic) {
        byte[] copy = magic.clone();
        return new MagicCheck(name, mediaType, head -> startsWith(head, copy));
    }

    /**
     * An OpenDocument package of the given media type: a ZIP whose first entry is the uncompressed {@code mimetype}
     * file holding exactly {@code mimetype}.
     */
    public static MagicCheck odf(String mimetype) {
        return new MagicCheck("OpenDocument " + mimetype, mimetype,
                head -> ZIP.test(head) && odfMimetype(head).map(mimetype::equals).orElse(false));
    }

    /** A short name of the format checked, used in messages ("PDF"). */
    public String name() {
        return name;
    }

    /** The media type a file passing this check usually has. */
    public String mediaType() {
        return mediaType;
    }

    /** True when {@code head} (the first bytes of a file; {@code null} is read as empty) passes the check. */
    public boolean test(byte[] head) {
        try {
            return test.test(head == null ? new byte[0] : head);
        } catch (RuntimeException e) {
            // a faulty custom check must not break validation: it simply does not recognise the file
            return false;
        }
    }

    @Override
    public String toString() {
        return name;
    }

    static boolean isBuiltIn(MagicCheck check) {
        return BUILT_IN.contains(check);
    }

    /** Offset of {@code %PDF-} within the first 1024 bytes, or -1. */
    static int pdfHeaderOffset(byte[] head) {
        return head == null ? -1 : indexOf(head, PDF_MAGIC, PDF_HEADER_WINDOW);
    }

    /** The name of the first entry of a ZIP archive, read from its first local file header. */
    static Optional<String> firstZipEntryName(byte[] head) {
        if (head.length < 30 || !startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return Optional.empty();
        }
        int nameLength = u16(head, 26);
        if (30 + nameLength > head.length) {
            return Optional.empty();
        }
        return Optional.of(new String(head, 30, nameLength, StandardCharsets.UTF_8));
    }

    /** The content of an uncompressed first entry named {@code mimetype}. */
    static Optional<String> odfMimetype(byte[] head) {
        if (!"mimetype".equals(firstZipEntryName(head).orElse(null)) || u16(head, 8) != 0) {
            return Optional.empty();
        }
        long size = u32(head, 18);
        int start = 30 + u16(head, 26) + u16(head, 28);
        if (size > 200 || start + size > head.length) {
            return Optional.empty();
        }
        return Optional.of(new String(head, start, (int) size, StandardCharsets.US_ASCII));
    }

    static boolean isPlainText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        if (pdfHeaderOffset(head) == 0) {
            return false;
        }
        for (MagicCheck binary : BINARY) {
            if (binary.test(head)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDwg(byte[] head) {
        if (head.length < 6 || head[0] != 'A' || head[1] != 'C' || !isDigit(head[2])) {
            return false;
        }
        for (int i = 3; i < 6; i++) {
            if (!isDigit(head[i]) && head[i] != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index of {@code needle} starting before {@code window}, or -1. */
    static int indexOf(byte[] head, byte[] needle, int window) {
        int last = Math.min(window, head.length - needle.length + 1);
        outer:
        for (int i = 0; i < last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (head[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
