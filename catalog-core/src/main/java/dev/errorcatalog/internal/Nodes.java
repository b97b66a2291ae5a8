package dev.errorcatalog.internal;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.PluralRules;
import java.util.Date;
import java.util.Map;

/** The immutable parts a pattern is compiled into ({@link MessageCompiler}), each of which appends its text. */
final class Nodes {

    static final Node[] NONE = new Node[0];

    private Nodes() {
    }

    static final class Context {
        final Map<String, ?> values;
        boolean valid = true;

        Context(Map<String, ?> values) {
            this.values = values;
        }
    }

    static void appendAll(Node[] nodes, Context context, StringBuilder out, String pound) {
        for (Node node : nodes) {
            node.append(context, out, pound);
        }
    }

    interface Node {
        void append(Context context, StringBuilder out, String pound);
    }

    record Text(String text) implements Node {
        @Override
        public void append(Context context, StringBuilder out, String pound) {
            out.append(text);
        }
    }

    /** {@code #} in a plural form: the number (less the offset) as formatted for selection. */
    enum Pound implements Node {
        INSTANCE;

        @Override
        public void append(Context context, StringBuilder out, String pound) {
            out.append(pound);
        }
    }

    /** Common handling of a missing or {@code null} argument: its placeholder, and an invalid result. */
    abstract static class Argument implements Node {
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
    static final class Plain extends Argument {
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
    static final class NumberArgument extends Argument {
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
    static final class Select extends Argument {
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
    static final class Plural extends Argument {
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
}
