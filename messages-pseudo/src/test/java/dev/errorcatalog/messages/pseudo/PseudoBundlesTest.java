package dev.errorcatalog.messages.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.check.BundleAssertions;
import dev.errorcatalog.check.LocaleSummary;
import dev.errorcatalog.check.PseudoLocales;
import dev.errorcatalog.check.Report;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pseudo-locale bundles are what the pseudo command makes of the current English bundle, and pass the check. */
class PseudoBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/dev/errorcatalog/messages/pseudo");
    static final Path ENGLISH = Path.of("../messages-en/src/main/resources/dev/errorcatalog/messages/en/messages_en.properties");

    @TempDir
    Path dir;

    @Test
    void theBundlesAreGeneratedFromTheCurrentEnglishMessages() throws IOException {
        Properties english = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(ENGLISH), StandardCharsets.UTF_8)) {
            english.load(in);
        }
        Map<String, String> texts = new HashMap<>();
        english.stringPropertyNames().forEach(key -> texts.put(key, english.getProperty(key)));
        for (Path generated : PseudoLocales.write(texts, dir, "messages")) {
            assertEquals(Files.readString(generated), Files.readString(BUNDLES.resolve(generated.getFileName())),
                    generated.getFileName() + " is out of date: regenerate it with java -jar tooling/target/errorcatalog.jar pseudo"
                            + " --output messages-pseudo/" + BUNDLES);
        }
    }

    @Test
    void bundlesAreCompleteAndClean() {
        Report report = BundleAssertions.assertClean(Path.of("src", "main", "resources"));
        assertEquals(List.of("ar-XB", "en-XA"), report.locales().stream().map(LocaleSummary::locale).sorted().toList());
    }
}
