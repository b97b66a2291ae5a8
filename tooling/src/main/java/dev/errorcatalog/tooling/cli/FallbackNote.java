package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.ResolvedMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one line a text-mode {@code resolve} or {@code list} writes on standard error when what it printed is not
 * exactly what was asked: which fallback, and why. It starts {@code errorcatalog: fallback REASON:}, the reason
 * as the JSON output spells it.
 */
final class FallbackNote {

    private FallbackNote() {
    }

    /** The note for one resolved message, or {@code null} when nothing fell back. */
    static String of(ErrorCatalog catalog, String code, Locale requested, Map<String, ?> arguments, ResolvedMessage message) {
        if (!message.isFallback()) {
            return null;
        }
        String why = switch (message.fallback()) {
            case UNKNOWN_CODE -> code.isBlank() ? "no code given; printed the generic message"
                    : "'" + code + "' is not a code of catalog version " + ErrorCatalog.CATALOG_VERSION
                            + "; printed the generic message" + suggestion(code);
            case UNSUPPORTED_LOCALE -> noModule(catalog, requested) + "; printed the " + message.languageTag() + " text";
            case MISSING_MESSAGE -> "the " + requested.toLanguageTag() + " locale has no usable message for " + message.code()
                    + "; printed the " + message.languageTag() + " text";
            case INVALID_ARGUMENTS -> invalidArguments(message.code(), arguments);
            case NONE -> throw new AssertionError();
        };
        String missing = message.fallback() == Fallback.INVALID_ARGUMENTS ? "" : missingArguments(message.code(), arguments);
        return prefix(message.fallback()) + why + (missing.isEmpty() ? "" : "; " + missing);
    }

    /**
     * The note for a message resolved in the locale negotiated from an {@code Accept-Language} header, when no
     * language of the header is installed and the default locale's text was printed; else {@code null}.
     */
    static String ofNegotiation(ErrorCatalog catalog, String header, ResolvedMessage message) {
        if (header == null || header.isBlank() || !message.locale().equals(catalog.defaultLocale())) {
            return null;
        }
        String negotiated = catalog.defaultLocale().getLanguage();
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String range = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean excluded = false;
            for (int i = 1; i < parts.length; i++) {
                excluded |= parts[i].strip().matches("q\\s*=\\s*0(\\.0*)?");
            }
            if (!excluded && (range.equals("*") || range.split("[-_]")[0].equals(negotiated))) {
                return null;
            }
        }
        return prefix(Fallback.UNSUPPORTED_LOCALE) + "no installed locale matches Accept-Language '" + header.strip() + "' ("
                + installed(catalog) + "); printed the " + message.languageTag() + " text";
    }

    /** The note for a list in {@code requested}, or {@code null} when every message is the requested locale's own. */
    static String ofList(ErrorCatalog catalog, Locale requested, Collection<ResolvedMessage> messages) {
        List<ResolvedMessage> fallbacks = messages.stream().filter(ResolvedMessage::isFallback).toList();
        if (fallbacks.isEmpty()) {
            return null;
        }
        if (fallbacks.stream().allMatch(m -> m.fallback() == Fallback.UNSUPPORTED_LOCALE)) {
            return prefix(Fallback.UNSUPPORTED_LOCALE) + noModule(catalog, requested) + "; listed the "
                    + fallbacks.get(0).languageTag() + " texts";
        }
        Map<Fallback, List<String>> byReason = new EnumMap<>(Fallback.class);
        for (ResolvedMessage message : fallbacks) {
            byReason.computeIfAbsent(message.fallback(), reason -> new ArrayList<>()).add(message.code());
        }
        Fallback last = List.copyOf(byReason.keySet()).get(byReason.size() - 1);   // as resolve reports: the last listed wins
        return prefix(last) + fallbacks.size() + " of " + messages.size() + " messages are not " + requested.toLanguageTag()
                + "'s own: " + byReason.entrySet().stream()
                        .map(e -> reason(e.getKey()) + " " + abbreviate(e.getValue()))
                        .collect(Collectors.joining("; "));
    }

    private static String prefix(Fallback reason) {
        return "errorcatalog: fallback " + reason(reason) + ": ";
    }

    private static String reason(Fallback reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    private static String noModule(ErrorCatalog catalog, Locale requested) {
        return "no locale module for " + requested.toLanguageTag() + " (" + installed(catalog) + ")";
    }

    private static String installed(ErrorCatalog catalog) {
        return "installed: " + catalog.locales().stream().map(Locale::toLanguageTag).sorted().collect(Collectors.joining(", "))
                + "; --bundles PATH adds one that is not in the jar";
    }

    private static String invalidArguments(String code, Map<String, ?> arguments) {
        String missing = missingArguments(code, arguments);
        return missing.isEmpty() ? "an argument of " + code + " is not of the kind it takes (see 'list --format json');"
                + " printed it as text" : missing;
    }

    /** E.g. {@code missing --arg waitDays=…, trialWaitDays=… (printed as {waitDays}, {trialWaitDays})}; empty if none. */
    private static String missingArguments(String code, Map<String, ?> arguments) {
        List<String> missing = ErrorCode.fromCode(code).map(ErrorCode::arguments).orElse(List.of()).stream()
                .map(Argument::name).filter(name -> arguments.get(name) == null).toList();
        if (missing.isEmpty()) {
            return "";
        }
        return code + " needs " + missing.stream().map(n -> "--arg " + n + "=…").collect(Collectors.joining(" "))
                + " (printed as " + missing.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", ")) + ")";
    }

    private static String abbreviate(List<String> codes) {
        return codes.size() <= 5 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 5)) + " and " + (codes.size() - 5) + " more";
    }

    /** {@code "; did you mean X?"} for a known code at most two edits away (one for short codes), else empty. */
    private static String suggestion(String code) {
        String typed = code.toLowerCase(Locale.ROOT);
        int allowed = typed.length() < 8 ? 1 : 2;
        String best = null;
        int bestDistance = allowed + 1;
        for (ErrorCode candidate : ErrorCode.values()) {
            int distance = distance(typed, candidate.code(), bestDistance);
            if (distance < bestDistance) {
                best = candidate.code();
                bestDistance = distance;
            }
        }
        return best == null ? "" : "; did you mean " + best + "?";
    }

    /** Levenshtein distance, or {@code limit} once it is certain to reach it. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 64) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit);
    }
}
