/**
 * Vietnamese text (văn bản tiếng Việt): rule R-FMT-1, "text uses the Vietnamese character set of
 * TCVN 6909:2001" (BS Đ4.3, LS Đ4.2, LA Đ4.2).
 *
 * <ul>
 *   <li>{@link vn.edoc.text.VietnameseText}: check bytes or strings against TCVN 6909 (UTF-8, precomposed NFC
 *       letters, no stray controls, no mojibake), detect the encoding, convert to NFC;</li>
 *   <li>{@link vn.edoc.text.LegacyCodecs}: the legacy encodings still found in agencies' files, TCVN3 (ABC,
 *       TCVN 5712:1993 VN3), VNI-Windows and Windows-1258, each able to decode and encode;</li>
 *   <li>{@link vn.edoc.text.VietnameseLetters}: the 134 letter forms (67 lowercase, 67 uppercase, đ/Đ included)
 *       that every conversion must keep;</li>
 *   <li>{@link vn.edoc.text.Diacritics}: removing diacritics for account names and unit slugs (R-ID-4, R-ID-5);</li>
 *   <li>{@link vn.edoc.text.TextViolation}: every violation, codes {@code EDOC-TXT-001} to {@code EDOC-TXT-020};</li>
 *   <li>{@link vn.edoc.text.Whitespace} and {@link vn.edoc.text.VietnameseText#isVietnameseLetter(int)}: the one
 *       definition of a space and of a Vietnamese letter that identifiers and notations use.</li>
 * </ul>
 *
 * <p>Decisions, where the sources leave room:
 * <ul>
 *   <li>TCVN 6909 is read as UTF-8 in NFC. A decomposed letter is a WARNING (it converts losslessly and the
 *       standard's own words on normalisation were not found), but {@code TextReport.tcvn6909()} is false for any
 *       text that is not NFC.</li>
 *   <li>ASCII is TCVN 6909 text. Valid UTF-8 is always taken as UTF-8, never re-read as a legacy encoding.</li>
 *   <li>Legacy encodings are told apart by the share of words that become Vietnamese syllables when decoded;
 *       at least 70% is needed, otherwise the encoding is unknown. Abbreviations with Đ (QĐ, HĐND) count as words;
 *       ties between two readings are settled by Windows-1258's tone-byte grammar, frequent syllables and tone
 *       frequency.</li>
 *   <li>Bidirectional embeddings, overrides and isolates are errors (they make the text shown differ from the
 *       text stored); other invisible format characters are warnings, so {@code TextReport.tcvn6909()} stays true
 *       for them. A soft hyphen inside a word reported as mojibake is not reported again: it is a misread byte
 *       0xAD (ư in TCVN3).</li>
 *   <li>TCVN3 has no uppercase toned letters. They were typed with the "H" fonts, at the lowercase byte
 *       positions, so a TCVN3 file decodes them as lowercase. {@code LegacyCodecs.tcvn3()} refuses to encode
 *       them; {@code LegacyCodecs.tcvn3Capitals()} reads and writes the "H" font convention.</li>
 * </ul>
 */
package vn.edoc.text;
