package dev.errorcatalog.check;

import com.ibm.icu.util.ULocale;
import dev.errorcatalog.check.BundleFile.Entry;
import dev.errorcatalog.check.Bundles.Bundle;
import dev.errorcatalog.check.MessageChecks.Expected;
import dev.errorcatalog.check.MessageChecks.Issue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The check of one bundle file, one step per concern: the raw file, line continuations, the keys (missing,
 * extra, misspelt), then each message. Every finding about a message names its key.
 */
final class BundleCheck {

    /** What one bundle is checked against: its group's expected keys and source texts. */
    record Source(Map<String, Expected> expected, Map<String, String> texts, Locale locale, boolean catalog) {
    }

    /** The findings and summary of one bundle. */
    record Checked(List<Finding> findings, LocaleSummary summary) {
    }

    private final Checker checker;
    private final Bundle bundle;
    private final BundleFile file;
    private final Source source;
    private final String tag;
    private final String name;
    private final List<Finding> findings = new ArrayList<>();
    /** Expected keys that a trailing backslash pulled into the message before them. */
    private final Map<String, BundleFile.Continuation> swallowed = new HashMap<>();
    /** Keys as written that are a case variant or near miss of an expected key. */
    private final Set<String> typos = new HashSet<>();

    private BundleCheck(Checker checker, Bundle bundle, Source source) {
        this.checker = checker;
        this.bundle = bundle;
        this.file = BundleFile.parse(bundle.bytes());
        this.source = source;
        this.tag = bundle.locale().toLanguageTag();
        this.name = bundle.file();
    }

    static Checked run(Checker checker, Bundle bundle, Source source) {
        BundleCheck check = new BundleCheck(checker, bundle, source);
        check.fileProblems();
        check.continuations();
        check.keys();
        int translated = check.messages();
        return new Checked(check.findings, new LocaleSummary(check.tag, check.name, source.expected().size(), translated));
    }

    /** Encoding, byte order mark, malformed escapes and duplicate keys, as found while reading the file. */
    private void fileProblems() {
        for (BundleFile.Problem problem : file.problems) {
            add(problem.id(), problem.key(), problem.line(), problem.column(), problem.message());
        }
    }

    /** A trailing backslash: a finding on the key that swallows the next line, whatever that line holds. */
    private void continuations() {
        for (BundleFile.Continuation c : file.continuations) {
            String lost = c.swallowedKey();
            boolean swallowsKey = lost != null && source.expected().containsKey(lost) && !file.byKey.containsKey(lost);
            if (swallowsKey) {
                swallowed.put(lost, c);
            }
            add(CheckId.LINE_CONTINUATION, c.key(), c.line(), c.column(), "the line ends in a backslash, so line " + c.swallowedLine()
                    + " ('" + abbreviate(c.swallowedText()) + "') becomes part of the message of '" + c.key() + "'"
                    + (swallowsKey ? " and key '" + lost + "' is missing" : "") + ": remove the backslash (write \\\\ for a literal backslash)");
        }
    }

    /**
     * Every expected key the runtime will lack is a {@code missing_key}, every key it will not use an {@code extra_key};
     * a misspelt key is both, linked by {@code key_case_or_typo}.
     */
    private void keys() {
        Set<String> missing = new LinkedHashSet<>();
        for (String key : source.expected().keySet()) {
            if (!file.byKey.containsKey(key)) {
                missing.add(key);
            }
        }
        Map<String, Entry> misspelt = new HashMap<>();
        List<String> candidates = missing.stream().filter(k -> !swallowed.containsKey(k)).toList();
        for (Entry entry : file.byKey.values()) {
            if (source.expected().containsKey(entry.key())) {
                continue;
            }
            String match = nearMiss(entry.key(), candidates);
            if (match != null && !misspelt.containsKey(match)) {
                misspelt.put(match, entry);
                typos.add(entry.key());
                add(CheckId.KEY_CASE_OR_TYPO, entry.key(), entry.line(), entry.column(), "key '" + entry.key() + "' is not declared; did you mean '"
                        + match + "'" + (match.equalsIgnoreCase(entry.key()) ? " (keys are case-sensitive)" : "") + "? Rename it");
            }
            add(CheckId.EXTRA_KEY, entry.key(), entry.line(), entry.column(), "key '" + entry.key() + "' is not "
                    + (source.catalog() ? "a code of the catalog" : "in the source bundle") + ": " + (match != null
                            ? "rename it to '" + match + "'" : "delete it (or add it to the " + (source.catalog() ? "catalog" : "source") + " first)"));
        }
        Entry previous = null;
        for (String key : source.expected().keySet()) {
            Entry entry = file.byKey.get(key);
            if (entry != null) {
                previous = entry;
                continue;
            }
            BundleFile.Continuation c = swallowed.get(key);
            Entry typo = misspelt.get(key);
            String text = source.texts().get(key);
            if (c != null) {
                add(CheckId.MISSING_KEY, key, c.swallowedLine(), 1, "key '" + key + "' is missing: the backslash at the end of line " + c.line()
                        + " makes this line part of the message of '" + c.key() + "'; remove that backslash");
            } else if (typo != null) {
                add(CheckId.MISSING_KEY, key, typo.line(), typo.column(), "key '" + key + "' is missing: this line defines '" + typo.key()
                        + "' instead; rename it to '" + key + "'");
            } else {
                add(CheckId.MISSING_KEY, key, BundleFile.lineAfter(previous), 0, "key '" + key + "' is missing: add " + key + "=…"
                        + (text == null ? "" : " (source: \"" + abbreviate(text) + "\")") + (previous == null ? "" : " after '" + previous.key() + "'"));
            }
        }
    }

    /** Each message: empty, pattern and arguments, untranslated, whitespace. Returns how many expected keys are translated. */
    private int messages() {
        MessageChecks.LocaleRules rules = new MessageChecks.LocaleRules(ULocale.forLocale(bundle.locale()));
        boolean isSource = bundle.locale().getLanguage().equals(source.locale().getLanguage());
        Set<String> allowed = new HashSet<>(bundle.allowlist());
        allowed.addAll(checker.allowlist(tag));
        int translated = 0;
        for (Entry entry : file.byKey.values()) {
            String key = entry.key();
            String value = entry.value();
            String text = source.texts().get(key);
            boolean known = source.expected().containsKey(key);
            if (value.isBlank()) {
                if (text == null || !text.isBlank()) {
                    add(CheckId.EMPTY_VALUE, key, entry.line(), entry.column(), "the message of '" + key + "' is empty: translate it"
                            + (text == null ? "" : " (source: \"" + abbreviate(text) + "\")"));
                }
                continue;
            }
            if (!typos.contains(key)) {
                for (Issue issue : MessageChecks.check(value, rules, known ? source.expected().get(key) : null, isSource ? null : text)) {
                    int[] at = entry.position(issue.offset());
                    add(issue.id(), key, at[0], at[1], issue.message());
                }
            }
            boolean copy = false;
            if (!isSource && text != null) {
                copy = value.equals(text) && text.codePoints().anyMatch(Character::isLetter) && !allowed.contains(key);
                if (copy) {
                    add(CheckId.UNTRANSLATED, key, entry.line(), entry.column(), "the message of '" + key + "' is the untranslated source text:"
                            + " translate it, or list the key in " + Bundles.allowlistName(name.substring(name.lastIndexOf('/') + 1))
                            + " if it is the same in " + tag);
                } else if (!leading(value).equals(leading(text)) || !trailing(value).equals(trailing(text))) {
                    add(CheckId.WHITESPACE_MISMATCH, key, entry.line(), entry.column(), "leading or trailing whitespace of '" + key
                            + "' differs from the source (" + visible(leading(value)) + "…" + visible(trailing(value)) + " vs "
                            + visible(leading(text)) + "…" + visible(trailing(text)) + "): match the source");
                }
            }
            if (known && !copy) {
                translated++;
                if (!isSource && bundle.lock().isStale(key, text)) {
                    add(CheckId.STALE_TRANSLATION, key, entry.line(), entry.column(), "the English text of '" + key
                            + "' changed since it was translated (was: \"" + abbreviate(bundle.lock().get(key).source()) + "\", now: \""
                            + abbreviate(text) + "\"): update the translation (export-xliff lists it), or confirm --locale " + tag
                            + " --key " + key + " if it still fits");
                }
            }
        }
        return translated;
    }

    private void add(CheckId id, String key, int line, int column, String message) {
        checker.add(findings, id, tag, key, name, line, column, message);
    }

    /** The missing key that {@code key} is a case variant or a small edit of, or null. */
    private static String nearMiss(String key, List<String> missing) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = key.length() < 8 ? 1 : 2;
        for (String candidate : missing) {
            if (candidate.equalsIgnoreCase(key)) {
                return candidate;
            }
            if (Math.abs(candidate.length() - key.length()) > allowed) {
                continue;
            }
            int distance = distance(key, candidate, allowed);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Edit distance counting a swap of two neighbours as one edit; gives up (returns {@code limit + 1}) above {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                char x = Character.toLowerCase(a.charAt(i - 1));
                char y = Character.toLowerCase(b.charAt(j - 1));
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (x == y ? 0 : 1));
                if (i > 1 && j > 1 && x == Character.toLowerCase(b.charAt(j - 2)) && Character.toLowerCase(a.charAt(i - 2)) == y) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private static String leading(String s) {
        return s.substring(0, s.length() - s.stripLeading().length());
    }

    private static String trailing(String s) {
        return s.substring(s.stripTrailing().length());
    }

    private static String visible(String whitespace) {
        return "'" + whitespace.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "'";
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
