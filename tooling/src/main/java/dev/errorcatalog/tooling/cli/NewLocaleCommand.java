package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.check.Checker;
import dev.errorcatalog.check.Scaffold;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new-locale TAG}: a complete locale module that builds at once and fails its own check until translated. */
@Command(name = "new-locale",
        description = {"Creates a complete locale module that builds at once and fails its own check until translated.",
            "Creates a locale module: pom, module-info, provider and both registrations, a bundle with every "
                + "code present and marked untranslated (its check fails on them until they are translated or baselined) "
                + "and its own check in its build. Inside this reactor it is added to the root pom, the bom and the "
                + "command line; with --standalone it is a project for another repository on the published catalog."},
        customSynopsis = "errorcatalog new-locale TAG [--dir PATH] [--standalone] [--group G] [--package P]",
        footer = {"", "A regional locale (es-MX, de-CH) whose parent has a module starts with an empty bundle:",
            "every message comes from the parent until you override it.", "",
            "Exit codes: 0 created, 2 usage or I/O error (nothing is overwritten)."})
final class NewLocaleCommand extends CliCommand {

    @Parameters(paramLabel = "TAG", description = "the BCP 47 tag of the locale, e.g. fr, pt-BR, es-MX")
    String tag;

    @Option(names = "--dir", paramLabel = "PATH",
            description = "the reactor's root (default: the current directory), or with --standalone where to create the project")
    String dir = ".";

    @Option(names = "--standalone", description = "a project of its own, depending on the published catalog of this version")
    boolean standalone;

    @Option(names = "--group", paramLabel = "G", description = "the Maven group (default: dev.errorcatalog, standalone org.example)")
    String group;

    @Option(names = "--package", paramLabel = "P", description = "the provider's package and Java module (default: <group>.messages.<tag>)")
    String javaPackage;

    @Override
    int run() throws UsageException {
        Locale locale = Catalogs.locale(this, "TAG", tag);
        try {
            Scaffold.Result result = Scaffold.create(new Scaffold.Options(locale, Path.of(dir), standalone, group, javaPackage,
                    Checker.version()));
            Path module = result.module();
            out().println("Created " + module + " (" + locale.toLanguageTag() + "):");
            result.created().forEach(file -> out().println("  " + module.relativize(file)));
            result.edited().forEach(file -> out().println("Added " + module.getFileName() + " to " + file));
            if (result.parent() != null) {
                out().println("A regional module: every message comes from " + result.parent().toLanguageTag()
                        + " until you add it to " + module.relativize(result.bundle()) + ".");
            } else {
                out().println("Next: translate " + module.relativize(result.bundle()) + " (or export-xliff --locale "
                        + locale.toLanguageTag() + " " + module + " for a translation tool); mvn verify in " + module
                        + " fails until every message is translated or baselined.");
            }
            return ExitCode.OK;
        } catch (FileAlreadyExistsException e) {
            throw usage(e.getFile() + " exists already; nothing was written");
        } catch (IOException | IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
