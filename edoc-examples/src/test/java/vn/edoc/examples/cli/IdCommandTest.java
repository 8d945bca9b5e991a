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
}
