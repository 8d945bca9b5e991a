package vn.edoc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** A refusal keeps its violations through Java serialisation. */
class SerializationTest {

    @Test
    void aRefusalKeepsItsViolationsThroughSerialisation() throws Exception {
        Violation v = new Violation("EDOC-X-001", "R-X-1", "Art. 1", Severity.ERROR, "a.b", "Lỗi.", "Error.");
        EdocRuleException thrown = new EdocRuleException(ValidationResult.of(v));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        EdocRuleException back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (EdocRuleException) in.readObject();
        }
        assertThat(back.result()).isEqualTo(thrown.result());
        assertThat(back.violations()).containsExactly(v);
        assertThat(back.ruleIds()).containsExactly("R-X-1");
    }

    @Test
    void aNullViolationIsAProgrammingError() {
        assertThatThrownBy(() -> ValidationResult.of((Violation) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("violation");
    }
}
