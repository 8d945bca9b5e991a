package vn.edoc.validation;

import java.util.IllegalFormatException;
import java.util.Objects;

/**
 * A rule broken by some input (vi phạm): what is wrong, where, and which rule says so.
 *
 * @param code      stable code such as {@code EDOC-ID-003}
 * @param ruleId    rule id of {@code rules.md}, such as {@code R-ID-4}
 * @param article   article(s) the rule comes from, such as {@code "SL Đ7.2"}
 * @param severity  whether the input is refused or only warned about
 * @param path      where in the input: a field path such as {@code "attachments[0].name"}, or {@code ""} for the whole
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
public record Violation(String code, String ruleId, String article, Severity severity, String path,
                        String messageVi, String messageEn) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
        path = path == null ? "" : path;
    }

    /** A violation of {@code type} at {@code path}, its templates filled with {@code args}. */
    public static Violation of(ViolationType type, String path, Object... args) {
        return new Violation(type.code(), type.ruleId(), type.article(), type.severity(), path,
                fill(type.messageVi(), args), fill(type.messageEn(), args));
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same violation at {@code prefix + "." + path}, for nesting validators. */
    public Violation under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        String nested = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(code, ruleId, article, severity, nested, messageVi, messageEn);
    }

    private static String fill(String template, Object... args) {
        if (args == null || args.length == 0) {
            return template;
        }
        try {
            return String.format(java.util.Locale.ROOT, template, args);
        } catch (IllegalFormatException e) {
            // a wrong template must never hide the violation itself
            return template;
        }
    }

    @Override
    public String toString() {
        return code + " [" + ruleId + ", " + article + "] " + (path.isEmpty() ? "" : path + ": ") + messageEn;
    }
}
