package dev.errorcatalog;

import com.ibm.icu.util.LocaleMatcher;
import dev.errorcatalog.internal.AcceptLanguage;
import dev.errorcatalog.internal.LookupCache;
import dev.errorcatalog.spi.MessageProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves error codes to user-facing messages in the user's language.
 *
 * <p>Build one catalog when the application starts and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * ErrorCatalog catalog = ErrorCatalog.create();              // finds the installed locale modules
 * Locale locale = catalog.negotiate(request.getHeader("Accept-Language"));
 * ResolvedMessage message = catalog.resolve("purchased_too_recently", locale,
 *         Map.of("waitDays", 14, "trialWaitDays", 30));
 * response.setHeader("Content-Language", message.languageTag());
 * }</pre>
 *
 * <p>A message is looked up in the installed locale that best matches the requested one, then in that
 * locale's parents, then in the {@linkplain Builder#defaultLocale(Locale) default locale}; a code the
 * catalog does not know gets a generic message that names it. What happened is reported in
 * {@link ResolvedMessage#fallback()}; in {@link MissingMessagePolicy#STRICT strict} mode it throws
 * instead. The JVM's default locale plays no part.
 *
 * @since 0.1
 */
public final class ErrorCatalog {

    /**
     * The version of the code list; locale modules state the version they were written for. Version 1
     * had the 181 codes of the seed, version 2 adds 72 (253 in all). A module written for an older
     * version still loads: its messages are served and the codes it lacks fall back.
     */
    public static final String CATALOG_VERSION = "2";

    /** Entries at most in each cache keyed by request data. */
    static final int MAX_CACHE_ENTRIES = 1024;
    private static final int MAX_CACHED_HEADER_LENGTH = 256;

    private final Locale defaultLocale;
    private final MissingMessagePolicy policy;
    private final LocaleTables tables;
    private final Map<Locale, LocaleTable> installed;
    private final LocaleTable unsupported;
    /** The installed locales, the first one found first: what the matcher chooses from. */
    private final List<Locale> supported;
    /** Made on first use: its data takes ICU long to load, and exact locales never need it. */
    private volatile LocaleMatcher matcher;
    private final LookupCache.Entry<Locale, LocaleTable>[] tablesByLocale = LookupCache.create(MAX_CACHE_ENTRIES);
    private final LookupCache.Entry<String, Locale>[] localesByHeader = LookupCache.create(MAX_CACHE_ENTRIES);

    private ErrorCatalog(Builder builder) {
        List<String> warnings = new ArrayList<>();
        List<CatalogLoader.Bundle> bundles = CatalogLoader.load(builder.providers, builder.discover, builder.pseudoLocales, builder.classLoader,
                warnings);
        if (bundles.isEmpty()) {
            throw new IllegalStateException("No error catalog locale module found. Add one, e.g. dev.errorcatalog:messages-en,"
                    + " to the class path or module path, or register a provider with ErrorCatalog.builder().addProvider(…).");
        }
        List<Locale> locales = new ArrayList<>();
        for (CatalogLoader.Bundle bundle : bundles) {
            locales.add(bundle.locale());
        }
        this.supported = List.copyOf(locales);
        this.defaultLocale = installedDefault(builder.defaultLocale);
        this.policy = builder.policy;
        this.tables = new LocaleTables(bundles, defaultLocale, warnings);
        this.installed = tables.installed;
        this.unsupported = tables.unsupported;
    }

    /** A catalog with the default settings: English default, fallback policy, discovered locale modules. */
    public static ErrorCatalog create() {
        return builder().build();
    }

    /** A builder for a catalog with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The installed locales, sorted by language tag. */
    public Set<Locale> locales() {
        return installed.keySet().stream()
                .sorted(Comparator.comparing(Locale::toLanguageTag))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The locale used when nothing else matches. */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    /** The missing-message policy. */
    public MissingMessagePolicy missingMessagePolicy() {
        return policy;
    }

    /**
     * The problems found in the locale modules, one line each: duplicate providers, providers that failed,
     * messages missing from or unusable in a bundle. Each is also logged once, as a warning, to the
     * {@code System.Logger} named {@code dev.errorcatalog}.
     *
     * <p>Providers and missing messages are checked when the catalog is built, and so is every message of
     * the default locale; another locale's messages are compiled and checked the first time one of them is
     * needed. Calling this method checks every locale not checked yet, so calling it at start-up (a health
     * check, a test) reports everything then.
     */
    public List<String> warnings() {
        return tables.warnings();
    }

    /**
     * The installed locale that best serves an {@code Accept-Language} header, or the default locale.
     *
     * <p>Never throws: {@code null}, malformed items and garbage are skipped, languages with
     * {@code q=0} are excluded, and only a bounded prefix of a long header is read.
     */
    public Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null) {
            return defaultLocale;
        }
        // looking up a long header costs one pass to hash it, linear in what the client sent; only short
        // headers are ever stored
        Locale cached = LookupCache.get(localesByHeader, acceptLanguage);
        return cached != null ? cached : negotiateUncached(acceptLanguage);
    }

    // the cache miss in its own method keeps negotiate() small enough for the JIT to inline into callers
    private Locale negotiateUncached(String acceptLanguage) {
        Locale negotiated = defaultLocale;
        AcceptLanguage header = AcceptLanguage.parse(acceptLanguage);
        for (Locale desired : header.preferred()) {
            LocaleTable table = table(desired);
            if (table != unsupported && !header.excludes(table.locale)) {
                negotiated = table.locale;
                break;
            }
        }
        if (acceptLanguage.length() <= MAX_CACHED_HEADER_LENGTH) {
            LookupCache.put(localesByHeader, acceptLanguage, negotiated);
        }
        return negotiated;
    }

    /** The message of a code in a locale; see {@link #resolve(String, Locale, Map)}. */
    public ResolvedMessage resolve(ErrorCode code, Locale locale) {
        return resolve(code, locale, Map.of());
    }

    /**
     * The message of a code in a locale, formatted with named arguments.
     *
     * @param code the code
     * @param locale the requested locale; {@code null} means the default locale, reported as
     *     {@link Fallback#UNSUPPORTED_LOCALE}
     * @param arguments values for the code's {@linkplain ErrorCode#arguments() declared arguments};
     *     {@code null} means none
     * @throws MessageResolutionException in strict mode only, if the result would be a fallback
     */
    public ResolvedMessage resolve(ErrorCode code, Locale locale, Map<String, ?> arguments) {
        Objects.requireNonNull(code, "code");
        return render(table(locale), code.ordinal(), code.code(), arguments);
    }

    /** The message of a wire code in a locale; see {@link #resolve(String, Locale, Map)}. */
    public ResolvedMessage resolve(String code, Locale locale) {
        return resolve(code, locale, Map.of());
    }

    /**
     * The message of a code as received on the wire, in a locale, formatted with named arguments.
     *
     * <p>Codes are matched exactly, then ignoring ASCII case. A code that SignalWire has
     * {@linkplain ErrorCode#renames() renamed} resolves, matched the same way, to its successor's message:
     * the result reports the successor as its {@linkplain ResolvedMessage#code() code}, the code given in
     * {@link ResolvedMessage#renamedFrom()}, and no fallback. A code this release does not know — one
     * added upstream since, or garbage — resolves to a generic message naming it (at most 64 characters
     * of it, without control characters), reported as {@link Fallback#UNKNOWN_CODE}; a {@code null} or
     * blank code to a generic message without a code. Argument values are data: they are never read as
     * pattern syntax.
     *
     * @throws MessageResolutionException in strict mode only, if the result would be a fallback
     */
    public ResolvedMessage resolve(String code, Locale locale, Map<String, ?> arguments) {
        ErrorCode known = Codes.lookup(code);
        if (known != null) {
            return render(table(locale), known.ordinal(), known.code(), arguments);
        }
        return resolveNotCurrent(code, locale, arguments);
    }

    // a code that is not current, in its own method: keeps resolve() small enough for the JIT to inline
    private ResolvedMessage resolveNotCurrent(String code, Locale locale, Map<String, ?> arguments) {
        ErrorCode successor = Codes.lookupRenamed(code);
        if (successor != null) {
            return render(table(locale), successor.ordinal(), successor.code(), arguments).asRenamedFrom(code);
        }
        LocaleTable table = table(locale);
        String given = code == null ? "" : code;
        if (policy == MissingMessagePolicy.STRICT) {
            throw new MessageResolutionException(Fallback.UNKNOWN_CODE, "unknown error code '" + Codes.shown(given) + "'");
        }
        if (given.isBlank()) {
            MessageEntry entry = table.entry(LocaleTable.UNEXPECTED_ERROR);
            return new ResolvedMessage(given, entry.text(Map.of()), entry.locale, Fallback.UNKNOWN_CODE);
        }
        MessageEntry entry = table.entry(LocaleTable.UNKNOWN_CODE);
        return new ResolvedMessage(given, entry.text(Map.of("code", Codes.shown(given))), entry.locale, Fallback.UNKNOWN_CODE);
    }

    private ResolvedMessage render(LocaleTable table, int index, String code, Map<String, ?> arguments) {
        MessageEntry entry = table.entries[index];
        if (entry.constant != null && policy == MissingMessagePolicy.FALLBACK) {
            return entry.constant; // the common case, kept small enough for the JIT to inline
        }
        return format(table.entry(index), table.locale, code, arguments);
    }

    private ResolvedMessage format(MessageEntry entry, Locale requested, String code, Map<String, ?> arguments) {
        Map<String, ?> values = arguments == null ? Map.of() : arguments;
        if (policy == MissingMessagePolicy.STRICT) {
            checkStrictly(entry, requested, code, values);
        }
        if (entry.constant != null) {
            return entry.constant;
        }
        StringBuilder text = new StringBuilder(entry.message.pattern().length() + 16);
        boolean valid;
        try {
            valid = entry.message.format(values, text);
        } catch (RuntimeException | AssertionError e) { // ICU asserts on NaN in a plural when assertions are on
            MessageEntry generic = table(entry.locale).entry(LocaleTable.UNKNOWN_CODE);
            return new ResolvedMessage(code, generic.text(Map.of("code", code)), generic.locale,
                    entry.fallback.max(Fallback.INVALID_ARGUMENTS));
        }
        return new ResolvedMessage(code, text.toString(), entry.locale,
                valid ? entry.fallback : entry.fallback.max(Fallback.INVALID_ARGUMENTS));
    }

    private static void checkStrictly(MessageEntry entry, Locale requested, String code, Map<String, ?> values) {
        if (entry.fallback != Fallback.NONE) {
            throw new MessageResolutionException(entry.fallback,
                    "no " + requested.toLanguageTag() + " message for '" + code + "': " + entry.fallback);
        }
        for (String name : values.keySet()) {
            if (CatalogLoader.declared(entry.key, name) == null) {
                throw new MessageResolutionException(Fallback.INVALID_ARGUMENTS,
                        "'" + code + "' takes no argument '" + name + "'; it takes " + entry.key.arguments());
            }
        }
        for (Argument argument : entry.key.arguments()) {
            Object value = values.get(argument.name());
            if (!argument.type().accepts(value)) {
                throw new MessageResolutionException(Fallback.INVALID_ARGUMENTS, "argument '" + argument.name() + "' of '"
                        + code + "' must be a " + argument.type() + ", got " + (value == null ? "none" : value.getClass().getSimpleName()));
            }
        }
    }

    private LocaleTable table(Locale requested) {
        if (requested == null) {
            return unsupported;
        }
        LocaleTable table = installed.get(requested);
        if (table == null) {
            table = LookupCache.get(tablesByLocale, requested);
        }
        if (table == null) {
            LocaleMatcher.Result match = matcher().getBestLocaleResult(requested);
            table = match.getDesiredIndex() < 0 ? unsupported : installed.get(match.getSupportedLocale());
            LookupCache.put(tablesByLocale, requested, table);
        }
        return table;
    }

    private LocaleMatcher matcher() {
        LocaleMatcher m = matcher;
        if (m == null) {
            // racing threads may each build one: it is immutable, so whichever is kept is fine
            m = LocaleMatcher.builder().setSupportedLocales(supported).setDefaultLocale(supported.get(0)).build();
            matcher = m;
        }
        return m;
    }

    private Locale installedDefault(Locale requested) {
        if (supported.contains(requested)) {
            return requested;
        }
        LocaleMatcher.Result match = matcher().getBestLocaleResult(requested);
        if (match.getDesiredIndex() < 0) {
            throw new IllegalStateException("The default locale " + requested.toLanguageTag() + " is not installed; installed: "
                    + supported.stream().map(Locale::toLanguageTag).sorted().collect(Collectors.joining(", "))
                    + ". Add its locale module or choose another default.");
        }
        return match.getSupportedLocale();
    }

    // ---- builder ------------------------------------------------------------------------------------

    /**
     * Settings for an {@link ErrorCatalog}. Not thread-safe; the catalog it builds is.
     *
     * @since 0.1
     */
    public static final class Builder {
        private Locale defaultLocale = Locale.ENGLISH;
        private MissingMessagePolicy policy = MissingMessagePolicy.FALLBACK;
        private final List<MessageProvider> providers = new ArrayList<>();
        private boolean discover = true;
        private boolean pseudoLocales;
        private ClassLoader classLoader = ErrorCatalog.class.getClassLoader();

        private Builder() {
        }

        /** The locale of last resort, English unless set; it must be installed (or match one that is). */
        public Builder defaultLocale(Locale locale) {
            this.defaultLocale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** What to do when a message cannot be resolved exactly; {@link MissingMessagePolicy#FALLBACK} unless set. */
        public Builder missingMessagePolicy(MissingMessagePolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Adds a provider; for its locale it wins over discovered ones, and over providers added after it. */
        public Builder addProvider(MessageProvider provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Whether to find locale modules with {@link ServiceLoader}; true unless set. */
        public Builder discoverProviders(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * Whether to serve the pseudo-locales {@code en-XA} (accented, longer) and {@code ar-XB} (right to left)
         * of the module {@code messages-pseudo}, for QA; false unless set. When false their providers are skipped
         * without a warning, so the module can be on the class path of every build.
         *
         * @since 0.2
         */
        public Builder pseudoLocales(boolean enabled) {
            this.pseudoLocales = enabled;
            return this;
        }

        /** The class loader to find locale modules with; the one that loaded this library unless set. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Reads every locale module and compiles and checks the default locale's messages; another locale's
         * are compiled on first use, or by {@link ErrorCatalog#warnings()}.
         *
         * @throws IllegalStateException if no locale module is found, or the default locale is not installed
         */
        public ErrorCatalog build() {
            return new ErrorCatalog(this);
        }
    }
}
