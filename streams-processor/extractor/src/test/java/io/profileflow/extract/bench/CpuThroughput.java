package io.profileflow.extract.bench;

import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Throughput of the engine on the benchmark mix per CPU-second of the measuring thread: a quick A/B figure for
 * speed work on a shared, noisy machine, where JMH's wall-clock rate moves with whatever else runs. Five seconds
 * of warm-up, then the number of seconds given (default 20). JMH (bench.sh) stays the figure of record.
 */
public final class CpuThroughput {
    private CpuThroughput() {
    }

    public static void main(String[] args) throws ExtractionException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ProfileExtractor engine = new ProfileExtractor(ExtractorSettings.defaults());
        List<DocumentInput> docs = BenchmarkCorpus.load();
        long bytesPerPass = docs.stream().mapToLong(d -> d.content().length).sum();
        runFor(engine, docs, 5);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long passes = runFor(engine, docs, seconds);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        System.out.printf("%d documents x %d passes in %.1f CPU-s: %.2f MB of input per CPU-second, %.0f µs per document%n",
                docs.size(), passes, cpuSeconds, passes * bytesPerPass / 1e6 / cpuSeconds,
                cpuSeconds * 1e6 / (passes * docs.size()));
    }

    private static long runFor(ProfileExtractor engine, List<DocumentInput> docs, int seconds)
            throws ExtractionException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        while (System.nanoTime() < end) {
            for (DocumentInput d : docs) {
                engine.extract(d);
            }
            passes++;
        }
        return passes;
    }
}
