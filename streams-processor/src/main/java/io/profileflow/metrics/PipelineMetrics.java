package io.profileflow.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.profileflow.avro.ParsedProfile;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/**
 * The pipeline's own metrics; the Prometheus name of each is in the comment next to it, and the Grafana dashboards
 * in deploy/grafana/dashboards query exactly these names (DashboardQueriesIntegrationTest checks it). Kafka client
 * metrics come from Micrometer's KafkaStreamsMetrics binder, bound in the app.
 */
public final class PipelineMetrics {
    /** Every stage a dead letter can name (SPEC); their counters exist from the start, at zero. */
    public static final List<String> DEAD_LETTER_STAGES = List.of("deserialize", "normalize", "extract", "produce");

    private final MeterRegistry registry;
    private final Counter documentsIn;                 // profileflow_documents_in_total
    private final DistributionSummary documentBytes;   // profileflow_document_bytes_{count,sum,max}
    private final Counter parsed;                      // profileflow_documents_out_total{outcome="parsed",stage="none"}
    private final Map<String, Counter> deadLettered = new ConcurrentHashMap<>(); // ...{outcome="dead_lettered",stage}
    private final Map<String, Counter> emitted = new ConcurrentHashMap<>();      // profileflow_records_emitted_total{topic}
    private final Timer extraction;                    // profileflow_extraction_seconds_bucket
    private final Timer endToEnd;                      // profileflow_end_to_end_latency_seconds_bucket
    private final DistributionSummary rolesPerDoc;     // profileflow_document_roles{quantile}, _count, _sum
    private final DistributionSummary skillsPerDoc;    // profileflow_document_skills...
    private final DistributionSummary metricsPerDoc;   // profileflow_document_metrics...
    private final Counter warnings;                    // profileflow_extraction_warnings_total

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        documentsIn = Counter.builder("profileflow.documents.in")
                .description("Raw documents read from the input topic, including those that could not be deserialized")
                .register(registry);
        documentBytes = DistributionSummary.builder("profileflow.document.bytes").baseUnit("bytes")
                .description("Size of raw documents read").register(registry);
        parsed = outcome("parsed", "none");
        // Registered at zero so that dead-letter rates read 0 rather than "no data" before the first failure.
        DEAD_LETTER_STAGES.forEach(stage -> deadLettered.put(stage, outcome("dead_lettered", stage)));
        // Percentiles come from the histogram buckets (histogram_quantile in the dashboards, bucket interpolation
        // in the summary log): unlike client-side percentiles they aggregate across instances and time ranges.
        extraction = Timer.builder("profileflow.extraction")
                .description("Time the extraction engine takes per document")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        endToEnd = Timer.builder("profileflow.end.to.end.latency")
                .description("From the raw record's timestamp to its profile being extracted")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        rolesPerDoc = perDocument("roles", "Roles (experiences) extracted per document");
        skillsPerDoc = perDocument("skills", "Skills extracted per document");
        metricsPerDoc = perDocument("metrics", "Quantified achievements extracted per document");
        warnings = Counter.builder("profileflow.extraction.warnings")
                .description("Warnings the extractor attached to profiles").register(registry);
    }

    private Counter outcome(String outcome, String stage) {
        return Counter.builder("profileflow.documents.out").tag("outcome", outcome).tag("stage", stage)
                .description("Documents leaving the pipeline, by outcome (parsed or dead_lettered) and failed stage")
                .register(registry);
    }

    private DistributionSummary perDocument(String what, String description) {
        return DistributionSummary.builder("profileflow.document." + what).description(description)
                .publishPercentiles(0.5, 0.95).register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /**
     * {@code profileflow_profiles_in_store}: profiles in this instance's active store partitions (standbys are not
     * counted, so the sum over instances is the number of profiles). {@code approximate} may answer NaN while the
     * store is not queryable (restoring, rebalancing).
     */
    public void profilesInStore(DoubleSupplier approximate) {
        // A strong reference: Micrometer holds gauge objects weakly, and nothing else keeps this lambda alive.
        Gauge.builder("profileflow.profiles.in.store", approximate, DoubleSupplier::getAsDouble).strongReference(true)
                .description("Profiles in this instance's active partitions of the profile store (approximate)")
                .register(registry);
    }

    public void documentIn(long bytes) {
        documentsIn.increment();
        documentBytes.record(bytes);
    }

    public void extracted(ParsedProfile profile, long nanos, long recordTimestamp) {
        parsed.increment();
        extraction.record(Duration.ofNanos(nanos));
        long latency = System.currentTimeMillis() - recordTimestamp;
        if (latency >= 0) {
            endToEnd.record(Duration.ofMillis(latency));
        }
        rolesPerDoc.record(profile.getExperiences().size());
        skillsPerDoc.record(profile.getSkills().size());
        metricsPerDoc.record(profile.getMetrics().size());
        warnings.increment(profile.getWarnings().size());
    }

    public void deadLettered(String stage) {
        if ("deserialize".equals(stage)) {
            // Such a record never reaches the extraction processor, where documents are counted in; count it here
            // so that in = parsed + dead-lettered holds.
            documentsIn.increment();
        }
        deadLettered.computeIfAbsent(stage, s -> outcome("dead_lettered", s)).increment();
    }

    public void emitted(String topic) {
        emitted.computeIfAbsent(topic, t -> Counter.builder("profileflow.records.emitted").tag("topic", t)
                .description("Records written to each output topic").register(registry)).increment();
    }

    /** Wraps a serde so that every record serialized for {@code topic} is counted as emitted. */
    public <T> Serde<T> countingSerde(Serde<T> serde, String topic) {
        Serializer<T> inner = serde.serializer();
        Serializer<T> counting = (t, data) -> {
            byte[] bytes = inner.serialize(t, data);
            emitted(topic);
            return bytes;
        };
        Deserializer<T> deserializer = serde.deserializer();
        return Serdes.serdeFrom(counting, deserializer);
    }

    /**
     * Times schema registry calls: {@code profileflow_registry_calls_seconds_count{operation,outcome}} counts calls
     * and failures ({@code outcome="failure"}), {@code _sum} their time.
     */
    public void registryCall(String operation, boolean success, long nanos) {
        Timer.builder("profileflow.registry.calls").tag("operation", operation)
                .tag("outcome", success ? "success" : "failure")
                .description("Schema registry calls by operation and outcome").register(registry)
                .record(Duration.ofNanos(nanos));
    }

    /** Cumulative counts since start, for {@link PipelineSummaryLog}. */
    public Totals totals() {
        Map<String, Long> dead = new TreeMap<>();
        deadLettered.forEach((stage, c) -> dead.put(stage, (long) c.count()));
        return new Totals((long) documentsIn.count(), (long) parsed.count(), dead,
                extraction.takeSnapshot().histogramCounts());
    }

    /**
     * @param extractionBuckets cumulative extraction-time histogram: for each upper bound (nanoseconds), how many
     *                          documents took at most that long
     */
    public record Totals(long in, long parsed, Map<String, Long> deadLettered, CountAtBucket[] extractionBuckets) {
        public long deadLetteredTotal() {
            return deadLettered.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
