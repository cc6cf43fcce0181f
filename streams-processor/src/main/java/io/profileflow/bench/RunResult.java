package io.profileflow.bench;

import java.util.Arrays;

/** What one benchmark run measured: documents in, outputs seen, elapsed time and end-to-end latencies. */
record RunResult(String label, int documents, long contentBytes, int deadLetters, double seconds,
                 long[] latenciesMs, double cpuSeconds) {

    /** CPU of every process in the run (bench driver, broker, processors) per document, in milliseconds. */
    double cpuMillisPerDocument() {
        return cpuSeconds * 1000 / documents;
    }

    double documentsPerSecond() {
        return documents / seconds;
    }

    double megabytesPerSecond() {
        return contentBytes / 1e6 / seconds;
    }

    long percentile(double p) {
        if (latenciesMs.length == 0) return -1;
        long[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    String describe() {
        return String.format("%-28s %7d docs %8.1f docs/s %7.2f MB/s  latency p50 %6d ms  p99 %6d ms  CPU %.2f ms/doc"
                        + " (%.1f cores busy)  (%.1f s, %d dead letters)",
                label, documents, documentsPerSecond(), megabytesPerSecond(), percentile(50), percentile(99),
                cpuMillisPerDocument(), cpuSeconds / seconds, seconds, deadLetters);
    }
}
