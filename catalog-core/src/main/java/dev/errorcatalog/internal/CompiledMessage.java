package dev.errorcatalog.internal;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import dev.errorcatalog.internal.Nodes.Node;
import dev.errorcatalog.internal.PatternModel.Kind;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

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

    private final String pattern;
    private final Map<String, Kind> arguments;
    private final Node[] nodes;
    private final MessageFormat icuPrototype;
    private final String constantText;

    private CompiledMessage(String pattern, Map<String, Kind> arguments, Node[] nodes,
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
     * @throws IllegalArgumentException if the pattern is unusable: {@link PatternModel#rejection()} says why
     */
    public static CompiledMessage compile(String pattern, Formatters formatters) {
        PatternModel model = PatternModel.of(pattern);
        if (model.rejection() != null) {
            throw new IllegalArgumentException(model.rejection().message());
        }
        MessagePattern parsed = model.parsed();
        Map<String, Kind> arguments = model.arguments();
        if (arguments.isEmpty()) {
            return new CompiledMessage(pattern, Map.of(), Nodes.NONE, null, literalText(parsed));
        }
        Map<String, Kind> kinds = Collections.unmodifiableMap(arguments);
        try {
            Node[] nodes = new MessageCompiler(parsed, formatters).message(0, false);
            return new CompiledMessage(pattern, kinds, nodes, null, null);
        } catch (MessageCompiler.Unsupported e) {
            return new CompiledMessage(pattern, kinds, null, new MessageFormat(pattern, formatters.locale()), null);
        }
    }

    /** The source pattern. */
    public String pattern() {
        return pattern;
    }

    /** The argument names the pattern uses, in order of first use, with how it uses them. */
    public Map<String, Kind> arguments() {
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
        Nodes.Context context = new Nodes.Context(values);
        Nodes.appendAll(nodes, context, out, null);
        return context.valid;
    }

    /**
     * ICU prints a missing argument as its placeholder, so missing and {@code null} ones are left out;
     * a non-number where the pattern needs one makes ICU throw, and that is passed on.
     */
    private boolean formatWithIcu(Map<String, ?> values, StringBuilder out) {
        Map<String, Object> present = new HashMap<>();
        boolean valid = true;
        for (Map.Entry<String, Kind> argument : arguments.entrySet()) {
            Object value = values.get(argument.getKey());
            if (NumberFormatter.isHuge(value)) {
                valid = false;
                value = value.toString();
            }
            if (value == null) {
                valid = false;
            } else if (argument.getValue().needsNumber() && !(value instanceof Number)) {
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
}
