package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.check.Translations;
import dev.errorcatalog.check.Xliff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-xliff --locale TAG [PATH]}: what a locale lacks or has gone stale, as XLIFF for a translation tool. */
@Command(name = "export-xliff",
        description = {"Writes what a locale lacks or has gone stale as XLIFF 1.2 or 2.0, for a translation tool.",
            "Writes the keys a locale lacks, leaves untranslated or whose English changed since they were "
                + "translated (--all: every key) as an XLIFF document: the English source with its technical tokens "
                + "marked as not to be translated, the arguments and their examples as notes, and for a stale key the old "
                + "and the new English."},
        customSynopsis = "errorcatalog export-xliff --locale TAG [--xliff-version 1.2|2.0] [--all] [--output FILE] [PATH]",
        footer = {"", "Crowdin and Weblate read both versions; Lokalise, Phrase and Tolgee 1.2 only.", "",
            "Exit codes: 0 written, 2 usage or I/O error."})
final class ExportXliffCommand extends CliCommand {

    @Option(names = "--locale", required = true, paramLabel = "TAG", description = "the locale whose bundle to export")
    String locale;

    @Option(names = "--xliff-version", paramLabel = "VERSION", description = "1.2 (default) or 2.0")
    String version = "1.2";

    @Option(names = "--all", description = "every key, translated ones with their translation")
    boolean all;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE instead of standard output")
    String output;

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "a locale module or its resources directory (default: .)")
    String path = ".";

    @Override
    int run() throws UsageException {
        Xliff.Version xliffVersion;
        try {
            xliffVersion = Xliff.Version.of(version);
        } catch (IllegalArgumentException e) {
            throw usage("--xliff-version " + e.getMessage());
        }
        try {
            byte[] document = Translations.open(Path.of(path), Catalogs.locale(this, "--locale", locale)).exportXliff(xliffVersion, all);
            if (output == null) {
                out().print(new String(document, StandardCharsets.UTF_8)); // the writer is UTF-8, as the document says
            } else {
                Files.write(Path.of(output), document);
                err().println("errorcatalog export-xliff: written to " + output);
            }
            return ExitCode.OK;
        } catch (IOException | IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
