package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.spi.MessageProvider;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's promises: what it exports and which service it uses. Runs on the module path. */
class ModuleTest {

    private static final ModuleDescriptor DESCRIPTOR = ErrorCatalog.class.getModule().getDescriptor();

    @Test
    void exportsOnlyTheApiAndTheSpiAndTheInternalsOnlyToTheChecker() {
        Set<String> exports = DESCRIPTOR.exports().stream()
                .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("dev.errorcatalog", "dev.errorcatalog.spi",
                "dev.errorcatalog.internal to [dev.errorcatalog.check]")), exports);
        assertEquals(Set.of(), DESCRIPTOR.opens());
    }

    @Test
    void usesTheMessageProviderService() {
        assertEquals(Set.of(MessageProvider.class.getName()), DESCRIPTOR.uses());
    }
}
