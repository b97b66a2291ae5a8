package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.spi.MessageProvider;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Locale modules that are not in the jar, given with {@code --bundles PATH...}: each path is a locale module's
 * jar, a directory of its classes and resources (such as {@code target/classes}), or a directory of such jars.
 * Each path gets a class loader of its own, and its providers are found with {@link ServiceLoader} through
 * {@code META-INF/services/dev.errorcatalog.spi.MessageProvider}, as the core discovers the class path.
 */
final class LocaleModules {

    static final String SERVICES = "META-INF/services/" + MessageProvider.class.getName();

    private LocaleModules() {
    }

    /** The providers of every path, in the order given; a path that holds none is a usage error. */
    static List<MessageProvider> load(CliCommand command, List<Path> paths) throws UsageException {
        List<MessageProvider> providers = new ArrayList<>();
        for (Path path : paths) {
            List<MessageProvider> found = providers(command, path, entries(command, path));
            if (found.isEmpty()) {
                throw command.usage("--bundles " + path + " holds no locale module: it needs a provider class listed in "
                        + SERVICES + " (build the module with 'mvn package' and give its jar or target/classes)");
            }
            providers.addAll(found);
        }
        return providers;
    }

    private static List<Path> entries(CliCommand command, Path path) throws UsageException {
        if (Files.isRegularFile(path)) {
            if (!path.getFileName().toString().endsWith(".jar")) {
                throw command.usage("--bundles " + path + " is not a jar (give a locale module's jar or a directory)");
            }
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw command.usage("--bundles " + path + ": no such file or directory");
        }
        if (Files.exists(path.resolve(SERVICES))) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw command.usage("--bundles " + path + ": cannot read the directory: " + e.getMessage());
        }
    }

    private static List<MessageProvider> providers(CliCommand command, Path path, List<Path> entries) throws UsageException {
        if (entries.isEmpty()) {
            return List.of();
        }
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw command.usage("--bundles " + entries.get(i) + ": " + e.getMessage());
            }
        }
        // Never closed: the process ends after one command, and the catalog reads the bundles when it is built.
        URLClassLoader loader = new URLClassLoader(urls, LocaleModules.class.getClassLoader());
        List<MessageProvider> providers = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<MessageProvider> provider
                    : ServiceLoader.load(MessageProvider.class, loader).stream().toList()) {
                if (provider.type().getClassLoader() == loader) {   // the jar's own, not the shipped modules seen through the parent
                    providers.add(provider.get());
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            String why = e.getCause() != null ? e.getCause().toString() : e.getMessage();
            throw command.usage("--bundles " + path + ": cannot load its locale module: " + why
                    + (e.getMessage() != null && e.getMessage().endsWith(" not found")
                            ? " (give the built module, its jar or target/classes, not its sources)" : ""));
        }
        return providers;
    }
}
