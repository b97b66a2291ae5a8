package dev.errorcatalog.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's promises: one exported package, its two dependencies passed on. Runs on the module path. */
class ModuleTest {

    private static final ModuleDescriptor DESCRIPTOR = BodyLocalizer.class.getModule().getDescriptor();

    @Test
    void exportsOnlyTheApi() {
        assertEquals("dev.errorcatalog.jackson", DESCRIPTOR.name());
        assertEquals(Set.of("dev.errorcatalog.jackson"),
                DESCRIPTOR.exports().stream().map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
                        .collect(Collectors.toSet()));
        assertEquals(Set.of(), DESCRIPTOR.opens());
    }

    @Test
    void requiresTheCoreAndJacksonTransitively() {
        Set<String> transitive = DESCRIPTOR.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertEquals(Set.of("dev.errorcatalog", "tools.jackson.databind"), transitive);
        assertTrue(DESCRIPTOR.uses().isEmpty());
    }
}
