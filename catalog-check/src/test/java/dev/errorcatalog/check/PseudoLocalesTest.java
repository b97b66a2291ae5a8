package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PseudoLocalesTest {

    @TempDir
    Path dir;

    @Test
    void accentedTextIsBracketedAccentedAndAboutAThirdLonger() {
        String english = "The phone number is not in the correct format. Please use the international format.";
        String pseudo = PseudoLocales.accented(english);
        assertTrue(pseudo.startsWith("[Ţĥé ƥĥöñé".replace('ƥ', 'þ')), pseudo);
        assertTrue(pseudo.endsWith("]"), pseudo);
        assertFalse(pseudo.chars().anyMatch(c -> c < 128 && Character.isLetter(c)), "every ASCII letter is accented: " + pseudo);
        double ratio = pseudo.length() / (double) english.length();
        assertTrue(ratio >= 1.28 && ratio <= 1.35, "about 30 % longer: " + ratio);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Wait {waitDays, plural, one {# day} other {# days}} or {trialWaitDays, plural, =0 {no time} one {# day} other {# days}}.",
        "{subject} has exceeded the maximum {max, number} of queued messages.",
        "Use '{name, value}' pairs; it''s the expires_at field of the SWML document at https://example.com/x.",
        "{gender, select, female {She} other {They}} called {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} time.",
        "  Leading and trailing space  ",
        "Outer {a, plural, one {one {b, plural, one {# b} other {# bs}}} other {many {b, plural, one {# b} other {# bs}}}}"})
    void onlyLiteralTextIsRewrittenAndSyntaxStaysIntact(String english) {
        String arabic = PseudoLocales.withCategories(english, new ULocale("ar"));
        assertEquals(syntax(english), syntax(PseudoLocales.accented(english)));
        assertEquals(syntax(arabic), syntax(PseudoLocales.bidi(english)));
        for (String pseudo : List.of(PseudoLocales.accented(english), PseudoLocales.bidi(english))) {
            for (String token : List.of("{name, value}", "expires_at", "SWML", "https://example.com/x.", "#")) {
                if (english.contains(token)) {
                    assertTrue(pseudo.contains(token), token + " kept in " + pseudo);
                }
            }
            assertEquals(english.length() - english.stripLeading().length(), pseudo.length() - pseudo.stripLeading().length());
            assertEquals(english.length() - english.stripTrailing().length(), pseudo.length() - pseudo.stripTrailing().length());
        }
    }

    @Test
    void bidiMarksEveryWordRightToLeftAndAddsTheArabicPluralCategories() {
        String pseudo = PseudoLocales.bidi("Wait {n, plural, one {# day} other {# days}}.");
        assertEquals("\u200F\u202EWait\u202C {n, plural, one {# \u202Eday\u202C} zero {# \u202Edays\u202C} two {# \u202Edays\u202C}"
                + " few {# \u202Edays\u202C} many {# \u202Edays\u202C} other {# \u202Edays\u202C}}\u202E.\u202C\u200F", pseudo);
        assertEquals("\u200F\u202EWait\u202C 3 \u202Edays\u202C\u202E.\u202C\u200F",
                new MessageFormat(pseudo, new ULocale("ar_XB")).format(Map.of("n", 3)).replace("٣", "3"));
    }

    @Test
    void theCheckPassesOnBothPseudoBundlesOfTheWholeCatalog() throws Exception {
        List<Path> files = PseudoLocales.write(XliffRoundTripTest.english(), dir, "messages");
        assertEquals(List.of(dir.resolve("messages_en_XA.properties"), dir.resolve("messages_ar_XB.properties")), files);
        Report report = Checker.builder().build().check(List.of(dir, XliffRoundTripTest.ENGLISH));
        assertEquals(List.of(), report.findings(), "no finding at all");
        assertEquals(List.of("ar-XB", "en", "en-XA"), report.locales().stream().map(LocaleSummary::locale).sorted().toList());
        assertTrue(report.locales().stream().allMatch(l -> l.completeness() == 100.0), report.locales().toString());
        assertEquals(Locale.forLanguageTag("en-XA"), PseudoLocales.ACCENTED);
    }

    /** The pattern's syntax: argument names and types, selectors, '#', with the literal text left out. */
    static List<String> syntax(String pattern) {
        MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            switch (part.getType()) {
                case ARG_NAME, ARG_TYPE, ARG_STYLE, ARG_SELECTOR, REPLACE_NUMBER, ARG_INT, ARG_DOUBLE ->
                        parts.add(part.getType() + " " + parsed.getSubstring(part));
                default -> {
                }
            }
        }
        return parts;
    }
}
