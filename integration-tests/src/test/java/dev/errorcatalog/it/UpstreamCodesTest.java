package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.MissingMessagePolicy;
import dev.errorcatalog.ResolvedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every code of SignalWire's current list, and every renamed code, resolves in each shipped locale with no
 * fallback (strict mode throws otherwise). The lists are messages-en's copies, checked there against upstream.
 */
class UpstreamCodesTest {

    private static final Path LISTS = Path.of("..", "messages-en", "src", "test", "resources");
    private static final ErrorCatalog STRICT = ErrorCatalog.builder().missingMessagePolicy(MissingMessagePolicy.STRICT).build();

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(LISTS.resolve(file), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows.subList(1, rows.size());
    }

    private static Map<String, Object> examples(ErrorCode code) {
        return code.arguments().stream().collect(Collectors.toMap(Argument::name, Argument::example));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "de"})
    void everyDocumentedCodeResolvesWithoutFallback(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        List<String[]> rows = rows("error-codes.tsv");
        assertEquals(253, rows.size());
        for (String[] row : rows) {
            ErrorCode code = ErrorCode.fromCode(row[0]).orElseThrow(() -> new AssertionError("no constant for " + row[0]));
            ResolvedMessage message = STRICT.resolve(row[0], locale, examples(code));
            assertEquals(Fallback.NONE, message.fallback(), row[0]);
            assertEquals(locale, message.locale(), row[0]);
            assertEquals(row[0], message.code());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "de"})
    void everyRenamedCodeResolvesToItsSuccessor(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        List<String[]> rows = rows("renamed-codes.tsv");
        assertEquals(18, rows.size());
        for (String[] row : rows) {
            ErrorCode successor = ErrorCode.fromCode(row[1]).orElseThrow(() -> new AssertionError(row[1]));
            ResolvedMessage message = STRICT.resolve(row[0], locale, examples(successor));
            assertEquals(new ResolvedMessage(row[1], STRICT.resolve(successor, locale, examples(successor)).text(), locale,
                    Fallback.NONE, row[0]), message, row[0]);
        }
    }
}
