package vn.edoc.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that does something (as opposed to a group such as {@code id}); its {@code call} returns the exit code. */
abstract class Leaf implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The console of this run, with the global options applied. */
    Console console() {
        return ((EdocCli) spec.root().userObject()).console();
    }

    /** A usage error (exit code 2) in the chosen language. */
    ParameterException usage(String en, String vi) {
        return new ParameterException(spec.commandLine(), console().say(en, vi));
    }
}
