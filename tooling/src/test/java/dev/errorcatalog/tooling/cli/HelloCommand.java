package dev.errorcatalog.tooling.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The example command of the README's "Command line" section, quoted there verbatim from here. */
@Command(name = "hello", description = "Greets each NAME.")
final class HelloCommand extends CliCommand {
    @Parameters(paramLabel = "NAME") List<String> names = new ArrayList<>();
    @Option(names = "--greeting", paramLabel = "TEXT") String greeting = "Hello";

    @Override
    int run() throws UsageException, IOException {   // ExitCode.OK, FINDINGS; throw usage("…") for exit 2
        String format = format(List.of("text"));      // the global --format, validated for this command
        if (names.isEmpty()) {
            throw usage("expected at least one NAME");
        }
        names.forEach(name -> out().println(greeting + ", " + name + " (" + format + ")"));
        return ExitCode.OK;
    }
}
