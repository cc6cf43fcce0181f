package io.profileflow.extract.metric;

import io.profileflow.extract.text.LiteralScan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds quantified achievements in one clause of resume text (a bullet or a sentence).
 *
 * <p>Pipeline: clean layout noise, mask identifiers (phones, dates, versions), scan quantities with their units,
 * link "from X to Y" changes, drop numbers that are not achievements, describe the rest. All patterns are static
 * and compiled once; an instance holds no state, so one instance can be shared by all threads.
 *
 * <p>Ranges ("10-12 QPS", "5 to 10%") report the upper bound as the value; the lower bound is not reported
 * and lowers the confidence a little. One figure written twice in a clause ("-250 ms / 250 ms faster") is
 * reported once.
 */
public final class MetricExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(MetricExtractor.class);
    /**
     * A bullet or sentence is far shorter; anything longer is a layout accident (a table flattened into one
     * line, a base64 blob), so only its head is read. The grammar is linear, but at ~1-2 µs per character a
     * megabyte would still cost seconds on the hot path.
     */
    static final int MAX_CLAUSE_CHARS = 20_000;

    public MetricExtractor() {
        // Patterns live in static fields of the grammar classes; nothing to prepare per instance.
    }

    /**
     * Whether a clause without digits may still hold a figure: a multiplying verb in any language the grammar reads
     * ("Halved build time", "Dimezzati i tempi"), a fraction ("by a third", "an order of magnitude") or a "-fold".
     */
    public static boolean mayHoldFactorWord(String clause) {
        return QuantityScanner.mayHoldFactorWord(clause) || FOLD.foundIn(clause);
    }

    private static final LiteralScan FOLD = LiteralScan.ignoringCase("fold");

    /** Metrics in text order; empty when the clause has none. Never throws, never returns null. */
    public List<Metric> extract(String clause) {
        if (clause == null || clause.isBlank()) {
            return List.of();
        }
        try {
            return extractOrFail(clause);
        } catch (RuntimeException e) {
            // A grammar bug must cost one clause's metrics, not the whole document.
            LOG.warn("metric extraction failed on a clause of {} chars", clause.length(), e);
            return List.of();
        }
    }

    private static List<Metric> extractOrFail(String clause) {
        String head = clause.length() > MAX_CLAUSE_CHARS ? clause.substring(0, MAX_CLAUSE_CHARS) : clause;
        String text = SlashSeries.expand(ClauseCleaner.clean(head));
        if (!QuantityScanner.mayHoldQuantity(text)) {
            // Most clauses hold no figure at all: skip the masking and scanning regexes for them.
            return List.of();
        }
        WordStarts words = new WordStarts(text);  // shared by the masker's and the facts' keyword scans
        String masked = NoiseMasker.mask(words);
        List<Quantity> quantities = ChangeLinker.link(text, QuantityScanner.scan(masked));
        if (quantities.isEmpty()) {
            return List.of();
        }
        ClauseFacts facts = ClauseFacts.of(words);
        if (AchievementFilter.describesEmployer(quantities, masked, facts)) {
            return List.of();
        }
        List<Metric> metrics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int segmentStart = 0;
        for (Quantity q : quantities) {
            if (AchievementFilter.isAchievement(q, masked, facts)) {
                Metric metric = MetricDescriber.describe(q, clause, text, segmentStart, facts);
                if (seen.add(metric.unit() + '|' + metric.value() + '|' + metric.per())) {
                    metrics.add(metric);
                }
            }
            segmentStart = Math.max(segmentStart, q.end);
        }
        return metrics;
    }
}
