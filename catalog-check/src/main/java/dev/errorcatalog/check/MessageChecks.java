package dev.errorcatalog.check;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.Argument;
import dev.errorcatalog.internal.MessagePatterns;
import dev.errorcatalog.internal.PatternModel;
import dev.errorcatalog.internal.PatternModel.Kind;
import dev.errorcatalog.internal.PatternModel.Problem;
import dev.errorcatalog.internal.PatternModel.Use;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of one ICU message pattern. The pattern is read by the catalog's own {@link PatternModel}, so the
 * checker reports as unusable exactly what the catalog will not use; plural categories come from ICU's
 * {@link PluralRules}.
 */
final class MessageChecks {

    private static final Pattern MISSING_OTHER_TYPE = Pattern.compile("Missing 'other' keyword in (\\w+) pattern");
    private static final Pattern PREFIX_OF_OTHER = Pattern.compile("\\('(\\w*)' is not 'other'\\)");
    private static final Pattern QUOTED_ARGUMENT = Pattern.compile("\\{\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*[,}]");
    private static final String STRAY = "'}' closes nothing, and ICU prints it as text, so the catalog will not use the"
            + " message: remove it (or write '}' in apostrophes to print a brace)";

    /** A problem of one message, at an offset of its decoded value. */
    record Issue(CheckId id, int offset, String message) {
    }

    /**
     * What a key's message must take: each argument's name, kind and an example value.
     */
    record Expected(Map<String, Kind> kinds, Map<String, Object> examples) {

        static Expected declared(List<Argument> arguments) {
            Map<String, Kind> kinds = new LinkedHashMap<>();
            Map<String, Object> examples = new LinkedHashMap<>();
            for (Argument argument : arguments) {
                kinds.put(argument.name(), Kind.of(argument.type()));
                examples.put(argument.name(), argument.example());
            }
            return new Expected(kinds, examples);
        }

        /** The arguments of a source pattern, or {@code null} if the catalog could not use it. */
        static Expected source(String pattern) {
            PatternModel model = PatternModel.of(pattern);
            if (model.rejection() != null) {
                return null;
            }
            Map<String, Kind> kinds = new LinkedHashMap<>();
            Map<String, Object> examples = new LinkedHashMap<>();
            for (Use arg : model.uses()) {
                if (!kinds.containsKey(arg.name()) || arg.kind().selects()) {
                    kinds.put(arg.name(), arg.kind());
                    examples.put(arg.name(), example(arg.kind()));
                }
            }
            return new Expected(kinds, examples);
        }
    }

    /** The plural rules of one bundle's locale and a sample number of each category, looked up once per bundle. */
    static final class LocaleRules {
        final ULocale locale;
        private final PluralRules cardinal;
        private final PluralRules ordinal;
        private final Map<String, Number> samples = new HashMap<>();

        LocaleRules(ULocale locale) {
            this.locale = locale;
            this.cardinal = PluralRules.forLocale(locale, PluralRules.PluralType.CARDINAL);
            this.ordinal = PluralRules.forLocale(locale, PluralRules.PluralType.ORDINAL);
        }

        PluralRules rules(Kind kind) {
            return kind == Kind.SELECTORDINAL ? ordinal : cardinal;
        }

        Number sample(Kind kind, String category) {
            return samples.computeIfAbsent(kind.id() + ':' + category, k -> MessageChecks.sample(rules(kind), category));
        }
    }

    private MessageChecks() {
    }

    /**
     * Checks a non-blank message of {@code locale}. Never throws: a failure of the checker itself is an
     * {@link CheckId#INTERNAL_ERROR} issue of this message, so the other messages are still checked.
     *
     * @param expected the arguments the message must take, or {@code null} when unknown
     * @param source the source message, or {@code null}
     */
    static List<Issue> check(String value, LocaleRules locale, Expected expected, String source) {
        try {
            return checkPattern(value, locale, expected, source);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return List.of(new Issue(CheckId.INTERNAL_ERROR, 0, "the checker failed on this message (" + e
                    + "), so it is unchecked: please report this with the message"));
        }
    }

    private static List<Issue> checkPattern(String value, LocaleRules locale, Expected expected, String source) {
        List<Issue> issues = new ArrayList<>();
        PatternModel model = PatternModel.of(value);
        PatternModel.Rejection rejection = model.rejection();
        Problem problem = rejection == null ? null : rejection.problem();
        if (problem == Problem.NESTING) {
            issues.add(new Issue(CheckId.SYNTAX_ERROR, 0, rejection.message() + " (deeper patterns can overflow the stack),"
                    + " so the catalog will not use the message: flatten it"));
            return issues;
        }
        if (problem == Problem.PLURAL_MISSING_OTHER || problem == Problem.SELECT_MISSING_OTHER) {
            Matcher type = MISSING_OTHER_TYPE.matcher(rejection.message());
            String kind = type.find() ? type.group(1) : problem == Problem.SELECT_MISSING_OTHER ? "select" : "plural";
            Matcher prefix = PREFIX_OF_OTHER.matcher(rejection.message());
            issues.add(new Issue(problem == Problem.SELECT_MISSING_OTHER ? CheckId.SELECT_MISSING_OTHER : CheckId.PLURAL_MISSING_OTHER,
                    rejection.offset(), "the " + kind + " has no 'other' branch, which ICU requires"
                            + (prefix.find() ? " ('" + prefix.group(1) + "' is not 'other')" : "") + ": add other {…}"));
            return issues;
        }
        Set<String> swallowed = new LinkedHashSet<>();
        if (!braces(value, model.scan(), source, expected, issues, swallowed)) {
            if (problem != null && issues.stream().noneMatch(i -> i.id() == CheckId.UNBALANCED_BRACE)) {
                // an apostrophe explains it, but the catalog will not use the message: say so too
                issues.add(problem == Problem.STRAY_BRACE
                        ? new Issue(CheckId.UNBALANCED_BRACE, rejection.offset(), STRAY)
                        : new Issue(CheckId.SYNTAX_ERROR, rejection.offset(), "ICU rejects the pattern: " + rejection.message()));
            }
            return issues;
        }
        if (problem == Problem.NUMBERED) {
            issues.add(new Issue(CheckId.ARGUMENT_MISMATCH, rejection.offset(), "numbered argument "
                    + rejection.message().substring(rejection.message().indexOf('{'), rejection.message().indexOf('}') + 1)
                    + ": the catalog passes named arguments only" + (expected == null ? "" : " " + names(expected.kinds().keySet()))));
            return issues;
        }
        if (problem != null) {
            issues.add(new Issue(CheckId.SYNTAX_ERROR, rejection.offset(), "ICU rejects the pattern: " + rejection.message()));
            return issues;
        }
        List<Use> args = model.uses();
        boolean argumentProblem = !issues.isEmpty();
        if (expected != null) {
            argumentProblem |= compareArguments(args, expected, swallowed, issues);
        }
        plurals(args, locale, issues);
        if (!argumentProblem && !args.isEmpty()) {
            render(value, locale, args, expected, issues);
        }
        return issues;
    }

    /**
     * Stray or unclosed braces, and apostrophes that quote an argument away. Where ICU reads the whole pattern,
     * the quoting and a stray brace are the model's ({@link MessagePatterns#scan(String)}); otherwise ICU rejects
     * the pattern, and a simpler scan tells an unbalanced brace from other syntax errors. Returns whether the
     * pattern is worth checking further. A quoted name the message does not take ({@code '{id}'} in
     * {@code DELETE /api/projects/'{id}'}) is a literal written on purpose.
     */
    private static boolean braces(String value, MessagePatterns.Scan scan, String source, Expected expected,
            List<Issue> issues, Set<String> swallowed) {
        List<Integer> quoteStarts = new ArrayList<>();
        List<Integer> quoteEnds = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        int stray = -1;
        boolean quoting = false;
        if (scan.complete()) {
            for (int q = 0; q < scan.quoted().length; q += 2) {
                quoteStarts.add(scan.quoted()[q]);
                quoteEnds.add(scan.quoted()[q + 1]);
            }
            stray = scan.stray();
        }
        for (int i = 0; i < value.length() && !scan.complete(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else if (quoting) {
                    quoting = false;
                } else if (i + 1 < value.length() && "{}#|".indexOf(value.charAt(i + 1)) >= 0) {
                    quoting = true;
                    quoteStarts.add(i);
                    int end = value.indexOf('\'', i + 1);
                    quoteEnds.add(end < 0 ? value.length() : end);
                }
            } else if (!quoting && c == '{') {
                open.add(i);
            } else if (!quoting && c == '}') {
                if (open.isEmpty()) {
                    stray = stray < 0 ? i : stray;
                } else {
                    open.remove(open.size() - 1);
                }
            }
        }
        for (int k = 0; k < quoteStarts.size(); k++) {
            int q = quoteStarts.get(k);
            Matcher quoted = QUOTED_ARGUMENT.matcher(value.substring(q + 1, Math.max(q + 1, quoteEnds.get(k))));
            boolean found = false;
            while (!found && quoted.find()) { // the first name in the quoted text that the message takes
                found = expected == null || expected.kinds().containsKey(quoted.group(1));
            }
            if (found && (source == null || !source.contains(value.substring(q, q + 1 + quoted.end())))) {
                swallowed.add(quoted.group(1));
                issues.add(new Issue(CheckId.APOSTROPHE_QUOTING, q, "the apostrophe before '{" + quoted.group(1)
                        + "' starts quoted text, so the argument is printed literally as '{" + quoted.group(1)
                        + "…': write two apostrophes ('') for an apostrophe, e.g. l''{" + quoted.group(1) + "}"));
            }
        }
        if (stray < 0 && open.isEmpty()) {
            return true;
        }
        if (issues.isEmpty()) {
            for (int q : quoteStarts) {
                issues.add(new Issue(CheckId.APOSTROPHE_QUOTING, q, "the apostrophe before '" + value.charAt(q + 1)
                        + "' quotes the brace, which leaves the braces unbalanced: write two apostrophes ('') for an apostrophe"));
                return false;
            }
        }
        if (!issues.isEmpty()) {
            return false;
        }
        if (stray >= 0) {
            issues.add(new Issue(CheckId.UNBALANCED_BRACE, stray, STRAY));
        } else {
            issues.add(new Issue(CheckId.UNBALANCED_BRACE, open.get(open.size() - 1),
                    "'{' is never closed: add the missing '}' (or write '{' in apostrophes to print a brace)"));
        }
        return false;
    }

    private static boolean compareArguments(List<Use> args, Expected expected, Set<String> swallowed, List<Issue> issues) {
        Map<String, List<Use>> used = new LinkedHashMap<>();
        for (Use arg : args) {
            used.computeIfAbsent(arg.name(), n -> new ArrayList<>()).add(arg);
        }
        List<String> missing = new ArrayList<>();
        for (String name : expected.kinds().keySet()) {
            if (!used.containsKey(name) && !swallowed.contains(name)) {
                missing.add(name);
            }
        }
        List<Use> extra = new ArrayList<>();
        for (List<Use> uses : used.values()) {
            if (!expected.kinds().containsKey(uses.get(0).name())) {
                extra.add(uses.get(0));
            }
        }
        boolean problem = false;
        if (missing.size() == 1 && extra.size() == 1) {
            issues.add(new Issue(CheckId.ARGUMENT_MISMATCH, extra.get(0).offset(), "argument {" + extra.get(0).name()
                    + "} should be {" + missing.get(0) + "}: the code passes {" + missing.get(0) + "}, so rename it"));
            return true;
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            StringBuilder message = new StringBuilder();
            if (!missing.isEmpty()) {
                message.append("missing argument ").append(braced(missing)).append(": the code passes it; add it to the message");
            }
            if (!extra.isEmpty()) {
                message.append(message.length() > 0 ? "; " : "").append("undeclared argument ")
                        .append(braced(extra.stream().map(Use::name).toList()))
                        .append(": nothing passes it and ICU prints it as '{name}'; remove it")
                        .append(expected.kinds().isEmpty() ? "" : " or use " + names(expected.kinds().keySet()));
            }
            issues.add(new Issue(CheckId.ARGUMENT_MISMATCH, extra.isEmpty() ? 0 : extra.get(0).offset(), message.toString()));
            problem = true;
        }
        for (Map.Entry<String, List<Use>> entry : used.entrySet()) {
            Kind want = expected.kinds().get(entry.getKey());
            if (want == null) {
                continue;
            }
            boolean hasExpected = entry.getValue().stream().anyMatch(a -> a.kind() == want);
            // text serves only the kinds that take text (the catalog will not use the message otherwise); another
            // kind must be used as declared, or besides the declared use without a selecting kind of its own
            Use wrong = entry.getValue().stream()
                    .filter(a -> want.takesText() ? !a.kind().takesText()
                            : a.kind() != want && (a.kind().selects() || !hasExpected)).findFirst().orElse(null);
            if (wrong != null) {
                issues.add(new Issue(CheckId.ARGUMENT_TYPE_MISMATCH, wrong.offset(), "argument {" + wrong.name() + "} is used as "
                        + wrong.kind().id() + " but is declared " + want.id() + ": write " + shape(wrong.name(), want)));
                problem = true;
            }
        }
        return problem;
    }

    private static void plurals(List<Use> args, LocaleRules locale, List<Issue> issues) {
        for (Use arg : args) {
            if (arg.kind() != Kind.PLURAL && arg.kind() != Kind.SELECTORDINAL) {
                continue;
            }
            Set<String> needed = locale.rules(arg.kind()).getKeywords();
            List<String> lacking = new ArrayList<>();
            for (String category : needed) {
                if (!arg.keywords().contains(category) && !category.equals("other")) {
                    lacking.add(category);
                }
            }
            String tag = locale.locale.toLanguageTag();
            if (!lacking.isEmpty()) {
                List<String> samples = lacking.stream().map(c -> c + " (e.g. " + locale.sample(arg.kind(), c) + ")").toList();
                issues.add(new Issue(CheckId.PLURAL_MISSING_LOCALE_CATEGORY, arg.offset(), "the " + arg.kind().id() + " of {" + arg.name()
                        + "} has no branch for " + String.join(", ", samples) + ", which " + tag
                        + " selects: add " + String.join(" {…}, ", lacking) + " {…} (=N branches do not count)"));
            }
            List<String> unused = arg.keywords().stream().filter(k -> !k.startsWith("=") && !needed.contains(k)).toList();
            if (!unused.isEmpty()) {
                issues.add(new Issue(CheckId.PLURAL_UNUSED_CATEGORY, arg.offset(), "the " + arg.kind().id() + " of {" + arg.name()
                        + "} has a branch for " + String.join(", ", unused) + ", which " + tag + " never selects ("
                        + tag + " has " + String.join(", ", needed) + "): remove it, or use =N for an exact number"));
            }
        }
    }

    /** Formats the message with example values, then with a number from each plural category of the locale. */
    private static void render(String value, LocaleRules locale, List<Use> args, Expected expected, List<Issue> issues) {
        Map<String, Object> values = new HashMap<>();
        for (Use arg : args) {
            Object example = expected == null ? null : expected.examples().get(arg.name());
            values.putIfAbsent(arg.name(), example != null ? example : example(arg.kind()));
        }
        String with = "the example arguments " + values;
        try {
            MessageFormat format = new MessageFormat(value, locale.locale);
            if (leftover(format, values, args, value, with, issues)) {
                return;
            }
            for (Use arg : args) {
                if (!arg.kind().equals("plural") && !arg.kind().equals("selectordinal")) {
                    continue;
                }
                for (String category : locale.rules(arg.kind()).getKeywords()) {
                    Map<String, Object> sampled = new HashMap<>(values);
                    sampled.put(arg.name(), locale.sample(arg.kind(), category));
                    with = arg.name() + " = " + sampled.get(arg.name()) + " (" + category + ")";
                    if (leftover(format, sampled, args, value, with, issues)) {
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            issues.add(new Issue(CheckId.RENDER_ERROR, 0, "formatting the message in " + locale.locale.toLanguageTag() + " with " + with
                    + " fails: " + e.getMessage()));
        }
    }

    private static boolean leftover(MessageFormat format, Map<String, Object> values, List<Use> args, String value,
            String with, List<Issue> issues) {
        String text = format.format(values);
        for (Use arg : args) {
            String literal = "{" + arg.name() + "}";
            if (text.contains(literal)) {
                issues.add(new Issue(CheckId.RENDER_ERROR, arg.offset(), "formatting the message with " + with
                        + " leaves '" + literal + "' in the text: " + text));
                return true;
            }
        }
        return false;
    }

    /** A number the rules put in {@code category}: an integer where there is one. */
    private static Number sample(PluralRules rules, String category) {
        Collection<Double> samples = rules.getSamples(category);
        if (samples == null || samples.isEmpty()) {
            return 0;
        }
        for (Double sample : samples) {
            if (sample == Math.rint(sample) && !sample.isInfinite()) {
                return sample.longValue();
            }
        }
        return samples.iterator().next();
    }

    private static Object example(Kind kind) {
        return kind.takesText() ? "example" : kind == Kind.DATE || kind == Kind.TIME ? new Date(0) : 3L;
    }

    private static String braced(List<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }

    private static String names(Collection<String> names) {
        return names.isEmpty() ? "(it takes no arguments)" : braced(List.copyOf(names));
    }

    private static String shape(String name, Kind kind) {
        return switch (kind) {
            case PLAIN -> "{" + name + "}";
            case PLURAL, SELECTORDINAL, SELECT -> "{" + name + ", " + kind.id() + ", … other {…}}";
            default -> "{" + name + ", " + kind.id() + "}";
        };
    }
}
