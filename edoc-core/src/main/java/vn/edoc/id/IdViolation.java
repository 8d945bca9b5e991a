package vn.edoc.id;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of violation (vi phạm) found in identifiers: organisation codes (mã định danh cơ quan), document
 * identifiers (mã định danh văn bản), numbers and notations (số, ký hiệu), account names (tên tài khoản) and unit
 * slugs (tên miền đơn vị). Codes are stable: {@code EDOC-ID-001}..{@code 019} organisation codes, {@code 020}..{@code
 * 049} notations, {@code 050}..{@code 069} document identifiers, {@code 070}..{@code 089} account names,
 * {@code 090}..{@code 099} unit slugs, {@code 100}..{@code 109} the engine's own ids
 * ({@link RecordId}, {@link TaskId}, {@link UnitId}, {@link PersonId}, {@link WorkFileId}). Severities changed by the review of 2026-11: {@code 026} (number below 10
 * without its leading zero) is a warning, {@code 042} and {@code 043} (year and type disagree) are errors.
 */
public enum IdViolation implements ViolationType {

    // ----- organisation code, R-ID-1 -----
    /** Nothing given. */
    ORGAN_EMPTY("EDOC-ID-001", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan bị trống.",
            "The organisation code is empty."),
    /** Spaces, tabs or line breaks inside or around the code. */
    ORGAN_WHITESPACE("EDOC-ID-002", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan '%s' chứa khoảng trắng.",
            "The organisation code '%s' contains whitespace."),
    /** Lower-case letters; the standards allow capitals only. */
    ORGAN_LOWERCASE("EDOC-ID-003", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan '%s' chứa chữ thường; chỉ dùng chữ in hoa A-Z.",
            "The organisation code '%s' contains lower-case letters; only capitals A-Z are allowed."),
    /** A character other than A-Z, 0-9 and '.'. */
    ORGAN_ILLEGAL_CHARACTER("EDOC-ID-004", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Ký tự '%s' không được phép trong mã định danh cơ quan; chỉ dùng A-Z, 0-9 và dấu chấm.",
            "Character '%s' is not allowed in an organisation code; only A-Z, 0-9 and '.' are."),
    /** A separator other than '.' between groups. */
    ORGAN_BAD_SEPARATOR("EDOC-ID-005", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Các nhóm của mã định danh cơ quan phải cách nhau bằng dấu chấm, không dùng '%s'.",
            "The groups of an organisation code are separated by '.', not by '%s'."),
    /** Leading, trailing or doubled dot. */
    ORGAN_EMPTY_GROUP("EDOC-ID-006", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan '%s' có nhóm trống (dấu chấm ở đầu, ở cuối hoặc hai dấu chấm liền nhau).",
            "The organisation code '%s' has an empty group (a dot at the start, at the end or doubled)."),
    /** A 13-character QCVN 102 code of the wrong length. */
    ORGAN_LENGTH("EDOC-ID-007", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh dạng QCVN 102:2016 phải có 13 ký tự NNN.NN.NN.XNN, mã này có %s.",
            "A QCVN 102:2016 organisation code has 13 characters NNN.NN.NN.XNN; this one has %s."),
    /** A QCVN 102 code without exactly four groups. */
    ORGAN_GROUP_COUNT("EDOC-ID-008", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh dạng QCVN 102:2016 gồm 4 nhóm NNN.NN.NN.XNN, mã này có %s nhóm.",
            "A QCVN 102:2016 organisation code has 4 groups NNN.NN.NN.XNN; this one has %s."),
    /** A numeric group of a QCVN 102 code that is not all digits or has the wrong size. */
    ORGAN_GROUP_DIGITS("EDOC-ID-009", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Nhóm '%s' của mã định danh cơ quan phải gồm đúng %s chữ số.",
            "Group '%s' of the organisation code must be exactly %s digits."),
    /** A level-1 group that is not a capital letter and two digits. */
    ORGAN_LEVEL_ONE_SHAPE("EDOC-ID-010", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã cấp 1 '%s' phải gồm một chữ cái in hoa và hai chữ số (ví dụ G22, H37).",
            "The level-1 group '%s' must be one capital letter and two digits (such as G22, H37)."),
    /** A level-1 letter the code list does not know; lists change, so only a warning. */
    ORGAN_UNKNOWN_LETTER("EDOC-ID-011", "R-ID-1", Art.ORGAN, Severity.WARNING,
            "Chữ cái cấp 1 '%s' không có trong danh mục nhóm cơ quan đã biết.",
            "The level-1 letter '%s' is not in the known list of organisation groups."),
    /** A level-1 group the code list does not know; lists change, so only a warning. */
    ORGAN_UNKNOWN_LEVEL_ONE("EDOC-ID-012", "R-ID-1", Art.ORGAN, Severity.WARNING,
            "Mã cấp 1 '%s' không có trong danh mục mã định danh đã biết.",
            "The level-1 code '%s' is not in the known code list."),
    /** A non-zero lower level under an empty higher level. */
    ORGAN_HOLE("EDOC-ID-013", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan '%s' có cấp %s khác 0 trong khi cấp %s phía trên để trống.",
            "The organisation code '%s' has a non-zero level %s under an empty level %s."),
    /** A QĐ 20/2020 code longer than 35 characters. */
    ORGAN_TOO_LONG("EDOC-ID-014", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan dài tối đa 35 ký tự, mã này có %s.",
            "An organisation code has at most 35 characters; this one has %s."),
    /** A bad line in a user-supplied code list. */
    ORGAN_DIRECTORY_ENTRY("EDOC-ID-015", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Dòng %s của danh mục mã định danh không hợp lệ: %s",
            "Line %s of the organisation code list is invalid: %s"),

    // ----- number and notation (số, ký hiệu), R-FMT-5 -----
    /** Nothing given. */
    NOTATION_EMPTY("EDOC-ID-020", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Số, ký hiệu văn bản bị trống.",
            "The number and notation (số, ký hiệu) is empty."),
    /** No slash between number and notation. */
    NOTATION_NO_SLASH("EDOC-ID-021", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Thiếu dấu gạch chéo (/) giữa số và ký hiệu văn bản trong '%s'.",
            "No slash (/) between the number and the notation in '%s'."),
    /** More than number/year/notation. */
    NOTATION_TOO_MANY_SLASHES("EDOC-ID-022", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "'%s' có quá nhiều dấu gạch chéo; dạng đúng là số/ký hiệu hoặc số/năm/ký hiệu.",
            "'%s' has too many slashes; the form is number/notation or number/year/notation."),
    /** Nothing before the first slash. */
    NOTATION_NO_NUMBER("EDOC-ID-023", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Thiếu số văn bản trước dấu gạch chéo.",
            "The document number before the slash is missing."),
    /** The number is not written in Arabic digits only. */
    NOTATION_NUMBER_NOT_DIGITS("EDOC-ID-024", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Số văn bản '%s' phải ghi bằng chữ số Ả Rập.",
            "The document number '%s' must be written in Arabic digits only."),
    /** Number zero. */
    NOTATION_NUMBER_ZERO("EDOC-ID-025", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Số văn bản bắt đầu từ 01; '%s' không hợp lệ.",
            "Document numbers start at 01; '%s' is not valid."),
    /** A number below 10 written without its leading zero. */
    NOTATION_NUMBER_PADDING("EDOC-ID-026", "R-FMT-5", Art.NOTATION, Severity.WARNING,
            "Số văn bản '%s': số nhỏ hơn 10 phải ghi thêm số 0 phía trước; đã chuẩn hóa thành '%s'.",
            "Document number '%s': a number below 10 is written with a leading 0; normalised to '%s'."),
    /** More leading zeros than the one a number below 10 takes. */
    NOTATION_NUMBER_LEADING_ZEROS("EDOC-ID-027", "R-FMT-5", Art.NOTATION, Severity.WARNING,
            "Số văn bản '%s' có số 0 thừa phía trước; đã chuẩn hóa thành '%s'.",
            "Document number '%s' has superfluous leading zeros; normalised to '%s'."),
    /** A number too large to be a yearly sequence. */
    NOTATION_NUMBER_TOO_LARGE("EDOC-ID-028", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Số văn bản '%s' quá lớn.",
            "Document number '%s' is too large."),
    /** The year between number and notation is not a year from 1900 to 2999. */
    NOTATION_YEAR("EDOC-ID-029", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Năm ban hành '%s' trong số, ký hiệu phải gồm 4 chữ số (1900-2999).",
            "The year '%s' in the number must be four digits (1900-2999)."),
    /** Nothing after the slash. */
    NOTATION_NO_SYMBOL("EDOC-ID-030", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Thiếu ký hiệu văn bản sau số.",
            "The notation (ký hiệu) after the number is missing."),
    /** Leading, trailing or doubled hyphen. */
    NOTATION_EMPTY_GROUP("EDOC-ID-031", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Ký hiệu '%s' có nhóm chữ viết tắt trống (dấu gạch nối ở đầu, ở cuối hoặc liền nhau).",
            "The notation '%s' has an empty abbreviation group (a hyphen at the start, at the end or doubled)."),
    /** More groups than a notation holds. */
    NOTATION_TOO_MANY_GROUPS("EDOC-ID-032", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Ký hiệu có %s nhóm chữ viết tắt; tối đa là %s.",
            "The notation has %s abbreviation groups; at most %s are allowed."),
    /** A character other than letters and digits inside a group. */
    NOTATION_ILLEGAL_CHARACTER("EDOC-ID-033", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Ký tự '%s' không được phép trong ký hiệu văn bản; chỉ dùng chữ, số và dấu gạch nối.",
            "Character '%s' is not allowed in a notation; only letters, digits and hyphens are."),
    /** A space inside an abbreviation group. */
    NOTATION_SPACE_INSIDE("EDOC-ID-034", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Số, ký hiệu '%s' có khoảng trắng bên trong nhóm chữ; ký hiệu viết liền, không cách chữ.",
            "'%s' has a space inside a group; a notation is written without spaces."),
    /** Longer than the CodeNotation field. */
    NOTATION_TOO_LONG("EDOC-ID-035", "R-FMT-5", Art.NOTATION_LENGTH, Severity.ERROR,
            "Ký hiệu văn bản dài %s ký tự, vượt quá %s ký tự.",
            "The notation is %s characters long, more than %s."),
    /** Spaces around the slash or hyphens; removed. */
    NOTATION_SPACES("EDOC-ID-036", "R-FMT-5", Art.NOTATION, Severity.WARNING,
            "Đã bỏ khoảng trắng quanh dấu gạch chéo, gạch nối hoặc ở hai đầu của '%s'.",
            "Removed spaces around the slash, hyphens or ends of '%s'."),
    /** En dash, em dash, minus sign and the like instead of the hyphen; replaced. */
    NOTATION_DASH_VARIANT("EDOC-ID-037", "R-FMT-5", Art.NOTATION, Severity.WARNING,
            "Đã thay ký tự '%s' bằng dấu gạch nối (-).",
            "Replaced '%s' by the hyphen (-)."),
    /** A fullwidth or division slash instead of '/'; replaced. */
    NOTATION_SLASH_VARIANT("EDOC-ID-038", "R-FMT-5", Art.NOTATION, Severity.WARNING,
            "Đã thay ký tự '%s' bằng dấu gạch chéo (/).",
            "Replaced '%s' by the slash (/)."),
    /** Decomposed Unicode; normalised to NFC. */
    NOTATION_NOT_NFC("EDOC-ID-039", "R-FMT-5", Art.NOTATION_NFC, Severity.WARNING,
            "Số, ký hiệu không ở dạng Unicode dựng sẵn (NFC); đã chuẩn hóa.",
            "The number and notation was not in precomposed Unicode (NFC); normalised."),
    /** Lower-case letters in an issuer or unit group; upper-cased. */
    NOTATION_LOWERCASE("EDOC-ID-040", "R-FMT-5", Art.NOTATION, Severity.WARNING,
            "Ký hiệu văn bản viết bằng chữ in hoa (trừ 'TTg' và chữ viết tắt loại văn bản); đã đổi '%s' thành '%s'.",
            "A notation is written in capitals (except 'TTg' and the type abbreviations); changed '%s' to '%s'."),
    /** A type abbreviation in the wrong case; normalised to the table's spelling. */
    NOTATION_TYPE_CASE("EDOC-ID-041", "R-FMT-5", Art.TYPE, Severity.WARNING,
            "Chữ viết tắt loại văn bản '%s' được viết đúng là '%s' (%s).",
            "The type abbreviation '%s' is spelled '%s' (%s)."),
    /** A legal normative type whose number has no year. */
    NOTATION_LEGAL_WITHOUT_YEAR("EDOC-ID-042", "R-FMT-5", Art.LEGAL, Severity.ERROR,
            "Văn bản quy phạm pháp luật (%s) ghi số theo dạng số/năm/ký hiệu; thiếu năm ban hành.",
            "A legal normative document (%s) is numbered number/year/notation; the year is missing."),
    /** A year in the number of a type that is not legal normative. */
    NOTATION_YEAR_NOT_LEGAL("EDOC-ID-043", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Chỉ văn bản quy phạm pháp luật ghi năm trong số, ký hiệu; %s là văn bản hành chính.",
            "Only legal normative documents carry the year in their number; %s is an administrative type."),
    /** The only group is a type abbreviation, the issuer is missing. */
    NOTATION_TYPE_WITHOUT_ISSUER("EDOC-ID-044", "R-FMT-5", Art.NOTATION, Severity.WARNING,
            "Ký hiệu '%s' chỉ có chữ viết tắt loại văn bản, thiếu chữ viết tắt cơ quan ban hành.",
            "The notation '%s' has only a type abbreviation; the issuer abbreviation is missing."),
    /** The word "Số:" before the number; removed. */
    NOTATION_PREFIX("EDOC-ID-045", "R-FMT-5", Art.NOTATION, Severity.WARNING,
            "Đã bỏ chữ '%s' phía trước số văn bản.",
            "Removed '%s' before the document number."),
    /** Parts given to Notation.of that do not read back as themselves. */
    NOTATION_NOT_CANONICAL("EDOC-ID-046", "R-FMT-5", Art.NOTATION, Severity.ERROR,
            "Các thành phần không tạo thành số, ký hiệu chuẩn: '%s' được đọc lại thành %s.",
            "The parts do not make a canonical number and notation: '%s' reads back as %s."),

    /** The Icelandic eth (Ð, U+00D0) written for the Vietnamese Đ (U+0110); replaced. */
    NOTATION_ETH("EDOC-ID-047", "R-FMT-5", Art.NOTATION_NFC, Severity.WARNING,
            "Đã thay chữ '%s' (eth của tiếng Iceland) bằng chữ Đ/đ tiếng Việt.",
            "Replaced '%s' (the Icelandic eth) by the Vietnamese Đ/đ."),
    /**
     * A first group that is a type abbreviation once Đ is read as D and case ignored ({@code QD}, {@code Qd} for
     * {@code QĐ}): the usual typing without the Vietnamese keyboard; read as that type and normalised.
     */
    NOTATION_TYPE_FOLDED("EDOC-ID-048", "R-FMT-5", Art.TYPE, Severity.WARNING,
            "Nhóm '%s' được đọc là chữ viết tắt loại văn bản '%s' (%s); đã chuẩn hóa.",
            "The group '%s' is read as the type abbreviation '%s' (%s); normalised."),
    /** {@code CV} written as a type abbreviation: a công văn has none; the group is left out. */
    NOTATION_CONG_VAN_MARKER("EDOC-ID-049", "R-FMT-5", Art.TYPE, Severity.WARNING,
            "Công văn không có chữ viết tắt tên loại; đã bỏ nhóm '%s' khỏi ký hiệu.",
            "A công văn has no type abbreviation; left the group '%s' out of the notation."),

    // ----- document identifier (mã định danh văn bản), R-ID-2 -----
    /** Nothing given. */
    DOCID_EMPTY("EDOC-ID-050", "R-ID-2", Art.DOCID, Severity.ERROR,
            "Mã định danh văn bản bị trống.",
            "The document identifier is empty."),
    /** Not three comma-separated parts. */
    DOCID_PARTS("EDOC-ID-051", "R-ID-2", Art.DOCID, Severity.ERROR,
            "Mã định danh văn bản gồm 3 phần cách nhau bởi dấu phẩy (mã cơ quan, năm hoặc ngày ban hành, số); "
                    + "'%s' có %s phần.",
            "A document identifier has three comma-separated parts (organisation code, year or date, number); "
                    + "'%s' has %s."),
    /** The second part is neither a valid year nor a date. */
    DOCID_YEAR("EDOC-ID-052", "R-ID-2", Art.DOCID, Severity.ERROR,
            "Phần thứ hai '%s' phải là năm ban hành yyyy (1900-2999) hoặc ngày ban hành yyyy/MM/dd.",
            "The second part '%s' must be the year yyyy (1900-2999) or the promulgation date yyyy/MM/dd."),
    /** The sequence is not a whole number from 1. */
    DOCID_SEQUENCE("EDOC-ID-053", "R-ID-2", Art.DOCID, Severity.ERROR,
            "Số thứ tự văn bản trong năm '%s' phải là số nguyên từ 1 trở lên.",
            "The sequence within the year '%s' must be a whole number from 1."),
    /** A date that does not exist. */
    DOCID_DATE("EDOC-ID-054", "R-ID-2", Art.DOCID, Severity.ERROR,
            "Ngày ban hành '%s' không phải là ngày có thật.",
            "The promulgation date '%s' is not a real date."),
    /** A date written other than yyyy/MM/dd; read anyway. */
    DOCID_DATE_FORM("EDOC-ID-055", "R-ID-2", Art.DOCID, Severity.WARNING,
            "Ngày ban hành '%s' không viết theo dạng yyyy/MM/dd của edXML; đã đọc thành %s.",
            "The promulgation date '%s' is not written yyyy/MM/dd as in edXML; read as %s."),
    /** Spaces around the parts; removed. */
    DOCID_SPACES("EDOC-ID-056", "R-ID-2", Art.DOCID, Severity.WARNING,
            "Đã bỏ khoảng trắng quanh các phần của mã định danh văn bản '%s'.",
            "Removed spaces around the parts of the document identifier '%s'."),
    /** Leading zeros in the sequence; removed. */
    DOCID_SEQUENCE_ZEROS("EDOC-ID-057", "R-ID-2", Art.DOCID, Severity.WARNING,
            "Số thứ tự '%s' có số 0 thừa phía trước; đã chuẩn hóa thành '%s'.",
            "The sequence '%s' has leading zeros; normalised to '%s'."),
    /** Date year or notation number that disagree with a seed identifier. */
    DOCID_MISMATCH("EDOC-ID-058", "R-ID-2", Art.DOCID, Severity.ERROR,
            "Ngày %s và số %s không khớp với mã định danh %s (năm %s, số thứ tự %s).",
            "Date %s and number %s do not match the identifier %s (year %s, sequence %s)."),
    /** Far longer than any identifier. */
    DOCID_TOO_LONG("EDOC-ID-059", "R-ID-2", Art.DOCID, Severity.ERROR,
            "Mã định danh văn bản dài %s ký tự, quá dài.",
            "The document identifier is %s characters long, far too long."),
    /** The year inside a legal normative number differs from the promulgation date's year. */
    DOCID_NOTATION_YEAR("EDOC-ID-060", "R-ID-2", Art.DOCID, Severity.WARNING,
            "Năm %s trong số, ký hiệu khác năm của ngày ban hành %s.",
            "The year %s in the number differs from the year of the promulgation date %s."),
    /** A missing part given to a factory. */
    DOCID_MISSING("EDOC-ID-061", "R-ID-2", Art.DOCID, Severity.ERROR,
            "Thiếu %s của mã định danh văn bản.",
            "The %s of the document identifier is missing."),
    /** The number series of a seed identifier is not a legal normative type abbreviation. */
    DOCID_SERIES("EDOC-ID-062", "R-ID-2", Art.DOCID_SERIES, Severity.ERROR,
            "Dãy số '%s' của mã định danh văn bản phải gồm 1 đến 20 chữ cái, chữ số (chữ viết tắt loại văn bản "
                    + "như QĐ).",
            "The number series '%s' of a document identifier must be 1 to 20 letters and digits (a type "
                    + "abbreviation such as QĐ)."),

    // ----- account names (tên tài khoản), R-ID-4 -----
    /** No name given. */
    ACCOUNT_NAME_EMPTY("EDOC-ID-070", "R-ID-4", Art.ACCOUNT, Severity.ERROR,
            "Họ và tên bị trống.",
            "The full name is empty."),
    /** A character that cannot be part of a person's name (digit, symbol, other script). */
    ACCOUNT_NAME_CHARACTER("EDOC-ID-071", "R-ID-4", Art.ACCOUNT, Severity.ERROR,
            "Ký tự '%s' không thể có trong họ và tên để tạo tên tài khoản.",
            "Character '%s' cannot be part of a full name used to make an account name."),
    /** Only one word: the account is the given name alone. */
    ACCOUNT_NAME_ONE_WORD("EDOC-ID-072", "R-ID-4", Art.ACCOUNT, Severity.WARNING,
            "Họ và tên '%s' chỉ có một từ; tên tài khoản chỉ gồm tên, không có chữ viết tắt của họ và tên lót.",
            "The full name '%s' is a single word; the account is the given name alone, without initials."),
    /** Apostrophes or hyphens inside a name; left out of the account. */
    ACCOUNT_NAME_PUNCTUATION("EDOC-ID-073", "R-ID-4", Art.ACCOUNT, Severity.WARNING,
            "Đã bỏ dấu '%s' trong họ và tên khi tạo tên tài khoản.",
            "Left out '%s' of the full name when making the account name."),
    /** A name far longer than any person's. */
    ACCOUNT_NAME_TOO_LONG("EDOC-ID-074", "R-ID-4", Art.ACCOUNT, Severity.ERROR,
            "Họ và tên dài %s ký tự, vượt quá %s.",
            "The full name is %s characters long, more than %s."),
    /** A unit suffix that is not a slug. */
    ACCOUNT_SUFFIX("EDOC-ID-075", "R-ID-4", Art.ACCOUNT, Severity.ERROR,
            "Hậu tố đơn vị '%s' phải gồm chữ thường không dấu và chữ số (ví dụ 'bimson').",
            "The unit suffix '%s' must be lower-case ASCII letters and digits (such as 'bimson')."),
    /** A commune unit name that is not a slug. */
    ACCOUNT_UNIT("EDOC-ID-076", "R-ID-4", Art.ACCOUNT, Severity.ERROR,
            "Tên đơn vị '%s' của tài khoản dùng chung phải gồm chữ thường không dấu và chữ số.",
            "The unit name '%s' of a shared account must be lower-case ASCII letters and digits."),
    /** A leader whose plain account name is held by someone else; given a numbered name. */
    ACCOUNT_LEADER_NAME_TAKEN("EDOC-ID-077", "R-ID-4", "BS Đ3.2 §2.2", Severity.WARNING,
            "Tên tài khoản '%s' thuộc về người có chức vụ lãnh đạo nhưng đang được người khác dùng; tạm cấp '%s', "
                    + "quản trị viên nên đổi tên tài khoản của người đang dùng.",
            "The account name '%s' belongs to a leader but is held by someone else; gave '%s' for now, the "
                    + "administrator should rename the current holder's account."),

    // ----- unit slugs (tên miền, tên viết tắt đơn vị), R-ID-5 -----
    /** Nothing is left after folding. */
    SLUG_EMPTY("EDOC-ID-090", "R-ID-5", Art.SLUG, Severity.ERROR,
            "Tên đơn vị '%s' không còn ký tự nào sau khi bỏ dấu và khoảng trắng.",
            "The unit name '%s' has nothing left once diacritics and spaces are removed."),
    /** Characters that are neither letters nor digits were left out. */
    SLUG_DROPPED("EDOC-ID-091", "R-ID-5", Art.SLUG, Severity.WARNING,
            "Đã bỏ ký tự '%s' trong tên đơn vị.",
            "Left out '%s' of the unit name."),
    /** Longer than a name label may be. */
    SLUG_TOO_LONG("EDOC-ID-092", "R-ID-5", Art.SLUG, Severity.ERROR,
            "Tên viết liền của đơn vị dài %s ký tự, vượt quá %s.",
            "The unit's slug is %s characters long, more than %s."),

    // ----- the engine's own identifiers (RecordId, TaskId, UnitId, PersonId, WorkFileId) -----
    /** Nothing given, or only spaces. */
    ENTITY_ID_BLANK("EDOC-ID-100", "R-ARC-1", Art.ENTITY, Severity.ERROR,
            "Mã %s bị trống.",
            "The %s id is empty."),
    /** Longer than any id the engine or an adapter hands out. */
    ENTITY_ID_TOO_LONG("EDOC-ID-101", "R-ARC-1", Art.ENTITY, Severity.ERROR,
            "Mã %s dài %s ký tự, vượt quá %s.",
            "The %s id is %s characters long, more than %s."),
    /** A control character (line break, tab, NUL...), which would corrupt logs, audit entries and keys. */
    ENTITY_ID_CONTROL("EDOC-ID-102", "R-ARC-1", Art.ENTITY, Severity.ERROR,
            "Mã %s chứa ký tự điều khiển U+%s.",
            "The %s id contains the control character U+%s."),
    ;

    /** Articles, written once. */
    private static final class Art {
        static final String NOTATION = "Decree 30/2020/NĐ-CP Phụ lục I §3";
        static final String NOTATION_LENGTH = "Decree 30/2020/NĐ-CP Phụ lục VI (CodeNotation, 30)";
        static final String NOTATION_NFC = "Decree 30/2020/NĐ-CP Phụ lục I §3; TCVN 6909:2001";
        static final String TYPE = "Decree 30/2020/NĐ-CP Phụ lục I §3, Phụ lục III";
        static final String LEGAL = "Luật ban hành văn bản quy phạm pháp luật 2015 Điều 10; NĐ 34/2016/NĐ-CP Điều 58";
        static final String DOCID = "LS Đ8.3; QCVN 102:2016/BTTTT (edXML DocumentId)";
        static final String DOCID_SERIES = "LS Đ8.3; Decree 30/2020/NĐ-CP Điều 15";
        static final String ACCOUNT = "BS Đ3.2, SL Đ7.2";
        static final String SLUG = "SL Đ7.1";
        static final String ENTITY = "BS Đ16.2 (hồ sơ giữ nguồn gốc, nơi nhận, thời gian: khóa định danh bản ghi)";
        static final String ORGAN = "LS Đ8.2, LA Đ7.2a; QCVN 102:2016/BTTTT; QĐ 20/2020/QĐ-TTg Điều 4-6";
    }

    private final ViolationSpec spec;

    IdViolation(String code, String ruleId, String article, Severity severity, String messageVi,
                String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, severity, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
