package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.check.Checker;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code errorcatalog}: the global options and the list of commands. */
@Command(name = "errorcatalog", mixinStandardHelpOptions = true, versionProvider = MainCommand.Version.class,
        description = "Resolves SignalWire REST API error codes to localized messages, and checks locale bundles.",
        synopsisSubcommandLabel = "COMMAND", sortOptions = false, usageHelpWidth = 100,
        // One line per command: the class is the whole command.
        subcommands = {
            ResolveCommand.class,
            ListCommand.class,
            CheckCommand.class,
            NewLocaleCommand.class,
            ExportXliffCommand.class,
            ImportXliffCommand.class,
            ConfirmCommand.class,
            PseudoCommand.class,
            HelpCommand.class,
            AutoComplete.GenerateCompletion.class,
        },
        footer = {"", "Global options go before or after the command. Run 'errorcatalog COMMAND --help' for a command's options.",
            "Exit codes: 0 success, 1 findings (check), 2 usage or I/O error, 3 internal error (--debug shows the stack trace);",
            "1 also for a fallback under --strict (resolve, list)."})
final class MainCommand implements Callable<Integer> {

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "FORMAT",
            description = "output format: text (default) or json; check also sarif and junit")
    String format;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "on an internal error, print its stack trace")
    boolean debug;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("missing command (see errorcatalog --help)");
    }

    /** {@code --version}: the release, and the catalog version its codes and bundles follow. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"errorcatalog " + Checker.version() + " (catalog version " + ErrorCatalog.CATALOG_VERSION + ")"};
        }
    }
}
