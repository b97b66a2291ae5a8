package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.spi.PropertiesMessageProvider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A broken message is reported through {@code System.Logger} once, and not again however often it is
 * resolved: when the catalog is built for the default locale, when the locale is first used (or
 * {@code warnings()} is called) for another.
 *
 * <p>Without a {@code System.LoggerFinder} of its own, the JDK backs {@code System.Logger} with
 * {@code java.util.logging}, so a handler on the JUL logger {@code dev.errorcatalog} sees exactly what the
 * library logs; it is attached for this test only.
 */
class WarningLoggedOnceTest {

    /** German with one message that does not parse. */
    public static final class BrokenGerman extends PropertiesMessageProvider {
        public BrokenGerman() {
            super(Locale.GERMAN, ErrorCatalog.CATALOG_VERSION);
        }

        @Override
        protected InputStream openBundle() {
            return new ByteArrayInputStream(
                    "already_assigned=Bereits {zugewiesen\nalready_verified=Bereits verifiziert.\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Logger logger = Logger.getLogger("dev.errorcatalog");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void attach() {
        logger.addHandler(handler);
        logger.setUseParentHandlers(false); // captured and asserted below, not printed
    }

    @AfterEach
    void detach() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(true);
    }

    @Test
    void aBrokenMessageIsLoggedOnceNotOncePerRequest() {
        ErrorCatalog catalog = ErrorCatalog.builder().addProvider(new BrokenGerman()).build();
        assertEquals(0, brokenMessageWarnings(), "German, not the default locale, is compiled on first use");
        assertEquals(Fallback.MISSING_MESSAGE, catalog.resolve(ErrorCode.ALREADY_ASSIGNED, Locale.GERMAN).fallback());
        assertEquals(1, brokenMessageWarnings(), records::toString);
        int afterBuild = records.size();
        for (int i = 0; i < 1_000; i++) {
            assertEquals(Fallback.MISSING_MESSAGE, catalog.resolve(ErrorCode.ALREADY_ASSIGNED, Locale.GERMAN).fallback());
            assertEquals(Fallback.MISSING_MESSAGE, catalog.resolve("already_assigned", Locale.forLanguageTag("de-AT")).fallback());
        }
        assertEquals(Fallback.NONE, catalog.resolve(ErrorCode.ALREADY_VERIFIED, Locale.GERMAN).fallback());
        assertEquals(afterBuild, records.size(), "resolving logs nothing");
        assertEquals(1, brokenMessageWarnings());
        assertEquals(catalog.warnings().size(), afterBuild, "each warning of warnings() was logged once");
    }

    @Test
    void warningsReportsALocaleNotUsedYetAndLogsItOnce() {
        ErrorCatalog catalog = ErrorCatalog.builder().addProvider(new BrokenGerman()).build();
        assertEquals(0, brokenMessageWarnings());
        assertEquals(1, catalog.warnings().stream().filter(w -> w.contains("'already_assigned'")).count(), catalog.warnings()::toString);
        assertEquals(1, brokenMessageWarnings(), records::toString);
        catalog.resolve(ErrorCode.ALREADY_ASSIGNED, Locale.GERMAN);
        catalog.warnings();
        assertEquals(1, brokenMessageWarnings(), records::toString);
    }

    private long brokenMessageWarnings() {
        return records.stream()
                .filter(r -> r.getLevel() == Level.WARNING && r.getMessage().contains("'already_assigned'"))
                .count();
    }
}
