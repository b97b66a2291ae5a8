package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example of a new command works as the README says: one class, and the rest comes with CliCommand. */
class HelloCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(new PrintWriter(out), new PrintWriter(err), List.of(new HelloCommand())).run(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void theExampleCommandRunsWithTheGlobalOptionsAndTheOneLineErrors() {
        assertEquals(List.of("0", "Hi, Ada (text)\nHi, Grace (text)\n", ""), List.of(run("hello", "Ada", "Grace", "--greeting", "Hi")));
        assertEquals(List.of("0", "Hello, Ada (text)\n", ""), List.of(run("--format", "text", "hello", "Ada")));
        assertEquals(List.of("2", "", "errorcatalog: hello: expected at least one NAME\n"), List.of(run("hello")));
        assertEquals(List.of("2", "", "errorcatalog: hello: --format must be one of text, not 'json'\n"),
                List.of(run("hello", "Ada", "--format", "json")));
    }
}
