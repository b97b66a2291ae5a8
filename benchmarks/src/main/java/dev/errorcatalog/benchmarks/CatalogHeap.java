package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the heap the catalog retains with every installed locale loaded, two ways: the used heap after
 * full collections before and after building it, and the size of the object graph reachable from it (JOL).
 *
 * <p>The used heap is measured around the first catalog of the JVM (which also leaves classes, ICU's and
 * the logging system's state behind) and around a second one (the catalog alone); JOL counts what the
 * catalog itself holds on to, shared objects included. Run it with a fixed, small heap and the
 * serial collector so that the before and after figures are comparable.
 */
public final class CatalogHeap {

    private CatalogHeap() {
    }

    public static void main(String[] args) {
        // JOL reads record fields (ResolvedMessage) only this way on JDK 17
        System.setProperty("jol.magicFieldOffset", "true");
        // load the classes first, so the difference is objects, not class metadata or interned constants
        ErrorCode.values();
        Locale.forLanguageTag("en");
        long before = usedAfterGc();
        ErrorCatalog first = load();
        long after = usedAfterGc();
        System.out.printf("locales: %s%n", first.locales());
        System.out.printf("used heap, first catalog in the JVM (with classes, ICU and logging set-up): %,d bytes%n", after - before);
        first = null;
        before = usedAfterGc();
        ErrorCatalog catalog = load();
        after = usedAfterGc();
        System.out.printf("used heap, one more catalog: %,d bytes%n", after - before);
        GraphLayout graph = GraphLayout.parseInstance(catalog);
        System.out.printf("reachable from the catalog (JOL): %,d bytes in %,d objects%n", graph.totalSize(), graph.totalCount());
        if (args.length > 0 && args[0].equals("--classes")) {
            System.out.println(graph.toFootprint());
        }
        // keep the catalog reachable until here
        System.out.println(catalog.resolve(ErrorCode.INSUFFICIENT_BALANCE, Locale.ENGLISH).text().length() > 0 ? "" : "?");
    }

    private static ErrorCatalog load() {
        ErrorCatalog catalog = ErrorCatalog.create();
        for (Locale locale : catalog.locales()) {
            catalog.resolve(ErrorCode.INSUFFICIENT_BALANCE, locale);
        }
        return catalog;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
