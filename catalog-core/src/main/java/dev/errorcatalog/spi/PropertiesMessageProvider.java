package dev.errorcatalog.spi;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * A {@link MessageProvider} backed by a UTF-8 {@code .properties} resource bundle in the locale module's
 * own package.
 *
 * <pre>{@code
 * public final class GermanMessages extends PropertiesMessageProvider {
 *     public GermanMessages() {
 *         super(Locale.GERMAN, ErrorCatalog.CATALOG_VERSION);
 *     }
 *
 *     @Override
 *     protected InputStream openBundle() {
 *         return GermanMessages.class.getResourceAsStream("messages_de.properties");
 *     }
 * }
 * }</pre>
 *
 * <p>The resource is opened by the subclass, from its own module, so its package need not be opened to
 * this one. It is decoded as UTF-8 (never ISO-8859-1); a leading byte order mark is ignored, and bytes
 * that are not UTF-8 turn into U+FFFD, which makes the messages that contain them fall back.
 *
 * @since 0.1
 */
public abstract class PropertiesMessageProvider implements MessageProvider {

    private final Locale locale;
    private final String catalogVersion;

    protected PropertiesMessageProvider(Locale locale, String catalogVersion) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.catalogVersion = Objects.requireNonNull(catalogVersion, "catalogVersion");
    }

    /**
     * Opens the bundle resource, e.g. {@code getClass().getResourceAsStream("messages_de.properties")}
     * written in the subclass; read once per catalog, and closed here.
     *
     * @return the stream, or {@code null} if the resource does not exist
     */
    protected abstract InputStream openBundle() throws IOException;

    @Override
    public final Locale locale() {
        return locale;
    }

    @Override
    public final String catalogVersion() {
        return catalogVersion;
    }

    @Override
    public Map<String, String> messages() throws IOException {
        try (InputStream in = openBundle()) {
            if (in == null) {
                throw new FileNotFoundException("message bundle of " + getClass().getName() + " not found");
            }
            Properties bundle = new Properties();
            bundle.load(skipByteOrderMark(new InputStreamReader(in, StandardCharsets.UTF_8)));
            Map<String, String> messages = new HashMap<>();
            for (String key : bundle.stringPropertyNames()) {
                messages.put(key, bundle.getProperty(key));
            }
            return messages;
        }
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
