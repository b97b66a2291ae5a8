package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.LanguageTags;
import dev.errorcatalog.spi.MessageProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What the commands share: the catalog, locale parsing and the JSON writer. */
final class Catalogs {

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Catalogs() {
    }

    /**
     * The catalog with every locale module on the class path, built once per run. What it skipped or lacks (a
     * locale module that cannot be loaded, a broken message) is a warning line on {@code err}, as the core logs it.
     */
    static ErrorCatalog catalog(PrintWriter err) {
        return catalog(err, List.of());
    }

    /** The catalog with {@code providers} first (locale modules given with {@code --bundles}), then those on the class path. */
    static ErrorCatalog catalog(PrintWriter err, List<MessageProvider> providers) {
        ErrorCatalog.Builder builder = ErrorCatalog.builder();
        providers.forEach(builder::addProvider);
        ErrorCatalog catalog = builder.build();
        catalog.warnings().forEach(warning -> err.println("errorcatalog: warning: " + warning));
        return catalog;
    }

    /** A BCP 47 tag given by the user as a locale; garbage is a usage error, never {@code und}. */
    static Locale locale(CliCommand command, String option, String tag) throws UsageException {
        try {
            return LanguageTags.parse(tag);
        } catch (IllegalArgumentException e) {
            throw command.usage(option + " " + e.getMessage());
        }
    }
}
