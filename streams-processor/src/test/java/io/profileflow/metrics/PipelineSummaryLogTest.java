package io.profileflow.metrics;

import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PipelineSummaryLogTest {
    private static final long MS = 1_000_000L;

    private static CountAtBucket[] buckets(double... cumulative) {
        CountAtBucket[] out = new CountAtBucket[cumulative.length];
        for (int i = 0; i < cumulative.length; i++) {
            out[i] = new CountAtBucket((double) (MS << i), cumulative[i]); // bounds 1, 2, 4, 8 ms
        }
        return out;
    }

    @Test
    void quantileInterpolatesInsideTheBucketLikeHistogramQuantile() {
        // 100 observations: 10 in (1,2] ms, 80 in (2,4], 10 in (4,8]. Rank 95 is half-way into (4,8].
        assertThat(PipelineSummaryLog.quantileMillis(buckets(0, 0, 0, 0), buckets(0, 10, 90, 100), 0.95))
                .isCloseTo(6.0, within(1e-9));
        assertThat(PipelineSummaryLog.quantileMillis(buckets(0, 0, 0, 0), buckets(0, 10, 90, 100), 0.5))
                .isCloseTo(2.0 + 2.0 * 40 / 80, within(1e-9));
    }

    @Test
    void quantileCountsOnlyTheObservationsOfTheInterval() {
        // Before: 10 fast ones. In the interval: 80 in (2,4] and 10 in (4,8]; rank 85.5 is 55% into (4,8].
        assertThat(PipelineSummaryLog.quantileMillis(buckets(0, 10, 10, 10), buckets(0, 10, 90, 100), 0.95))
                .isCloseTo(4.0 + 4.0 * 0.55, within(1e-9));
        assertThat(PipelineSummaryLog.quantileMillis(buckets(0, 10, 90, 100), buckets(0, 10, 90, 100), 0.95)).isNaN();
    }

    @Test
    void describesTheIntervalAndTheTotals() {
        PipelineMetrics.Totals before = new PipelineMetrics.Totals(100, 95, new TreeMap<>(Map.of("normalize", 5L)),
                buckets(0, 0, 0, 0));
        PipelineMetrics.Totals now = new PipelineMetrics.Totals(400, 390,
                new TreeMap<>(Map.of("normalize", 8L, "extract", 2L)), buckets(0, 10, 270, 295));
        assertThat(PipelineSummaryLog.describe(before, now, Duration.ofSeconds(30))).isEqualTo(
                "last 30 s: 300 in, 295 parsed, 5 dead-lettered (extract=2, normalize=3), 10.0 docs/s, "
                        + "p95 extraction 6 ms | since start: 400 in, 390 parsed, 10 dead-lettered");
        assertThat(PipelineSummaryLog.describe(now, now, Duration.ofSeconds(30))).isEqualTo(
                "last 30 s: 0 in, 0 parsed, 0 dead-lettered, 0.0 docs/s, p95 extraction - "
                        + "| since start: 400 in, 390 parsed, 10 dead-lettered");
    }

    @Test
    void totalsComeFromTheRegisteredMeters() {
        PipelineMetrics metrics = new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        metrics.deadLettered("deserialize");
        metrics.deadLettered("normalize");
        metrics.deadLettered("normalize");
        PipelineMetrics.Totals totals = metrics.totals();
        // A record that cannot be deserialized never reaches the extraction step, so it is counted in here.
        assertThat(totals.in()).isEqualTo(1);
        assertThat(totals.parsed()).isZero();
        assertThat(totals.deadLettered()).containsEntry("deserialize", 1L).containsEntry("normalize", 2L)
                .containsEntry("extract", 0L).containsEntry("produce", 0L);
        assertThat(totals.deadLetteredTotal()).isEqualTo(3);
        // The percentile histogram's buckets are there before the first observation.
        assertThat(totals.extractionBuckets()).isNotEmpty();
    }
}
