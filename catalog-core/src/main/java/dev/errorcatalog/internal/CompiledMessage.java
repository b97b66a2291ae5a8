package dev.errorcatalog.internal;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An ICU {@code MessageFormat} pattern compiled, once, into immutable parts that format without locks.
 *
 * <p>The pattern is taken apart with {@link MessagePattern}: literal text, plain and {@code number}
 * arguments, {@code plural}, {@code selectordinal} and {@code select}. Numbers are formatted with the
 * immutable {@link LocalizedNumberFormatter} equivalent to ICU's stock formatter and plural forms chosen
 * with {@link PluralRules}, both thread-safe, so the output is ICU's character for character. A pattern
 * with any other construct (dates, choice, number styles) keeps an ICU {@link MessageFormat} prototype
 * and formats with it under a lock: its {@code clone()} shares the date and number formats of the arguments,
 * which are not thread-safe.
 */
public final class CompiledMessage {

    private static final Node[] NO_NODES = new Node[0];

    private final String pattern;
    private final Map<String, ArgumentKind> arguments;
    private final Node[] nodes;
    private final MessageFormat icuPrototype;
    private final String constantText;

    /** How a pattern uses an argument. */
    public enum ArgumentKind {
        /** printed as text, or as a number if it is one: plain {@code {x}} and {@code select} */
        ANY,
        /** a {@link java.util.Date} or a {@link Number}: {@code date} and {@code time} */
        DATE,
        /** must be a {@link Number}: {@code number}, {@code plural}, {@code selectordinal}, {@code choice}, … */
        NUMBER
    }

    private CompiledMessage(String pattern, Map<String, ArgumentKind> arguments, Node[] nodes,
            MessageFormat icuPrototype, String constantText) {
        this.pattern = pattern;
        this.arguments = arguments;
        this.nodes = nodes;
        this.icuPrototype = icuPrototype;
        this.constantText = constantText;
    }

    /**
     * Compiles a pattern for a locale.
     *
     * @throws IllegalArgumentException if the pattern is unusable ({@link MessagePatterns#parse(String)}), or it
     *     uses numbered arguments
     */
    public static CompiledMessage compile(String pattern, Formatters formatters) {
        MessagePattern parsed = MessagePatterns.parse(pattern);
        if (parsed.hasNumberedArguments()) {
            throw new IllegalArgumentException("numbered arguments ({0}) are not supported; use names");
        }
        Map<String, ArgumentKind> arguments = new LinkedHashMap<>();
        collectArguments(parsed, arguments);
        if (arguments.isEmpty()) {
            return new CompiledMessage(pattern, Map.of(), NO_NODES, null, literalText(parsed));
        }
        Map<String, ArgumentKind> kinds = Collections.unmodifiableMap(arguments);
        try {
            Node[] nodes = new Compiler(parsed, formatters).message(0, false);
            return new CompiledMessage(pattern, kinds, nodes, null, null);
        } catch (Unsupported e) {
            return new CompiledMessage(pattern, kinds, null, new MessageFormat(pattern, formatters.locale()), null);
        }
    }

    /** The source pattern. */
    public String pattern() {
        return pattern;
    }

    /** The argument names the pattern uses, in order of first use, with how it uses them. */
    public Map<String, ArgumentKind> arguments() {
        return arguments;
    }

    /** The text of a pattern without arguments, or {@code null} if it takes arguments. */
    public String constantText() {
        return constantText;
    }

    /** Whether formatting falls back to ICU's own {@code MessageFormat} (for tests and benchmarks). */
    public boolean usesIcuFormat() {
        return icuPrototype != null;
    }

    /**
     * Formats the message.
     *
     * <p>Arguments the pattern does not use are ignored. A missing or {@code null} argument prints as its
     * placeholder, a non-number where a number is expected prints as text (a plural selects
     * {@code other}); each of these makes the result {@code false}.
     *
     * @return whether every argument was present and of the right kind
     */
    public boolean format(Map<String, ?> values, StringBuilder out) {
        if (constantText != null) {
            out.append(constantText);
            return true;
        }
        if (icuPrototype != null) {
            return formatWithIcu(values, out);
        }
        Context context = new Context(values);
        appendAll(nodes, context, out, null);
        return context.valid;
    }

    /**
     * ICU prints a missing argument as its placeholder, so missing and {@code null} ones are left out;
     * a non-number where the pattern needs one makes ICU throw, and that is passed on.
     */
    private boolean formatWithIcu(Map<String, ?> values, StringBuilder out) {
        Map<String, Object> present = new HashMap<>();
        boolean valid = true;
        for (Map.Entry<String, ArgumentKind> argument : arguments.entrySet()) {
            Object value = values.get(argument.getKey());
            if (NumberFormatter.isHuge(value)) {
                valid = false;
                value = value.toString();
            }
            if (value == null) {
                valid = false;
            } else if (argument.getValue() == ArgumentKind.NUMBER && !(value instanceof Number)) {
                throw new IllegalArgumentException("argument '" + argument.getKey() + "' is not a number");
            } else {
                present.put(argument.getKey(), value);
            }
        }
        String text;
        synchronized (icuPrototype) { // a clone would share the prototype's argument formats, e.g. a SimpleDateFormat
            text = icuPrototype.format(present);
        }
        out.append(text);
        return valid;
    }

    /**
     * The text of a message without arguments, as ICU's {@code MessageFormat} prints it: the pattern
     * less its quoting syntax. Needs no ICU data, so a catalog of such messages loads none.
     */
    private static String literalText(MessagePattern parsed) {
        String pattern = parsed.getPatternString();
        if (parsed.countParts() == 2) {
            return pattern; // no quoting: the text is the pattern, and need not be held twice
        }
        StringBuilder text = new StringBuilder(pattern.length());
        int previous = parsed.getPart(0).getLimit();
        for (int i = 1;; i++) {
            Part part = parsed.getPart(i);
            text.append(pattern, previous, part.getIndex());
            if (part.getType() == Part.Type.MSG_LIMIT) {
                return text.toString();
            }
            previous = part.getLimit();
        }
    }

    private static void collectArguments(MessagePattern parsed, Map<String, ArgumentKind> arguments) {
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() != Part.Type.ARG_START) {
                continue;
            }
            String name = parsed.getSubstring(parsed.getPart(i + 1));
            ArgType type = part.getArgType();
            ArgumentKind kind = ArgumentKind.ANY;
            if (type.hasPluralStyle() || type == ArgType.CHOICE) {
                kind = ArgumentKind.NUMBER;
            } else if (type == ArgType.SIMPLE) {
                String typeName = typeName(parsed, i);
                kind = "date".equals(typeName) || "time".equals(typeName) ? ArgumentKind.DATE : ArgumentKind.NUMBER;
            }
            ArgumentKind previous = arguments.get(name);
            if (previous == null || previous.compareTo(kind) < 0) {
                arguments.put(name, kind); // the strictest use decides: a number serves every kind
            }
        }
    }

    private static String typeName(MessagePattern parsed, int argStart) {
        return parsed.getSubstring(parsed.getPart(argStart + 2));
    }

    // ---- formatting ---------------------------------------------------------------------------------

    private static final class Context {
        final Map<String, ?> values;
        boolean valid = true;

        Context(Map<String, ?> values) {
            this.values = values;
        }
    }

    private static void appendAll(Node[] nodes, Context context, StringBuilder out, String pound) {
        for (Node node : nodes) {
            node.append(context, out, pound);
        }
    }

    private interface Node {
        void append(Context context, StringBuilder out, String pound);
    }

    private record Text(String text) implements Node {
        @Override
        public void append(Context context, StringBuilder out, String pound) {
            out.append(text);
        }
    }

    /** {@code #} in a plural form: the number (less the offset) as formatted for selection. */
    private enum Pound implements Node {
        INSTANCE;

        @Override
        public void append(Context context, StringBuilder out, String pound) {
            out.append(pound);
        }
    }

    /** Common handling of a missing or {@code null} argument: its placeholder, and an invalid result. */
    private abstract static class Argument implements Node {
        final String name;

        Argument(String name) {
            this.name = name;
        }

        @Override
        public final void append(Context context, StringBuilder out, String pound) {
            Object value = context.values.get(name);
            if (value == null) {
                context.valid = false;
                out.append('{').append(name).append('}');
            } else if (NumberFormatter.isHuge(value)) {
                context.valid = false;
                appendValue(value.toString(), context, out);
            } else {
                appendValue(value, context, out);
            }
        }

        abstract void appendValue(Object value, Context context, StringBuilder out);
    }

    /** {@code {name}}: text as is, numbers and dates with ICU's stock formats for the locale. */
    private static final class Plain extends Argument {
        private final Formatters formatters;

        Plain(String name, Formatters formatters) {
            super(name);
            this.formatters = formatters;
        }

        @Override
        void appendValue(Object value, Context context, StringBuilder out) {
            if (value instanceof String) {
                out.append((String) value);
            } else if (value instanceof Number) {
                formatters.number().appendTo(value, out);
            } else if (value instanceof Date) {
                out.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, formatters.locale())
                        .format((Date) value));
            } else {
                out.append(value);
            }
        }
    }

    /** {@code {name, number}} and {@code {name, number, integer}}. */
    private static final class NumberArgument extends Argument {
        private final Formatters formatters;
        private final boolean integer;

        NumberArgument(String name, Formatters formatters, boolean integer) {
            super(name);
            this.formatters = formatters;
            this.integer = integer;
        }

        @Override
        void appendValue(Object value, Context context, StringBuilder out) {
            if (value instanceof Number) {
                (integer ? formatters.integer() : formatters.number()).appendTo(value, out);
            } else {
                context.valid = false;
                out.append(value);
            }
        }
    }

    /** {@code {name, select, a {…} other {…}}}. */
    private static final class Select extends Argument {
        private final Map<String, Node[]> cases;
        private final Node[] other;

        Select(String name, Map<String, Node[]> cases, Node[] other) {
            super(name);
            this.cases = cases;
            this.other = other;
        }

        @Override
        void appendValue(Object value, Context context, StringBuilder out) {
            appendAll(cases.getOrDefault(value.toString(), other), context, out, null);
        }
    }

    /** {@code {name, plural, …}} and {@code {name, selectordinal, …}}, with ICU's selection order. */
    private static final class Plural extends Argument {
        private final double offset;
        private final double[] explicitValues;
        private final Node[][] explicitForms;
        private final Map<String, Node[]> keywordForms;
        private final Node[] other;
        private final Formatters formatters;
        private final boolean ordinal;

        Plural(String name, double offset, double[] explicitValues, Node[][] explicitForms,
                Map<String, Node[]> keywordForms, Node[] other, Formatters formatters, boolean ordinal) {
            super(name);
            this.offset = offset;
            this.explicitValues = explicitValues;
            this.explicitForms = explicitForms;
            this.keywordForms = keywordForms;
            this.other = other;
            this.formatters = formatters;
            this.ordinal = ordinal;
        }

        @Override
        void appendValue(Object value, Context context, StringBuilder out) {
            if (!(value instanceof Number)) {
                context.valid = false;
                appendAll(other, context, out, value.toString());
                return;
            }
            Number number = (Number) value;
            int count = offset == 0 ? NumberFormatter.smallCount(number) : -1;
            if (count >= 0) {
                appendCount(count, context, out);
                return;
            }
            NumberFormatter formatter = formatters.number();
            double numeric = number.doubleValue();
            Number shown = offset == 0 ? number : Double.valueOf(numeric - offset);
            for (int i = 0; i < explicitValues.length; i++) {
                if (numeric == explicitValues[i]) {
                    appendAll(explicitForms[i], context, out, formatter.format(shown).toString());
                    return;
                }
            }
            FormattedNumber formatted = formatter.format(shown);
            Node[] form = other;
            if (!keywordForms.isEmpty()) {
                // ICU selects on the double value, as DecimalFormat.getFixedDecimal(double) formats it.
                FormattedNumber selector = formatter.exactAsDouble(shown) ? formatted : formatter.format(numeric - offset);
                PluralRules rules = ordinal ? formatters.ordinalRules() : formatters.cardinalRules();
                form = keywordForms.getOrDefault(rules.select(selector), other);
            }
            appendAll(form, context, out, formatted.toString());
        }

        /** The common case, a count from 0 to 255: its text and plural form are looked up, not computed. */
        private void appendCount(int count, Context context, StringBuilder out) {
            String shown = formatters.number().text(count);
            for (int i = 0; i < explicitValues.length; i++) {
                if (count == explicitValues[i]) {
                    appendAll(explicitForms[i], context, out, shown);
                    return;
                }
            }
            Node[] form = keywordForms.isEmpty() ? other : keywordForms.getOrDefault(formatters.keyword(ordinal, count), other);
            appendAll(form, context, out, shown);
        }
    }

    // ---- compiling ----------------------------------------------------------------------------------

    /** Thrown while compiling for a construct that is left to ICU's own MessageFormat. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Compiler {
        private final MessagePattern parsed;
        private final String pattern;
        private final Formatters formatters;

        Compiler(MessagePattern parsed, Formatters formatters) {
            this.parsed = parsed;
            this.pattern = parsed.getPatternString();
            this.formatters = formatters;
        }

        /** Compiles the message whose MSG_START part is at {@code start}. */
        Node[] message(int start, boolean inPlural) throws Unsupported {
            List<Node> nodes = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int previous = parsed.getPart(start).getLimit();
            for (int i = start + 1;; i++) {
                Part part = parsed.getPart(i);
                Part.Type type = part.getType();
                text.append(pattern, previous, part.getIndex());
                if (type == Part.Type.MSG_LIMIT) {
                    flush(text, nodes);
                    return nodes.toArray(NO_NODES);
                }
                previous = part.getLimit();
                if (type == Part.Type.REPLACE_NUMBER && inPlural) {
                    flush(text, nodes);
                    nodes.add(Pound.INSTANCE);
                } else if (type == Part.Type.ARG_START) {
                    flush(text, nodes);
                    int limit = parsed.getLimitPartIndex(i);
                    nodes.add(argument(i));
                    previous = parsed.getPart(limit).getLimit();
                    i = limit;
                }
            }
        }

        private static void flush(StringBuilder text, List<Node> nodes) {
            if (text.length() > 0) {
                nodes.add(new Text(text.toString()));
                text.setLength(0);
            }
        }

        private Node argument(int start) throws Unsupported {
            ArgType type = parsed.getPart(start).getArgType();
            String name = parsed.getSubstring(parsed.getPart(start + 1));
            switch (type) {
                case NONE:
                    return new Plain(name, formatters);
                case SIMPLE:
                    return simple(name, start);
                case SELECT:
                    return select(name, start + 2);
                case PLURAL:
                    return plural(name, start + 2, false);
                case SELECTORDINAL:
                    return plural(name, start + 2, true);
                default:
                    throw new Unsupported();
            }
        }

        private Node simple(String name, int start) throws Unsupported {
            if (!"number".equals(parsed.getSubstring(parsed.getPart(start + 2)))) {
                throw new Unsupported();
            }
            Part next = parsed.getPart(start + 3);
            if (next.getType() == Part.Type.ARG_LIMIT) {
                return new NumberArgument(name, formatters, false);
            }
            if ("integer".equals(parsed.getSubstring(next).trim())) {
                return new NumberArgument(name, formatters, true);
            }
            throw new Unsupported();
        }

        private Node select(String name, int i) throws Unsupported {
            Map<String, Node[]> cases = new HashMap<>();
            Node[] other = null;
            while (parsed.getPartType(i) == Part.Type.ARG_SELECTOR) {
                String selector = parsed.getSubstring(parsed.getPart(i));
                Node[] form = message(i + 1, false);
                if ("other".equals(selector)) {
                    other = other == null ? form : other;
                } else {
                    cases.putIfAbsent(selector, form);
                }
                i = parsed.getLimitPartIndex(i + 1) + 1;
            }
            return new Select(name, Map.copyOf(cases), other);
        }

        private Node plural(String name, int i, boolean ordinal) throws Unsupported {
            double offset = 0;
            if (parsed.getPartType(i).hasNumericValue()) {
                offset = parsed.getNumericValue(parsed.getPart(i));
                i++;
            }
            List<Double> explicitValues = new ArrayList<>();
            List<Node[]> explicitForms = new ArrayList<>();
            Map<String, Node[]> keywordForms = new HashMap<>();
            Node[] other = null;
            while (parsed.getPartType(i) == Part.Type.ARG_SELECTOR) {
                String selector = parsed.getSubstring(parsed.getPart(i));
                i++;
                if (parsed.getPartType(i).hasNumericValue()) {
                    explicitValues.add(parsed.getNumericValue(parsed.getPart(i)));
                    i++;
                    explicitForms.add(message(i, true));
                } else if ("other".equals(selector)) {
                    other = other == null ? message(i, true) : other;
                } else if (!keywordForms.containsKey(selector)) {
                    keywordForms.put(selector, message(i, true));
                }
                i = parsed.getLimitPartIndex(i) + 1;
            }
            if (usesOwnNumberFormat(name, i)) {
                throw new Unsupported();
            }
            double[] values = new double[explicitValues.size()];
            for (int v = 0; v < values.length; v++) {
                values[v] = explicitValues.get(v);
            }
            return new Plural(name, offset, values, explicitForms.toArray(new Node[0][]), Map.copyOf(keywordForms),
                    other, formatters, ordinal);
        }

        /** ICU formats {@code #} with the plural argument's own number format if a form uses one; we do not. */
        private boolean usesOwnNumberFormat(String name, int limit) {
            for (int j = 0; j < limit; j++) {
                Part part = parsed.getPart(j);
                if (part.getType() == Part.Type.ARG_START && part.getArgType() == ArgType.SIMPLE
                        && name.equals(parsed.getSubstring(parsed.getPart(j + 1)))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The number formatter of ICU's {@code MessageFormat} for a locale, as an immutable formatter. */
    public static final class NumberFormatter {
        /** More integer digits than a double's 309 and few enough to print; ICU would print all of them. */
        private static final int MAX_INTEGER_DIGITS = 1000;

        /** Counts below this are formatted once and cached: most counts in messages are small. */
        static final int SMALL = 256;

        private final LocalizedNumberFormatter formatter;
        private final String[] small = new String[SMALL];

        NumberFormatter(NumberFormat stock) {
            this.formatter = ((DecimalFormat) stock).toNumberFormatter();
        }

        FormattedNumber format(Number number) {
            return formatter.format(normalize(number));
        }

        FormattedNumber format(double number) {
            return formatter.format(number);
        }

        void appendTo(Object number, StringBuilder out) {
            int count = smallCount((Number) number);
            out.append(count >= 0 ? text(count) : format((Number) number).toString());
        }

        /** {@code count}, from 0 to {@value #SMALL} (exclusive), as ICU formats it; cached on first use. */
        String text(int count) {
            String text = small[count]; // a racy read is safe: strings are immutable
            if (text == null) {
                text = formatter.format(count).toString();
                small[count] = text;
            }
            return text;
        }

        /** The value if it is a boxed integer from 0 to {@value #SMALL} (exclusive), else -1. */
        static int smallCount(Number number) {
            if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
                long value = number.longValue();
                if (value >= 0 && value < SMALL) {
                    return (int) value;
                }
            }
            return -1;
        }

        /** Whether formatting {@code number} and its double value give the same decimal. */
        boolean exactAsDouble(Number number) {
            if (number instanceof Double || number instanceof Float) {
                return true;
            }
            if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
                long value = number.longValue();
                return Math.abs(value) <= (1L << 53);
            }
            return false;
        }

        /**
         * Whether a value is a number with more than {@value #MAX_INTEGER_DIGITS} integer digits: ICU would write
         * out every digit, and {@code new BigDecimal("1e999999999")} has a billion. Such values print as text.
         */
        static boolean isHuge(Object value) {
            if (value instanceof com.ibm.icu.math.BigDecimal) {
                value = new BigDecimal(value.toString()); // toBigDecimal() writes out every digit
            }
            if (value instanceof BigDecimal) {
                BigDecimal decimal = (BigDecimal) value;
                return (long) decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS;
            }
            return value instanceof BigInteger && ((BigInteger) value).bitLength() > MAX_INTEGER_DIGITS * 3.33;
        }

        /** The value as DecimalFormat.format(Object) takes it: big and long values exactly, others as double. */
        private static Number normalize(Number number) {
            if (number instanceof Long || number instanceof BigInteger || number instanceof BigDecimal
                    || number instanceof com.ibm.icu.math.BigDecimal || number instanceof Double) {
                return number;
            }
            return number.doubleValue();
        }
    }

    /**
     * The immutable, thread-safe formatting tools of one locale, shared by all its messages.
     *
     * <p>The number formats and plural rules are made on first use: loading them reads ICU's locale data,
     * which takes longer than all the rest of starting a catalog, and a catalog whose callers only ask for
     * messages without arguments never needs them.
     */
    public static final class Formatters {
        private final Locale locale;
        /** Made at most a few times, by racing threads; immutable, so safe to publish this way. */
        private volatile Tools tools;

        public Formatters(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
        }

        public Formatters(ULocale locale) {
            this(locale.toLocale());
        }

        public ULocale locale() {
            return ULocale.forLocale(locale);
        }

        private Tools tools() {
            Tools t = tools;
            if (t == null) {
                t = new Tools(ULocale.forLocale(locale));
                tools = t;
            }
            return t;
        }

        NumberFormatter number() {
            return tools().number;
        }

        NumberFormatter integer() {
            return tools().integer;
        }

        PluralRules cardinalRules() {
            return tools().cardinalRules;
        }

        PluralRules ordinalRules() {
            return tools().ordinalRules;
        }

        /** The plural form of a small count (see {@link NumberFormatter#SMALL}); cached on first use. */
        String keyword(boolean ordinal, int count) {
            Tools t = tools();
            String[] keywords = ordinal ? t.ordinalKeywords : t.cardinalKeywords;
            String keyword = keywords[count]; // a racy read is safe: strings are immutable
            if (keyword == null) {
                // an integer's plural operands are the same as its formatted form's (no fraction digits)
                keyword = (ordinal ? t.ordinalRules : t.cardinalRules).select(count);
                keywords[count] = keyword;
            }
            return keyword;
        }

        private static final class Tools {
            final NumberFormatter number;
            final NumberFormatter integer;
            final PluralRules cardinalRules;
            final PluralRules ordinalRules;
            final String[] cardinalKeywords = new String[NumberFormatter.SMALL];
            final String[] ordinalKeywords = new String[NumberFormatter.SMALL];

            Tools(ULocale locale) {
                this.number = new NumberFormatter(NumberFormat.getInstance(locale));
                this.integer = new NumberFormatter(NumberFormat.getIntegerInstance(locale));
                this.cardinalRules = PluralRules.forLocale(locale, PluralRules.PluralType.CARDINAL);
                this.ordinalRules = PluralRules.forLocale(locale, PluralRules.PluralType.ORDINAL);
            }
        }
    }
}
