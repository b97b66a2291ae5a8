package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.ErrorCatalog;
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
 * (As in the core's tests; the pom lets this module read java.logging.)
 */
final class LoggedWarnings {

    /** Held, so that java.util.logging does not drop the logger and the handler with it. */
    private static final Logger LOGGER = Logger.getLogger("dev.errorcatalog");

    private LoggedWarnings() {
    }

    /** Builds the catalog inside a {@link #capture()} and asserts it logged exactly its {@code warnings()}. */
    static ErrorCatalog build(ErrorCatalog.Builder builder) {
        try (Capture logged = capture()) {
            ErrorCatalog catalog = builder.build();
            assertEquals(catalog.warnings(), logged.messages(), "the catalog logs each warning it reports, once");
            return catalog;
        }
    }

    /**
     * Captures what is logged until {@link Capture#close()}, for tests whose catalog logs later than its build (a
     * locale compiled on first use): assert on {@link Capture#messages()} before closing.
     */
    static Capture capture() {
        return new Capture();
    }

    /** The messages logged to {@code dev.errorcatalog} while open, printed nowhere. */
    static final class Capture extends Handler implements AutoCloseable {
        private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
        private final boolean parents;

        private Capture() {
            synchronized (LOGGER) {
                parents = LOGGER.getUseParentHandlers();
                LOGGER.addHandler(this);
                LOGGER.setUseParentHandlers(false);
            }
        }

        /** What was logged so far, in order. */
        List<String> messages() {
            synchronized (logged) {
                return List.copyOf(logged);
            }
        }

        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            synchronized (LOGGER) {
                LOGGER.removeHandler(this);
                LOGGER.setUseParentHandlers(parents);
            }
        }
    }
}
