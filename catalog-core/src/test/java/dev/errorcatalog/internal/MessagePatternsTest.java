package dev.errorcatalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.util.ULocale;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The nesting scan reads patterns exactly as ICU does, without recursion, and the limit keeps every path safe. */
@AddLifecycleHook(dev.errorcatalog.FuzzSeeds.class)
class MessagePatternsTest {

    private static final int SMALL_STACK = 256 * 1024;

    @Property(tries = 3000)
    void theScanMeasuresTheNestingIcuParses(@ForAll("patterns") String pattern) {
        MessagePattern parsed;
        try {
            parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        } catch (RuntimeException e) {
            return; // where ICU stops, the scan stops too, with at least the depth ICU reached
        }
        assertEquals(icuNesting(parsed), MessagePatterns.nesting(pattern), pattern);
    }

    @Example
    void examples() {
        assertEquals(0, MessagePatterns.nesting("plain text, '{quoted}' and a stray } brace"));
        assertEquals(1, MessagePatterns.nesting("{x}"));
        assertEquals(2, MessagePatterns.nesting("{x, select, other {{n, number}}}"));
        assertEquals(1, MessagePatterns.nesting("{n, plural, other {'#{x}'}}")); // '# quotes in a plural
        assertEquals(2, MessagePatterns.nesting("{s, select, other {'#{x}'}}")); // and not in a select
        assertEquals(2, MessagePatterns.nesting("{n, choice, 0#none|1#'|{x}'|2#{y}}"));
        assertEquals(1, MessagePatterns.nesting("{n, number, '{'{x}}")); // a style's braces are no arguments
        assertEquals(2, MessagePatterns.nesting("{s,\u200ESELECT\u200E, other {{x}}}")); // ICU's white space and case
    }

    @Example
    void theScanNeedsNoStackForAnyDepth() throws Exception {
        String deep = nested(100_000);
        assertEquals(100_000, onSmallStack(() -> MessagePatterns.nesting(deep)));
        assertEquals(new PatternModel.Rejection(PatternModel.Problem.NESTING, 0,
                "arguments nest 100000 deep, more than the 10 the catalog allows"), PatternModel.of(deep).rejection());
    }

    @Example
    void aPatternAtTheLimitCompilesAndFormatsOnASmallStack() throws Exception {
        String select = nested(MessagePatterns.MAX_NESTING);
        String plural = "{n, plural, one {# a} other {".repeat(MessagePatterns.MAX_NESTING - 1) + "{d, date}" + "}}".repeat(9);
        Formatters formatters = new Formatters(Locale.ENGLISH);
        Map<String, Object> values = Map.of("subject", "s", "n", 3, "d", new java.util.Date(0));
        assertEquals("x", onSmallStack(() -> format(CompiledMessage.compile(select, formatters), values)));
        CompiledMessage icu = onSmallStack(() -> CompiledMessage.compile(plural, formatters));
        assertTrue(icu.usesIcuFormat()); // the date leaves it to ICU's MessageFormat, which recurses too
        assertEquals(new MessageFormat(plural, ULocale.ENGLISH).format(values), onSmallStack(() -> format(icu, values)));
        assertEquals(PatternModel.Problem.NESTING, PatternModel.of(nested(MessagePatterns.MAX_NESTING + 1)).rejection().problem());
    }

    @Example
    void aPrefixOfOtherIsNoOther() {
        for (String pattern : new String[] {"{n, plural, one {x} oth {y}}", "{s, select, a {x} o {y}}",
                "{n, selectordinal, one {x} othe {y}}"}) {
            new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern); // ICU accepts it
            PatternModel.Rejection rejection = PatternModel.of(pattern).rejection();
            assertTrue(rejection.message().startsWith("Missing 'other' keyword in "), rejection::toString);
            assertTrue(rejection.problem() == PatternModel.Problem.PLURAL_MISSING_OTHER
                    || rejection.problem() == PatternModel.Problem.SELECT_MISSING_OTHER, rejection::toString);
        }
        assertEquals(null, PatternModel.of("{n, plural, one {x} other {y}}").rejection());
    }

    @Example
    void theModelSaysWhyThePatternIsUnusable() {
        assertEquals(PatternModel.Problem.SYNTAX, PatternModel.of("{n, anzahl}").rejection().problem());
        assertTrue(PatternModel.of("{x, plurales, one {a} other {b}}").rejection().message().startsWith("Unknown format type"));
        assertTrue(PatternModel.of("{n, number, ::bogus}").rejection().message().contains("skeleton"));
        assertEquals(PatternModel.Problem.STRAY_BRACE, PatternModel.of("a } b").rejection().problem());
        assertEquals(null, PatternModel.of("a '}' b").rejection());
        assertEquals(PatternModel.Problem.NUMBERED, PatternModel.of("{0}").rejection().problem());
        assertEquals(PatternModel.Problem.SYNTAX, PatternModel.of("{x").rejection().problem());
        assertEquals(PatternModel.Problem.PLURAL_MISSING_OTHER, PatternModel.of("{n, plural, one {x}}").rejection().problem());
    }

    @Example
    void theModelListsEachUseWithItsKindAndBranches() {
        PatternModel model = PatternModel.of("{s, select, a {{n, plural, one {#} other {{n, number}}}} other {{d, date}}}");
        assertEquals(null, model.rejection());
        assertEquals(java.util.List.of(
                new PatternModel.Use("s", PatternModel.Kind.SELECT, 0, java.util.List.of("a", "other")),
                new PatternModel.Use("n", PatternModel.Kind.PLURAL, 15, java.util.List.of("one", "other")),
                new PatternModel.Use("n", PatternModel.Kind.NUMBER, 42, java.util.List.of()),
                new PatternModel.Use("d", PatternModel.Kind.DATE, 64, java.util.List.of())), model.uses());
        assertEquals(Map.of("s", PatternModel.Kind.SELECT, "n", PatternModel.Kind.PLURAL, "d", PatternModel.Kind.DATE),
                model.arguments());
    }

    static String nested(int depth) {
        return "{subject, select, other {".repeat(depth) + "x" + "}}".repeat(depth);
    }

    private static String format(CompiledMessage message, Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        message.format(values, out);
        return out.toString();
    }

    interface Task<T> {
        T run() throws Exception;
    }

    /** Runs a task on a thread with a 256 KB stack, as a request thread of a small server may have. */
    static <T> T onSmallStack(Task<T> task) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(task.run());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        thread.join();
        if (result.get() instanceof Throwable) {
            throw new AssertionError("failed on a 256 KB stack", (Throwable) result.get());
        }
        @SuppressWarnings("unchecked")
        T value = (T) result.get();
        return value;
    }

    /** The deepest argument of a parsed pattern: the nesting level of its message, plus one. */
    private static int icuNesting(MessagePattern parsed) {
        Deque<Integer> messages = new ArrayDeque<>();
        int max = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Part.Type.MSG_START) {
                messages.push(part.getValue());
            } else if (part.getType() == Part.Type.MSG_LIMIT) {
                messages.pop();
            } else if (part.getType() == Part.Type.ARG_START) {
                max = Math.max(max, messages.peek() + 1);
            }
        }
        return max;
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.randomValue(random -> {
            StringBuilder out = new StringBuilder();
            message(random, 0, out);
            return out.toString();
        });
    }

    private static final String[] TEXT = {"a", " ", "'", "''", "'{'", "'}'", "'#'", "'|'", "#", "|", "{", "}", "'{x}'",
        "\u200E", ",", "'#{x}'", "'|{x}|'"};
    private static final String[] SPACE = {"", " ", "\t", "\u200E", "\u00A0"};
    private static final String[] SELECTOR = {"one", "few", "=1", "a", "other", "oth"};

    private static void message(Random random, int depth, StringBuilder out) {
        for (int pieces = random.nextInt(5); pieces > 0; pieces--) {
            if (depth >= 12 || random.nextInt(3) > 0) {
                out.append(TEXT[random.nextInt(TEXT.length)]);
                continue;
            }
            String space = SPACE[random.nextInt(SPACE.length)];
            out.append('{').append(space).append(random.nextBoolean() ? "x" : "n").append(space);
            switch (random.nextInt(7)) {
                case 0 -> out.append('}');
                case 1 -> out.append(", number").append(space).append('}');
                case 2 -> out.append(", number, ").append(random.nextBoolean() ? "'{'" : "{a}").append('}');
                case 3, 4 -> {
                    String type = new String[] {"plural", "select", "selectordinal", "SELECT", "Plural"}[random.nextInt(5)];
                    out.append(',').append(space).append(type).append(space).append(',');
                    if (random.nextInt(4) == 0) {
                        out.append(" offset:1");
                    }
                    for (int branches = 1 + random.nextInt(3); branches > 0; branches--) {
                        out.append(' ').append(SELECTOR[random.nextInt(SELECTOR.length)]).append(space).append('{');
                        message(random, depth + 1, out);
                        out.append('}');
                    }
                    out.append(" other {");
                    message(random, depth + 1, out);
                    out.append("}}");
                }
                default -> {
                    out.append(", choice, ");
                    for (int branches = 1 + random.nextInt(3); branches > 0; branches--) {
                        out.append(branches).append(random.nextBoolean() ? '#' : '<');
                        message(random, depth + 1, out);
                        out.append(branches > 1 ? "|" : "");
                    }
                    out.append('}');
                }
            }
        }
    }
}
