package dev.errorcatalog.internal;

/**
 * The first reading of an ICU pattern, before anything recursive parses it: how deep its arguments nest, where
 * it quotes, and a stray closing brace; {@link PatternModel} builds on it.
 *
 * <p>ICU's {@code MessagePattern}, ICU's {@code MessageFormat} and our compiler and formatter all recurse once
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
     * Parses a pattern the catalog can use ({@link PatternModel#of(String)}).
     *
     * @throws IllegalArgumentException if the catalog cannot use it; the message says why
     */
    public static com.ibm.icu.text.MessagePattern parse(String pattern) {
        PatternModel model = PatternModel.of(pattern);
        if (model.rejection() != null) {
            throw new IllegalArgumentException(model.rejection().message());
        }
        return model.parsed();
    }

    /**
     * How deep arguments nest in a pattern: 0 for plain text, 1 for {@code {x}}, 2 for
     * {@code {x, select, other {{n, number}}}}. Reads the pattern as ICU's {@code MessagePattern} does, quoting
     * included, but with a loop instead of recursion, so any length and depth is safe; where ICU would reject
     * the pattern it stops, as ICU does, with the depth reached so far.
     */
    public static int nesting(String pattern) {
        return scan(pattern).nesting();
    }

    /**
     * What the scan of a pattern found, up to where ICU would reject it ({@code complete} is false then).
     *
     * @param nesting how deep arguments nest ({@link #nesting(String)})
     * @param quoted the quoted literal text in messages, as pairs of start (its apostrophe) and end (exclusive)
     * @param stray the index of the first {@code }} of the top-level text, which closes nothing, or -1
     */
    public record Scan(int nesting, int[] quoted, int stray, boolean complete) {
    }

    /** Scans a pattern as {@link #nesting(String)} does, and notes its quoting and a stray {@code }}. */
    public static Scan scan(String pattern) {
        int[] quoted = new int[0];
        int stray = -1;
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
                    int end = skipQuoted(pattern, i, parent);
                    if (end > i + 1 || (end == pattern.length() && end > i)) { // quoted text, not '' or a literal '
                        quoted = java.util.Arrays.copyOf(quoted, quoted.length + 2);
                        quoted[quoted.length - 2] = i - 1;
                        quoted[quoted.length - 1] = end;
                    }
                    i = end;
                } else if (depth == 0 && c == '}') {
                    stray = stray < 0 ? i - 1 : stray;
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
                    return new Scan(max, quoted, stray, false); // ICU: bad argument syntax
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
                        return new Scan(max, quoted, stray, false); // ICU: quoted text reaches to the end
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
                    return new Scan(max, quoted, stray, false); // ICU: bad choice pattern syntax
                }
            } else if (c == '{') { // plural or select: a branch's message
                inMessage = true;
            } else if (c == '}') {
                depth--;
                inMessage = true;
            }
        }
        return new Scan(max, quoted, stray, depth == 0);
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

    /** ICU's {@code PatternProps.isWhiteSpace}: Pattern_White_Space. */
    static boolean isWhiteSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u200E' || c == '\u200F'
                || c == '\u2028' || c == '\u2029';
    }
}
