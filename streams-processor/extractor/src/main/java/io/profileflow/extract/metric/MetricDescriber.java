package io.profileflow.extract.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an accepted quantity into a {@link Metric}: direction, subject, kind and confidence. */
final class MetricDescriber {

    private static final int NEAR = 80;
    private static final Pattern SAVING = Pattern.compile("(?i)^sav");
    private static final Pattern TIME_WORDS = Pattern.compile("(?i)\\b(?:time|latency|duration|response|delay|lag)\\b");
    // Their literals may start inside a word ("unavailable"), so the start test looks everywhere.
    static final GatedPattern AVAILABILITY = new GatedPattern(Pattern.compile(
            "(?i)avail|uptime|up-time|reliab|\\bsla\\b|\\bslo\\b|durab|success\\srate"),
            WordPrefixes.anywhere("avail", "up", "reliab", "sla", "slo", "durab", "success"));
    static final GatedPattern LATENCY = new GatedPattern(Pattern.compile(
            "(?i)latenc|response|\\bp\\d{2}\\b|load\\s?time|page\\s?load|ttfb|round[-\\s]?trip|\\blag\\b|delay|query\\stime"),
            WordPrefixes.anywhere("latenc", "response", "p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9",
                    "load", "page", "ttfb", "round", "lag", "delay", "query"));

    private MetricDescriber() {
    }

    static Metric describe(Quantity q, String clause, String text, int segmentStart, ClauseFacts facts) {
        String direction = direction(q, text, segmentStart);
        String subject = SubjectFinder.find(q, text, segmentStart);
        String kind = kind(q, text, subject, direction);
        return new Metric(q.value(), q.unit, q.per, q.baseline, direction, kind, subject, clause,
                confidence(q, direction, facts));
    }

    static String direction(Quantity q, String text, int segmentStart) {
        if (q.fixedDirection != null) {
            return q.fixedDirection;
        }
        if (q.baseline != null) {
            double delta = q.value() - q.baseline;
            return delta < 0 ? "decrease" : delta > 0 ? "increase" : null;
        }
        if (q.sign == '-') {
            return "decrease";
        }
        if (q.sign == '+') {
            return "increase";
        }
        boolean money = q.measure == Quantity.Measure.MONEY;
        String after = text.substring(q.end, Math.min(text.length(), q.end + NEAR));
        Matcher m = Vocabulary.DIRECTION_AFTER.matcher(after);
        if (m.lookingAt()) {  // every alternative starts with ^: lookingAt() is find()
            if (m.group("down") != null) {
                return money && SAVING.matcher(m.group("down")).find() ? null : "decrease";
            }
            if (m.group("speed") != null) {
                boolean timeMeasured = q.measure == Quantity.Measure.DURATION || TIME_WORDS.matcher(after).find();
                return timeMeasured ? "decrease" : "increase";
            }
            return "increase";
        }
        String before = text.substring(Math.max(segmentStart, q.start - NEAR), Math.max(segmentStart, q.start));
        String down = Vocabulary.DECREASE_BEFORE.lastMatch(before);
        String up = Vocabulary.INCREASE_BEFORE.lastMatch(before);
        int downAt = down == null ? -1 : before.lastIndexOf(down);
        int upAt = up == null ? -1 : before.lastIndexOf(up);
        if (downAt > upAt) {
            // Money that was saved is an amount, not a fall: "saved $340K".
            return money && SAVING.matcher(down).find() ? null : "decrease";
        }
        return upAt >= 0 ? "increase" : null;
    }

    static String kind(Quantity q, String text, String subject, String direction) {
        String context = subject == null ? text : subject + " " + text;
        return switch (q.measure) {
            case MONEY -> "money";
            case BYTES -> q.per != null ? "throughput" : "size";
            case RATE -> "throughput";
            case MULTIPLIER -> "change";
            case PERCENT -> AVAILABILITY.find(context) ? "availability"
                    : direction != null || q.baseline != null ? "change" : "other";
            case DURATION -> LATENCY.find(context) ? "latency" : "duration";
            case COUNT -> q.per != null ? "throughput"
                    : q.baseline != null || q.scaled || q.value() >= 1000 ? "scale" : "count";
            case BARE -> "other";
        };
    }

    /** Units that only measurements carry score higher than counted nouns; achievement verbs add to both. */
    static double confidence(Quantity q, String direction, ClauseFacts facts) {
        double c = switch (q.measure) {
            case COUNT, BARE -> q.per != null ? 0.7 : 0.5;
            case BYTES, DURATION -> 0.65;
            default -> 0.7;
        };
        if (q.per != null) {
            c += 0.05;
        }
        if (facts.achievementVerb()) {
            c += 0.15;
        }
        if (q.baseline != null) {
            c += 0.1;
        }
        if (direction != null) {
            c += 0.05;
        }
        if (q.measure == Quantity.Measure.COUNT && (q.scaled || q.plus)) {
            c += 0.05;
        }
        if (q.lowerRaw != null) {
            c -= 0.05;
        }
        if (q.wordNumber) {
            c -= 0.1;
        }
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }
}
