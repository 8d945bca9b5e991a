package vn.edoc.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        Object v = Json.parse("{\"a\": [1, -2.5e3, true, false, null], \"b\": \"Nguy\\u1ec5n \\\"V\\\"\\n\", \"c\": {}}");
        assertThat(v).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        assertThat(m.keySet()).containsExactly("a", "b", "c");
        assertThat(castList(m.get("a"))).containsExactly(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, null);
        assertThat(m.get("b")).isEqualTo("Nguyễn \"V\"\n");
        assertThat((Map<?, ?>) m.get("c")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object o) {
        return (List<Object>) o;
    }

    @Test
    void refusesMalformedInputWithPosition() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1,\n \"b\" 2}"))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("expected ':'")
                .hasMessageContaining("line 2");
        for (String bad : List.of("", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", "tru", "\"abc", "\"\\x\"", "[1] 2",
                "{'a':1}", "NaN", "\"a\u0001\"", "{\"a\":1 \"b\":2}")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(JsonException.class);
        }
    }

    @Test
    void refusesDuplicateMembers() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate member \"a\"");
    }

    @Test
    void enforcesLimits() {
        JsonLimits small = new JsonLimits(1000, 3, 5, 3);
        assertThatThrownBy(() -> Json.parse("[[[[1]]]]", small)).hasMessageContaining("nesting deeper than 3");
        assertThatThrownBy(() -> Json.parse("\"123456\"", small)).hasMessageContaining("string longer than 5");
        assertThatThrownBy(() -> Json.parse("[1,2,3,4]", small)).hasMessageContaining("more than 3 elements");
        assertThatThrownBy(() -> Json.parse(" ".repeat(1001), small)).hasMessageContaining("longer than 1000");
        assertThatThrownBy(() -> Json.parse("1e999999999")).isInstanceOf(JsonException.class);
        // deep nesting must be refused before it can exhaust the stack
        assertThatThrownBy(() -> Json.parse("[".repeat(100_000))).hasMessageContaining("nesting deeper than 64");
    }

    @Test
    void writesWhatItReads() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "Trích yếu \"x\"\t\u0001\u2028");
        m.put("n", 12);
        m.put("list", List.of(true, new BigDecimal("1.50")));
        m.put("none", null);
        String compact = Json.write(m);
        assertThat(compact).isEqualTo(
                "{\"text\":\"Trích yếu \\\"x\\\"\\t\\u0001\\u2028\",\"n\":12,\"list\":[true,1.50],\"none\":null}");
        Map<?, ?> back = (Map<?, ?>) Json.parse(Json.writePretty(m));
        assertThat(back.get("text")).isEqualTo(m.get("text"));
        assertThat(back.get("n")).isEqualTo(new BigDecimal("12"));
        assertThat(back.containsKey("none")).isTrue();
        assertThat(Json.writePretty(Map.of("a", List.of(1)))).isEqualTo("{\n  \"a\": [\n    1\n  ]\n}");
    }

    @Property(tries = 500)
    void anyStringSurvivesARoundTrip(@ForAll @StringLength(max = 200) String s) {
        assertThat(Json.parse(Json.write(List.of(s)))).isEqualTo(List.of(s));
    }

    @Property(tries = 1000)
    void randomTextEitherParsesOrFailsWithJsonException(@ForAll @StringLength(max = 60) String s) {
        try {
            Json.parse(s);
        } catch (JsonException expected) {
            assertThat(expected.line()).isPositive();
        }
    }
}
