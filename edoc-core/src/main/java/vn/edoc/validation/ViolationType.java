package vn.edoc.validation;

/**
 * One kind of violation (vi phạm) that a validator can report: a stable code, the rule of
 * {@code rules.md} it enforces, the article of the regulation the rule comes from, and message
 * templates in Vietnamese and English.
 *
 * <p>Each package lists its own kinds in an enum implementing this interface, so that the code, the
 * rule id and the wording of a violation are written in exactly one place. Templates use
 * {@link String#format(String, Object...)} placeholders. The six properties come from {@link #spec()}, the
 * enum's specification (quy cách vi phạm), so that an enum only builds one {@link ViolationSpec} per constant.
 */
public interface ViolationType {

    /** The specification (quy cách vi phạm) of this kind: code, rule, article, severity and messages. */
    ViolationSpec spec();

    /** Stable, documented code such as {@code EDOC-ID-003}; never reused for another meaning. */
    default String code() {
        return spec().code();
    }

    /** Rule id of {@code rules.md}, such as {@code R-ID-4}. */
    default String ruleId() {
        return spec().ruleId();
    }

    /** Article(s) of the seed regulations or national texts, such as {@code "SL Đ7.2"}. */
    default String article() {
        return spec().article();
    }

    /** Whether the violation refuses the input or only warns about it. */
    default Severity severity() {
        return spec().severity();
    }

    /** Vietnamese message template. */
    default String messageVi() {
        return spec().messageVi();
    }

    /** English message template. */
    default String messageEn() {
        return spec().messageEn();
    }

    /** Creates a violation of this kind at {@code path}, filling the templates with {@code args}. */
    default Violation at(String path, Object... args) {
        return Violation.of(this, path, args);
    }
}
