package vn.edoc.examples.cli;

/**
 * Marks a command whose stdout is not JSON (such as {@code text convert}, which writes the converted text): its
 * errors go to stderr, so that stdout only ever holds what the command promises.
 */
interface RawOutput {
}
