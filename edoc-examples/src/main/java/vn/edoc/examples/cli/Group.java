package vn.edoc.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code id}, {@code text}, ...): called alone, it is a usage error. */
abstract class Group implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Console console = ((EdocCli) spec.root().userObject()).console();
        String names = String.join(", ", spec.subcommands().keySet().stream()
                .filter(n -> !n.equals("help")).toList());
        throw new ParameterException(spec.commandLine(), console.say(
                "missing subcommand (one of: " + names + ")",
                "thiếu lệnh con (một trong: " + names + ")"));
    }
}
