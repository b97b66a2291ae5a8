package dev.errorcatalog.check;

import com.ibm.icu.text.MessagePattern;
import dev.errorcatalog.internal.MessagePatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ICU message pattern cut into what a translator writes and what must stay as it is: literal
 * {@linkplain Kind#TEXT text}, ICU {@linkplain Kind#SYNTAX syntax} (arguments, their names and types,
 * plural keywords and selectors, {@code #}, quoting apostrophes) and {@linkplain Kind#TOKEN technical tokens}
 * inside the text (quoted braces such as {@code '{id}'}, parameter names such as {@code expires_at}, URLs,
 * acronyms such as {@code SWML}, {@code %{content_type}}). Used to protect them in an XLIFF export and to
 * leave them alone in pseudo-locales.
 */
final class PatternText {

    /** What a span of the pattern is. */
    enum Kind {
        TEXT, SYNTAX, TOKEN
    }

    /** The characters {@code [start, end)} of the pattern. */
    record Span(int start, int end, Kind kind) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "https?://\\S+"                                   // URLs
                    + "|%\\{[^}]*}|%[A-Za-z_]+"                // printf and Ruby style placeholders
                    + "|\\{[^{}]*}|[{}#|]"                     // quoted ICU syntax
                    + "|`[^`]*`"                               // code in back quotes
                    + "|[A-Za-z0-9]*_[A-Za-z0-9_]*"             // snake_case names
                    + "|\\+[0-9]+"                              // phone numbers
                    + "|[a-z0-9]{2,}(?:\\.[a-z0-9]{2,})+"     // dotted names, domains
                    + "|\\b[a-z]+[A-Z][A-Za-z0-9]*\\b"         // camelCase names
                    + "|\\b[A-Z]\\.[0-9]+\\b"                  // E.164
                    + "|\\b[0-9]*[A-Z][A-Z0-9]{2,}s?\\b");    // acronyms: SWML, 10DLC, URLs (not ID: it is translated)

    private PatternText() {
    }

    /**
     * The spans of {@code pattern}, in order and covering all of it.
     *
     * @throws IllegalArgumentException if ICU cannot parse the pattern
     */
    static List<Span> spans(String pattern) {
        MessagePattern parsed = MessagePatterns.parse(pattern);
        List<Span> spans = new ArrayList<>();
        // a stack of what encloses the cursor: true for a message (literal text), false for an argument
        boolean[] inMessage = new boolean[parsed.countParts() + 1];
        int depth = 0;
        int cursor = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getIndex() > cursor) {
                if (depth > 0 && inMessage[depth - 1]) {
                    text(pattern, cursor, part.getIndex(), spans);
                } else {
                    add(spans, cursor, part.getIndex(), Kind.SYNTAX);
                }
            }
            if (part.getLimit() > cursor) { // an explicit value's number lies inside its selector
                add(spans, Math.max(cursor, part.getIndex()), part.getLimit(), Kind.SYNTAX);
            }
            cursor = Math.max(cursor, part.getLimit());
            switch (part.getType()) {
                case MSG_START -> inMessage[depth++] = true;
                case ARG_START -> inMessage[depth++] = false;
                case MSG_LIMIT, ARG_LIMIT -> depth--;
                default -> {
                }
            }
        }
        if (cursor < pattern.length()) {
            text(pattern, cursor, pattern.length(), spans);
        }
        return spans;
    }

    /** The literal text between syntax, with the technical tokens in it marked. */
    private static void text(String pattern, int start, int end, List<Span> spans) {
        Matcher m = TOKEN.matcher(pattern).region(start, end);
        int at = start;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            add(spans, at, m.start(), Kind.TEXT);
            add(spans, m.start(), m.end(), Kind.TOKEN);
            at = m.end();
        }
        add(spans, at, end, Kind.TEXT);
    }

    /** Adds a span, merging it into the previous one of the same kind. */
    private static void add(List<Span> spans, int start, int end, Kind kind) {
        if (end <= start) {
            return;
        }
        if (!spans.isEmpty()) {
            Span last = spans.get(spans.size() - 1);
            if (last.kind() == kind && last.end() == start) {
                spans.set(spans.size() - 1, new Span(last.start(), end, kind));
                return;
            }
        }
        spans.add(new Span(start, end, kind));
    }
}
