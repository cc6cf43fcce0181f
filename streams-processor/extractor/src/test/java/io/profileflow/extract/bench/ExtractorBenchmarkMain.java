package io.profileflow.extract.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.Locale;

/**
 * Runs {@link ExtractorBenchmark} with the defaults the throughput requirement is stated in (1 fork, 2 warmup
 * iterations of 3 s, 3 measurement iterations of 5 s, one thread) and prints the mix throughput in MB/s
 * (10^6 bytes of input per second) and the hostile-line time. An optional argument narrows the benchmarks run
 * (a regex on the method name, e.g. {@code realisticMix}).
 */
public final class ExtractorBenchmarkMain {
    private ExtractorBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String only = args.length > 0 ? args[0] : "";
        Options options = new OptionsBuilder()
                .include(ExtractorBenchmark.class.getName() + "\\..*" + only + ".*")
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(3))
                .measurementIterations(3).measurementTime(TimeValue.seconds(5))
                .threads(1)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            if (name.endsWith(".realisticMix")) {
                Result<?> bytes = r.getSecondaryResults().get("bytes");
                System.out.printf(Locale.ROOT, "realistic mix: %.1f MB/s of input text (%.0f documents/s)%n",
                        bytes.getScore() / 1e6, r.getPrimaryResult().getScore());
            } else if (name.endsWith(".hostileMegabyteLine")) {
                System.out.printf(Locale.ROOT, "hostile 1 MB line: %.0f ms per document%n",
                        r.getPrimaryResult().getScore());
            }
        }
    }
}
