package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.spi.MessageProvider;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A provider that fails while the catalog loads is skipped with a warning that names it; the others load.
 * Discovery through {@code ServiceLoader} (a constructor that throws, a class that is missing) is tested in the
 * integration tests, on the class path.
 */
class ProviderFailureTest {

    /** A German provider whose methods fail as told. */
    static final class FailingMessages implements MessageProvider {
        private final Callable<String> catalogVersion;
        private final Callable<Map<String, String>> messages;

        FailingMessages(Callable<String> catalogVersion, Callable<Map<String, String>> messages) {
            this.catalogVersion = catalogVersion;
            this.messages = messages;
        }

        @Override
        public Locale locale() {
            return Locale.GERMAN;
        }

        @Override
        public String catalogVersion() {
            return call(catalogVersion);
        }

        @Override
        public Map<String, String> messages() throws IOException {
            try {
                return messages.call();
            } catch (IOException | RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static <T> T call(Callable<T> callable) {
            try {
                return callable.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Stream<Arguments> failures() {
        Callable<String> version = () -> ErrorCatalog.CATALOG_VERSION;
        return Stream.of(
                Arguments.of("messages() throws IOException",
                        new FailingMessages(version, () -> { throw new IOException("disk on fire"); })),
                Arguments.of("messages() throws a RuntimeException",
                        new FailingMessages(version, () -> { throw new IllegalStateException("no"); })),
                Arguments.of("messages() throws a LinkageError",
                        new FailingMessages(version, () -> { throw new NoClassDefFoundError("com/example/Gone"); })),
                Arguments.of("messages() returns null", new FailingMessages(version, () -> null)),
                Arguments.of("catalogVersion() throws",
                        new FailingMessages(() -> { throw new UnsupportedOperationException("which?"); },
                                () -> TestBundles.patterns(Locale.GERMAN))),
                Arguments.of("the bundle is not a properties file",
                        new TestBundles.InMemoryMessages(Locale.GERMAN, "already_assigned=\\uZZZZ\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailingProviderIsSkippedAndTheOthersLoad(String failure, MessageProvider failing) {
        ErrorCatalog catalog = LoggedWarnings.build(ErrorCatalog.builder().discoverProviders(false)
                .addProvider(TestBundles.provider(Locale.ENGLISH))
                .addProvider(failing)
                .addProvider(TestBundles.provider(Locale.FRENCH)));
        assertEquals(Set.of(Locale.ENGLISH, Locale.FRENCH), catalog.locales());
        assertEquals(1, catalog.warnings().size(), catalog.warnings()::toString);
        String warning = catalog.warnings().get(0);
        assertTrue(warning.contains(failing.getClass().getName()) && warning.contains("skipped"), warning);
        assertEquals(new ResolvedMessage("already_assigned", "en: already_assigned", Locale.ENGLISH, Fallback.UNSUPPORTED_LOCALE),
                catalog.resolve("already_assigned", Locale.GERMAN));
        assertEquals(Fallback.NONE, catalog.resolve("already_assigned", Locale.FRENCH).fallback());
    }
}
