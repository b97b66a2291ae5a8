package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.ResolvedMessage;
import dev.errorcatalog.messages.en.EnglishMessages;
import dev.errorcatalog.spi.PropertiesMessageProvider;
import dev.errorcatalog.check.CheckId;
import dev.errorcatalog.check.Checker;
import dev.errorcatalog.check.Finding;
import dev.errorcatalog.check.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A locale module written for catalog version 1 (the 181 codes of the seed; the German bundle as it was
 * shipped then) keeps working under version 2: its messages are served, the 72 codes added since fall back
 * to the default locale with one warning, and the check reports each of them as {@code missing_key}.
 */
class VersionOneModuleTest {

    private static final Path FIXTURE = Path.of("src", "test", "resources", "dev", "errorcatalog", "it", "v1");

    /** A third party's German module, never updated since catalog version 1. */
    public static final class GermanForVersionOne extends PropertiesMessageProvider {
        public GermanForVersionOne() {
            super(Locale.GERMAN, "1");
        }

        @Override
        protected InputStream openBundle() {
            return GermanForVersionOne.class.getResourceAsStream("v1/messages_de.properties");
        }
    }

    private static final List<ErrorCode> ADDED = Arrays.stream(ErrorCode.values())
            .filter(code -> code.ordinal() > ErrorCode.VERIFICATION_REQUEST_TOO_SOON.ordinal()).toList();

    private final ErrorCatalog catalog = LoggedWarnings.build(ErrorCatalog.builder().discoverProviders(false)
            .addProvider(new EnglishMessages()).addProvider(new GermanForVersionOne()));

    @Test
    void itsMessagesAreServedAndTheNewCodesFallBackToTheDefaultLocale() {
        assertEquals(72, ADDED.size());
        ResolvedMessage old = catalog.resolve("purchased_too_recently", Locale.GERMAN, Map.of("waitDays", 14, "trialWaitDays", 30));
        assertEquals(Fallback.NONE, old.fallback());
        assertEquals(Locale.GERMAN, old.locale());
        assertTrue(old.text().contains("14 Tage"), old.text());
        for (ErrorCode code : ErrorCode.values()) {
            ResolvedMessage message = catalog.resolve(code, Locale.forLanguageTag("de-AT"), examples(code));
            boolean added = ADDED.contains(code);
            assertEquals(added ? Fallback.MISSING_MESSAGE : Fallback.NONE, message.fallback(), code.code());
            assertEquals(added ? Locale.ENGLISH : Locale.GERMAN, message.locale(), code.code());
            if (added) {
                assertEquals(catalog.resolve(code, Locale.ENGLISH, examples(code)).text(), message.text());
            }
        }
        ResolvedMessage renamed = catalog.resolve("http_url_required", Locale.GERMAN);
        assertEquals(new ResolvedMessage("not_an_http_url", catalog.resolve(ErrorCode.NOT_AN_HTTP_URL, Locale.GERMAN).text(),
                Locale.GERMAN, Fallback.NONE, "http_url_required"), renamed);
    }

    @Test
    void itGetsOneWarningNamingItsVersionAndHowManyCodesItLacks() {
        List<String> warnings = catalog.warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("Message provider " + GermanForVersionOne.class.getName() + " for locale de was"
                + " written for catalog version 1, this is 2: it lacks 72 of this version's 255 keys, which fall back:"
                + " associated_campaign_inactive, "), warnings.get(0));
    }

    @Test
    void theCheckReportsEachNewCodeAsAMissingKey() throws IOException {
        List<Finding> findings = Checker.builder().build().check(List.of(FIXTURE)).findings();
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(ADDED.stream().map(ErrorCode::code).toList(), errors.stream().map(Finding::key).toList(), errors::toString);
        for (Finding finding : errors) {
            assertEquals(CheckId.MISSING_KEY, finding.id(), finding::toString);
            assertEquals("de", finding.locale());
            assertTrue(finding.file().endsWith("messages_de.properties") && finding.line() > 0, finding::toString);
        }
    }

    private static Map<String, Object> examples(ErrorCode code) {
        return code.arguments().stream().collect(Collectors.toMap(Argument::name, Argument::example));
    }
}
