package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.ErrorCatalog;
import java.util.IllformedLocaleException;
import java.util.Locale;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What the commands share: the catalog, locale parsing and the JSON writer. */
final class Catalogs {

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Catalogs() {
    }

    /** The catalog with every locale module on the class path, built once per run. */
    static ErrorCatalog catalog() {
        return ErrorCatalog.create();
    }

    /** A well-formed BCP 47 tag as a locale ({@code _} is accepted for {@code -}). */
    static Locale locale(String command, String tag) throws UsageException {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new UsageException(command + ": --locale '" + tag + "' is not a BCP 47 language tag (e.g. de, es-MX)");
        }
    }
}
