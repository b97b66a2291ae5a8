package dev.errorcatalog.tooling.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code errorcatalog} command line, with its output and error writers injected so tests can run it
 * in process. Every failure is one line on the error writer and an {@link ExitCode}; an unexpected exception
 * is {@link ExitCode#INTERNAL}, its stack trace printed only with {@code --debug}.
 */
public final class Cli {

    private final PrintWriter out;
    private final PrintWriter err;
    private final List<CliCommand> extraCommands;

    public Cli(PrintWriter out, PrintWriter err) {
        this(out, err, List.of());
    }

    /** A command line with further commands, for tests. */
    Cli(PrintWriter out, PrintWriter err, List<CliCommand> extraCommands) {
        this.out = out;
        this.err = err;
        this.extraCommands = extraCommands;
    }

    /** Runs a command line and returns its {@link ExitCode}. */
    public int run(String... args) {
        try {
            CommandLine commandLine = new CommandLine(new MainCommand());
            extraCommands.forEach(commandLine::addSubcommand);
            for (CommandLine command : commandLine.getSubcommands().values()) {
                if (command.getCommand() instanceof CliCommand cli) {
                    cli.describe(command.getCommandSpec().usageMessage());
                }
            }
            return commandLine.setOut(out).setErr(err).setParameterExceptionHandler((e, a) -> usageError(e))
                    .setExecutionExceptionHandler(this::executionError).execute(args);
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            return internalError(e, List.of(args).contains("--debug"));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int usageError(ParameterException e) {
        err.println("errorcatalog: " + oneLine(describe(e)));
        return ExitCode.USAGE;
    }

    private int executionError(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof UsageException) {
            err.println("errorcatalog: " + oneLine(e.getMessage()));
            return ExitCode.USAGE;
        }
        return internalError(e, ((MainCommand) command.getCommandSpec().root().userObject()).debug);
    }

    private int internalError(Throwable e, boolean debug) {
        err.println("errorcatalog: internal error: " + oneLine(e.toString()) + (debug ? "" : " (--debug shows the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCode.INTERNAL;
    }

    /** picocli's parse errors in the words this command line has always used. */
    private static String describe(ParameterException e) {
        CommandLine command = e.getCommandLine();
        boolean top = command.getParent() == null;
        String name = command.getCommandSpec().name();
        String prefix = top ? "" : name + ": ";
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty() && missing.getMissing().get(0).isOption()) {
            return prefix + "option " + optionName(missing.getMissing().get(0)) + " needs a value";
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten().isOption()) {
            return prefix + "option " + optionName(overwritten.getOverwritten()) + " given twice";
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            if (arg.startsWith("-") && top && !commandsWith(command, arg).isEmpty()) {
                List<String> owners = commandsWith(command, arg);
                return optionOf(arg) + " is an option of " + String.join(" and ", owners) + ", not a global one: put it after the"
                        + " command, e.g. errorcatalog " + owners.get(0) + " … " + optionOf(arg);
            }
            if (arg.startsWith("-")) {
                return prefix + "unknown option " + (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) + " (see "
                        + (top ? "errorcatalog" : name) + " --help)";
            }
            return top ? "unknown command '" + arg + "'; commands: " + String.join(", ", command.getSubcommands().keySet())
                    : prefix + "unexpected argument '" + arg + "'";
        }
        return prefix + e.getMessage();
    }

    /** The commands that have option {@code arg} ({@code --name} or {@code --name=value}). */
    private static List<String> commandsWith(CommandLine main, String arg) {
        return main.getSubcommands().entrySet().stream()
                .filter(e -> e.getValue().getCommandSpec().findOption(optionOf(arg)) != null)
                .map(java.util.Map.Entry::getKey).distinct().toList();
    }

    private static String optionOf(String arg) {
        return arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    }

    private static String optionName(ArgSpec spec) {
        return ((OptionSpec) spec).longestName();
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*\\R\\s*", " ");
    }
}
