package dev.errorcatalog.tooling.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * One command of the command line. A new command is a subclass annotated {@code @Command(name = ...)} with its
 * options as {@code @Option} fields, implementing {@link #run()}, plus one line in {@link MainCommand}'s
 * {@code subcommands}. {@code --help}, {@code --version} and the global options come with it.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = MainCommand.Version.class, sortOptions = false, usageHelpWidth = 100,
        showEndOfOptionsDelimiterInUsageHelp = false)
abstract class CliCommand implements Callable<Integer> {

    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    /** Runs the command; returns an {@link ExitCode}. A {@link UsageException} exits 2 with its one line. */
    abstract int run() throws UsageException, IOException;

    @Override
    public final Integer call() throws UsageException, IOException {
        return run();
    }

    /** Completes the help text with what annotations cannot compute; called once before parsing. */
    void describe(UsageMessageSpec usage) {
    }

    /** Standard output. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error of this command: {@code resolve: message}. */
    final UsageException usage(String message) {
        return new UsageException(spec.name() + ": " + message);
    }

    /** The global {@code --format}, one of {@code choices}; the first choice is the default. */
    final String format(List<String> choices) throws UsageException {
        String format = main.format == null ? choices.get(0) : main.format;
        if (!choices.contains(format)) {
            throw usage("--format must be one of " + String.join(", ", choices) + ", not '" + format + "'");
        }
        return format;
    }
}
