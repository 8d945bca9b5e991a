/**
 * Identifiers (mã định danh) and names, rules R-ID-1 to R-ID-5 and the number-and-notation part of R-FMT-5:
 * <ul>
 *   <li>{@link vn.edoc.id.OrganCode}: organisation codes (mã định danh cơ quan, tổ chức) in the 13-character form of
 *       QCVN 102:2016 and the dotted form of QĐ 20/2020/QĐ-TTg, checked against an
 *       {@link vn.edoc.id.OrganCodeDirectory} loaded from data (R-ID-1);</li>
 *   <li>{@link vn.edoc.id.Notation}: the number and notation of a document (số, ký hiệu), Decree 30/2020 Phụ lục I
 *       (R-FMT-5);</li>
 *   <li>{@link vn.edoc.id.DocumentId}: document identifiers (mã định danh văn bản), the seed's organisation + year +
 *       sequence and the edXML {@code DocumentId} (R-ID-2);</li>
 *   <li>{@link vn.edoc.id.AccountNames} and {@link vn.edoc.id.UnitSlug}: account names (tên tài khoản) and unit
 *       slugs (tên miền đơn vị) (R-ID-4, R-ID-5).</li>
 * </ul>
 * Every reader has a {@code check(String)} that never throws and returns a {@link vn.edoc.validation.Parsed}
 * with every violation found, and a {@code parse(String)} that throws {@link vn.edoc.validation.EdocRuleException}.
 * The violations are listed in {@link vn.edoc.id.IdViolation}.
 */
package vn.edoc.id;
