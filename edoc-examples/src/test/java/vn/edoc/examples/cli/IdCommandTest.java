package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IdCommandTest {

    @Test
    void validOrganCodeWithItsParts() {
        CliRun run = CliRun.of("id", "organ", "000.00.11.H53");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("valid").asBoolean()).isTrue();
        assertThat(json.path("code").asText()).isEqualTo("000.00.11.H53");
        assertThat(json.path("form").asText()).isEqualTo("qcvn-102-2016");
        assertThat(json.path("levels").toString()).isEqualTo("[\"H53\",\"11\"]");
        assertThat(json.path("depth").asInt()).isEqualTo(2);
        assertThat(json.path("parent").asText()).isEqualTo("000.00.00.H53");
        assertThat(json.path("levelOneGroup").asText()).isEqualTo("H53");
        assertThat(json.path("violations").isArray()).isTrue();
        assertThat(json.path("violations")).isEmpty();
    }

    @Test
    void topLevelOrganHasKnownNameAndNoParent() {
        JsonNode json = CliRun.of("id", "organ", "000.00.00.G22").json();
        assertThat(json.path("knownName").asText()).isEqualTo("Văn phòng Chính phủ");
        assertThat(json.path("parent").isNull()).isTrue();
        assertThat(json.path("depth").asInt()).isEqualTo(1);
    }

    @Test
    void invalidOrganCodeExitsOneWithViolations() {
        CliRun run = CliRun.of("id", "organ", "000.11.00.H53");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.has("levels")).isFalse();
        JsonNode v = json.path("violations").get(0);
        assertThat(v.path("code").asText()).isEqualTo("EDOC-ID-013");
        assertThat(v.path("rule").asText()).isEqualTo("R-ID-1");
        assertThat(v.path("severity").asText()).isEqualTo("error");
        assertThat(v.has("path")).isTrue();
        assertThat(v.path("message").asText()).contains("000.11.00.H53");
        run.noStackTrace();
    }

    @Test
    void emptyOrganCodeIsANegativeAnswerNotACrash() {
        CliRun run = CliRun.of("id", "organ", "");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.codes()).contains("EDOC-ID-001");
        run.noStackTrace();
    }

    @Test
    void seedDocumentId() {
        CliRun run = CliRun.of("id", "document", "000.00.00.H37,2020,123");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("valid").asBoolean()).isTrue();
        assertThat(json.path("organCode").asText()).isEqualTo("000.00.00.H37");
        assertThat(json.path("year").asInt()).isEqualTo(2020);
        assertThat(json.path("sequence").asInt()).isEqualTo(123);
        assertThat(json.path("form").asText()).isEqualTo("seed");
    }

    @Test
    void edxmlDocumentIdWithDateAndNotation() {
        CliRun run = CliRun.of("id", "document", "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("form").asText()).isEqualTo("edxml");
        assertThat(json.path("year").asInt()).isEqualTo(2015);
        assertThat(json.path("sequence").asInt()).isEqualTo(7816);
        assertThat(json.path("date").asText()).isEqualTo("2015-09-30");
        assertThat(json.path("notation").asText()).isEqualTo("7816/VPCP-TTĐT");
    }

    @Test
    void invalidDocumentIdKeepsTheFieldsAsNull() {
        CliRun run = CliRun.of("id", "document", "not an id");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("organCode").isNull()).isTrue();
        assertThat(json.path("year").isNull()).isTrue();
        assertThat(json.path("sequence").isNull()).isTrue();
        assertThat(run.codes()).isNotEmpty().allMatch(code -> code.startsWith("EDOC-ID-"));
        run.noStackTrace();
    }

    @Test
    void notationOfADecision() {
        CliRun run = CliRun.of("id", "notation", "935/QĐ-UBND");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("number").asInt()).isEqualTo(935);
        assertThat(json.path("typeAbbreviation").asText()).isEqualTo("QĐ");
        assertThat(json.path("issuerAbbreviation").asText()).isEqualTo("UBND");
        assertThat(json.path("year").isNull()).isTrue();
        assertThat(json.path("notation").asText()).isEqualTo("935/QĐ-UBND");
    }

    @Test
    void notationOfAnOfficialLetterHasNoType() {
        JsonNode json = CliRun.of("id", "notation", "45/UBND-VX").json();
        assertThat(json.path("typeAbbreviation").isNull()).isTrue();
        assertThat(json.path("issuerAbbreviation").asText()).isEqualTo("UBND");
        assertThat(json.path("units").toString()).isEqualTo("[\"VX\"]");
    }

    @Test
    void sloppyNotationIsValidWithWarningsAndNormalized() {
        CliRun run = CliRun.of("id", "notation", "12 / 2020 / qđ-ubnd");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("year").asInt()).isEqualTo(2020);
        assertThat(json.path("notation").asText()).isEqualTo("12/2020/QĐ-UBND");
        assertThat(json.path("violations")).isNotEmpty()
                .allMatch(v -> v.path("severity").asText().equals("warning"));
    }

    @Test
    void notationWithoutSlashIsRefused() {
        CliRun run = CliRun.of("id", "notation", "abc");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("number").isNull()).isTrue();
        assertThat(run.json().path("violations").get(0).path("rule").asText()).isEqualTo("R-FMT-5");
    }

    @Test
    void accountOfAFullNameIsExactlyTheAccountObject() {
        CliRun run = CliRun.of("id", "account", "Nguyễn Văn Chiến");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("{\"account\":\"chiennv\"}\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void accountWithSuffixAndCollisions() {
        CliRun run = CliRun.of("id", "account", "Nguyễn Văn Chiến", "--suffix", "bimson",
                "--taken", "chiennv,chiennv1.bimson", "--taken", "tramdtn");
        assertThat(run.exit()).isZero();
        assertThat(run.json().path("account").asText()).isEqualTo("chiennv2.bimson");
    }

    @Test
    void anotherUnitsNameIsNoCollision() {
        CliRun run = CliRun.of("id", "account", "Nguyễn Văn Chiến", "--suffix", "bimson", "--taken", "chiennv.sonla");
        assertThat(run.json().path("account").asText()).isEqualTo("chiennv.bimson");
    }

    @Test
    void leaderFlagIsAccepted() {
        CliRun run = CliRun.of("id", "account", "Đặng Thị Ngọc Trâm", "--leader");
        assertThat(run.exit()).isZero();
        assertThat(run.json().path("account").asText()).isEqualTo("tramdtn");
    }

    @Test
    void leaderWhosePlainNameIsTakenGetsTheNextNumberAndAWarning() {
        CliRun run = CliRun.of("id", "account", "Nguyễn Văn Chiến", "--suffix", "bimson", "--taken", "chiennv",
                "--leader");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("account").asText()).isEqualTo("chiennv1.bimson");
        assertThat(json.path("violations")).hasSize(1);
        assertThat(json.path("violations").get(0).path("code").asText()).isEqualTo("EDOC-ID-077");
        assertThat(json.path("violations").get(0).path("severity").asText()).isEqualTo("warning");
    }

    @Test
    void invalidNameGivesANullAccountAndViolations() {
        CliRun run = CliRun.of("id", "account", "X2");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.path("account").isNull()).isTrue();
        assertThat(json.path("violations").get(0).path("rule").asText()).isEqualTo("R-ID-4");
        run.noStackTrace();
    }

    @Test
    void invalidSuffixIsANegativeAnswer() {
        CliRun run = CliRun.of("id", "account", "Nguyễn Văn Chiến", "--suffix", "Bỉm Sơn");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("account").isNull()).isTrue();
        assertThat(run.json().path("violations").get(0).path("path").asText()).isEqualTo("suffix");
    }

    @Test
    void oneWordNameGivesAWarningAlongTheAccount() {
        CliRun run = CliRun.of("id", "account", "Chiến");
        assertThat(run.exit()).isZero();
        assertThat(run.json().path("account").asText()).isEqualTo("chien");
        assertThat(run.json().path("violations").get(0).path("severity").asText()).isEqualTo("warning");
    }
}
