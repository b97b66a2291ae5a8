package dev.errorcatalog.jackson;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ArgumentType;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.MessageResolutionException;
import dev.errorcatalog.ResolvedMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads argument values back from an upstream English text, where that text is exactly the code's
 * English message for some values.
 *
 * <p>For each code with arguments the catalog's own English message is rendered once with marker values
 * (a private-use text for a text argument, a large number for a number, which selects a plural's
 * {@code other} form; and each plural also as 1, for its {@code one} form) and turned into a regular
 * expression. A match is only a candidate: the values are accepted when rendering the English message
 * with them gives the upstream text character for character.
 */
final class ArgumentReader {

    private static final long NUMBER_MARKER = 987_654_321L;
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";

    /** One way the English message can look: a regex, and for each group the argument it captures. */
    private record Template(Pattern pattern, Argument[] groups, Map<String, Object> fixed) {
    }

    private final ErrorCatalog catalog;
    /** By ordinal; {@code null} for codes without arguments or without a usable English message. */
    private final List<List<Template>> templates;

    ArgumentReader(ErrorCatalog catalog) {
        this.catalog = catalog;
        List<List<Template>> all = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            all.add(code.arguments().isEmpty() ? null : templates(code));
        }
        this.templates = all;
    }

    /** The values read back from {@code upstream}, or {@code null} if it is not the code's English message. */
    Map<String, Object> read(ErrorCode code, String upstream) {
        List<Template> forms = templates.get(code.ordinal());
        if (forms == null || upstream == null) {
            return null;
        }
        for (Template form : forms) {
            Matcher matcher = form.pattern().matcher(upstream);
            if (!matcher.matches()) {
                continue;
            }
            Map<String, Object> values = new HashMap<>(form.fixed());
            boolean consistent = true;
            int group = 1;
            for (Argument argument : form.groups()) {
                Object value;
                if (argument.type() == ArgumentType.TEXT) {
                    value = matcher.group(group++);
                } else {
                    value = number(matcher.group(group), matcher.group(group + 1));
                    group += 2;
                }
                Object before = values.putIfAbsent(argument.name(), value);
                consistent &= before == null || before.equals(value);
            }
            if (consistent && upstream.equals(english(code, values))) {
                return values;
            }
        }
        return null;
    }

    private static Object number(String integer, String fraction) {
        String digits = integer.replace(",", "");
        if (fraction == null && digits.length() <= 18) {
            return Long.parseLong(digits);
        }
        return new BigDecimal(fraction == null ? digits : digits + "." + fraction);
    }

    /** The code's English text with these values, or {@code null} if the catalog has no exact English one. */
    private String english(ErrorCode code, Map<String, ?> values) {
        try {
            ResolvedMessage message = catalog.resolve(code, Locale.ENGLISH, values);
            return message.fallback() == Fallback.NONE && message.locale().getLanguage().equals("en") ? message.text() : null;
        } catch (MessageResolutionException e) { // a strict catalog without English
            return null;
        }
    }

    private List<Template> templates(ErrorCode code) {
        List<Argument> plurals = code.arguments().stream().filter(a -> a.type() == ArgumentType.PLURAL).toList();
        List<Template> forms = new ArrayList<>();
        for (int ones = 0; ones < 1 << plurals.size(); ones++) {
            Map<String, Object> markers = new HashMap<>();
            Map<String, Object> fixed = new HashMap<>();
            int index = 0;
            for (Argument argument : code.arguments()) {
                int plural = plurals.indexOf(argument);
                if (plural >= 0 && (ones & 1 << plural) != 0) {
                    fixed.put(argument.name(), 1L);
                    markers.put(argument.name(), 1L);
                } else {
                    markers.put(argument.name(), argument.type() == ArgumentType.TEXT
                            ? "\uE000" + index + "\uE001" : NUMBER_MARKER + index);
                }
                index++;
            }
            String rendered = english(code, markers);
            Template form = rendered == null ? null : template(code, rendered, markers, fixed);
            if (form != null) {
                forms.add(form);
            }
        }
        return forms.isEmpty() ? null : List.copyOf(forms);
    }

    /** The regex for a rendering with markers, or {@code null} if an argument's marker is not in it. */
    private static Template template(ErrorCode code, String rendered, Map<String, Object> markers, Map<String, Object> fixed) {
        record Hit(int at, int length, Argument argument) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Argument argument : code.arguments()) {
            if (fixed.containsKey(argument.name())) {
                continue;
            }
            Object marker = markers.get(argument.name());
            String shown = marker instanceof Long n ? String.format(Locale.ROOT, "%,d", n) : (String) marker;
            int before = hits.size();
            for (int at = rendered.indexOf(shown); at >= 0; at = rendered.indexOf(shown, at + shown.length())) {
                hits.add(new Hit(at, shown.length(), argument));
            }
            if (hits.size() == before) {
                return null;
            }
        }
        hits.sort((a, b) -> Integer.compare(a.at(), b.at()));
        StringBuilder regex = new StringBuilder();
        List<Argument> groups = new ArrayList<>();
        int from = 0;
        for (Hit hit : hits) {
            regex.append(Pattern.quote(rendered.substring(from, hit.at())));
            regex.append(hit.argument().type() == ArgumentType.TEXT ? "(.+?)" : NUMBER);
            groups.add(hit.argument());
            from = hit.at() + hit.length();
        }
        regex.append(Pattern.quote(rendered.substring(from)));
        return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), groups.toArray(Argument[]::new), Map.copyOf(fixed));
    }
}
