package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The raw reader decodes as java.util.Properties does, and knows where everything is. */
class BundleFileTest {

    private static final String TRICKY = String.join("\r\n",
            "# comment \\",
            "! other comment",
            "   ",
            "  spaced   =   value with trailing  ",
            "colon:value",
            "blank value",
            "escaped\\=key\\ name = a\\tb\\nc\\\\d\\u00e9\\z",
            "continued = first \\",
            "     second \\",
            "\t#not a comment",
            "trailing = ends\\\\",
            "next = \\",
            "",
            "after_blank=x",
            "multi\rmac=cr only",
            "unicode=Grüße ✓",
            "dup=1",
            "dup=2",
            "eof=last\\");

    @Test
    void valuesAreDecodedExactlyAsPropertiesDecodesThem() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(TRICKY));
        Map<String, String> expected = new HashMap<>();
        properties.forEach((k, v) -> expected.put((String) k, (String) v));
        BundleFile file = BundleFile.parse(TRICKY.getBytes(StandardCharsets.UTF_8));
        Map<String, String> actual = new HashMap<>();
        file.byKey.forEach((k, e) -> actual.put(k, e.value()));
        assertEquals(expected, actual);
    }

    @Test
    void entriesProblemsAndContinuationsHaveLines() {
        BundleFile file = BundleFile.parse(TRICKY.getBytes(StandardCharsets.UTF_8));
        assertEquals(4, file.byKey.get("spaced").line());
        assertEquals(3, file.byKey.get("spaced").column());
        assertEquals(8, file.byKey.get("continued").line());
        assertEquals(10, file.byKey.get("continued").lastLine());
        int[] second = file.byKey.get("continued").position("first second".indexOf("second"));
        assertEquals(List.of(9, 6), List.of(second[0], second[1]));
        int[] afterEscape = file.byKey.get("escaped=key name").position(8);
        assertEquals(List.of(7, 38), List.of(afterEscape[0], afterEscape[1]));
        assertEquals(List.of(CheckId.DUPLICATE_KEY), file.problems.stream().map(BundleFile.Problem::id).toList());
        assertEquals(19, file.problems.get(0).line()); // line 15 holds a bare CR
        assertEquals(List.of(9, 10), file.continuations.stream().map(BundleFile.Continuation::swallowedLine).toList());
    }

    @Test
    void malformedUnicodeEscapeIsReportedAtItsColumn() {
        BundleFile file = BundleFile.parse("a=1\nkey=ab\\u12G4\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, file.problems.size());
        BundleFile.Problem problem = file.problems.get(0);
        assertEquals(List.of(CheckId.BOM_OR_INVALID_ESCAPE, 2, 7, "key"), List.of(problem.id(), problem.line(), problem.column(), problem.key()));
    }
}
