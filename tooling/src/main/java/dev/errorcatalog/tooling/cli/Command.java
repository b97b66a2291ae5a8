package dev.errorcatalog.tooling.cli;

import java.io.PrintWriter;
import java.util.List;

/** One sub-command of the command line. */
interface Command {

    /** The name typed on the command line. */
    String name();

    /** One line for the overview of commands. */
    String summary();

    /** The full help text, starting with the usage line. */
    String help();

    /** Runs the command; returns an {@link ExitCode}. */
    int run(List<String> args, PrintWriter out, PrintWriter err) throws UsageException;
}
