/**
 * Error Catalog benchmarks: JMH measurements of message resolution against its peers, and probes for
 * startup time and retained heap. Not part of the library; nothing depends on it.
 */
module dev.errorcatalog.benchmarks {
    requires dev.errorcatalog;
    requires dev.errorcatalog.jackson;
    requires com.ibm.icu;
    requires jmh.core;
    requires spring.context;
    requires jol.core;
    requires java.management;

    // JMH's generated classes and the forked VM reach the benchmark state reflectively
    opens dev.errorcatalog.benchmarks;
    opens dev.errorcatalog.benchmarks.jmh_generated;
}
