package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.edoc.id.DocumentType;

class DocumentTypeTest {

    @Test
    void decree30ArticleSevenHasTwentyNineAdministrativeTypesPlusThreeCopies() {
        long administrative = Arrays.stream(DocumentType.values())
                .filter(t -> !t.legalNormative() && !t.copy()).count();
        long copies = Arrays.stream(DocumentType.values()).filter(DocumentType::copy).count();
        assertThat(administrative).isEqualTo(29);
        assertThat(copies).isEqualTo(3);
    }

    @Test
    void abbreviationsAreThoseOfPhuLucThreeVerbatim() {
        Map<String, String> table = Map.ofEntries(
                Map.entry("Nghị quyết (cá biệt)", "NQ"), Map.entry("Quyết định (cá biệt)", "QĐ"),
                Map.entry("Chỉ thị", "CT"), Map.entry("Quy chế", "QC"), Map.entry("Quy định", "QyĐ"),
                Map.entry("Thông cáo", "TC"), Map.entry("Thông báo", "TB"), Map.entry("Hướng dẫn", "HD"),
                Map.entry("Chương trình", "CTr"), Map.entry("Kế hoạch", "KH"), Map.entry("Phương án", "PA"),
                Map.entry("Đề án", "ĐA"), Map.entry("Dự án", "DA"), Map.entry("Báo cáo", "BC"),
                Map.entry("Biên bản", "BB"), Map.entry("Tờ trình", "TTr"), Map.entry("Hợp đồng", "HĐ"),
                Map.entry("Công điện", "CĐ"), Map.entry("Bản ghi nhớ", "BGN"), Map.entry("Bản thỏa thuận", "BTT"),
                Map.entry("Giấy ủy quyền", "GUQ"), Map.entry("Giấy mời", "GM"), Map.entry("Giấy giới thiệu", "GGT"),
                Map.entry("Giấy nghỉ phép", "GNP"), Map.entry("Phiếu gửi", "PG"), Map.entry("Phiếu chuyển", "PC"),
                Map.entry("Phiếu báo", "PB"), Map.entry("Bản sao y", "SY"), Map.entry("Bản trích sao", "TrS"),
                Map.entry("Bản sao lục", "SL"));
        Map<String, String> actual = Arrays.stream(DocumentType.values())
                .filter(t -> !t.legalNormative() && t.abbreviation().isPresent())
                .collect(Collectors.toMap(DocumentType::vietnameseName, t -> t.abbreviation().orElseThrow()));
        assertThat(actual).isEqualTo(table);
    }

    @Test
    void congVanAndThuCongHaveNoAbbreviation() {
        assertThat(DocumentType.CONG_VAN.abbreviation()).isEmpty();
        assertThat(DocumentType.THU_CONG.abbreviation()).isEmpty();
        assertThat(DocumentType.CONG_VAN.vietnameseName()).isEqualTo("Công văn");
    }

    @Test
    void namesAndAbbreviationsAreNfc() {
        for (DocumentType t : DocumentType.values()) {
            assertThat(Normalizer.isNormalized(t.vietnameseName(), Normalizer.Form.NFC)).as(t.name()).isTrue();
            t.abbreviation().ifPresent(a ->
                    assertThat(Normalizer.isNormalized(a, Normalizer.Form.NFC)).as(t.name()).isTrue());
        }
    }

    @Test
    void byAbbreviationIsExact() {
        assertThat(DocumentType.byAbbreviation("QyĐ")).contains(DocumentType.QUY_DINH);
        assertThat(DocumentType.byAbbreviation("CTr")).contains(DocumentType.CHUONG_TRINH);
        assertThat(DocumentType.byAbbreviation("TTr")).contains(DocumentType.TO_TRINH);
        assertThat(DocumentType.byAbbreviation("TrS")).contains(DocumentType.BAN_TRICH_SAO);
        assertThat(DocumentType.byAbbreviation("BGN")).contains(DocumentType.BAN_GHI_NHO);
        assertThat(DocumentType.byAbbreviation("BTT")).contains(DocumentType.BAN_THOA_THUAN);
        assertThat(DocumentType.byAbbreviation("TC")).contains(DocumentType.THONG_CAO);
        assertThat(DocumentType.byAbbreviation("QĐ")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.byAbbreviation("NĐ")).contains(DocumentType.NGHI_DINH);
        assertThat(DocumentType.byAbbreviation("QYĐ")).isEmpty();
        assertThat(DocumentType.byAbbreviation("TTR")).isEmpty();
        assertThat(DocumentType.byAbbreviation("qđ")).isEmpty();
        assertThat(DocumentType.byAbbreviation("GN")).isEmpty();
        assertThat(DocumentType.byAbbreviation("")).isEmpty();
        assertThat(DocumentType.byAbbreviation(null)).isEmpty();
    }

    @Test
    void byAbbreviationAcceptsDecomposedInput() {
        String nfd = Normalizer.normalize("QyĐ", Normalizer.Form.NFD);
        assertThat(DocumentType.byAbbreviation(nfd)).contains(DocumentType.QUY_DINH);
    }

    @Test
    void byAbbreviationIgnoringCaseFindsWrongCase() {
        assertThat(DocumentType.byAbbreviationIgnoringCase("QYĐ")).contains(DocumentType.QUY_DINH);
        assertThat(DocumentType.byAbbreviationIgnoringCase("qđ")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.byAbbreviationIgnoringCase("ttr")).contains(DocumentType.TO_TRINH);
        assertThat(DocumentType.byAbbreviationIgnoringCase("tt")).contains(DocumentType.THONG_TU);
        assertThat(DocumentType.byAbbreviationIgnoringCase("trs")).contains(DocumentType.BAN_TRICH_SAO);
        assertThat(DocumentType.byAbbreviationIgnoringCase("XYZ")).isEmpty();
        assertThat(DocumentType.byAbbreviationIgnoringCase(null)).isEmpty();
    }

    @Test
    void legalNormativeLookUpPrefersTheNormativeTwin() {
        assertThat(DocumentType.legalNormativeByAbbreviation("QĐ")).contains(DocumentType.QUYET_DINH_QPPL);
        assertThat(DocumentType.legalNormativeByAbbreviation("NQ")).contains(DocumentType.NGHI_QUYET_QPPL);
        assertThat(DocumentType.legalNormativeByAbbreviation("KH")).isEmpty();
        assertThat(DocumentType.QUYET_DINH_QPPL.legalNormative()).isTrue();
        assertThat(DocumentType.NGHI_QUYET_QPPL.legalNormative()).isTrue();
        assertThat(DocumentType.LUAT.legalNormative()).isTrue();
        assertThat(DocumentType.LUAT.abbreviation()).isEmpty();
        assertThat(DocumentType.QUYET_DINH.legalNormative()).isFalse();
    }

    @Test
    void byNameToleratesTonePlacementCaseAndSpaces() {
        assertThat(DocumentType.byName("Giấy uỷ quyền")).contains(DocumentType.GIAY_UY_QUYEN);
        assertThat(DocumentType.byName("giấy ủy quyền")).contains(DocumentType.GIAY_UY_QUYEN);
        assertThat(DocumentType.byName("Bản thoả thuận")).contains(DocumentType.BAN_THOA_THUAN);
        assertThat(DocumentType.byName("  BẢN   THỎA THUẬN ")).contains(DocumentType.BAN_THOA_THUAN);
        assertThat(DocumentType.byName(Normalizer.normalize("Công văn", Normalizer.Form.NFD)))
                .contains(DocumentType.CONG_VAN);
        assertThat(DocumentType.byName("Quyết định")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.byName("Quyết định (cá biệt)")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.byName("Quyết định (quy phạm pháp luật)")).contains(DocumentType.QUYET_DINH_QPPL);
        assertThat(DocumentType.byName("Nghị định")).contains(DocumentType.NGHI_DINH);
    }

    @Test
    void byNameRefusesOtherWords() {
        assertThat(DocumentType.byName("Giay uy quyen")).isEmpty();
        assertThat(DocumentType.byName("Quyết đinh")).isEmpty();
        assertThat(DocumentType.byName("")).isEmpty();
        assertThat(DocumentType.byName("   ")).isEmpty();
        assertThat(DocumentType.byName(null)).isEmpty();
    }

    @Test
    void everyTypeIsFoundByItsOwnNameAndAbbreviation() {
        for (DocumentType t : DocumentType.values()) {
            assertThat(DocumentType.byName(t.vietnameseName())).as(t.name()).contains(t);
            Optional<String> abbreviation = t.abbreviation();
            if (abbreviation.isPresent()) {
                DocumentType found = t.legalNormative()
                        ? DocumentType.legalNormativeByAbbreviation(abbreviation.get()).orElseThrow()
                        : DocumentType.byAbbreviation(abbreviation.get()).orElseThrow();
                assertThat(found).as(t.name()).isEqualTo(t);
            }
        }
    }
}
