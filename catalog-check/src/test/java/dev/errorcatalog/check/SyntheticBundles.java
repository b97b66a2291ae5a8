package dev.errorcatalog.check;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic bundle set (KEYS keys × LOCALES locales, a quarter of the messages with a plural) and
 * times the check of it: {@code java -cp ... SyntheticBundles DIR [KEYS] [LOCALES]}. Not a test; nothing is committed.
 */
public final class SyntheticBundles {

    private static final List<String> TAGS = List.of("de", "es", "fr", "it", "pt", "nl", "sv", "da", "fi", "pl", "cs", "sk", "hu",
            "ro", "bg", "el", "ru", "uk", "tr", "ar", "he", "ja", "ko", "zh", "vi", "th", "id", "ms", "hi", "lt", "lv", "et");

    private SyntheticBundles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int locales = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Files.createDirectories(dir);
        write(dir.resolve("app_en.properties"), keys, "Message");
        for (String tag : TAGS.subList(0, locales)) {
            write(dir.resolve("app_" + tag + ".properties"), keys, "Nachricht " + tag);
        }
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Report report = Checker.builder().sourceLocale(Locale.ENGLISH).severity(CheckId.PLURAL_MISSING_LOCALE_CATEGORY, Severity.NONE)
                    .severity(CheckId.PLURAL_UNUSED_CATEGORY, Severity.NONE).build().check(List.of(dir));
            System.out.printf(Locale.ROOT, "run %d: %d keys x %d locales checked in %d ms, %d findings%n", run, keys, locales + 1,
                    (System.nanoTime() - start) / 1_000_000, report.findings().size());
        }
    }

    private static void write(Path file, int keys, String word) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < keys; i++) {
                String value = switch (i % 4) {
                    case 0 -> word + " " + i + " für {name} mit {count, number} Einträgen.";
                    case 1 -> word + " " + i + ": bitte {wait, plural, one {# Tag} other {# Tage}} warten.";
                    case 2 -> word + " " + i + " ohne Argumente.";
                    default -> word + " " + i + " von {user} am {when}.";
                };
                out.write("key." + i + "=" + value + "\n");
            }
        }
    }
}
