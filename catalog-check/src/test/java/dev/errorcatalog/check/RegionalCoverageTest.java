package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.MessageKey;
import dev.errorcatalog.ResolvedMessage;
import dev.errorcatalog.spi.MessageProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Mexican Spanish module that overrides a few Spanish messages: complete through fallback, and served first. */
class RegionalCoverageTest {

    static final Path SPANISH = Path.of("../messages-es/src/main/resources/dev/errorcatalog/messages/es/messages_es.properties");
    static final Locale MEXICO = Locale.forLanguageTag("es-MX");
    static final String MEXICAN = """
            # Mexican Spanish: only what differs from es
            not_e164=El número telefónico debe estar en formato E.164.
            already_assigned=Este recurso ya está asignado a otra cuenta.
            """;

    @TempDir
    Path dir;
    Path es;
    Path mx;

    @BeforeEach
    void bundles() throws IOException {
        es = Files.createDirectories(dir.resolve("messages-es"));
        Files.copy(SPANISH, es.resolve("messages_es.properties"));
        mx = Files.createDirectories(dir.resolve("messages-es-MX"));
        Files.writeString(mx.resolve("messages_es_MX.properties"), MEXICAN);
    }

    @Test
    void aRegionalBundleIsCompleteThroughItsParent() throws Exception {
        Report report = Checker.builder().build().check(List.of(mx, es, XliffRoundTripTest.ENGLISH));

        assertEquals(List.of(), report.findings(), "nothing missing");
        LocaleSummary mexico = summary(report, "es-MX");
        assertEquals(MessageKey.all().size(), mexico.keys());
        assertEquals(MessageKey.all().size(), mexico.translated());
        assertEquals(100.0, mexico.completeness());
        assertEquals("es", mexico.parent());
        assertEquals(MessageKey.all().size() - 2, mexico.inherited());
        assertNull(summary(report, "es").parent());
    }

    @Test
    void withoutItsParentARegionalBundleLacksEveryKeyItDoesNotHave() throws Exception {
        Report report = Checker.builder().build().check(List.of(mx, XliffRoundTripTest.ENGLISH));
        assertEquals(MessageKey.all().size() - 2, report.findings().stream().filter(f -> f.id() == CheckId.MISSING_KEY).count());
        assertNull(summary(report, "es-MX").parent());
    }

    @Test
    void aKeyTheParentLacksTooIsStillMissing() throws Exception {
        Files.writeString(es.resolve("messages_es.properties"),
                Files.readString(SPANISH).replaceFirst("(?m)^invalid_number_format=.*\\R", ""));
        Report report = Checker.builder().build().check(List.of(mx, es, XliffRoundTripTest.ENGLISH));
        assertEquals(List.of("es-MX: invalid_number_format", "es: invalid_number_format"), report.findings().stream()
                .filter(f -> f.id() == CheckId.MISSING_KEY).map(f -> f.locale() + ": " + f.key()).sorted().toList());
        assertEquals(MessageKey.all().size() - 3, summary(report, "es-MX").inherited());
    }

    @Test
    void resolutionServesTheRegionalMessageFirstThenTheParents() throws Exception {
        ErrorCatalog catalog = ErrorCatalog.builder().discoverProviders(false)
                .addProvider(provider(Locale.ENGLISH, XliffRoundTripTest.ENGLISH))
                .addProvider(provider(new Locale("es"), es.resolve("messages_es.properties")))
                .addProvider(provider(MEXICO, mx.resolve("messages_es_MX.properties")))
                .build();

        Locale negotiated = catalog.negotiate("es-MX,es;q=0.8");
        assertEquals(MEXICO, negotiated);
        ResolvedMessage own = catalog.resolve(ErrorCode.NOT_E164, negotiated);
        assertEquals("El número telefónico debe estar en formato E.164.", own.text());
        assertEquals(Fallback.NONE, own.fallback());
        ResolvedMessage inherited = catalog.resolve(ErrorCode.INVALID_NUMBER_FORMAT, negotiated);
        assertTrue(inherited.text().startsWith("El número de teléfono no tiene el formato correcto."), inherited.text());
        assertEquals("es", inherited.languageTag());
        assertEquals(new Locale("es"), catalog.negotiate("es-ES"), "Spain gets the parent, not Mexico");
    }

    static MessageProvider provider(Locale locale, Path bundle) throws IOException {
        Map<String, String> messages = new HashMap<>();
        BundleFile.parse(Files.readAllBytes(bundle)).byKey.forEach((key, entry) -> messages.put(key, entry.value()));
        return new MessageProvider() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String catalogVersion() {
                return ErrorCatalog.CATALOG_VERSION;
            }

            @Override
            public Map<String, String> messages() {
                return messages;
            }
        };
    }

    static LocaleSummary summary(Report report, String tag) {
        return report.locales().stream().filter(l -> l.locale().equals(tag)).findFirst().orElseThrow();
    }
}
