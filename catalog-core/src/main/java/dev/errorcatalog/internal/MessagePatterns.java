package dev.errorcatalog.internal;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;

/**
 * How the catalog and the checker read an ICU pattern: its nesting is measured first, without recursion, and
 * patterns ICU would parse but then fail on at format time are rejected.
 *
 * <p>ICU's {@link MessagePattern}, ICU's {@code MessageFormat} and our compiler and formatter all recurse once
 * per nested argument; on a thread with a 256 KB stack the first of them overflows at about 116 levels (README,
 * Reliability). A pattern that nests arguments more than {@value #MAX_NESTING} deep is therefore rejected before
 * anything recursive reads it.
 */
public final class MessagePatterns {

    /** Arguments nested in arguments at most, e.g. 3 for a plural inside a select inside a select. */
    public static final int MAX_NESTING = 10;

    private static final int NONE = 0;
    private static final int SIMPLE = 1;
    private static final int PLURAL = 2; // plural and selectordinal: # in their messages, '# quotes
    private static final int SELECT = 3;
    private static final int CHOICE = 4; // | ends its messages, '| quotes

    private static final int NAME = 0;
    private static final int TYPE = 1;
    private static final int STYLE = 2;

    private MessagePatterns() {
    }

    /**
     * Parses a pattern as the catalog does (apostrophe mode {@code DOUBLE_OPTIONAL}).
     *
     * @throws IllegalArgumentException if it nests deeper than {@value #MAX_NESTING}, ICU rejects it, or a
     *     plural or select lacks {@code other} (ICU takes a prefix such as {@code oth} for {@code other}, then
     *     recurses without end when formatting it)
     */
    public static MessagePattern parse(String pattern) {
        int nesting = nesting(pattern);
        if (nesting > MAX_NESTING) {
            throw new IllegalArgumentException("arguments nest " + nesting + " deep, more than the " + MAX_NESTING
                    + " the catalog allows");
        }
        MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        requireOther(parsed);
        return parsed;
    }

    /**
     * How deep arguments nest in a pattern: 0 for plain text, 1 for {@code {x}}, 2 for
     * {@code {x, select, other {{n, number}}}}. Reads the pattern as ICU's {@code MessagePattern} does, quoting
     * included, but with a loop instead of recursion, so any length and depth is safe; where ICU would reject
     * the pattern it stops, as ICU does, with the depth reached so far.
     */
    public static int nesting(String pattern) {
        int[] types = new int[16]; // the type of each open argument, innermost last
        int depth = 0;
        int max = 0;
        boolean inMessage = true; // in message text (top level or a sub-message of the innermost argument)
        int phase = NAME;
        int start = 0;
        int braces = 0; // nested braces in a simple argument's style
        int n = pattern.length();
        for (int i = 0; i < n;) {
            char c = pattern.charAt(i++);
            int parent = depth == 0 ? NONE : types[depth - 1];
            if (inMessage) {
                if (c == '\'') {
                    i = skipQuoted(pattern, i, parent);
                } else if (c == '{') {
                    if (depth == types.length) {
                        types = java.util.Arrays.copyOf(types, depth * 2);
                    }
                    types[depth++] = NONE;
                    max = Math.max(max, depth);
                    inMessage = false;
                    phase = NAME;
                    start = i;
                } else if (depth > 0 && c == '}') {
                    inMessage = false; // back in the argument's style; for a choice, '}' also ends the argument
                    phase = STYLE;
                    if (parent == CHOICE) {
                        depth--;
                        inMessage = true;
                    }
                } else if (parent == CHOICE && c == '|') {
                    inMessage = false;
                    phase = STYLE;
                }
            } else if (phase == NAME || phase == TYPE) {
                if (c == '{') {
                    return max; // ICU: bad argument syntax
                } else if (c == '}') {
                    depth--;
                    inMessage = true;
                } else if (c == ',' && phase == NAME) {
                    phase = TYPE;
                    start = i;
                } else if (c == ',') {
                    types[depth - 1] = type(pattern, start, i - 1);
                    phase = STYLE;
                    braces = 0;
                }
            } else if (parent == SIMPLE) {
                if (c == '\'') {
                    int end = pattern.indexOf('\'', i);
                    if (end < 0) {
                        return max; // ICU: quoted style text reaches to the end
                    }
                    i = end + 1;
                } else if (c == '{') {
                    braces++;
                } else if (c == '}' && braces > 0) {
                    braces--;
                } else if (c == '}') {
                    depth--;
                    inMessage = true;
                }
            } else if (parent == CHOICE) {
                if (c == '#' || c == '<' || c == '\u2264') {
                    inMessage = true;
                } else if (c == '{' || c == '}') {
                    return max; // ICU: bad choice pattern syntax
                }
            } else if (c == '{') { // plural or select: a branch's message
                inMessage = true;
            } else if (c == '}') {
                depth--;
                inMessage = true;
            }
        }
        return max;
    }

    /** After an apostrophe in message text: the index past what it quotes, as {@code DOUBLE_OPTIONAL} has it. */
    private static int skipQuoted(String pattern, int i, int parent) {
        if (i == pattern.length()) {
            return i;
        }
        char next = pattern.charAt(i);
        if (next == '\'') {
            return i + 1;
        }
        if (next != '{' && next != '}' && !(parent == CHOICE && next == '|') && !(parent == PLURAL && next == '#')) {
            return i; // a literal apostrophe
        }
        for (int j = i;;) {
            j = pattern.indexOf('\'', j + 1);
            if (j < 0) {
                return pattern.length();
            }
            if (j + 1 < pattern.length() && pattern.charAt(j + 1) == '\'') {
                j++; // a doubled apostrophe inside quoted text
            } else {
                return j + 1;
            }
        }
    }

    /** The argument type between {@code from} and {@code to}, as ICU classifies it (ASCII case ignored). */
    private static int type(String pattern, int from, int to) {
        while (from < to && isWhiteSpace(pattern.charAt(from))) {
            from++;
        }
        while (to > from && isWhiteSpace(pattern.charAt(to - 1))) {
            to--;
        }
        String type = asciiLowerCase(pattern.substring(from, to));
        switch (type) {
            case "plural":
            case "selectordinal":
                return PLURAL;
            case "select":
                return SELECT;
            case "choice":
                return CHOICE;
            default:
                return SIMPLE;
        }
    }

    private static String asciiLowerCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /** The start of a pattern for a message, as ICU shows it. */
    private static String prefix(String pattern) {
        return pattern.length() <= 24 ? pattern : pattern.substring(0, 20) + " ...";
    }

    /** ICU's {@code PatternProps.isWhiteSpace}: Pattern_White_Space. */
    static boolean isWhiteSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u200E' || c == '\u200F'
                || c == '\u2028' || c == '\u2029';
    }

    /**
     * Every plural, selectordinal and select has a branch named exactly {@code other}. ICU's parser accepts any
     * prefix of it ({@code o}, {@code oth}, …) as {@code other}, and its {@code MessageFormat} then recurses until
     * the stack overflows when it selects {@code other}.
     */
    private static void requireOther(MessagePattern parsed) {
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            ArgType type = part.getArgType();
            if (part.getType() != Part.Type.ARG_START || !(type.hasPluralStyle() || type == ArgType.SELECT)) {
                continue;
            }
            boolean other = false;
            String prefix = null;
            for (int j = i + 2; parsed.getPartType(j) != Part.Type.ARG_LIMIT; j++) {
                Part inner = parsed.getPart(j);
                if (inner.getType() == Part.Type.ARG_SELECTOR) {
                    String selector = parsed.getSubstring(inner);
                    other |= selector.equals("other");
                    prefix = "other".startsWith(selector) ? selector : prefix;
                } else if (inner.getType() == Part.Type.MSG_START) {
                    j = parsed.getLimitPartIndex(j);
                }
            }
            if (!other) {
                throw new IllegalArgumentException("Missing 'other' keyword in " + type.name().toLowerCase(java.util.Locale.ROOT)
                        + " pattern in \"" + prefix(parsed.getPatternString()) + "\" ('" + prefix + "' is not 'other')");
            }
        }
    }
}
