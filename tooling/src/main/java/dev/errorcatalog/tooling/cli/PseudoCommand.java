package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.check.PseudoLocales;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pseudo [--output DIR]}: the en-XA and ar-XB bundles, for QA. */
@Command(name = "pseudo",
        description = {"Writes the pseudo-locale bundles en-XA and ar-XB for QA.",
            "Writes the pseudo-locale bundles messages_en_XA.properties (accented, about 30 %% longer, bracketed) "
                + "and messages_ar_XB.properties (right to left, with bidi marks) from the English messages, rewriting only "
                + "literal text: ICU syntax, arguments, plural keywords, # and technical tokens stay intact. A catalog "
                + "built with pseudoLocales(true) serves them (module messages-pseudo) to Accept-Language: en-XA / ar-XB."},
        customSynopsis = "errorcatalog pseudo [--output DIR]",
        footer = {"", "Exit codes: 0 written, 2 usage or I/O error."})
final class PseudoCommand extends CliCommand {

    @Option(names = "--output", paramLabel = "DIR", description = "the directory to write both bundles to (default: .)")
    String output = ".";

    @Override
    int run() throws UsageException {
        try {
            for (Path file : PseudoLocales.write(Path.of(output))) {
                out().println("Wrote " + file);
            }
            return ExitCode.OK;
        } catch (IOException | InvalidPathException e) {
            throw usage(e.getMessage());
        }
    }
}
