package vn.edoc.validation;

/**
 * The specification of one kind of violation (quy cách vi phạm): its stable code, the rule of {@code rules.md}, the
 * article of the regulation, the severity and the message templates in Vietnamese and English.
 *
 * <p>The enums implementing {@link ViolationType} hold one of these per constant, so that the six properties are
 * declared once instead of being repeated as fields and accessors in every enum.
 *
 * @param code      stable code such as {@code EDOC-ID-003}
 * @param ruleId    rule id of {@code rules.md}, such as {@code R-ID-4}
 * @param article   article(s) of the seed regulations or national texts
 * @param severity  whether the violation refuses the input or only warns
 * @param messageVi Vietnamese message template ({@link String#format(String, Object...)} placeholders)
 * @param messageEn English message template ({@link String#format(String, Object...)} placeholders)
 */
public record ViolationSpec(String code, String ruleId, String article, Severity severity, String messageVi,
                            String messageEn) {

    /**
     * Validates that every part is given.
     *
     * @throws IllegalArgumentException if any part is {@code null}
     */
    public ViolationSpec {
        requireGiven(code, "code");
        requireGiven(ruleId, "ruleId");
        requireGiven(article, "article");
        requireGiven(severity, "severity");
        requireGiven(messageVi, "messageVi");
        requireGiven(messageEn, "messageEn");
    }

    private static void requireGiven(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("ViolationSpec: " + name + " is missing");
        }
    }
}
