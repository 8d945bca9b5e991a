/**
 * The {@code edoc} command-line tool (công cụ dòng lệnh), a thin shell over the library's public API whose contract
 * is the "command-line tool" section of the README. {@link vn.edoc.examples.cli.EdocCli} is the entry point; everything else in this package
 * is internal to the tool.
 *
 * <p>Conventions kept by every command: one JSON object on stdout, UTF-8 whatever the platform encoding (compact,
 * {@code --pretty} to indent, {@code --text} for a human-readable form); messages in English or, with
 * {@code --lang vi}, Vietnamese; exit codes 0 (valid, success), 1 (negative answer, the reasons in
 * {@code violations}), 2 (usage error, message on stderr), 3 (I/O or internal error, {@code {"error": ...}}); no
 * stack trace unless {@code --debug}. Logging goes to stderr at warning level ({@code simplelogger.properties}).
 */
package vn.edoc.examples.cli;
