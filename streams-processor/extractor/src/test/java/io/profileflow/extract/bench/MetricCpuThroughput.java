package io.profileflow.extract.bench;

import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.extract.metric.MetricExtractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time of the metric grammar alone on the clauses the engine hands it for the benchmark mix: the clauses are
 * recorded during one engine pass, then only {@link MetricExtractor#extract} runs over them. The engine-wide figure
 * (CpuThroughput) moves with every package; this one isolates the metric package for A/B work on it. Five seconds
 * of warm-up, then the number of seconds given (default 20). Run it like cpu.sh with this class as main.
 */
public final class MetricCpuThroughput {
    private MetricCpuThroughput() {
    }

    public static void main(String[] args) throws ExtractionException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> clauses = recordClauses(BenchmarkCorpus.load());
        long chars = clauses.stream().mapToLong(String::length).sum();
        MetricExtractor extractor = new MetricExtractor();
        runFor(extractor, clauses, 5);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long passes = runFor(extractor, clauses, seconds);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        System.out.printf("%d clauses (%d chars) x %d passes in %.1f CPU-s: %.1f µs per pass, %.2f M clause chars per CPU-second%n",
                clauses.size(), chars, passes, cpuSeconds, cpuSeconds * 1e6 / passes, passes * chars / 1e6 / cpuSeconds);
    }

    /** Every clause the engine asks the metric grammar about while extracting the documents once. */
    private static List<String> recordClauses(List<DocumentInput> docs) throws ExtractionException {
        List<String> clauses = new ArrayList<>();
        ProfileExtractor recorder = new ProfileExtractor(ExtractorSettings.defaults(), clause -> {
            clauses.add(clause);
            return List.of();
        });
        for (DocumentInput d : docs) {
            recorder.extract(d);
        }
        return clauses;
    }

    private static long runFor(MetricExtractor extractor, List<String> clauses, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        while (System.nanoTime() < end) {
            for (String clause : clauses) {
                extractor.extract(clause);
            }
            passes++;
        }
        return passes;
    }
}
