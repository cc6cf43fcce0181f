package io.profileflow.extract;

import io.profileflow.extract.metric.Metric;
import io.profileflow.extract.metric.MetricExtractor;

import java.util.List;

/** The metric extraction the engine needs: quantified achievements in one clause. */
@FunctionalInterface
public interface ClauseMetrics {
    List<Metric> extract(String clause);

    /** The engine's default: {@link MetricExtractor}. */
    static ClauseMetrics standard() {
        MetricExtractor extractor = new MetricExtractor();
        return extractor::extract;
    }
}
