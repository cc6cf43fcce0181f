package io.profileflow.extract.bench;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single-threaded throughput of {@link ProfileExtractor#extract} on the realistic mix of {@link BenchmarkCorpus},
 * and the time of one adversarial 1 MB line. The engine is built once per trial, as in the pipeline. Run it with
 * {@link ExtractorBenchmarkMain} (or bench.sh), which turns the byte counter into MB/s; it is not a unit test.
 */
@State(Scope.Thread)
public class ExtractorBenchmark {
    private ProfileExtractor engine;
    private DocumentInput[] mix;
    private DocumentInput hostile;
    private int next;

    /** Input bytes extracted; reported by JMH as a rate (bytes per second), next to ops/s. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws ExtractionException {
        engine = new ProfileExtractor(ExtractorSettings.defaults());
        List<DocumentInput> docs = BenchmarkCorpus.load();
        for (DocumentInput d : docs) {
            engine.extract(d); // every document of the mix must extract: a failing one would measure the error path
        }
        mix = docs.toArray(DocumentInput[]::new);
        hostile = BenchmarkCorpus.hostileLine();
    }

    /** One document of the mix per call, cycling; the counter adds its size. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ParsedProfile realisticMix(Bytes counter) throws ExtractionException {
        DocumentInput d = mix[next];
        next = next + 1 == mix.length ? 0 : next + 1;
        counter.bytes += d.content().length;
        return engine.extract(d);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ParsedProfile hostileMegabyteLine() throws ExtractionException {
        return engine.extract(hostile);
    }
}
