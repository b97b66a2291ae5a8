package dev.errorcatalog;

import com.ibm.icu.util.LocaleMatcher;
import dev.errorcatalog.internal.AcceptLanguage;
import dev.errorcatalog.internal.CompiledMessage;
import dev.errorcatalog.internal.Formatters;
import dev.errorcatalog.internal.PatternModel;
import dev.errorcatalog.internal.LookupCache;
import dev.errorcatalog.spi.MessageProvider;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
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

    /** The version of the code list; locale modules state the version they were written for. */
    public static final String CATALOG_VERSION = "1";

    /** Entries at most in each cache keyed by request data. */
    static final int MAX_CACHE_ENTRIES = 1024;
    private static final int MAX_CACHED_HEADER_LENGTH = 256;
    private static final int MAX_CODE_SHOWN = 64;
    private static final int MAX_PROVIDER_ERRORS = 64;

    private final Locale defaultLocale;
    private final MissingMessagePolicy policy;
    private final Map<Locale, Table> installed;
    private final Table unsupported;
    /** The installed locales, the first one found first: what the matcher chooses from. */
    private final List<Locale> supported;
    /** Made on first use: its data takes ICU long to load, and exact locales never need it. */
    private volatile LocaleMatcher matcher;
    private final List<String> warnings;
    private final LookupCache.Entry<Locale, Table>[] tablesByLocale = LookupCache.create(MAX_CACHE_ENTRIES);
    private final LookupCache.Entry<String, Locale>[] localesByHeader = LookupCache.create(MAX_CACHE_ENTRIES);

    private ErrorCatalog(Builder builder) {
        List<String> warnings = new ArrayList<>();
        Map<Locale, Map<String, CompiledMessage>> bundles = load(builder, warnings);
        if (bundles.isEmpty()) {
            throw new IllegalStateException("No error catalog locale module found. Add one, e.g. dev.errorcatalog:messages-en,"
                    + " to the class path or module path, or register a provider with ErrorCatalog.builder().addProvider(…).");
        }
        this.supported = List.copyOf(bundles.keySet());
        this.defaultLocale = installedDefault(builder.defaultLocale, bundles.keySet());
        this.policy = builder.policy;
        Map<Locale, Table> tables = new LinkedHashMap<>();
        for (Locale locale : bundles.keySet()) {
            tables.put(locale, Table.build(locale, chain(locale, bundles.keySet()), bundles));
        }
        this.installed = Map.copyOf(tables);
        this.unsupported = tables.get(defaultLocale).asUnsupported();
        this.warnings = List.copyOf(warnings);
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
     * The problems found while loading the locale modules, one line each: duplicate providers,
     * providers that failed, messages missing from or unusable in a bundle. Each was also logged once,
     * as a warning, to the {@code System.Logger} named {@code dev.errorcatalog}.
     */
    public List<String> warnings() {
        return warnings;
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
            Table table = table(desired);
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
        return render(table(locale).codes[code.ordinal()], code.code(), arguments);
    }

    /** The message of a wire code in a locale; see {@link #resolve(String, Locale, Map)}. */
    public ResolvedMessage resolve(String code, Locale locale) {
        return resolve(code, locale, Map.of());
    }

    /**
     * The message of a code as received on the wire, in a locale, formatted with named arguments.
     *
     * <p>Codes are matched exactly, then ignoring ASCII case. A code this release does not know — one
     * added upstream since, or garbage — resolves to a generic message naming it (at most 64 characters
     * of it, without control characters), reported as {@link Fallback#UNKNOWN_CODE}; a {@code null} or
     * blank code to a generic message without a code. Argument values are data: they are never read as
     * pattern syntax.
     *
     * @throws MessageResolutionException in strict mode only, if the result would be a fallback
     */
    public ResolvedMessage resolve(String code, Locale locale, Map<String, ?> arguments) {
        ErrorCode known = lookup(code);
        if (known != null) {
            return render(table(locale).codes[known.ordinal()], known.code(), arguments);
        }
        Table table = table(locale);
        String given = code == null ? "" : code;
        if (policy == MissingMessagePolicy.STRICT) {
            throw new MessageResolutionException(Fallback.UNKNOWN_CODE, "unknown error code '" + shown(given) + "'");
        }
        if (given.isBlank()) {
            Entry entry = table.unexpectedError;
            return new ResolvedMessage(given, entry.constant.text(), entry.locale, Fallback.UNKNOWN_CODE);
        }
        Entry entry = table.unknownCode;
        StringBuilder text = new StringBuilder(64);
        entry.message.format(Map.of("code", shown(given)), text);
        return new ResolvedMessage(given, text.toString(), entry.locale, Fallback.UNKNOWN_CODE);
    }

    private static ErrorCode lookup(String code) {
        if (code == null || code.length() > MAX_CODE_SHOWN) {
            return null;
        }
        // no Optional or lambda here: this is the hot path of every argument-less message, and allocates nothing
        ErrorCode exact = ErrorCode.byCode(code);
        return exact != null || !isAscii(code) ? exact : ErrorCode.byCode(code.toLowerCase(Locale.ROOT));
    }

    /** Codes are ASCII: a non-ASCII lookalike (the Kelvin sign lower-cases to {@code k}) is no code. */
    private static boolean isAscii(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String shown(String code) {
        StringBuilder shown = new StringBuilder(Math.min(code.length(), MAX_CODE_SHOWN + 1));
        code.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .limit(MAX_CODE_SHOWN + 1)
                .forEach(shown::appendCodePoint);
        if (shown.codePointCount(0, shown.length()) > MAX_CODE_SHOWN) {
            shown.setLength(shown.offsetByCodePoints(0, MAX_CODE_SHOWN));
            shown.append('…');
        }
        return shown.toString();
    }

    private ResolvedMessage render(Entry entry, String code, Map<String, ?> arguments) {
        if (entry.constant != null && policy == MissingMessagePolicy.FALLBACK) {
            return entry.constant; // the common case, kept small enough for the JIT to inline
        }
        return format(entry, code, arguments);
    }

    private ResolvedMessage format(Entry entry, String code, Map<String, ?> arguments) {
        Map<String, ?> values = arguments == null ? Map.of() : arguments;
        if (policy == MissingMessagePolicy.STRICT) {
            checkStrictly(entry, code, values);
        }
        if (entry.constant != null) {
            return entry.constant;
        }
        StringBuilder text = new StringBuilder(entry.message.pattern().length() + 16);
        boolean valid;
        try {
            valid = entry.message.format(values, text);
        } catch (RuntimeException | AssertionError e) { // ICU asserts on NaN in a plural when assertions are on
            Entry generic = table(entry.locale).unknownCode;
            text.setLength(0);
            generic.message.format(Map.of("code", code), text);
            return new ResolvedMessage(code, text.toString(), generic.locale, entry.fallback.max(Fallback.INVALID_ARGUMENTS));
        }
        return new ResolvedMessage(code, text.toString(), entry.locale,
                valid ? entry.fallback : entry.fallback.max(Fallback.INVALID_ARGUMENTS));
    }

    private static void checkStrictly(Entry entry, String code, Map<String, ?> values) {
        if (entry.fallback != Fallback.NONE) {
            throw new MessageResolutionException(entry.fallback,
                    "no " + entry.requested.toLanguageTag() + " message for '" + code + "': " + entry.fallback);
        }
        for (String name : values.keySet()) {
            if (declared(entry.key, name) == null) {
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

    private Table table(Locale requested) {
        if (requested == null) {
            return unsupported;
        }
        Table table = installed.get(requested);
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

    // ---- loading ------------------------------------------------------------------------------------

    private static Map<Locale, Map<String, CompiledMessage>> load(Builder builder, List<String> warnings) {
        List<MessageProvider> candidates = new ArrayList<>(builder.providers);
        if (builder.discover) {
            candidates.addAll(discover(builder.classLoader, warnings));
        }
        Map<Locale, MessageProvider> providers = new LinkedHashMap<>();
        for (MessageProvider provider : candidates) {
            MessageProvider winner = providers.putIfAbsent(provider.locale(), provider);
            if (winner != null) {
                warn(warnings, "Two message providers for locale " + provider.locale().toLanguageTag() + ": "
                        + winner.getClass().getName() + " is used, " + provider.getClass().getName()
                        + " is ignored (providers added to the builder come first, then those found on the"
                        + " class or module path, in the order found; the first one wins)");
            }
        }
        Map<Locale, Map<String, CompiledMessage>> bundles = new LinkedHashMap<>();
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
            if (!CATALOG_VERSION.equals(version)) {
                warn(warnings, "Message provider " + provider.getClass().getName() + " was written for catalog version "
                        + version + ", this is " + CATALOG_VERSION + "; messages it lacks fall back");
            }
            bundles.put(provider.locale(), compile(provider, patterns, warnings));
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

    private static Map<String, CompiledMessage> compile(MessageProvider provider, Map<String, String> patterns,
            List<String> warnings) {
        String tag = provider.locale().toLanguageTag();
        Formatters formatters = new Formatters(provider.locale());
        Map<String, CompiledMessage> compiled = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (MessageKey key : MessageKey.all()) {
            String pattern = patterns.get(key.key());
            if (pattern == null) {
                missing.add(key.key());
                continue;
            }
            try {
                compiled.put(key.key(), validate(key, CompiledMessage.compile(pattern, formatters)));
            } catch (RuntimeException e) { // ICU also throws IndexOutOfBoundsException, for patterns beyond its limits
                warn(warnings, "The " + tag + " message '" + key.key() + "' of " + provider.getClass().getName()
                        + " is unusable and falls back: " + e.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            warn(warnings, "The " + tag + " messages of " + provider.getClass().getName() + " lack " + missing.size()
                    + " key(s), which fall back: " + String.join(", ", missing.subList(0, Math.min(missing.size(), 10)))
                    + (missing.size() > 10 ? ", …" : ""));
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

    private static Argument declared(MessageKey key, String name) {
        for (Argument argument : key.arguments()) {
            if (argument.name().equals(name)) {
                return argument;
            }
        }
        return null;
    }

    private static void warn(List<String> warnings, String warning) {
        warnings.add(warning);
        // fetched here, not in a static field: starting the logging back end costs a fresh JVM tens of
        // milliseconds, and a catalog whose bundles are complete never logs
        System.getLogger("dev.errorcatalog").log(Level.WARNING, warning);
    }

    private Locale installedDefault(Locale requested, Set<Locale> locales) {
        if (locales.contains(requested)) {
            return requested;
        }
        LocaleMatcher.Result match = matcher().getBestLocaleResult(requested);
        if (match.getDesiredIndex() < 0) {
            throw new IllegalStateException("The default locale " + requested.toLanguageTag() + " is not installed; installed: "
                    + locales.stream().map(Locale::toLanguageTag).sorted().collect(Collectors.joining(", "))
                    + ". Add its locale module or choose another default.");
        }
        return match.getSupportedLocale();
    }

    /** The locales whose messages serve {@code locale}: itself, its installed parents, the default. */
    private List<Locale> chain(Locale locale, Set<Locale> locales) {
        List<Locale> chain = new ArrayList<>();
        for (Locale l = locale; l != null && !l.getLanguage().isEmpty(); l = parent(l)) {
            if (locales.contains(l) && !chain.contains(l)) {
                chain.add(l);
            }
        }
        if (!chain.contains(locale)) {
            chain.add(0, locale);
        }
        if (!chain.contains(defaultLocale)) {
            chain.add(defaultLocale);
        }
        return chain;
    }

    /**
     * The locale less its last part (extensions, variant, region, script), as ICU's
     * {@code ULocale.getFallback()} has it; {@code null} after the language. Plain {@code Locale} code:
     * loading {@code ULocale} costs a fresh JVM several milliseconds.
     */
    private static Locale parent(Locale l) {
        if (l.hasExtensions()) {
            return l.stripExtensions();
        }
        String language = l.getLanguage();
        String script = l.getScript();
        String region = l.getCountry();
        if (!l.getVariant().isEmpty()) {
            return script.isEmpty() ? new Locale(language, region)
                    : Locale.forLanguageTag(language + "-" + script + (region.isEmpty() ? "" : "-" + region));
        }
        if (!region.isEmpty()) {
            return script.isEmpty() ? new Locale(language) : Locale.forLanguageTag(language + "-" + script);
        }
        return script.isEmpty() ? null : new Locale(language);
    }

    // ---- tables -------------------------------------------------------------------------------------

    /** Where one code's message comes from for one requested locale, and the result if it is constant. */
    private static final class Entry {
        final CompiledMessage message;
        final Locale requested;
        final Locale locale;
        final Fallback fallback;
        final MessageKey key;
        final Map<String, ?> fixedArguments;
        final ResolvedMessage constant;

        Entry(String code, MessageKey key, CompiledMessage message, Locale requested, Locale locale,
                Fallback fallback, Map<String, ?> fixedArguments) {
            this.message = message;
            this.requested = requested;
            this.locale = locale;
            this.fallback = fallback;
            this.key = key;
            this.fixedArguments = fixedArguments;
            if (message.constantText() != null) {
                this.constant = new ResolvedMessage(code, message.constantText(), locale, fallback);
            } else if (fixedArguments != null) {
                StringBuilder text = new StringBuilder();
                message.format(fixedArguments, text);
                this.constant = new ResolvedMessage(code, text.toString(), locale, fallback);
            } else {
                this.constant = null;
            }
        }

        Entry withFallback(String code, Fallback atLeast) {
            return new Entry(code, key, message, requested, locale, fallback.max(atLeast), fixedArguments);
        }
    }

    /** Every message of one installed locale, resolved along its fallback chain. */
    private static final class Table {
        private static final Locale BUILT_IN_LOCALE = Locale.ENGLISH;
        private static final Formatters BUILT_IN =
                new Formatters(BUILT_IN_LOCALE);

        final Locale locale;
        final Entry[] codes;
        final Entry unknownCode;
        final Entry unexpectedError;

        private Table(Locale locale, Entry[] codes, Entry unknownCode, Entry unexpectedError) {
            this.locale = locale;
            this.codes = codes;
            this.unknownCode = unknownCode;
            this.unexpectedError = unexpectedError;
        }

        static Table build(Locale locale, List<Locale> chain, Map<Locale, Map<String, CompiledMessage>> bundles) {
            Entry unknownCode = find(MessageKey.UNKNOWN_CODE, MessageKey.UNKNOWN_CODE.key(), locale, chain, bundles);
            if (unknownCode == null) {
                unknownCode = builtIn(MessageKey.UNKNOWN_CODE, "An unexpected error occurred (error code: {code}).", locale);
            }
            Entry unexpected = find(MessageKey.UNEXPECTED_ERROR, MessageKey.UNEXPECTED_ERROR.key(), locale, chain, bundles);
            if (unexpected == null) {
                unexpected = builtIn(MessageKey.UNEXPECTED_ERROR, "An unexpected error occurred.", locale);
            }
            ErrorCode[] all = ErrorCode.values();
            Entry[] codes = new Entry[all.length];
            for (ErrorCode code : all) {
                Entry entry = find(code.key(), code.code(), locale, chain, bundles);
                codes[code.ordinal()] = entry != null ? entry
                        : new Entry(code.code(), code.key(), unknownCode.message, locale, unknownCode.locale,
                                Fallback.MISSING_MESSAGE, Map.of("code", code.code()));
            }
            return new Table(locale, codes, unknownCode, unexpected);
        }

        private static Entry find(MessageKey key, String code, Locale locale, List<Locale> chain,
                Map<Locale, Map<String, CompiledMessage>> bundles) {
            for (Locale source : chain) {
                CompiledMessage message = bundles.getOrDefault(source, Map.of()).get(key.key());
                if (message != null) {
                    return new Entry(code, key, message, locale, source,
                            source.equals(locale) ? Fallback.NONE : Fallback.MISSING_MESSAGE, null);
                }
            }
            return null;
        }

        private static Entry builtIn(MessageKey key, String pattern, Locale locale) {
            return new Entry(key.key(), key, CompiledMessage.compile(pattern, BUILT_IN), locale, BUILT_IN_LOCALE,
                    Fallback.MISSING_MESSAGE, null);
        }

        /** This table as the answer for a locale that is not installed. */
        Table asUnsupported() {
            Entry[] copies = new Entry[codes.length];
            for (ErrorCode code : ErrorCode.values()) {
                copies[code.ordinal()] = codes[code.ordinal()].withFallback(code.code(), Fallback.UNSUPPORTED_LOCALE);
            }
            return new Table(locale, copies, unknownCode, unexpectedError);
        }
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

        /** The class loader to find locale modules with; the one that loaded this library unless set. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Loads and compiles every message of every locale.
         *
         * @throws IllegalStateException if no locale module is found, or the default locale is not installed
         */
        public ErrorCatalog build() {
            return new ErrorCatalog(this);
        }
    }
}
