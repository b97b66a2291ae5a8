package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.check.Checker;
import dev.errorcatalog.check.ReportFormat;
import dev.errorcatalog.check.Severity;
import dev.errorcatalog.check.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-xliff FILE [PATH]}: translations from a translation tool back into the bundle, then its check. */
@Command(name = "import-xliff",
        description = {"Imports an XLIFF document into its bundle, changing nothing else, and checks the result.",
            "Writes the translations of an XLIFF 1.2 or 2.0 document into the bundle of its target language "
                + "and records what each was translated from in the lock file, then checks the bundle. Untouched keys keep "
                + "their bytes, order and comments. Malformed XML, a DTD, a wrong target language, an unknown key or a "
                + "translation that is not a valid ICU pattern (or fails the check) is refused, naming the unit, and then "
                + "nothing is written."},
        customSynopsis = "errorcatalog import-xliff FILE [PATH] [--locale TAG]",
        footer = {"", "Exit codes: 0 imported (the check's findings are printed), 1 the document was refused (nothing written),",
            "2 usage or I/O error."})
final class ImportXliffCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "the XLIFF document")
    String file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", description = "a locale module or its resources directory (default: .)")
    String path = ".";

    @Option(names = "--locale", paramLabel = "TAG", description = "the bundle's locale (default: the document's target language)")
    String locale;

    @Override
    int run() throws UsageException {
        try {
            if (Files.size(Path.of(file)) > 16L * 1024 * 1024) {
                err().println("errorcatalog import-xliff: refused, nothing written: " + file + " is larger than 16 MiB"
                        + " (an export of the whole catalog is about 70 KB)");
                return ExitCode.FINDINGS;
            }
            byte[] document = Files.readAllBytes(Path.of(file));
            Locale target = locale != null ? Catalogs.locale(this, "--locale", locale) : Translations.targetLocale(document);
            Translations translations = Translations.open(Path.of(path), target);
            Translations.ImportResult result = translations.importXliff(document, Checker.builder().build());
            out().println("Imported " + result.updated().size() + " translation(s) into " + translations.bundle()
                    + (result.confirmed().isEmpty() ? "" : "; confirmed " + result.confirmed().size() + " unchanged after an English change")
                    + ".");
            ReportFormat.TEXT.write(result.report(), Severity.ERROR, out());
            return ExitCode.OK;
        } catch (Translations.ImportException e) {
            err().println("errorcatalog import-xliff: refused, nothing written: " + e.getMessage());
            return ExitCode.FINDINGS;
        } catch (NoSuchFileException e) {
            throw usage("no such file: " + e.getFile());
        } catch (IOException | IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
