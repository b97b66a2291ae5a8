package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Builds a catalog with what it logs to {@code System.Logger "dev.errorcatalog"} (java.util.logging here) captured
 * instead of printed, and asserts that it logged exactly its {@link ErrorCatalog#warnings()}, each once and in order.
 * Tests that plant broken bundles build through this, so a green build prints none of the warnings they expect.
 * (The module does not read java.logging: the pom adds {@code --add-reads dev.errorcatalog=java.logging} for the tests.)
 */
final class LoggedWarnings {

    /** Held, so that java.util.logging does not drop the logger and the handler with it. */
    private static final Logger LOGGER = Logger.getLogger("dev.errorcatalog");

    private LoggedWarnings() {
    }

    static ErrorCatalog build(ErrorCatalog.Builder builder) {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = LOGGER.getUseParentHandlers();
        synchronized (LOGGER) {
            LOGGER.addHandler(capture);
            LOGGER.setUseParentHandlers(false);
            try {
                ErrorCatalog catalog = builder.build();
                assertEquals(catalog.warnings(), logged, "the catalog logs each warning it reports, once");
                return catalog;
            } finally {
                LOGGER.removeHandler(capture);
                LOGGER.setUseParentHandlers(parents);
            }
        }
    }
}
