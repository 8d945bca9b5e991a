package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edoc.id.AccountNames.AccountRequest;
import vn.edoc.id.AccountNames.CommuneAccounts;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.Violation;

class AccountNamesTest {

    @ParameterizedTest
    @CsvSource({
            "Nguyễn Văn Chiến, chiennv",
            "Đặng Thị Ngọc Trâm, tramdtn",
            "Trương Ưng Đức, ductu",
            "NGUYỄN VĂN CHIẾN, chiennv",
            "'  Nguyễn   Văn  Chiến ', chiennv",
            "Lê Hoà, hoal",
            "Lê Hòa, hoal",
            "Phạm Thị Thu Hương, huongptt",
            "Đỗ Đình Đạt, datdd",
            "Ðỗ Ðình Ðạt, datdd",
    })
    void baseIsGivenNameAndInitials(String fullName, String expected) {
        Parsed<String> parsed = AccountNames.base(fullName);
        assertThat(parsed.result().violations()).isEmpty();
        assertThat(parsed.value()).isEqualTo(expected);
    }

    @Test
    void decomposedNamesGiveTheSameAccount() {
        String nfd = Normalizer.normalize("Trương Ưng Đức", Normalizer.Form.NFD);
        assertThat(AccountNames.base(nfd).value()).isEqualTo("ductu");
    }

    @Test
    void oneWordNameGivesTheGivenNameAloneWithAWarning() {
        Parsed<String> parsed = AccountNames.base("Chiến");
        assertThat(parsed.value()).isEqualTo("chien");
        assertThat(parsed.result().has(IdViolation.ACCOUNT_NAME_ONE_WORD)).isTrue();
    }

    @Test
    void punctuationInsideNamesIsLeftOutWithAWarning() {
        Parsed<String> parsed = AccountNames.base("Y K'Đăm");
        assertThat(parsed.value()).isEqualTo("kdamy");
        assertThat(parsed.result().has(IdViolation.ACCOUNT_NAME_PUNCTUATION)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|EDOC-ID-070",
            "'   '|EDOC-ID-070",
            "Nguyễn Văn 2|EDOC-ID-071",
            "Nguyễn Văn Chiến!|EDOC-ID-071",
            "Иван Петров|EDOC-ID-071",
            "张 伟|EDOC-ID-071",
            "'-'|EDOC-ID-070",
    })
    void badNamesAreRefused(String name, String code) {
        Parsed<String> parsed = AccountNames.base(name);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.result().has(code)).as(parsed.result().toString()).isTrue();
        assertThat(parsed.result().errors()).allMatch(v -> v.ruleId().equals("R-ID-4"));
    }

    @Test
    void nullAndHugeNamesAreRefused() {
        assertThat(AccountNames.base(null).result().has(IdViolation.ACCOUNT_NAME_EMPTY)).isTrue();
        assertThat(AccountNames.base("a ".repeat(5000)).result().has(IdViolation.ACCOUNT_NAME_TOO_LONG)).isTrue();
    }

    @Test
    void suffixIsAppendedAfterTheNumber() {
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", "bimson", Set.of(), false)).isEqualTo("chiennv.bimson");
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", "bimson", Set.of("chiennv.bimson"), false))
                .isEqualTo("chiennv1.bimson");
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", null, null, false)).isEqualTo("chiennv");
    }

    @Test
    void takenNamesAreComparedIgnoringCaseWithOrWithoutSuffix() {
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", "bimson", Set.of("ChienNV"), false))
                .isEqualTo("chiennv1.bimson");
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", "bimson", Set.of("CHIENNV.BIMSON", "chiennv1"), false))
                .isEqualTo("chiennv2.bimson");
        // another unit's namesake does not count
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", "bimson", Set.of("chiennv.sonla"), false))
                .isEqualTo("chiennv.bimson");
        // without a suffix every taken name counts by its part before the dot
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", null, Set.of("chiennv.sonla"), false))
                .isEqualTo("chiennv1");
    }

    @Test
    void lowestFreeNumberIsUsed() {
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", null, Set.of("chiennv", "chiennv2"), false))
                .isEqualTo("chiennv1");
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", null, Set.of("chiennv", "chiennv1"), false))
                .isEqualTo("chiennv2");
    }

    @Test
    void aLeaderCannotTakeAHeldNameInASingleAssignment() {
        assertThat(AccountNames.assign("Nguyễn Văn Chiến", null, Set.of("chiennv"), true)).isEqualTo("chiennv1");
    }

    @Test
    void assignAllServesTheLeaderFirstAndAnswersInInputOrder() {
        List<String> names = AccountNames.assignAll(List.of(
                new AccountRequest("Nguyễn Văn Chiến", false),
                new AccountRequest("Nguyễn Văn Chiến", false),
                new AccountRequest("Nguyễn Văn Chiến", true),
                new AccountRequest("Đặng Thị Ngọc Trâm", false)), "bimson", Set.of());
        assertThat(names).containsExactly("chiennv1.bimson", "chiennv2.bimson", "chiennv.bimson", "tramdtn.bimson");
    }

    @Test
    void assignAllRespectsNamesAlreadyTaken() {
        Set<String> taken = new HashSet<>(Set.of("chiennv", "tramdtn1"));
        List<String> names = AccountNames.assignAll(List.of(
                new AccountRequest("Nguyễn Văn Chiến", true),
                new AccountRequest("Đặng Thị Ngọc Trâm", false),
                new AccountRequest("Đặng Thị Ngọc Trâm", false)), null, taken);
        assertThat(names).containsExactly("chiennv1", "tramdtn", "tramdtn2");
        assertThat(taken).containsExactlyInAnyOrder("chiennv", "tramdtn1");
    }

    @Test
    void assignAllRefusesEveryBadNameAtOnce() {
        assertThatThrownBy(() -> AccountNames.assignAll(List.of(
                new AccountRequest("Nguyễn Văn Chiến", true),
                new AccountRequest("", false),
                new AccountRequest("R2-D2", false)), "bimson", Set.of()))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path)
                            .contains("[1].fullName", "[2].fullName");
                });
        assertThat(AccountNames.assignAll(List.of(), "bimson", Set.of())).isEmpty();
        assertThat(AccountNames.assignAll(null, null, null)).isEmpty();
    }

    @Test
    void badSuffixIsRefused() {
        assertThatThrownBy(() -> AccountNames.assign("Nguyễn Văn Chiến", "Bỉm Sơn", Set.of(), false))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(IdViolation.ACCOUNT_SUFFIX)).isTrue());
        assertThatThrownBy(() -> AccountNames.assign("Nguyễn Văn Chiến", "", Set.of(), false))
                .isInstanceOf(EdocRuleException.class);
    }

    @Test
    void communesHaveAChairAndAnOfficeAccount() {
        CommuneAccounts accounts = AccountNames.communeAccounts(UnitSlug.of("xã Quang Trung"), "bimson");
        assertThat(accounts.chair()).isEqualTo("quangtrungct.bimson");
        assertThat(accounts.office()).isEqualTo("quangtrungvp.bimson");
        assertThat(AccountNames.communeAccounts("bacson", null).chair()).isEqualTo("bacsonct");
        assertThatThrownBy(() -> AccountNames.communeAccounts("Bắc Sơn", "bimson"))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(IdViolation.ACCOUNT_UNIT)).isTrue());
        assertThatThrownBy(() -> AccountNames.communeAccounts(null, "bimson")).isInstanceOf(EdocRuleException.class);
    }
}
