package dev.errorcatalog;

import dev.errorcatalog.internal.CompiledMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The installed locales' tables and their fallback chains: each locale → its installed parents → the
 * default locale.
 *
 * <p>The default locale's messages are compiled (and checked) when the catalog is built; another locale's
 * the first time a message of it is needed, or when {@link #warnings()} is asked for. Compiling happens once
 * per locale, under this object's lock, and each problem found is logged then, once.
 */
final class LocaleTables {

    final Locale defaultLocale;
    /** Every installed locale's table; immutable. */
    final Map<Locale, LocaleTable> installed;
    /** The default locale's messages as the answer for a locale that is not installed. */
    final LocaleTable unsupported;

    private final Map<Locale, List<Locale>> chains = new HashMap<>();
    /** Bundles read but not compiled yet; guarded by this. */
    private final Map<Locale, CatalogLoader.Bundle> pending = new HashMap<>();
    /** Compiled bundles; guarded by this. */
    private final Map<Locale, Map<String, CompiledMessage>> compiled = new HashMap<>();
    /** Guarded by this. */
    private final List<String> warnings;
    /** Tables not compiled yet; when none is left, the compiled bundles are dropped. Guarded by this. */
    private int uncompiled;
    private volatile List<String> allWarnings;

    LocaleTables(List<CatalogLoader.Bundle> bundles, Locale defaultLocale, List<String> warnings) {
        this.defaultLocale = defaultLocale;
        this.warnings = warnings;
        Map<Locale, LocaleTable> tables = new LinkedHashMap<>();
        for (CatalogLoader.Bundle bundle : bundles) {
            pending.put(bundle.locale(), bundle);
            tables.put(bundle.locale(), new LocaleTable(bundle.locale(), this));
        }
        for (Locale locale : tables.keySet()) {
            chains.put(locale, chain(locale, tables.keySet(), defaultLocale));
        }
        this.installed = Map.copyOf(tables);
        this.uncompiled = tables.size();
        LocaleTable defaultTable = installed.get(defaultLocale);
        compile(defaultTable);
        this.unsupported = defaultTable.asUnsupported();
    }

    /** Fills a table's entries, compiling the bundles of its chain that are not compiled yet. */
    synchronized void compile(LocaleTable table) {
        if (table.entries[0] != MessageEntry.PENDING) {
            return;
        }
        List<Locale> chain = chains.get(table.locale);
        Map<Locale, Map<String, CompiledMessage>> sources = new HashMap<>();
        for (Locale locale : chain) {
            sources.put(locale, compiled(locale));
        }
        table.fill(chain, sources);
        if (--uncompiled == 0) {
            compiled.clear(); // the entries hold what they need
        }
    }

    private Map<String, CompiledMessage> compiled(Locale locale) {
        Map<String, CompiledMessage> messages = compiled.get(locale);
        if (messages == null) {
            CatalogLoader.Bundle bundle = pending.remove(locale);
            messages = bundle == null ? Map.of() : CatalogLoader.compile(bundle, warnings);
            compiled.put(locale, messages);
        }
        return messages;
    }

    /** Every problem found in the locale modules, after compiling the locales that were not compiled yet. */
    List<String> warnings() {
        List<String> all = allWarnings;
        if (all == null) {
            synchronized (this) {
                for (LocaleTable table : installed.values()) {
                    compile(table);
                }
                all = List.copyOf(warnings);
                allWarnings = all;
            }
        }
        return all;
    }

    /** The locales whose messages serve {@code locale}: itself, its installed parents, the default. */
    private static List<Locale> chain(Locale locale, Set<Locale> locales, Locale defaultLocale) {
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
}
