package vn.edoc.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.edoc.validation.EdocRuleException;

/**
 * The {@code edoc} command-line tool (công cụ dòng lệnh): a thin shell over the library's public API, answering
 * with one JSON object on stdout (or text with {@code --text}).
 *
 * <p>Exit codes: {@code 0} success or valid; {@code 1} a negative answer, the reasons in the answer's
 * {@code violations}; {@code 2} a usage error, a short message on stderr; {@code 3} an I/O or internal error,
 * {@code {"error": "...", "violations": []}} on stdout and a short message on stderr. A stack trace is only ever
 * printed with {@code --debug}. Output is UTF-8 whatever the platform's encoding.
 *
 * <p>The contract is the "command-line tool" section of the README.
 */
@Command(name = "edoc", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = EdocCli.Version.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Validators and rules of Vietnamese electronic-document systems (văn bản điện tử).%n"
                + "Answers with one JSON object on stdout. Exit codes: 0 valid/success, 1 negative answer, "
                + "2 usage error, 3 I/O or internal error.",
        subcommands = {
            IdCommand.class,
            TextCommand.class,
            ValidateCommand.class,
            SignCommand.class,
            CalendarCommand.class,
            TimeCommand.class,
            DemoCommand.class,
            VerifyCommand.class,
            EdxmlCommand.class,
            DbCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EdocCli implements Runnable {

    /** Success, or the input is valid. */
    public static final int OK = 0;
    /** A negative answer: invalid input, failed check or refused action, the reasons in the answer. */
    public static final int NEGATIVE = 1;
    /** A usage error: unknown command or option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** An I/O error (missing file, ...) or an internal error. */
    public static final int FAILURE = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--text", scope = ScopeType.INHERIT, description = "Print a human-readable answer instead of JSON.")
    boolean text;

    @Option(names = "--pretty", scope = ScopeType.INHERIT, description = "Indent the JSON answer (compact by default).")
    boolean pretty;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "en|vi", converter = Converters.LangConverter.class,
            description = "Language of messages: en (default) or vi.")
    Console.Lang lang = Console.Lang.EN;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces and debug logging on stderr.")
    boolean debug;

    private final PrintWriter out;
    private final PrintWriter err;
    private Console console;

    private EdocCli(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the tool on the process's stdout and stderr and exits with its exit code. */
    public static void main(String[] args) {
        int code = run(args, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
        System.exit(code);
    }

    /**
     * Runs the tool with {@code args}, writing UTF-8 to {@code stdout} and {@code stderr} (which stay open), and
     * returns the exit code. Used by {@link #main} and by tests.
     */
    public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
        return run(args, stdout, stderr, List.of());
    }

    /** As {@link #run(String[], OutputStream, OutputStream)}, with extra subcommands (tests of the error handling). */
    static int run(String[] args, OutputStream stdout, OutputStream stderr, List<Object> extraSubcommands) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        EdocCli root = new EdocCli(out, err);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        extraSubcommands.forEach(commandLine::addSubcommand);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(root::usageError);
        commandLine.setExecutionExceptionHandler(root::failure);
        try {
            return commandLine.execute(args == null ? new String[0] : args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), console().say(
                "missing command (id, text, validate, calendar, time, edxml, demo)",
                "thiếu lệnh (id, text, validate, calendar, time, edxml, demo)"));
    }

    /** The console of this run, with the global options as parsed. */
    Console console() {
        if (console == null) {
            console = new Console(out, err);
            if (debug) {
                // slf4j-simple reads its level once, when the first logger is made: this comes before any
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            }
        }
        console.text = text;
        console.pretty = pretty;
        console.lang = lang == null ? Console.Lang.EN : lang;
        console.debug = debug;
        return console;
    }

    private int usageError(ParameterException ex, String[] args) {
        Console c = console();
        if (c.debug) {
            ex.printStackTrace(err);
        }
        err.println("edoc: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        CommandSpec failed = ex.getCommandLine().getCommandSpec();
        err.println(c.say("Try '" + failed.qualifiedName() + " --help' for more information.",
                "Xem '" + failed.qualifiedName() + " --help' để biết cách dùng."));
        err.flush();
        return USAGE;
    }

    private int failure(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        Console c = console();
        boolean raw = commandLine.getCommandSpec().userObject() instanceof RawOutput;
        PrintWriter answerTo = raw ? err : out;
        if (c.debug) {
            ex.printStackTrace(err);
        }
        if (ex instanceof EdocRuleException refused) {
            var answer = c.object();
            answer.put("error", c.say("refused", "bị từ chối"));
            answer.set("violations", c.violations(refused.result()));
            c.write(answerTo, answer);
            return NEGATIVE;
        }
        if (ex instanceof Refusal refusal) {
            var answer = c.object();
            answer.put("error", refusal.message(c.lang));
            answer.set("violations", c.violations(refusal.result()));
            c.write(answerTo, answer);
            return NEGATIVE;
        }
        String message;
        if (ex instanceof CliFailure f) {
            message = f.message(c.lang);
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            message = c.say("I/O error: ", "lỗi vào/ra: ") + ex.getMessage();
        } else {
            message = c.say("internal error: ", "lỗi nội bộ: ") + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        }
        err.println("edoc: " + message + (c.debug || ex instanceof CliFailure ? ""
                : c.say(" (run with --debug for details)", " (chạy với --debug để xem chi tiết)")));
        err.flush();
        var answer = c.object();
        answer.put("error", message);
        answer.set("violations", c.array());
        if (!raw) {
            c.write(out, answer);
        }
        return FAILURE;
    }

    /** The version printed by {@code --version}: the one in the jar's manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EdocCli.class.getPackage().getImplementationVersion();
            return new String[] {"edoc " + (v == null ? "(development build)" : v)};
        }
    }
}
