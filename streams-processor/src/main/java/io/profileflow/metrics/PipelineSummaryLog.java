package io.profileflow.metrics;

import io.micrometer.core.instrument.distribution.CountAtBucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Logs one line per interval, so that an operator tailing the log sees throughput without Grafana, e.g.
 * {@code last 30 s: 1250 in, 1241 parsed, 9 dead-lettered (normalize=9), 41.7 docs/s, p95 extraction 38 ms | since
 * start: 5000 in, 4950 parsed, 50 dead-lettered}.
 */
public final class PipelineSummaryLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineSummaryLog.class);

    private final PipelineMetrics metrics;
    private final ScheduledExecutorService scheduler;
    private PipelineMetrics.Totals previous;
    private long previousNanos;

    private PipelineSummaryLog(PipelineMetrics metrics, ScheduledExecutorService scheduler) {
        this.metrics = metrics;
        this.scheduler = scheduler;
        this.previous = metrics.totals();
        this.previousNanos = System.nanoTime();
    }

    /** Starts logging every {@code interval}; stop with {@link #close()}. */
    public static PipelineSummaryLog start(PipelineMetrics metrics, Duration interval) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pipeline-summary-log");
            t.setDaemon(true);
            return t;
        });
        PipelineSummaryLog log = new PipelineSummaryLog(metrics, scheduler);
        long millis = interval.toMillis();
        scheduler.scheduleAtFixedRate(log::logOnce, millis, millis, TimeUnit.MILLISECONDS);
        return log;
    }

    private void logOnce() {
        PipelineMetrics.Totals now = metrics.totals();
        long nanos = System.nanoTime();
        LOG.info(describe(previous, now, Duration.ofNanos(nanos - previousNanos)));
        previous = now;
        previousNanos = nanos;
    }

    /** The summary line for what happened between two snapshots {@code elapsed} apart. */
    static String describe(PipelineMetrics.Totals before, PipelineMetrics.Totals now, Duration elapsed) {
        long in = now.in() - before.in();
        long parsed = now.parsed() - before.parsed();
        long dead = now.deadLetteredTotal() - before.deadLetteredTotal();
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 1e-3);
        StringBuilder line = new StringBuilder(160);
        line.append(String.format(Locale.ROOT, "last %.0f s: %d in, %d parsed, %d dead-lettered", seconds, in, parsed, dead));
        if (dead > 0) {
            line.append(" (").append(stagesBetween(before.deadLettered(), now.deadLettered())).append(')');
        }
        line.append(String.format(Locale.ROOT, ", %.1f docs/s", (parsed + dead) / seconds));
        double p95 = quantileMillis(before.extractionBuckets(), now.extractionBuckets(), 0.95);
        line.append(Double.isNaN(p95) ? ", p95 extraction -" : String.format(Locale.ROOT, ", p95 extraction %.0f ms", p95));
        line.append(String.format(Locale.ROOT, " | since start: %d in, %d parsed, %d dead-lettered",
                now.in(), now.parsed(), now.deadLetteredTotal()));
        return line.toString();
    }

    private static String stagesBetween(Map<String, Long> before, Map<String, Long> now) {
        StringJoiner stages = new StringJoiner(", ");
        now.forEach((stage, count) -> {
            long delta = count - before.getOrDefault(stage, 0L);
            if (delta > 0) stages.add(stage + "=" + delta);
        });
        return stages.toString();
    }

    /**
     * The {@code q} quantile of the observations that fell between two cumulative histograms, interpolated linearly
     * inside its bucket (what Prometheus' histogram_quantile does), in milliseconds; NaN when there were none.
     */
    static double quantileMillis(CountAtBucket[] before, CountAtBucket[] now, double q) {
        if (now.length == 0) return Double.NaN;
        double total = now[now.length - 1].count() - countAt(before, now.length - 1);
        if (total <= 0) return Double.NaN;
        double rank = q * total;
        double lowerBound = 0;
        double countBelow = 0;
        for (int i = 0; i < now.length; i++) {
            double cumulative = now[i].count() - countAt(before, i);
            double upperBound = now[i].bucket(TimeUnit.MILLISECONDS);
            if (cumulative >= rank) {
                double inBucket = cumulative - countBelow;
                return inBucket <= 0 ? upperBound : lowerBound + (upperBound - lowerBound) * (rank - countBelow) / inBucket;
            }
            lowerBound = upperBound;
            countBelow = cumulative;
        }
        // Above the last bound (slower than the histogram's maximum): report that bound, as Prometheus does.
        return lowerBound;
    }

    private static double countAt(CountAtBucket[] buckets, int i) {
        return i < buckets.length ? buckets[i].count() : 0;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
