package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.check.Checker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** What every command shares: global options anywhere, --version, exit codes, the one-line error. */
class CliTest {

    /** A command added the way every command is: one class, one registration. It fails as a bug would. */
    @Command(name = "explode", description = "throws")
    static final class ExplodingCommand extends CliCommand {
        @Override
        int run() {
            throw new IllegalStateException("the unexpected\nhappened");
        }
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(new PrintWriter(out), new PrintWriter(err), List.of(new ExplodingCommand())).run(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V", "resolve --version"})
    void versionNamesTheReleaseAndTheCatalogVersion(String commandLine) {
        Result result = run(commandLine.split(" "));
        assertEquals(new Result(0, "errorcatalog " + Checker.version() + " (catalog version " + ErrorCatalog.CATALOG_VERSION + ")\n", ""),
                result);
        assertTrue(Checker.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Checker.version());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "resolve not_e164 --locale de --format json | --format json resolve not_e164 --locale de",
        "list --locale es --format=json             | --format=json list --locale es",
        "resolve not_e164 --format json --locale de | --format json resolve --locale de not_e164",
    })
    void globalOptionsGoBeforeOrAfterTheCommand(String after, String before) {
        Result expected = run(after.trim().split(" "));
        assertEquals(0, expected.exit(), expected.err());
        assertTrue(expected.out().startsWith("{") || expected.out().startsWith("["), expected.out());
        assertEquals(expected, run(before.trim().split(" ")));
    }

    @Test
    void anUnexpectedExceptionExitsThreeWithOneLine() {
        Result result = run("explode");
        assertEquals(ExitCode.INTERNAL, result.exit());
        assertEquals("", result.out());
        assertEquals("errorcatalog: internal error: java.lang.IllegalStateException: the unexpected happened"
                + " (--debug shows the stack trace)\n", result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"explode --debug", "--debug explode"})
    void debugAddsTheStackTrace(String commandLine) {
        Result result = run(commandLine.split(" "));
        assertEquals(ExitCode.INTERNAL, result.exit());
        List<String> lines = result.err().lines().toList();
        assertEquals("errorcatalog: internal error: java.lang.IllegalStateException: the unexpected happened", lines.get(0));
        assertEquals("java.lang.IllegalStateException: the unexpected", lines.get(1));
        assertTrue(lines.get(3).contains("CliTest$ExplodingCommand.run("), result.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "list --locale und                      | list: --locale 'und' is not a BCP 47 language tag (e.g. de, es-MX)",
        "resolve not_e164 --locale x-private    | resolve: --locale 'x-private' is not a BCP 47 language tag",
        "check --source-locale !!               | check: --source-locale '!!' is not a BCP 47 language tag",
        "check --severity xx!:untranslated=info | check: --severity 'xx!:untranslated=info': 'xx!' is not a BCP 47 language tag",
        "check --fail-on none                   | check: --fail-on must be one of error, warning, info, not 'none'",
        "--colour resolve not_e164              | unknown option --colour (see errorcatalog --help)",
    })
    void garbageIsAUsageErrorOfOneLine(String commandLine, String message) {
        Result result = run(commandLine.trim().split(" "));
        assertEquals(ExitCode.USAGE, result.exit(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("errorcatalog: " + message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void aJsonRpcCodeIsACodeNotAnOption() {
        Result result = run("resolve", "-32601", "--format", "json");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("\"code\" : \"-32601\""), result.out());
    }

    @Test
    void helpCommandAndOverviewListEveryCommandAndTheExitCodes() {
        Result overview = run("help");
        assertEquals(0, overview.exit());
        for (String command : List.of("resolve", "list", "check", "explode")) {
            assertTrue(overview.out().contains("\n  " + command + " "), overview.out());
        }
        assertTrue(overview.out().contains("Exit codes: 0 success, 1 findings (check), 2 usage or I/O error, 3 internal error"),
                overview.out());
        Result resolve = run("help", "resolve");
        assertEquals(run("resolve", "--help"), resolve);
        assertTrue(resolve.out().startsWith("Usage: errorcatalog resolve CODE"), resolve.out());
    }

    @Test
    void generateCompletionPrintsABashAndZshScriptForEveryCommand() {
        Result result = run("generate-completion");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("complete -F _complete_errorcatalog"), result.out());
        assertTrue(result.out().contains("--write-baseline") && result.out().contains("--accept-language"), result.out());
    }
}
