package dev.errorcatalog.benchmarks;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ResolvedMessage;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One hot message resolved by one thread and by two: the throughput (operations per microsecond, summed
 * over the threads) should double, since the catalog has no lock and no shared mutable state. ICU's
 * {@code MessageFormat} shared under a lock is the contrast.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ContentionBenchmark {

    private static final Peers.WithArguments HOT = Peers.WithArguments.NUMBER_AND_PLURAL;

    private ErrorCatalog catalog;
    private MessageFormat shared;

    @Setup
    public void setUp() {
        catalog = ErrorCatalog.create();
        shared = new MessageFormat(Peers.englishPatterns().get(HOT.code), ULocale.ENGLISH);
        Peers.checkSameText("ICU synchronized", Peers.text(catalog, HOT.code, HOT.arguments), icuSynchronized());
    }

    private ResolvedMessage argumentLess() {
        return catalog.resolve(Peers.ARGUMENT_LESS.code(), Locale.ENGLISH);
    }

    private ResolvedMessage arguments() {
        return catalog.resolve(HOT.code, Locale.ENGLISH, HOT.arguments);
    }

    private String icuSynchronized() {
        synchronized (shared) {
            return shared.format(HOT.arguments);
        }
    }

    @Benchmark
    @Threads(1)
    public ResolvedMessage argumentLessOneThread() {
        return argumentLess();
    }

    @Benchmark
    @Threads(2)
    public ResolvedMessage argumentLessTwoThreads() {
        return argumentLess();
    }

    @Benchmark
    @Threads(1)
    public ResolvedMessage argumentsOneThread() {
        return arguments();
    }

    @Benchmark
    @Threads(2)
    public ResolvedMessage argumentsTwoThreads() {
        return arguments();
    }

    @Benchmark
    @Threads(1)
    public String icuSynchronizedOneThread() {
        return icuSynchronized();
    }

    @Benchmark
    @Threads(2)
    public String icuSynchronizedTwoThreads() {
        return icuSynchronized();
    }

}
