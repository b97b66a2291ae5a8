package dev.errorcatalog.tooling.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code errorcatalog} command line, with its output and error writers injected so tests can run it
 * in process.
 */
public final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintWriter out;
    private final PrintWriter err;

    public Cli(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        for (Command command : List.of(new ResolveCommand(), new ListCommand(), new CheckCommand(), new LocalizeBodyCommand())) {
            commands.put(command.name(), command);
        }
    }

    /** Runs a command line and returns its {@link ExitCode}. */
    public int run(String... args) {
        try {
            if (args.length == 0) {
                throw new UsageException("missing command (see errorcatalog --help)");
            }
            if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
                out.print(overview());
                return ExitCode.OK;
            }
            Command command = commands.get(args[0]);
            if (command == null) {
                throw new UsageException("unknown command '" + args[0] + "'; commands: " + String.join(", ", commands.keySet()));
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            if (rest.contains("--help") || rest.contains("-h")) {
                out.print(command.help());
                return ExitCode.OK;
            }
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("errorcatalog: " + e.getMessage());
            return ExitCode.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private String overview() {
        StringBuilder text = new StringBuilder("""
                Usage: java -jar errorcatalog.jar COMMAND [OPTIONS]

                Resolves SignalWire REST API error codes to localized messages.

                Commands:
                """);
        commands.values().forEach(c -> text.append(String.format("  %-13s %s%n", c.name(), c.summary())));
        text.append("""

                Run 'COMMAND --help' for a command's options.
                Exit codes: 0 success, 1 findings (check), 2 usage or I/O error.
                """);
        return text.toString();
    }
}
