package vn.edoc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written check of audit action and object-type names against the grammar written as a regular expression. */
class AuditEventNameProperties {

    /** The grammar of a name, as the Javadoc of {@link AuditEvent} states it; the oracle of the check. */
    private static final Pattern GRAMMAR = Pattern.compile("[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*");

    @Provide
    Arbitrary<String> nameLike() {
        // mostly the characters that matter, so that valid names come up often, with a few others mixed in
        return Arbitraries.strings().withChars("abz09._-").withChars('A', ' ', 'đ', '/').ofMinLength(1).ofMaxLength(12);
    }

    @Property(tries = 3000)
    void agreesWithTheGrammar(@ForAll("nameLike") String value) {
        assertThat(AuditEvent.isDottedName(value)).as(value).isEqualTo(GRAMMAR.matcher(value).matches());
    }

    @Property(tries = 500)
    void agreesOnAnyText(@ForAll String value) {
        assertThat(AuditEvent.isDottedName(value)).as(value).isEqualTo(GRAMMAR.matcher(value).matches());
    }

    @Example
    void namesInUse() {
        assertThat(AuditEvent.isDottedName("register.incoming")).isTrue();
        assertThat(AuditEvent.isDottedName("outgoing.reserve")).isTrue();
        assertThat(AuditEvent.isDottedName("a1_b-c.d2")).isTrue();
        assertThat(AuditEvent.isDottedName("register..incoming")).isFalse();
        assertThat(AuditEvent.isDottedName("register.")).isFalse();
        assertThat(AuditEvent.isDottedName("1register")).isFalse();
        assertThat(AuditEvent.isDottedName("Register")).isFalse();
        assertThat(AuditEvent.isDottedName("")).isFalse();
    }
}
