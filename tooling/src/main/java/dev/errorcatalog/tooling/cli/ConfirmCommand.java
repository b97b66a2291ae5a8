package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.check.Translations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confirm --locale TAG [--key KEY]... [PATH]}: translations that still fit after an English change. */
@Command(name = "confirm",
        description = {"Confirms translations that still fit after their English text changed.",
            "Records the current English text of translated keys in the lock file beside the bundle, as what "
                + "their translations were made from: the check stops reporting them as stale_translation. Use it after "
                + "reviewing a translation whose English changed, or once to start tracking a finished bundle."},
        customSynopsis = "errorcatalog confirm --locale TAG [--key KEY]... [PATH]",
        footer = {"", "Exit codes: 0 done, 2 usage or I/O error."})
final class ConfirmCommand extends CliCommand {

    @Option(names = "--locale", required = true, paramLabel = "TAG", description = "the bundle's locale")
    String locale;

    @Option(names = "--key", paramLabel = "KEY", description = "a key to confirm (repeatable; default: every translated key)")
    List<String> keys = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "a locale module or its resources directory (default: .)")
    String path = ".";

    @Override
    int run() throws UsageException {
        try {
            Translations translations = Translations.open(Path.of(path), Catalogs.locale(this, "--locale", locale));
            List<String> confirmed = translations.confirm(keys);
            out().println(confirmed.isEmpty() ? "Nothing to confirm: " + translations.lockFile() + " is up to date."
                    : "Confirmed " + confirmed.size() + " translation(s) in " + translations.lockFile()
                            + (confirmed.size() <= 10 ? ": " + String.join(", ", confirmed) : "") + ".");
            return ExitCode.OK;
        } catch (IOException | IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
