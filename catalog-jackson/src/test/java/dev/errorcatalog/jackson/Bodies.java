package dev.errorcatalog.jackson;

import dev.errorcatalog.ErrorCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real SignalWire bodies under {@code src/test/resources/bodies} (see SOURCES.md there) and a shared catalog. */
final class Bodies {

    /** The three locale modules, discovered. */
    static final ErrorCatalog CATALOG = ErrorCatalog.create();
    static final BodyLocalizer LOCALIZER = BodyLocalizer.of(CATALOG);

    private Bodies() {
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Bodies.class.getResourceAsStream("/bodies/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test body " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
