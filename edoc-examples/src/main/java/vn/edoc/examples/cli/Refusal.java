package vn.edoc.examples.cli;

import vn.edoc.validation.ValidationResult;

/**
 * A negative answer found before the command could do its work, such as a schedule file that breaks the format:
 * exit code 1 with {@code {"error": "...", "violations": [...]}}.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageVi;
    private final transient ValidationResult result;

    Refusal(String messageEn, String messageVi, ValidationResult result) {
        super(messageEn);
        this.messageVi = messageVi;
        this.result = result;
    }

    String message(Console.Lang lang) {
        return lang == Console.Lang.VI ? messageVi : getMessage();
    }

    ValidationResult result() {
        return result;
    }
}
