package io.profileflow.extract.metric;

/**
 * One quantified achievement found in a clause, already normalized to the units of SPEC.md.
 *
 * @param value      normalized value (100K -> 100000; 250 ms -> 0.25; 1 TB -> 1e12)
 * @param unit       percent, seconds, bytes, count, multiplier, or an ISO 4217 code (USD, EUR, INR)
 * @param per        second, minute, hour, day, week, month, year, or null
 * @param baseline   the "from" value of a change, in the same unit, or null
 * @param direction  increase, decrease, or null
 * @param kind       throughput, latency, availability, money, scale, change, duration, size, ...
 * @param subject    what was measured (e.g. "processing time"), or null
 * @param text       the clause the metric came from
 * @param confidence 0..1
 */
public record Metric(double value, String unit, String per, Double baseline, String direction, String kind,
                     String subject, String text, double confidence) {
}
