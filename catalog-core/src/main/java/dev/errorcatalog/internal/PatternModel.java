package dev.errorcatalog.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.ArgumentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one analysis of an ICU message pattern that the loader, the compiler and the checker share: its
 * arguments with name and kind, the branches of its plurals and selects, its nesting, and whether the catalog
 * can use it at all — ICU's {@code MessageFormat} would reject it, or it breaks one of the catalog's own rules.
 *
 * <p>Reading never throws and never recurses on an unbounded depth: the nesting is measured first
 * ({@link MessagePatterns#scan(String)}), and only a pattern within {@link MessagePatterns#MAX_NESTING} is parsed.
 */
public final class PatternModel {

    private static final Pattern MISSING_OTHER = Pattern.compile("Missing 'other' keyword in (\\w+) pattern");
    private static final Set<String> FORMAT_TYPES = Set.of("number", "date", "time", "spellout", "ordinal", "duration");

    /** How a pattern uses an argument; {@link #id()} is the name the checker reports. */
    public enum Kind {
        PLAIN, NUMBER, DATE, TIME, SPELLOUT, ORDINAL, DURATION, CHOICE, PLURAL, SELECTORDINAL, SELECT;

        /** The lower-case name, e.g. {@code selectordinal}; {@code plain} for {@code {x}}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether it chooses between branches: plural, selectordinal, select, choice. */
        public boolean selects() {
            return this == PLURAL || this == SELECTORDINAL || this == SELECT || this == CHOICE;
        }

        /** Whether it takes a text: plain and select do; every other kind needs a number (dates: or a date). */
        public boolean takesText() {
            return this == PLAIN || this == SELECT;
        }

        /** Whether it needs a {@link Number}; dates and times also take a {@link java.util.Date}. */
        public boolean needsNumber() {
            return !takesText() && this != DATE && this != TIME;
        }

        /** How a message is expected to use an argument of a declared type. */
        public static Kind of(ArgumentType type) {
            switch (type) {
                case TEXT:
                    return PLAIN;
                case NUMBER:
                    return NUMBER;
                default:
                    return PLURAL;
            }
        }
    }

    /** Why the catalog cannot use a pattern. */
    public enum Problem {
        /** arguments nest deeper than {@link MessagePatterns#MAX_NESTING} */
        NESTING,
        /** ICU's {@code MessagePattern} or {@code MessageFormat} rejects it, e.g. an unknown format type */
        SYNTAX,
        /** a plural or selectordinal without {@code other} (a prefix such as {@code oth} is none) */
        PLURAL_MISSING_OTHER,
        /** a select without {@code other} */
        SELECT_MISSING_OTHER,
        /** a {@code }} of the top-level text that closes nothing, which ICU prints as text */
        STRAY_BRACE,
        /** a numbered argument such as {@code {0}}: the catalog passes named ones */
        NUMBERED
    }

    /** Why a pattern is unusable, at an offset of it, in a sentence. */
    public record Rejection(Problem problem, int offset, String message) {
    }

    /** One argument occurrence: name, kind, offset of its opening brace, and its branch keywords in order. */
    public record Use(String name, Kind kind, int offset, List<String> keywords) {
    }

    private final String pattern;
    private final MessagePatterns.Scan scan;
    private final MessagePattern parsed;
    private final List<Use> uses;
    private final Rejection rejection;

    private PatternModel(String pattern, MessagePatterns.Scan scan, MessagePattern parsed, List<Use> uses, Rejection rejection) {
        this.pattern = pattern;
        this.scan = scan;
        this.parsed = parsed;
        this.uses = uses;
        this.rejection = rejection;
    }

    /** Reads a pattern (apostrophe mode {@code DOUBLE_OPTIONAL}); never throws. */
    public static PatternModel of(String pattern) {
        MessagePatterns.Scan scan = MessagePatterns.scan(pattern);
        if (scan.nesting() > MessagePatterns.MAX_NESTING) {
            return new PatternModel(pattern, scan, null, List.of(), new Rejection(Problem.NESTING, 0, "arguments nest "
                    + scan.nesting() + " deep, more than the " + MessagePatterns.MAX_NESTING + " the catalog allows"));
        }
        MessagePattern parsed;
        try {
            parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) { // IOOBE: beyond ICU's limits
            String message = String.valueOf(e.getMessage());
            Matcher other = MISSING_OTHER.matcher(message);
            if (other.find()) {
                Problem problem = other.group(1).equals("select") ? Problem.SELECT_MISSING_OTHER : Problem.PLURAL_MISSING_OTHER;
                int at = pattern.indexOf(", " + other.group(1));
                return new PatternModel(pattern, scan, null, List.of(),
                        new Rejection(problem, Math.max(0, pattern.lastIndexOf('{', Math.max(0, at))), message));
            }
            return new PatternModel(pattern, scan, null, List.of(), new Rejection(Problem.SYNTAX, 0, message));
        }
        List<Use> uses = new ArrayList<>();
        boolean[] styled = new boolean[1];
        Rejection rejection = read(parsed, uses, styled);
        if (rejection == null && scan.stray() >= 0) {
            rejection = new Rejection(Problem.STRAY_BRACE, scan.stray(), "'}' closes nothing (ICU prints it as text)");
        }
        if (rejection == null && styled[0]) {
            try {
                new MessageFormat(pattern, ULocale.ROOT); // styles: number skeletons and patterns, date patterns
            } catch (RuntimeException e) {
                rejection = new Rejection(Problem.SYNTAX, 0, String.valueOf(e.getMessage()));
            }
        }
        return new PatternModel(pattern, scan, rejection == null ? parsed : null, Collections.unmodifiableList(uses), rejection);
    }

    /** The pattern. */
    public String pattern() {
        return pattern;
    }

    /** What the nesting scan found: the depth, the quoted text, a stray brace. */
    public MessagePatterns.Scan scan() {
        return scan;
    }

    /** Why the catalog cannot use the pattern, or {@code null} if it can. */
    public Rejection rejection() {
        return rejection;
    }

    /** ICU's parts of a usable pattern, or {@code null} if it is rejected. */
    public MessagePattern parsed() {
        return parsed;
    }

    /** Every argument occurrence in order (of a parsed pattern; none if ICU's parser rejects it). */
    public List<Use> uses() {
        return uses;
    }

    /** The argument names in order of first use, each with its strictest kind: a number serves every kind. */
    public Map<String, Kind> arguments() {
        Map<String, Kind> arguments = new LinkedHashMap<>();
        for (Use use : uses) {
            Kind previous = arguments.get(use.name());
            if (previous == null || rank(use.kind()) > rank(previous)) {
                arguments.put(use.name(), use.kind());
            }
        }
        return arguments;
    }

    private static int rank(Kind kind) {
        return kind.needsNumber() ? 2 : kind.takesText() ? 0 : 1;
    }

    /**
     * Collects the uses; the first problem of a parsed pattern (no other, numbered, unknown type), or null.
     * {@code styled[0]} tells whether a simple argument other than a plain or integer number needs ICU's own
     * format, which may reject its style (a bad number skeleton or pattern).
     */
    private static Rejection read(MessagePattern parsed, List<Use> uses, boolean[] styled) {
        Rejection rejection = null;
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() != Part.Type.ARG_START) {
                continue;
            }
            Part namePart = parsed.getPart(i + 1);
            String name = namePart.getType() == Part.Type.ARG_NUMBER ? Integer.toString(namePart.getValue())
                    : parsed.getSubstring(namePart);
            ArgType type = part.getArgType();
            Kind kind = kind(type, type == ArgType.SIMPLE ? parsed.getSubstring(parsed.getPart(i + 2)) : null);
            List<String> keywords = new ArrayList<>();
            if (type.hasPluralStyle() || type == ArgType.SELECT) {
                for (int j = i + 2; parsed.getPartType(j) != Part.Type.ARG_LIMIT; j++) {
                    Part inner = parsed.getPart(j);
                    if (inner.getType() == Part.Type.ARG_SELECTOR) {
                        keywords.add(parsed.getSubstring(inner));
                    } else if (inner.getType() == Part.Type.MSG_START) {
                        j = parsed.getLimitPartIndex(j);
                    }
                }
            }
            uses.add(new Use(name, kind, part.getIndex(), Collections.unmodifiableList(keywords)));
            if (type == ArgType.SIMPLE) {
                Part style = parsed.getPart(i + 3);
                styled[0] |= kind != Kind.NUMBER || (style.getType() == Part.Type.ARG_STYLE
                        && !parsed.getSubstring(style).trim().equals("integer"));
            }
            if (rejection != null) {
                continue;
            }
            if (namePart.getType() == Part.Type.ARG_NUMBER) {
                rejection = new Rejection(Problem.NUMBERED, part.getIndex(), "numbered arguments ({" + name
                        + "}) are not supported; use names");
            } else if (kind == null) {
                String typeName = parsed.getSubstring(parsed.getPart(i + 2));
                rejection = new Rejection(Problem.SYNTAX, part.getIndex(), "Unknown format type \"" + typeName + "\" of {"
                        + name + "}: format types are not translated; use number, date, time, spellout, ordinal or duration");
            } else if ((type.hasPluralStyle() || type == ArgType.SELECT) && !keywords.contains("other")) {
                // ICU's parser takes a prefix of 'other' for it; its MessageFormat then recurses without end
                String prefix = keywords.stream().filter("other"::startsWith).findFirst().orElse("?");
                rejection = new Rejection(type == ArgType.SELECT ? Problem.SELECT_MISSING_OTHER : Problem.PLURAL_MISSING_OTHER,
                        part.getIndex(), "Missing 'other' keyword in " + kind.id() + " pattern ('" + prefix + "' is not 'other')");
            }
        }
        return rejection;
    }

    /** The kind of an argument; {@code null} for a simple type ICU's MessageFormat does not know. */
    private static Kind kind(ArgType type, String typeName) {
        switch (type) {
            case NONE:
                return Kind.PLAIN;
            case CHOICE:
                return Kind.CHOICE;
            case PLURAL:
                return Kind.PLURAL;
            case SELECTORDINAL:
                return Kind.SELECTORDINAL;
            case SELECT:
                return Kind.SELECT;
            default:
                String name = typeName.toLowerCase(Locale.ROOT);
                return FORMAT_TYPES.contains(name) ? Kind.valueOf(name.toUpperCase(Locale.ROOT)) : null;
        }
    }
}
