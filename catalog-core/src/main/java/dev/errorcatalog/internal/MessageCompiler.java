package dev.errorcatalog.internal;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import dev.errorcatalog.internal.Nodes.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles ICU's parts of a usable pattern into {@link Nodes}: text, plain and {@code number} arguments,
 * {@code plural}, {@code selectordinal} and {@code select}. Anything else throws {@link Unsupported}, and the
 * message is left to ICU's own {@code MessageFormat}.
 */
final class MessageCompiler {

    /** Thrown while compiling for a construct that is left to ICU's own MessageFormat. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final MessagePattern parsed;
    private final String pattern;
    private final Formatters formatters;

    MessageCompiler(MessagePattern parsed, Formatters formatters) {
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
                return nodes.toArray(Nodes.NONE);
            }
            previous = part.getLimit();
            if (type == Part.Type.REPLACE_NUMBER && inPlural) {
                flush(text, nodes);
                nodes.add(Nodes.Pound.INSTANCE);
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
            nodes.add(new Nodes.Text(text.toString()));
            text.setLength(0);
        }
    }

    private Node argument(int start) throws Unsupported {
        ArgType type = parsed.getPart(start).getArgType();
        String name = parsed.getSubstring(parsed.getPart(start + 1));
        switch (type) {
            case NONE:
                return new Nodes.Plain(name, formatters);
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
            return new Nodes.NumberArgument(name, formatters, false);
        }
        if ("integer".equals(parsed.getSubstring(next).trim())) {
            return new Nodes.NumberArgument(name, formatters, true);
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
        return new Nodes.Select(name, Map.copyOf(cases), other);
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
        return new Nodes.Plural(name, offset, values, explicitForms.toArray(new Node[0][]), Map.copyOf(keywordForms),
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
