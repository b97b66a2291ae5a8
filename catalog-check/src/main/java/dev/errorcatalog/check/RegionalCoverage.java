package dev.errorcatalog.check;

import dev.errorcatalog.spi.MessageProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Regional bundles ({@code es-MX}, {@code de-CH}, {@code zh-Hant-TW}) that override a few messages of their
 * parent locale: a key such a bundle lacks is served from the parent at run time (the catalog's fallback
 * chain), so it is inherited, not missing, when the parent's bundle has it. The parent is the nearest
 * ancestor ({@code zh-Hant-TW} → {@code zh-Hant} → {@code zh}) among the checked bundles, else among the
 * locale modules on the class path.
 */
final class RegionalCoverage {

    private RegionalCoverage() {
    }

    /** Drops the missing keys that a parent provides and counts them in the summaries, in place. */
    static void apply(List<Bundles.Bundle> bundles, List<Finding> findings, List<LocaleSummary> summaries) {
        java.util.Set<Locale> ancestors = new java.util.HashSet<>();
        for (Bundles.Bundle bundle : bundles) {
            for (Locale l = parent(bundle.locale()); l != null; l = parent(l)) {
                ancestors.add(l);
            }
        }
        if (ancestors.isEmpty()) {
            return; // no regional bundle: nothing to inherit, nothing to parse again
        }
        Map<Locale, Map<String, String>> known = new HashMap<>();
        for (Bundles.Bundle bundle : bundles) {
            if (ancestors.contains(bundle.locale()) && !known.containsKey(bundle.locale())) {
                Map<String, String> messages = new HashMap<>();
                BundleFile.parse(bundle.bytes()).byKey.forEach((key, entry) -> messages.put(key, entry.value()));
                known.put(bundle.locale(), messages);
            }
        }
        Map<Locale, Map<String, String>> providers = null;
        for (Bundles.Bundle bundle : bundles) {
            if (parent(bundle.locale()) == null) {
                continue;
            }
            Locale parent = null;
            Map<String, String> inherited = null;
            for (Locale l = parent(bundle.locale()); l != null && inherited == null; l = parent(l)) {
                inherited = known.get(l);
                if (inherited == null) {
                    if (providers == null) {
                        providers = providers();
                    }
                    inherited = providers.get(l);
                }
                parent = l;
            }
            if (inherited == null) {
                continue;
            }
            Map<String, String> from = inherited;
            String file = bundle.file();
            String tag = bundle.locale().toLanguageTag();
            int before = findings.size();
            findings.removeIf(f -> f.id() == CheckId.MISSING_KEY && f.file().equals(file) && f.locale().equals(tag)
                    && from.get(f.key()) != null && !from.get(f.key()).isBlank());
            int count = before - findings.size();
            for (int i = 0; i < summaries.size(); i++) {
                LocaleSummary s = summaries.get(i);
                if (s.file().equals(file)) {
                    summaries.set(i, new LocaleSummary(s.locale(), s.file(), s.keys(), s.translated() + count,
                            parent.toLanguageTag(), count));
                }
            }
        }
    }

    /** The locale less its last part, as ICU's {@code ULocale.getFallback()} and the catalog's chain have it. */
    static Locale parent(Locale locale) {
        if (!locale.getVariant().isEmpty()) {
            return new Locale.Builder().setLocale(locale).setVariant("").build();
        }
        if (!locale.getCountry().isEmpty()) {
            return new Locale.Builder().setLocale(locale).setRegion("").build();
        }
        if (!locale.getScript().isEmpty()) {
            return new Locale.Builder().setLocale(locale).setScript("").build();
        }
        return null;
    }

    private static Map<Locale, Map<String, String>> providers() {
        Map<Locale, Map<String, String>> found = new HashMap<>();
        java.util.Iterator<MessageProvider> it = ServiceLoader.load(MessageProvider.class, RegionalCoverage.class.getClassLoader()).iterator();
        for (int errors = 0; errors < 64;) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                MessageProvider provider = it.next();
                found.putIfAbsent(provider.locale(), provider.messages());
            } catch (Exception | java.util.ServiceConfigurationError e) {
                errors++; // a broken module is no parent; its own check reports it
            }
        }
        return found;
    }
}
