package dev.errorcatalog.tooling.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The entry point of {@code errorcatalog.jar}. Output is UTF-8 whatever the platform's encoding. */
public final class Main {

    /** Held so the level set on it is not lost when JUL drops an unreferenced logger. */
    private static final Logger CATALOG_LOGGER = Logger.getLogger("dev.errorcatalog");

    private Main() {
    }

    public static void main(String[] args) {
        // The commands print the catalog's warnings themselves, one line each on standard error (Catalogs.catalog);
        // the logger would print them a second time, with a time stamp.
        CATALOG_LOGGER.setLevel(Level.OFF);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
        System.exit(new Cli(out, err).run(args));
    }
}
