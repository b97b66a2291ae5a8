package dev.errorcatalog.check;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.Argument;
import dev.errorcatalog.internal.MessagePatterns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks of one ICU message pattern, with ICU's own {@link MessagePattern} and {@link PluralRules}. */
final class MessageChecks {

    private static final Pattern QUOTED_ARGUMENT = Pattern.compile("^\\{\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*[,}]");
    private static final Set<String> SELECTING = Set.of("plural", "select", "selectordinal", "choice");

    /** A problem of one message, at an offset of its decoded value. */
    record Issue(CheckId id, int offset, String message) {
    }

    /**
     * What a key's message must take: each argument's name, kind ({@code plain}, {@code number},
     * {@code plural}, ...) and an example value.
     */
    record Expected(Map<String, String> kinds, Map<String, Object> examples) {

        static Expected declared(List<Argument> arguments) {
            Map<String, String> kinds = new LinkedHashMap<>();
            Map<String, Object> examples = new LinkedHashMap<>();
            for (Argument argument : arguments) {
                kinds.put(argument.name(), switch (argument.type()) {
                    case TEXT -> "plain";
                    case NUMBER -> "number";
                    case PLURAL -> "plural";
                });
                examples.put(argument.name(), argument.example());
            }
            return new Expected(kinds, examples);
        }

        /** The arguments of a source pattern, or {@code null} if it does not parse. */
        static Expected source(String pattern) {
            MessagePattern parsed;
            try {
                parsed = parse(pattern);
            } catch (RuntimeException | StackOverflowError e) {
                return null;
            }
            Map<String, String> kinds = new LinkedHashMap<>();
            Map<String, Object> examples = new LinkedHashMap<>();
            for (Arg arg : arguments(parsed)) {
                if (!kinds.containsKey(arg.name()) || SELECTING.contains(arg.kind())) {
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

        PluralRules rules(String kind) {
            return kind.equals("selectordinal") ? ordinal : cardinal;
        }

        Number sample(String kind, String category) {
            return samples.computeIfAbsent(kind + ':' + category, k -> MessageChecks.sample(rules(kind), category));
        }
    }

    /** One argument occurrence in a parsed pattern. */
    private record Arg(String name, String kind, int offset, List<String> keywords, boolean numbered) {
    }

    private MessageChecks() {
    }

    static MessagePattern parse(String pattern) {
        return MessagePatterns.parse(pattern);
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
        int nesting = MessagePatterns.nesting(value);
        if (nesting > MessagePatterns.MAX_NESTING) {
            issues.add(new Issue(CheckId.SYNTAX_ERROR, 0, "arguments nest " + nesting + " deep, more than the "
                    + MessagePatterns.MAX_NESTING + " the catalog allows (deeper patterns can overflow the stack), so the"
                    + " catalog will not use the message: flatten it"));
            return issues;
        }
        Set<String> swallowed = new LinkedHashSet<>();
        if (!braces(value, source, expected, issues, swallowed)) {
            return issues;
        }
        MessagePattern parsed;
        try {
            parsed = parse(value);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            Matcher other = Pattern.compile("Missing 'other' keyword in (\\w+) pattern").matcher(message);
            if (other.find()) {
                String type = other.group(1);
                int at = value.indexOf(", " + type);
                issues.add(new Issue(type.equals("select") ? CheckId.SELECT_MISSING_OTHER : CheckId.PLURAL_MISSING_OTHER,
                        Math.max(0, value.lastIndexOf('{', Math.max(0, at))),
                        "the " + type + " has no 'other' branch, which ICU requires: add other {…}"));
            } else {
                issues.add(new Issue(CheckId.SYNTAX_ERROR, 0, "ICU rejects the pattern: " + message));
            }
            return issues;
        }
        List<Arg> args = arguments(parsed);
        boolean argumentProblem = !issues.isEmpty();
        for (Arg arg : args) {
            if (arg.numbered()) {
                issues.add(new Issue(CheckId.ARGUMENT_MISMATCH, arg.offset(),
                        "numbered argument {" + arg.name() + "}: the catalog passes named arguments only"
                                + (expected == null ? "" : " " + names(expected.kinds().keySet()))));
                return issues;
            }
        }
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
     * The quote-aware brace scan of {@code DOUBLE_OPTIONAL}: stray or unclosed braces, and apostrophes
     * that quote an argument away. A quoted name the message does not take ({@code '{id}'} in
     * {@code DELETE /api/projects/'{id}'}) is a literal written on purpose. Returns whether the pattern is
     * worth parsing.
     */
    private static boolean braces(String value, String source, Expected expected, List<Issue> issues,
            Set<String> swallowed) {
        List<Integer> quoteStarts = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        int stray = -1;
        boolean quoting = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else if (quoting) {
                    quoting = false;
                } else if (i + 1 < value.length() && "{}#|".indexOf(value.charAt(i + 1)) >= 0) {
                    quoting = true;
                    quoteStarts.add(i);
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
        for (int q : quoteStarts) {
            Matcher quoted = QUOTED_ARGUMENT.matcher(value.substring(q + 1));
            if (quoted.find() && (expected == null || expected.kinds().containsKey(quoted.group(1)))
                    && (source == null || !source.contains(value.substring(q, q + 1 + quoted.end())))) {
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
            issues.add(new Issue(CheckId.UNBALANCED_BRACE, stray,
                    "'}' closes nothing, and ICU prints it as text: remove it (or write '}' in apostrophes to print a brace)"));
        } else {
            issues.add(new Issue(CheckId.UNBALANCED_BRACE, open.get(open.size() - 1),
                    "'{' is never closed: add the missing '}' (or write '{' in apostrophes to print a brace)"));
        }
        return false;
    }

    private static boolean compareArguments(List<Arg> args, Expected expected, Set<String> swallowed, List<Issue> issues) {
        Map<String, List<Arg>> used = new LinkedHashMap<>();
        for (Arg arg : args) {
            used.computeIfAbsent(arg.name(), n -> new ArrayList<>()).add(arg);
        }
        List<String> missing = new ArrayList<>();
        for (String name : expected.kinds().keySet()) {
            if (!used.containsKey(name) && !swallowed.contains(name)) {
                missing.add(name);
            }
        }
        List<Arg> extra = new ArrayList<>();
        for (List<Arg> uses : used.values()) {
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
                        .append(braced(extra.stream().map(Arg::name).toList()))
                        .append(": nothing passes it and ICU prints it as '{name}'; remove it")
                        .append(expected.kinds().isEmpty() ? "" : " or use " + names(expected.kinds().keySet()));
            }
            issues.add(new Issue(CheckId.ARGUMENT_MISMATCH, extra.isEmpty() ? 0 : extra.get(0).offset(), message.toString()));
            problem = true;
        }
        for (Map.Entry<String, List<Arg>> entry : used.entrySet()) {
            String want = expected.kinds().get(entry.getKey());
            if (want == null) {
                continue;
            }
            boolean hasExpected = entry.getValue().stream().anyMatch(a -> a.kind().equals(want));
            Arg wrong = entry.getValue().stream()
                    .filter(a -> !a.kind().equals(want) && (SELECTING.contains(a.kind()) || !hasExpected)).findFirst().orElse(null);
            if (wrong != null) {
                issues.add(new Issue(CheckId.ARGUMENT_TYPE_MISMATCH, wrong.offset(), "argument {" + wrong.name() + "} is used as "
                        + wrong.kind() + " but is declared " + want + ": write " + shape(wrong.name(), want)));
                problem = true;
            }
        }
        return problem;
    }

    private static void plurals(List<Arg> args, LocaleRules locale, List<Issue> issues) {
        for (Arg arg : args) {
            if (!arg.kind().equals("plural") && !arg.kind().equals("selectordinal")) {
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
                issues.add(new Issue(CheckId.PLURAL_MISSING_LOCALE_CATEGORY, arg.offset(), "the " + arg.kind() + " of {" + arg.name()
                        + "} has no branch for " + String.join(", ", samples) + ", which " + tag
                        + " selects: add " + String.join(" {…}, ", lacking) + " {…} (=N branches do not count)"));
            }
            List<String> unused = arg.keywords().stream().filter(k -> !k.startsWith("=") && !needed.contains(k)).toList();
            if (!unused.isEmpty()) {
                issues.add(new Issue(CheckId.PLURAL_UNUSED_CATEGORY, arg.offset(), "the " + arg.kind() + " of {" + arg.name()
                        + "} has a branch for " + String.join(", ", unused) + ", which " + tag + " never selects ("
                        + tag + " has " + String.join(", ", needed) + "): remove it, or use =N for an exact number"));
            }
        }
    }

    /** Formats the message with example values, then with a number from each plural category of the locale. */
    private static void render(String value, LocaleRules locale, List<Arg> args, Expected expected, List<Issue> issues) {
        Map<String, Object> values = new HashMap<>();
        for (Arg arg : args) {
            Object example = expected == null ? null : expected.examples().get(arg.name());
            values.putIfAbsent(arg.name(), example != null ? example : example(arg.kind()));
        }
        String with = "the example arguments " + values;
        try {
            MessageFormat format = new MessageFormat(value, locale.locale);
            if (leftover(format, values, args, value, with, issues)) {
                return;
            }
            for (Arg arg : args) {
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

    private static boolean leftover(MessageFormat format, Map<String, Object> values, List<Arg> args, String value,
            String with, List<Issue> issues) {
        String text = format.format(values);
        for (Arg arg : args) {
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

    private static Object example(String kind) {
        return switch (kind) {
            case "plain", "select" -> "example";
            case "date", "time" -> new Date(0);
            default -> 3L;
        };
    }

    private static List<Arg> arguments(MessagePattern parsed) {
        List<Arg> args = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() != Part.Type.ARG_START) {
                continue;
            }
            Part namePart = parsed.getPart(i + 1);
            boolean numbered = namePart.getType() == Part.Type.ARG_NUMBER;
            String name = numbered ? Integer.toString(namePart.getValue()) : parsed.getSubstring(namePart);
            ArgType type = part.getArgType();
            String kind = switch (type) {
                case NONE -> "plain";
                case SIMPLE -> parsed.getSubstring(parsed.getPart(i + 2)).toLowerCase(Locale.ROOT);
                default -> type.name().toLowerCase(Locale.ROOT);
            };
            List<String> keywords = new ArrayList<>();
            if (type.hasPluralStyle() || type == ArgType.SELECT) {
                int limit = parsed.getLimitPartIndex(i);
                for (int j = i + 2; j < limit; j++) {
                    Part inner = parsed.getPart(j);
                    if (inner.getType() == Part.Type.ARG_SELECTOR) {
                        keywords.add(parsed.getSubstring(inner));
                    } else if (inner.getType() == Part.Type.MSG_START) {
                        j = parsed.getLimitPartIndex(j);
                    }
                }
            }
            args.add(new Arg(name, kind, part.getIndex(), keywords, numbered));
        }
        return args;
    }

    private static String braced(List<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }

    private static String names(Collection<String> names) {
        return names.isEmpty() ? "(it takes no arguments)" : braced(List.copyOf(names));
    }

    private static String shape(String name, String kind) {
        return switch (kind) {
            case "plain" -> "{" + name + "}";
            case "plural", "selectordinal", "select" -> "{" + name + ", " + kind + ", … other {…}}";
            default -> "{" + name + ", " + kind + "}";
        };
    }
}
