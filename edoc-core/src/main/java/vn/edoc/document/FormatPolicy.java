package vn.edoc.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Which attachment formats (định dạng tệp) a deployment accepts, by extension and by content (rule R-FMT-3,
 * LS Đ4.3, LA Đ4.4a), and the largest accepted size. Immutable; build one with {@link #builder()} or start from
 * {@link #defaults()} with {@link #toBuilder()}.
 *
 * <p>The {@linkplain #defaults() defaults} are the lists of LS Đ4.3 and LA Đ4.4a:
 * <ul>
 *   <li>text: .doc (OLE2), .docx (ZIP, Office Open XML), .odt (OpenDocument text), .txt (plain text), .rtf;</li>
 *   <li>spreadsheets: .xls (OLE2), .xlsx (ZIP, Office Open XML), .ods (OpenDocument spreadsheet), .csv (plain
 *       text);</li>
 *   <li>read-only: .pdf;</li>
 *   <li>images: .jpg .jpeg .png .gif .tif .tiff .bmp;</li>
 *   <li>"specialised graphics" (đồ thị, đồ họa chuyên ngành), which the seeds do not list: this library reads them
 *       as the common CAD formats .dwg and .dxf. A deployment that needs others (.dgn, .shp …) adds them with
 *       {@link Builder#allow(String, String, MagicCheck...)}.</li>
 * </ul>
 * SVG is not among the defaults although it is a common vector format: an SVG file is XML that may carry scripts
 * ({@code <script>}, event attributes such as {@code onload}) and links to outside resources, which run when a user
 * opens it in a browser. A deployment that needs it opts in with
 * {@code toBuilder().allow("svg", "image/svg+xml", MagicCheck.SVG)}, knowing that its viewers must not run them.
 * There is no size limit by default: the seeds set none, and a deployment sets its own with
 * {@link #withMaxSize(long)}.
 *
 * <p>The signed document itself must be a PDF (R-FMT-2, LS Đ4.3a, LA Đ4.4b). The signed format is a setting of the
 * policy ({@link Builder#signedFormat(String, MagicCheck)}, default PDF) so that a deployment whose signing
 * platform produces another format can say so: {@link DocumentValidator} checks the extension and media type of the
 * signed main file against it, and {@link #checkSignedContent(String, byte[], String)} its content (magic bytes).
 */
public final class FormatPolicy {

    /** How many leading bytes {@link #checkContent} needs at most: every built-in check looks within them. */
    public static final int HEAD_BYTES = 8192;

    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}(\\s*;.*)?");

    private static final FormatPolicy DEFAULTS = defaultBuilder().build();

    private final Map<String, Format> formats;
    private final long maxSize;
    private final String signedExtension;
    private final MagicCheck signedCheck;

    /** One accepted extension: its usual media type, tolerated aliases, and the content checks (any one passing). */
    private record Format(String extension, String mediaType, List<String> aliases, List<MagicCheck> checks) {
    }

    private FormatPolicy(Map<String, Format> formats, long maxSize, String signedExtension, MagicCheck signedCheck) {
        this.formats = Collections.unmodifiableMap(new LinkedHashMap<>(formats));
        this.maxSize = maxSize;
        this.signedExtension = signedExtension;
        this.signedCheck = signedCheck;
    }

    /** The formats of LS Đ4.3 and LA Đ4.4a (see the class comment), no size limit. */
    public static FormatPolicy defaults() {
        return DEFAULTS;
    }

    /** An empty builder: nothing is accepted until allowed. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's formats and limit. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.formats.putAll(formats);
        b.maxSize = maxSize;
        b.signedExtension = signedExtension;
        b.signedCheck = signedCheck;
        return b;
    }

    /** This policy with another size limit in bytes. */
    public FormatPolicy withMaxSize(long maxSize) {
        return toBuilder().maxSize(maxSize).build();
    }

    /** The largest accepted size in bytes ({@link Long#MAX_VALUE}: no limit). */
    public long maxSize() {
        return maxSize;
    }

    /** The accepted extensions, lower case, without dot, in the order allowed. */
    public Set<String> extensions() {
        return formats.keySet();
    }

    /** True when the extension of {@code fileName} is accepted. */
    public boolean allows(String fileName) {
        return extensionOf(fileName).map(formats::containsKey).orElse(false);
    }

    /** The usual media type of {@code fileName}'s extension, when the extension is accepted. */
    public Optional<String> mediaTypeOf(String fileName) {
        return extensionOf(fileName).map(formats::get).map(Format::mediaType);
    }

    /**
     * True when {@code mediaType} fits the extension of {@code fileName}: its usual type or a common alias, ignoring
     * case and parameters; {@code application/octet-stream} (type unknown to the sender) always fits.
     */
    public boolean mediaTypeFits(String fileName, String mediaType) {
        Optional<Format> format = extensionOf(fileName).map(formats::get);
        if (format.isEmpty() || mediaType == null) {
            return true;
        }
        String base = baseMediaType(mediaType);
        return base.equals("application/octet-stream") || base.equals(format.get().mediaType())
                || format.get().aliases().contains(base);
    }

    /** The extension of the signed main file, lower case without dot ({@code "pdf"} by default). */
    public String signedExtension() {
        return signedExtension;
    }

    /** The content check of the signed main file ({@link MagicCheck#PDF} by default). */
    public MagicCheck signedCheck() {
        return signedCheck;
    }

    /** True when {@code fileName} has the {@linkplain #signedExtension() signed format's extension} (any case). */
    public boolean isSignedFormat(String fileName) {
        return extensionOf(fileName).map(signedExtension::equals).orElse(false);
    }

    /**
     * True when {@code mediaType} may describe a signed main file: the signed check's media type, the usual type or
     * an alias of the signed extension, or {@code application/octet-stream}; ignoring case and parameters.
     */
    public boolean isSignedMediaType(String mediaType) {
        if (mediaType == null || !isMediaType(mediaType)) {
            return false;
        }
        String base = baseMediaType(mediaType);
        Format format = formats.get(signedExtension);
        return base.equals("application/octet-stream") || base.equals(signedCheck.mediaType())
                || format != null && (base.equals(format.mediaType()) || format.aliases().contains(base));
    }

    /**
     * Checks the signed main file of a document (R-FMT-2) by its name and content: the extension must be the
     * {@linkplain #signedExtension() signed format's} and the first bytes must pass its {@linkplain #signedCheck()
     * check} (the {@code %PDF-} header for PDF). The name's other rules and the size are {@link #checkContent}'s.
     *
     * @param fileName the main file's name
     * @param head     its first bytes ({@link #HEAD_BYTES} suffice; {@code null} is read as none)
     * @param path     where to report, such as {@code "attachments[0]"}
     */
    public ValidationResult checkSignedContent(String fileName, byte[] head, String path) {
        List<Violation> found = new ArrayList<>();
        String shown = printable(fileName == null ? "" : fileName);
        if (!isSignedFormat(fileName)) {
            found.add(DocumentViolation.SIGNED_MAIN_FILE_NOT_PDF.at(path, signedCheck.name(), shown));
        }
        byte[] bytes = head == null ? new byte[0] : head;
        if (bytes.length == 0) {
            found.add(DocumentViolation.ATTACHMENT_CONTENT_MISSING.at(path, shown));
        } else if (!signedCheck.test(bytes)) {
            found.add(DocumentViolation.SIGNED_MAIN_CONTENT_MISMATCH.at(path, shown, signedCheck.name()));
        }
        return ValidationResult.of(found);
    }

    /** True when {@code fileName} has the extension {@code .pdf} (any case). */
    public static boolean isPdf(String fileName) {
        return extensionOf(fileName).map("pdf"::equals).orElse(false);
    }

    /**
     * Checks a file name for the metadata of an attachment, without its content: a plain name (no folder part, no
     * control character), with an accepted extension. Every violation is reported at {@code path}.
     */
    public ValidationResult checkName(String fileName, String path) {
        if (fileName == null || fileName.isBlank()) {
            return ValidationResult.of(DocumentViolation.ATTACHMENT_NAME_MISSING.at(path));
        }
        List<Violation> found = new ArrayList<>();
        String reasonEn = null;
        String reasonVi = null;
        if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
            reasonEn = "it contains a folder separator";
            reasonVi = "chứa dấu phân cách thư mục";
        } else if (fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            reasonEn = "it contains a control character";
            reasonVi = "chứa ký tự điều khiển";
        } else if (fileName.endsWith(".") || fileName.endsWith(" ") || fileName.startsWith(" ")) {
            reasonEn = "it starts or ends with a space, or ends with a dot";
            reasonVi = "bắt đầu hoặc kết thúc bằng khoảng trắng, hoặc kết thúc bằng dấu chấm";
        }
        if (reasonEn != null) {
            // the reason differs by language, so both messages are filled separately
            DocumentViolation t = DocumentViolation.ATTACHMENT_NAME_INVALID;
            String name = printable(fileName);
            found.add(new Violation(t.code(), t.ruleId(), t.article(), t.severity(), path,
                    String.format(Locale.ROOT, t.messageVi(), name, reasonVi),
                    String.format(Locale.ROOT, t.messageEn(), name, reasonEn)));
        }
        Optional<String> ext = extensionOf(fileName);
        if (ext.isEmpty() || !formats.containsKey(ext.get())) {
            found.add(DocumentViolation.ATTACHMENT_FORMAT_NOT_ALLOWED.at(path,
                    ext.map(e -> "." + e).orElse("(no extension)"), acceptedList()));
        }
        return ValidationResult.of(found);
    }

    /**
     * Checks a file: its name ({@link #checkName}), its size against the limit, and its content against the
     * extension's checks. {@code head} is the start of the file; the first {@link #HEAD_BYTES} bytes suffice (more are
     * accepted and ignored by the built-in checks). A file whose content is not what its extension says (a text file
     * named {@code .pdf}) is refused with R-FMT-3. Every violation is reported at {@code path}.
     *
     * @param fileName the file name
     * @param head     the first bytes of the file ({@code null} is read as none)
     * @param size     the whole file's size in bytes
     * @param path     where to report, such as {@code "attachments[0]"}
     */
    public ValidationResult checkContent(String fileName, byte[] head, long size, String path) {
        ValidationResult result = checkName(fileName, path);
        List<Violation> found = new ArrayList<>(result.violations());
        if (size < 0) {
            found.add(DocumentViolation.ATTACHMENT_SIZE_INVALID.at(path, size));
        } else if (size > maxSize) {
            found.add(DocumentViolation.ATTACHMENT_TOO_LARGE.at(path, size, maxSize));
        }
        byte[] bytes = head == null ? new byte[0] : head;
        Format format = extensionOf(fileName).map(formats::get).orElse(null);
        if (format != null) {
            if (bytes.length == 0 && size > 0) {
                found.add(DocumentViolation.ATTACHMENT_CONTENT_MISSING.at(path, printable(fileName)));
            } else if (!format.checks().isEmpty()) {
                MagicCheck passed = format.checks().stream().filter(c -> c.test(bytes)).findFirst().orElse(null);
                if (passed == null) {
                    found.add(DocumentViolation.ATTACHMENT_CONTENT_MISMATCH.at(path, printable(fileName),
                            format.checks().get(0).name(), sniffMediaType(bytes).orElse("unknown")));
                } else if (passed == MagicCheck.PDF && MagicCheck.pdfHeaderOffset(bytes) > 0) {
                    found.add(DocumentViolation.PDF_HEADER_NOT_AT_START.at(path, MagicCheck.pdfHeaderOffset(bytes)));
                }
            }
        }
        return ValidationResult.of(found);
    }

    /**
     * The media type the first bytes of a file show, whatever its name: PDF, OLE2 (Word/Excel 97-2003), Office Open
     * XML (Word, Excel, PowerPoint, told apart by the part names found in the head), OpenDocument (its
     * {@code mimetype} entry), other ZIP, RTF, PNG, JPEG, GIF, TIFF, BMP, DWG, DXF, SVG, plain text. Empty when
     * nothing is recognised or {@code head} is empty.
     */
    public Optional<String> sniffMediaType(byte[] head) {
        if (head == null || head.length == 0) {
            return Optional.empty();
        }
        int pdf = MagicCheck.pdfHeaderOffset(head);
        if (pdf == 0 || pdf > 0 && !MagicCheck.isPlainText(head)) {
            return Optional.of("application/pdf");
        }
        if (MagicCheck.ZIP.test(head)) {
            Optional<String> odf = MagicCheck.odfMimetype(head);
            if (odf.isPresent()) {
                return odf;
            }
            if (MagicCheck.indexOf(head, MagicCheck.ascii("word/"), head.length) >= 0) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            if (MagicCheck.indexOf(head, MagicCheck.ascii("xl/"), head.length) >= 0) {
                return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            if (MagicCheck.indexOf(head, MagicCheck.ascii("ppt/"), head.length) >= 0) {
                return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
            }
            return Optional.of("application/zip");
        }
        for (MagicCheck binary : MagicCheck.BINARY) {
            if (binary.test(head)) {
                return Optional.of(binary.mediaType());
            }
        }
        if (MagicCheck.RTF.test(head)) {
            return Optional.of("application/rtf");
        }
        for (Format f : formats.values()) {
            for (MagicCheck c : f.checks()) {
                if (!MagicCheck.isBuiltIn(c) && c.test(head)) {
                    return Optional.of(c.mediaType());
                }
            }
        }
        if (MagicCheck.SVG.test(head)) {
            return Optional.of("image/svg+xml");
        }
        if (MagicCheck.TEXT.test(head)) {
            return Optional.of("text/plain");
        }
        return Optional.empty();
    }

    /** The extension of {@code fileName} in lower case without its dot; empty when there is none. */
    public static Optional<String> extensionOf(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        if (dot <= slash + 1 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String baseMediaType(String mediaType) {
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** True when {@code mediaType} is a syntactically valid media type ({@code type/subtype[;parameters]}). */
    public static boolean isMediaType(String mediaType) {
        return mediaType != null && mediaType.length() <= 255 && MEDIA_TYPE.matcher(mediaType).matches();
    }

    private String acceptedList() {
        return formats.isEmpty() ? "(none)" : "." + String.join(" .", formats.keySet());
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Builder defaultBuilder() {
        Builder b = new Builder();
        String ooxmlWord = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        String ooxmlSheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        // text documents (LS Đ4.3b, LA Đ4.4a)
        b.allow("doc", "application/msword", List.of(), MagicCheck.OLE2);
        b.allow("docx", ooxmlWord, List.of(), MagicCheck.OOXML);
        b.allow("odt", "application/vnd.oasis.opendocument.text", List.of(), MagicCheck.ODF_TEXT);
        b.allow("txt", "text/plain", List.of(), MagicCheck.TEXT);
        b.allow("rtf", "application/rtf", List.of("text/rtf"), MagicCheck.RTF);
        // spreadsheets (LS Đ4.3c, LA Đ4.4a)
        b.allow("xls", "application/vnd.ms-excel", List.of(), MagicCheck.OLE2);
        b.allow("xlsx", ooxmlSheet, List.of(), MagicCheck.OOXML);
        b.allow("ods", "application/vnd.oasis.opendocument.spreadsheet", List.of(), MagicCheck.ODF_SPREADSHEET);
        b.allow("csv", "text/csv", List.of("text/plain", "application/vnd.ms-excel", "text/comma-separated-values"),
                MagicCheck.TEXT);
        // read-only documents and signed documents (LS Đ4.3a, 4.3d, LA Đ4.4a-b)
        b.allow("pdf", "application/pdf", List.of("application/x-pdf"), MagicCheck.PDF);
        // images (LS Đ4.3đ, LA Đ4.4a)
        b.allow("jpg", "image/jpeg", List.of("image/pjpeg"), MagicCheck.JPEG);
        b.allow("jpeg", "image/jpeg", List.of("image/pjpeg"), MagicCheck.JPEG);
        b.allow("png", "image/png", List.of(), MagicCheck.PNG);
        b.allow("gif", "image/gif", List.of(), MagicCheck.GIF);
        b.allow("tif", "image/tiff", List.of(), MagicCheck.TIFF);
        b.allow("tiff", "image/tiff", List.of(), MagicCheck.TIFF);
        b.allow("bmp", "image/bmp", List.of("image/x-ms-bmp", "image/x-bmp"), MagicCheck.BMP);
        // specialised graphics: this library's reading of "đồ họa chuyên ngành" (see the class comment)
        b.allow("dwg", "image/vnd.dwg", List.of("application/acad", "image/x-dwg", "application/x-dwg"),
                MagicCheck.DWG);
        b.allow("dxf", "image/vnd.dxf", List.of("application/dxf", "image/x-dxf"), MagicCheck.DXF_TEXT,
                MagicCheck.DXF_BINARY);
        return b;
    }

    /** Builds a {@link FormatPolicy}. Not thread-safe; the policy it builds is. */
    public static final class Builder {
        private final Map<String, Format> formats = new LinkedHashMap<>();
        private long maxSize = Long.MAX_VALUE;
        private String signedExtension = "pdf";
        private MagicCheck signedCheck = MagicCheck.PDF;

        private Builder() {
        }

        /**
         * Accepts the extension {@code extension} (with or without dot, any case) with the usual media type
         * {@code mediaType}; the content must pass at least one of {@code checks} (none: the content is not
         * checked).
         */
        public Builder allow(String extension, String mediaType, MagicCheck... checks) {
            return allow(extension, mediaType, List.of(), checks);
        }

        /** Accepts {@code extension}; the media type is that of the first check, else application/octet-stream. */
        public Builder allow(String extension, MagicCheck... checks) {
            return allow(extension, checks.length == 0 ? "application/octet-stream" : checks[0].mediaType(), checks);
        }

        private Builder allow(String extension, String mediaType, List<String> aliases, MagicCheck... checks) {
            String ext = normaliseExtension(extension);
            if (!isMediaType(mediaType)) {
                throw new IllegalArgumentException("not a media type: " + mediaType);
            }
            for (MagicCheck c : checks) {
                Objects.requireNonNull(c, "check");
            }
            formats.put(ext, new Format(ext, baseMediaType(mediaType), List.copyOf(aliases), List.of(checks)));
            return this;
        }

        /** Stops accepting {@code extension}. */
        public Builder disallow(String extension) {
            formats.remove(normaliseExtension(extension));
            return this;
        }

        /** Sets the largest accepted size in bytes. */
        public Builder maxSize(long maxSize) {
            if (maxSize < 0) {
                throw new IllegalArgumentException("maxSize must not be negative");
            }
            this.maxSize = maxSize;
            return this;
        }

        /**
         * Sets the format of the signed main file (R-FMT-2): its extension (with or without dot, any case) and the
         * check its content must pass. The default is PDF ({@code "pdf"}, {@link MagicCheck#PDF}), as LS Đ4.3a and
         * LA Đ4.4b require; a deployment changes it only when its own regulation says so.
         */
        public Builder signedFormat(String extension, MagicCheck check) {
            this.signedExtension = normaliseExtension(extension);
            this.signedCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** The policy. */
        public FormatPolicy build() {
            return new FormatPolicy(formats, maxSize, signedExtension, signedCheck);
        }

        private static String normaliseExtension(String extension) {
            Objects.requireNonNull(extension, "extension");
            String ext = extension.startsWith(".") ? extension.substring(1) : extension;
            ext = ext.toLowerCase(Locale.ROOT);
            if (ext.isEmpty() || !ext.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not a file extension: " + extension);
            }
            return ext;
        }
    }
}
