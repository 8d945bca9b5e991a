package vn.edoc.document;

import vn.edoc.text.UnicodeForms;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document (loại văn bản) an organisation issues.
 *
 * <p>It holds three groups:
 * <ul>
 *   <li>the 29 administrative types (văn bản hành chính) of Decree 30/2020/NĐ-CP Điều 7, in the order of that
 *       article;</li>
 *   <li>the copy forms (bản sao) of Decree 30/2020 Phụ lục III table I: Bản sao y, Bản trích sao, Bản sao lục;</li>
 *   <li>the legal normative types (văn bản quy phạm pháp luật, VBQPPL) of the Law on the promulgation of legal
 *       normative documents (Luật ban hành VBQPPL 2015, Điều 4), including those issued by local authorities
 *       (Nghị quyết of a People's Council, Quyết định of a People's Committee); these answer {@code true} to
 *       {@link #legalNormative()}.</li>
 * </ul>
 *
 * <p>The abbreviations of the first two groups are those of Decree 30/2020 Phụ lục III table I, spelled exactly as
 * there, including the mixed-case ones ({@code QyĐ}, {@code CTr}, {@code TTr}, {@code TrS}); Công văn and Thư công
 * have none. The abbreviations of the legal normative types ({@code NĐ}, {@code TT}, {@code TTLT}, {@code NQLT},
 * {@code PL}, {@code L}) are those seen in practice in their numbers ("20/2020/QĐ-TTg", "30/2020/NĐ-CP",
 * "01/2019/TT-BNV"); they are not part of the Decree 30 table. Laws, codes and the Constitution carry no type
 * abbreviation in their number ("20/2023/QH15").
 *
 * <p>An abbreviation can name both an administrative and a legal normative type ({@code QĐ}, {@code NQ}):
 * {@link #byAbbreviation(String)} answers the Decree 30 (administrative) type, and
 * {@link #legalNormativeByAbbreviation(String)} the legal normative one.
 *
 * <p>The SĐ1:2022 amendment of QCVN 102:2016 publishes a numeric code table for edXML {@code DocumentType}; its full
 * content could not be confirmed, so no edXML code is offered here.
 */
public enum DocumentType {

    /** Nghị quyết (cá biệt): an individual (non-normative) resolution. */
    NGHI_QUYET("Nghị quyết (cá biệt)", "NQ", false),
    /** Quyết định (cá biệt): an individual (non-normative) decision. */
    QUYET_DINH("Quyết định (cá biệt)", "QĐ", false),
    /** Chỉ thị: directive. */
    CHI_THI("Chỉ thị", "CT", false),
    /** Quy chế: regulation (set of rules). */
    QUY_CHE("Quy chế", "QC", false),
    /** Quy định: rules. */
    QUY_DINH("Quy định", "QyĐ", false),
    /** Thông cáo: communiqué. */
    THONG_CAO("Thông cáo", "TC", false),
    /** Thông báo: notice. */
    THONG_BAO("Thông báo", "TB", false),
    /** Hướng dẫn: guidance. */
    HUONG_DAN("Hướng dẫn", "HD", false),
    /** Chương trình: programme. */
    CHUONG_TRINH("Chương trình", "CTr", false),
    /** Kế hoạch: plan. */
    KE_HOACH("Kế hoạch", "KH", false),
    /** Phương án: scheme. */
    PHUONG_AN("Phương án", "PA", false),
    /** Đề án: proposal (scheme of work). */
    DE_AN("Đề án", "ĐA", false),
    /** Dự án: project. */
    DU_AN("Dự án", "DA", false),
    /** Báo cáo: report. */
    BAO_CAO("Báo cáo", "BC", false),
    /** Biên bản: minutes. */
    BIEN_BAN("Biên bản", "BB", false),
    /** Tờ trình: submission. */
    TO_TRINH("Tờ trình", "TTr", false),
    /** Hợp đồng: contract. */
    HOP_DONG("Hợp đồng", "HĐ", false),
    /** Công văn: official letter; it has no type abbreviation. */
    CONG_VAN("Công văn", null, false),
    /** Công điện: official telegram. */
    CONG_DIEN("Công điện", "CĐ", false),
    /** Bản ghi nhớ: memorandum of understanding. */
    BAN_GHI_NHO("Bản ghi nhớ", "BGN", false),
    /** Bản thỏa thuận: agreement. */
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT", false),
    /** Giấy ủy quyền: power of attorney. */
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ", false),
    /** Giấy mời: invitation. */
    GIAY_MOI("Giấy mời", "GM", false),
    /** Giấy giới thiệu: letter of introduction. */
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT", false),
    /** Giấy nghỉ phép: leave permit. */
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP", false),
    /** Phiếu gửi: dispatch slip. */
    PHIEU_GUI("Phiếu gửi", "PG", false),
    /** Phiếu chuyển: transfer slip. */
    PHIEU_CHUYEN("Phiếu chuyển", "PC", false),
    /** Phiếu báo: notification slip. */
    PHIEU_BAO("Phiếu báo", "PB", false),
    /** Thư công: public letter; it has no type abbreviation. */
    THU_CONG("Thư công", null, false),

    /** Bản sao y: true copy (Decree 30/2020 Phụ lục III). */
    BAN_SAO_Y("Bản sao y", "SY", false),
    /** Bản trích sao: extract copy (Decree 30/2020 Phụ lục III). */
    BAN_TRICH_SAO("Bản trích sao", "TrS", false),
    /** Bản sao lục: transcribed copy (Decree 30/2020 Phụ lục III). */
    BAN_SAO_LUC("Bản sao lục", "SL", false),

    /** Hiến pháp: the Constitution (no type abbreviation in its number). */
    HIEN_PHAP("Hiến pháp", null, true),
    /** Bộ luật: code of law (number such as "91/2015/QH13", no type abbreviation). */
    BO_LUAT("Bộ luật", null, true),
    /** Luật: law (number such as "20/2023/QH15", no type abbreviation). */
    LUAT("Luật", null, true),
    /** Pháp lệnh: ordinance of the Standing Committee of the National Assembly. */
    PHAP_LENH("Pháp lệnh", "PL", true),
    /** Lệnh: order of the President. */
    LENH("Lệnh", "L", true),
    /**
     * Nghị quyết (quy phạm pháp luật): normative resolution, of the National Assembly, its Standing Committee, the
     * Council of Judges of the Supreme People's Court, or a People's Council (Hội đồng nhân dân, e.g.
     * "12/2020/NQ-HĐND").
     */
    NGHI_QUYET_QPPL("Nghị quyết (quy phạm pháp luật)", "NQ", true),
    /** Nghị quyết liên tịch: joint normative resolution. */
    NGHI_QUYET_LIEN_TICH("Nghị quyết liên tịch", "NQLT", true),
    /** Nghị định: decree of the Government ("30/2020/NĐ-CP"). */
    NGHI_DINH("Nghị định", "NĐ", true),
    /**
     * Quyết định (quy phạm pháp luật): normative decision, of the President, the Prime Minister ("20/2020/QĐ-TTg"),
     * the State Auditor General or a People's Committee (Ủy ban nhân dân, e.g. "12/2020/QĐ-UBND").
     */
    QUYET_DINH_QPPL("Quyết định (quy phạm pháp luật)", "QĐ", true),
    /** Thông tư: circular of a minister, the Chief Justice or the Prosecutor General ("01/2019/TT-BNV"). */
    THONG_TU("Thông tư", "TT", true),
    /** Thông tư liên tịch: joint circular. */
    THONG_TU_LIEN_TICH("Thông tư liên tịch", "TTLT", true);

    private final String vietnameseName;
    private final String abbreviation;
    private final boolean legalNormative;

    DocumentType(String vietnameseName, String abbreviation, boolean legalNormative) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
        this.legalNormative = legalNormative;
    }

    /** The Vietnamese name as written in Decree 30/2020 (NFC, modern tone placement: "ủy", "thỏa"). */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The official abbreviation (chữ viết tắt), spelled exactly as in the table; empty for Công văn, Thư công, laws. */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    /** True for a legal normative document type (văn bản quy phạm pháp luật). */
    public boolean legalNormative() {
        return legalNormative;
    }

    /**
     * True for the copy forms of Decree 30/2020 Phụ lục III (bản sao y, bản trích sao, bản sao lục).
     */
    public boolean copy() {
        return this == BAN_SAO_Y || this == BAN_TRICH_SAO || this == BAN_SAO_LUC;
    }

    /**
     * The type whose abbreviation is spelled exactly {@code abbreviation} (after Unicode NFC normalisation): the
     * Decree 30 administrative or copy type when there is one ({@code "QĐ"} gives {@link #QUYET_DINH}), else the
     * legal normative type ({@code "NĐ"} gives {@link #NGHI_DINH}). Empty for {@code null} or an unknown spelling,
     * including a wrong case such as {@code "QYĐ"}.
     */
    public static Optional<DocumentType> byAbbreviation(String abbreviation) {
        if (abbreviation == null) {
            return Optional.empty();
        }
        String nfc = UnicodeForms.nfc(abbreviation);
        for (DocumentType t : values()) {
            if (nfc.equals(t.abbreviation)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #byAbbreviation(String)} but ignoring case ({@code "QYĐ"}, {@code "qđ"}, {@code "ttr"} are found).
     * No two abbreviations of the table differ only in case, so the answer is never ambiguous.
     */
    public static Optional<DocumentType> byAbbreviationIgnoringCase(String abbreviation) {
        if (abbreviation == null) {
            return Optional.empty();
        }
        String key = UnicodeForms.nfc(abbreviation).toUpperCase(Locale.ROOT);
        for (DocumentType t : values()) {
            if (t.abbreviation != null && key.equals(t.abbreviation.toUpperCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The legal normative type spelled exactly {@code abbreviation} ({@code "QĐ"} gives {@link #QUYET_DINH_QPPL},
     * {@code "NQ"} gives {@link #NGHI_QUYET_QPPL}), for numbers that carry a year ("12/2020/QĐ-UBND").
     */
    public static Optional<DocumentType> legalNormativeByAbbreviation(String abbreviation) {
        if (abbreviation == null) {
            return Optional.empty();
        }
        String nfc = UnicodeForms.nfc(abbreviation);
        for (DocumentType t : values()) {
            if (t.legalNormative && nfc.equals(t.abbreviation)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The type named {@code name}, ignoring case, surrounding and repeated spaces, Unicode normalisation form and
     * where the tone mark sits ("Giấy uỷ quyền" as in the Decree 30 docx, or "Giấy ủy quyền"; "Bản thoả thuận" or
     * "Bản thỏa thuận"). The parenthesised part may be left out: a bare "Quyết định" or "Nghị quyết" means the
     * administrative (cá biệt) type, the one an office handles day to day.
     */
    public static Optional<DocumentType> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = nameKey(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (DocumentType t : values()) {
            if (key.equals(nameKey(t.vietnameseName))) {
                return Optional.of(t);
            }
        }
        for (DocumentType t : values()) {
            int paren = t.vietnameseName.indexOf(" (");
            if (paren > 0 && key.equals(nameKey(t.vietnameseName.substring(0, paren)))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A comparison key: lower case, single spaces, and in each word the tone mark moved to the end of the word, so
     * that the old ("hoà") and new ("hòa") tone placements give the same key.
     */
    private static String nameKey(String text) {
        String nfd = UnicodeForms.nfd(text.strip()).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfd.length());
        StringBuilder word = new StringBuilder();
        char tone = 0;
        boolean pendingSpace = false;
        for (int i = 0; i <= nfd.length(); i++) {
            char c = i < nfd.length() ? nfd.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    if (pendingSpace) {
                        out.append(' ');
                    }
                    out.append(word);
                    if (tone != 0) {
                        out.append(tone);
                    }
                    pendingSpace = true;
                    word.setLength(0);
                    tone = 0;
                }
            } else if (isTone(c)) {
                tone = c;
            } else {
                word.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isTone(char c) {
        // grave (huyền), acute (sắc), hook above (hỏi), tilde (ngã), dot below (nặng)
        return c == '\u0300' || c == '\u0301' || c == '\u0309' || c == '\u0303' || c == '\u0323';
    }

    static {
        // guards the catalogue against an edit that would make case-insensitive look-up ambiguous
        for (DocumentType a : values()) {
            for (DocumentType b : values()) {
                if (a.ordinal() < b.ordinal() && a.abbreviation != null && b.abbreviation != null
                        && a.legalNormative == b.legalNormative
                        && a.abbreviation.equalsIgnoreCase(b.abbreviation)) {
                    throw new ExceptionInInitializerError("ambiguous abbreviation " + a.abbreviation);
                }
            }
        }
    }
}
