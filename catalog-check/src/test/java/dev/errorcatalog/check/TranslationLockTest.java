package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationLockTest {

    @TempDir
    Path dir;

    @Test
    void sourceTextsWithTabsLineBreaksAndBackslashesSurviveTheFile() {
        String awkward = "Tab\there,\nline\r\nend \\ and \\t literally";
        TranslationLock lock = TranslationLock.empty().with(Map.of("b", awkward, "a", "plain"));
        String text = lock.format(List.of("b"));
        assertTrue(text.indexOf("\nb\t") < text.indexOf("\na\t"), "the given order first, then the rest sorted");
        TranslationLock read = TranslationLock.parse(text);
        assertEquals(awkward, read.get("b").source());
        assertEquals(TranslationLock.hash(awkward), read.get("b").hash());
        assertFalse(read.isStale("b", awkward));
        assertTrue(read.isStale("b", awkward + "!"));
        assertFalse(read.isStale("untracked", "anything"), "a key without a record is not stale");
        assertEquals(2, read.size());
        assertEquals(1, read.without(List.of("a")).size());
    }

    @Test
    void theHashIsTheFirst16HexDigitsOfSha256() {
        assertEquals("315f5bdb76d078c4", TranslationLock.hash("Hello, world!")); // sha256sum of the same bytes
        assertEquals("messages_pt_BR.lock", TranslationLock.fileName("messages_pt_BR.properties"));
    }

    @Test
    void aDamagedLineIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TranslationLock.parse("# comment\nkey\tnot-a-hash\ttext\n"));
        assertEquals("line 2 is not key<TAB>hash<TAB>source text", e.getMessage());
    }

    @Test
    void theCheckRefusesADamagedLockFileNamingIt() throws IOException {
        Files.writeString(dir.resolve("messages_de.properties"), "not_e164=Die Nummer muss im Format E.164 sein.\n");
        Files.writeString(dir.resolve("messages_de.lock"), "not_e164 broken\n");
        IOException e = assertThrows(IOException.class, () -> Checker.builder().build().check(List.of(dir)));
        assertTrue(e.getMessage().startsWith(dir.resolve("messages_de.lock") + ": line 1 is not key<TAB>hash<TAB>source text"),
                e.getMessage());
    }
}
