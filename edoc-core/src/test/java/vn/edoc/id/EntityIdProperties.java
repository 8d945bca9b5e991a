package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Violation;

/** The engine's own ids ({@link RecordId}, {@link TaskId}, ...) refuse unusable text and keep usable text as is. */
class EntityIdProperties {

    private static final List<Function<String, Object>> FACTORIES = List.of(RecordId::of, TaskId::of, UnitId::of,
            PersonId::of, WorkFileId::of);

    @Property(tries = 300)
    void usableTextIsKeptAsIs(@ForAll("usable") String text, @ForAll @IntRange(max = 4) int kind) {
        Object id = FACTORIES.get(kind).apply(text);
        assertThat(id.toString()).isEqualTo(text);
        assertThat(FACTORIES.get(kind).apply(text)).isEqualTo(id);
    }

    @Property(tries = 300)
    void blankTextIsRefused(@ForAll("blank") String text, @ForAll @IntRange(max = 4) int kind) {
        assertRefused(kind, text, IdViolation.ENTITY_ID_BLANK);
    }

    @Property(tries = 300)
    void controlCharactersAnywhereAreRefused(@ForAll("usable") String text, @ForAll("controls") char control,
                                              @ForAll @IntRange(max = 200) int at, @ForAll @IntRange(max = 4) int kind) {
        int i = Math.min(at, text.length());
        assertRefused(kind, text.substring(0, i) + control + text.substring(i), IdViolation.ENTITY_ID_CONTROL);
    }

    @Property(tries = 100)
    void overLongTextIsRefused(@ForAll @IntRange(min = 129, max = 5000) int length,
                               @ForAll @IntRange(max = 4) int kind) {
        assertRefused(kind, "a".repeat(length), IdViolation.ENTITY_ID_TOO_LONG);
    }

    @Test
    void theLimitItselfIsAccepted() {
        assertThat(RecordId.of("x".repeat(EntityIds.MAX_LENGTH)).value()).hasSize(128);
        assertThat(PersonId.of("cv-bimson.01").value()).isEqualTo("cv-bimson.01");
    }

    @Test
    void nullIsRefusedAsBlankNotAsANullPointer() {
        for (int kind = 0; kind < FACTORIES.size(); kind++) {
            assertRefused(kind, null, IdViolation.ENTITY_ID_BLANK);
        }
    }

    @Test
    void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
        assertThat((Object) UnitId.of("vp")).isNotEqualTo(PersonId.of("vp"));
        assertThat((Object) RecordId.of("T-1")).isNotEqualTo(TaskId.of("T-1"));
    }

    private static void assertRefused(int kind, String text, IdViolation expected) {
        assertThatThrownBy(() -> FACTORIES.get(kind).apply(text)).isInstanceOfSatisfying(EdocRuleException.class,
                e -> {
                    assertThat(e.violations()).extracting(Violation::code).containsExactly(expected.code());
                    assertThat(e.ruleIds()).containsExactly("R-ARC-1");
                });
    }

    @Provide
    Arbitrary<String> usable() {
        // printable ASCII and the Latin letters Vietnamese is written with, one character short of the limit
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00c0', '\u024f')
                .withCharRange('\u1ea0', '\u1ef9').ofMinLength(1).ofMaxLength(EntityIds.MAX_LENGTH - 1)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> blank() {
        return Arbitraries.of(' ', '\u2003', '\u3000').list().ofMaxSize(20)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat))
                .filter(String::isBlank);
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.chars().range('\u007f',
                '\u009f'), Arbitraries.of('\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff'));
    }
}
