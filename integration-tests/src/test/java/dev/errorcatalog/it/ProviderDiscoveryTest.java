package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.spi.PropertiesMessageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Providers found by {@code ServiceLoader} that fail (a constructor that throws, a class that is missing, a
 * {@code null} or throwing {@code locale()}) are skipped with a warning each; the locale modules and a working
 * provider registered next to them load.
 */
class ProviderDiscoveryTest {

    private static final Locale ESPERANTO = Locale.forLanguageTag("eo");

    /** A provider whose constructor throws. */
    public static final class ThrowingConstructor extends PropertiesMessageProvider {
        public ThrowingConstructor() {
            super(Locale.ITALIAN, ErrorCatalog.CATALOG_VERSION);
            throw new IllegalStateException("cannot start");
        }

        @Override
        protected InputStream openBundle() {
            return null;
        }
    }

    /** A provider without a locale. */
    public static final class NullLocale extends TestProvider {
        public NullLocale() {
            super(null);
        }
    }

    /** A provider whose locale() throws. */
    public static final class ThrowingLocale extends TestProvider {
        public ThrowingLocale() {
            super(Locale.JAPANESE);
        }

        @Override
        public Locale locale() {
            throw new UnsupportedOperationException("which locale?");
        }
    }

    /** A working Esperanto provider (with one message): a locale no module of this project installs. */
    public static final class Esperanto extends TestProvider {
        public Esperanto() {
            super(ESPERANTO);
        }
    }

    /** A provider with one message, as {@code MessageProvider} directly (locale() may be overridden). */
    public abstract static class TestProvider implements dev.errorcatalog.spi.MessageProvider {
        private final Locale locale;

        TestProvider(Locale locale) {
            this.locale = locale;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public String catalogVersion() {
            return ErrorCatalog.CATALOG_VERSION;
        }

        @Override
        public java.util.Map<String, String> messages() {
            return java.util.Map.of("already_assigned", "Jam atribuita.");
        }
    }

    @Test
    void failingProvidersAreSkippedAndTheOthersLoad(@TempDir Path directory) throws IOException {
        Path services = directory.resolve("META-INF/services/dev.errorcatalog.spi.MessageProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n",
                ThrowingConstructor.class.getName(),
                "dev.errorcatalog.it.NoSuchProvider",
                NullLocale.class.getName(),
                ThrowingLocale.class.getName(),
                Esperanto.class.getName()) + "\n", StandardCharsets.UTF_8);
        ErrorCatalog catalog;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()}, getClass().getClassLoader())) {
            catalog = LoggedWarnings.build(ErrorCatalog.builder().classLoader(loader));
        }
        Set<Locale> expected = new HashSet<>(ErrorCatalog.create().locales());
        expected.add(ESPERANTO);
        assertEquals(expected, catalog.locales());
        List<String> skipped = catalog.warnings().stream().filter(w -> w.contains("could not be loaded")).toList();
        assertEquals(4, skipped.size(), catalog.warnings()::toString);
        for (String name : List.of("ThrowingConstructor", "NoSuchProvider", "locale()", "which locale?")) {
            assertEquals(1, skipped.stream().filter(w -> w.contains(name)).count(), () -> name + " in " + skipped);
        }
        assertEquals(Fallback.NONE, catalog.resolve("already_assigned", ESPERANTO).fallback());
        assertEquals("Jam atribuita.", catalog.resolve("already_assigned", ESPERANTO).text());
        assertEquals(Fallback.NONE, catalog.resolve("already_assigned", Locale.ENGLISH).fallback());
    }
}
