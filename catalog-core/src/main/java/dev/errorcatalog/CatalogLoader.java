package dev.errorcatalog;

import dev.errorcatalog.internal.CompiledMessage;
import dev.errorcatalog.internal.Formatters;
import dev.errorcatalog.internal.PatternModel;
import dev.errorcatalog.spi.MessageProvider;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the locale modules, reads their messages and compiles them, reporting each problem once as a warning.
 * Nothing here throws because of a provider: a failing one is skipped, a broken message left out.
 */
final class CatalogLoader {

    private static final int MAX_PROVIDER_ERRORS = 64;
    private static final int MAX_KEYS_NAMED = 10;

    /** One locale module's messages as read, not yet compiled. */
    record Bundle(MessageProvider provider, Locale locale, Map<String, String> patterns) {
    }

    private CatalogLoader() {
    }

    /**
     * The bundles of the providers added to the builder, then of those found with {@code ServiceLoader}, one
     * per locale (the first provider of a locale wins), in that order.
     */
    static List<Bundle> load(List<MessageProvider> added, boolean discover, boolean pseudoLocales, ClassLoader classLoader, List<String> warnings) {
        List<MessageProvider> candidates = new ArrayList<>(added);
        if (discover) {
            candidates.addAll(discover(classLoader, warnings));
        }
        Map<Locale, MessageProvider> providers = new LinkedHashMap<>();
        for (MessageProvider provider : candidates) {
            if (!pseudoLocales && isPseudoLocale(provider.locale())) {
                continue; // messages-pseudo on the class path: served only when the builder asks for it
            }
            MessageProvider winner = providers.putIfAbsent(provider.locale(), provider);
            if (winner != null) {
                warn(warnings, "Two message providers for locale " + provider.locale().toLanguageTag() + ": "
                        + winner.getClass().getName() + " is used, " + provider.getClass().getName()
                        + " is ignored (providers added to the builder come first, then those found on the"
                        + " class or module path, in the order found; the first one wins)");
            }
        }
        List<Bundle> bundles = new ArrayList<>();
        for (MessageProvider provider : providers.values()) {
            Map<String, String> patterns;
            String version;
            try {
                patterns = Objects.requireNonNull(provider.messages(), "messages() returned null");
                version = provider.catalogVersion();
            } catch (Exception | LinkageError e) {
                warn(warnings, "Message provider " + provider.getClass().getName() + " for locale "
                        + provider.locale().toLanguageTag() + " failed and is skipped: " + e);
                continue;
            }
            checkCompleteness(provider, version, patterns, inheritsFromInstalled(provider.locale(), providers.keySet()), warnings);
            bundles.add(new Bundle(provider, provider.locale(), patterns));
        }
        return bundles;
    }

    private static List<MessageProvider> discover(ClassLoader classLoader, List<String> warnings) {
        List<MessageProvider> found = new ArrayList<>();
        Iterator<MessageProvider> providers = ServiceLoader.load(MessageProvider.class, classLoader).iterator();
        for (int errors = 0; errors < MAX_PROVIDER_ERRORS;) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                MessageProvider provider = providers.next();
                Objects.requireNonNull(provider.locale(), "locale()");
                found.add(provider);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                errors++;
                warn(warnings, "A message provider could not be loaded and is skipped: " + e);
            }
        }
        return found;
    }

    /**
     * One warning for a provider that lacks keys or was written for another catalog version: a module of an
     * older version lacks the codes added since, and saying so twice would only be noise.
     */
    private static void checkCompleteness(MessageProvider provider, String version, Map<String, String> patterns,
            boolean regional, List<String> warnings) {
        List<String> missing = new ArrayList<>();
        for (MessageKey key : MessageKey.all()) {
            if (!patterns.containsKey(key.key())) {
                missing.add(key.key());
            }
        }
        String name = provider.getClass().getName();
        String tag = provider.locale().toLanguageTag();
        if (!ErrorCatalog.CATALOG_VERSION.equals(version)) {
            warn(warnings, "Message provider " + name + " for locale " + tag + " was written for catalog version "
                    + version + ", this is " + ErrorCatalog.CATALOG_VERSION + (missing.isEmpty()
                            ? "; it has every key of this version"
                            : ": it lacks " + missing.size() + " of this version's " + MessageKey.all().size()
                                    + " keys, which fall back: " + named(missing)));
        } else if (!missing.isEmpty() && !regional) { // a regional module lacks what its installed parent serves
            warn(warnings, "The " + tag + " messages of " + name + " lack " + missing.size()
                    + " key(s), which fall back: " + named(missing));
        }
    }

    /** The pseudo-locales of {@code messages-pseudo}: {@code en-XA}, {@code ar-XB} (and CLDR's {@code XC}). */
    private static boolean isPseudoLocale(Locale locale) {
        String region = locale.getCountry();
        return region.equals("XA") || region.equals("XB") || region.equals("XC");
    }

    /** Whether a locale with a region, script or variant ({@code es-MX}) has an installed ancestor ({@code es}). */
    private static boolean inheritsFromInstalled(Locale locale, java.util.Set<Locale> installed) {
        try {
            for (Locale l = locale; !l.getCountry().isEmpty() || !l.getScript().isEmpty() || !l.getVariant().isEmpty();) {
                l = !l.getVariant().isEmpty() ? new Locale.Builder().setLocale(l).setVariant("").build()
                        : !l.getCountry().isEmpty() ? new Locale.Builder().setLocale(l).setRegion("").build()
                        : new Locale.Builder().setLocale(l).setScript("").build();
                if (installed.contains(l)) {
                    return true;
                }
            }
        } catch (java.util.IllformedLocaleException e) {
            // a legacy locale (ja_JP_JP): warn about what it lacks, as for any other
        }
        return false;
    }

    private static String named(List<String> keys) {
        return String.join(", ", keys.subList(0, Math.min(keys.size(), MAX_KEYS_NAMED)))
                + (keys.size() > MAX_KEYS_NAMED ? ", …" : "");
    }

    /** Compiles and checks a bundle's messages; an unusable one is left out with a warning, and falls back. */
    static Map<String, CompiledMessage> compile(Bundle bundle, List<String> warnings) {
        String tag = bundle.locale().toLanguageTag();
        Formatters formatters = new Formatters(bundle.locale());
        Map<String, CompiledMessage> compiled = new HashMap<>();
        for (MessageKey key : MessageKey.all()) {
            String pattern = bundle.patterns().get(key.key());
            if (pattern == null) {
                continue; // reported when the bundle was read
            }
            try {
                compiled.put(key.key(), validate(key, CompiledMessage.compile(pattern, formatters)));
            } catch (RuntimeException e) { // ICU also throws IndexOutOfBoundsException, for patterns beyond its limits
                warn(warnings, "The " + tag + " message '" + key.key() + "' of " + bundle.provider().getClass().getName()
                        + " is unusable and falls back: " + e.getMessage());
            }
        }
        return compiled;
    }

    private static CompiledMessage validate(MessageKey key, CompiledMessage message) {
        if (message.pattern().indexOf('\uFFFD') >= 0) {
            throw new IllegalArgumentException("it contains U+FFFD: the bundle is not valid UTF-8");
        }
        for (Map.Entry<String, PatternModel.Kind> use : message.arguments().entrySet()) {
            Argument declared = declared(key, use.getKey());
            if (declared == null) {
                throw new IllegalArgumentException("it uses argument '" + use.getKey() + "', which the code does not declare");
            }
            // a number serves every kind of argument (a date takes it as milliseconds); text serves only text
            if (declared.type() == ArgumentType.TEXT && !use.getValue().takesText()) {
                throw new IllegalArgumentException("it uses argument '" + use.getKey() + "' as a " + use.getValue()
                        .id() + ", but the code declares a " + declared.type());
            }
        }
        return message;
    }

    static Argument declared(MessageKey key, String name) {
        for (Argument argument : key.arguments()) {
            if (argument.name().equals(name)) {
                return argument;
            }
        }
        return null;
    }

    static void warn(List<String> warnings, String warning) {
        warnings.add(warning);
        // fetched here, not in a static field: starting the logging back end costs a fresh JVM tens of
        // milliseconds, and a catalog whose bundles are complete never logs
        System.getLogger("dev.errorcatalog").log(Level.WARNING, warning);
    }
}
