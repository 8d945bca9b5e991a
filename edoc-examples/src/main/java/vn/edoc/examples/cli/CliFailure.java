package vn.edoc.examples.cli;

/**
 * A failure of the tool itself rather than a negative answer: a file that cannot be read or written, or a
 * resource that is missing. Ends the run with exit code 3 and a short message in English or Vietnamese.
 */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageVi;

    CliFailure(String messageEn, String messageVi) {
        super(messageEn);
        this.messageVi = messageVi;
    }

    CliFailure(String messageEn, String messageVi, Throwable cause) {
        super(messageEn, cause);
        this.messageVi = messageVi;
    }

    String message(Console.Lang lang) {
        return lang == Console.Lang.VI ? messageVi : getMessage();
    }
}
