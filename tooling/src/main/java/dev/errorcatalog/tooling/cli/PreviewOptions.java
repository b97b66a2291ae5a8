package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spi.MessageProvider;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options {@code resolve} and {@code list} share: locale modules to preview that are not in the jar, and
 * whether a fallback fails the command.
 */
final class PreviewOptions {

    @Option(names = "--bundles", arity = "1..*", paramLabel = "PATH",
            description = "locale modules to use besides those in the jar, ahead of them: jars, directories of their classes "
                    + "(target/classes) or directories of jars")
    List<Path> bundles = new ArrayList<>();

    @Option(names = "--strict", description = "exit 1 if the message (any message, for list) falls back")
    boolean strict;

    /** The catalog of the shipped locale modules and those of {@code --bundles}, which come first. */
    ErrorCatalog catalog(CliCommand command, PrintWriter err) throws UsageException {
        List<MessageProvider> providers = LocaleModules.load(command, bundles);
        return Catalogs.catalog(err, providers);
    }

    /** The {@code --bundles} values that are no file or directory: words the option took that may be meant as CODE. */
    List<Path> strayWords() {
        return bundles.stream().filter(path -> !Files.exists(path)).toList();
    }

    /** The exit code of a command whose output is complete: {@code FINDINGS} under {@code --strict} when something fell back. */
    int exit(boolean fellBack) {
        return strict && fellBack ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
