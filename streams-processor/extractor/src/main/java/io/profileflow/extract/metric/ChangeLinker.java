package io.profileflow.extract.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Joins "from X to Y", "X → Y", "X to Y" and "X things merged into Y" into one quantity Y with baseline X. A bare X borrows Y's unit and
 * scale ("from 3 to 30 members", "from 2 to 10 million"); without "from" or an arrow both ends must carry a unit,
 * otherwise "10 to 12 hours" was already read as a range by the scanner. After "from", a bare Y borrows X's unit
 * ("from 85 servers to 30"), and two bare numbers are a count ("score went from 38 to 92"). German "von X auf Y",
 * Spanish "del X al Y", French "de X à Y" and Russian "с X до Y" are the same change. "X instead of Y" ("in 2 days instead of 3 weeks",
 * "rather than", "versus") names the new figure first: X with baseline Y, both with the same kind of unit; so does
 * "Y (from X)", "Y, up from X".
 */
final class ChangeLinker {

    /**
     * "to", an arrow, German "auf" (von X auf Y), Spanish "al" (del X al Y), French "à" (de X à Y), Dutch "naar"
     * (van X naar Y), Italian "a" (da X a Y).
     */
    private static final Pattern JOINER = Pattern.compile(
            "(?i)\\s*(?:(?:to|auf|al|naar|a|para|до)(?![\\p{L}])|à(?![\\p{L}])|→)\\s*" + Vocabulary.QUALIFIER);
    private static final Pattern ARROW = Pattern.compile("\\s*→.*");
    /** "212 charts consolidated into 35": what is left of a count after it was merged, at most one verb before. */
    private static final Pattern INTO = Pattern.compile("(?i)\\s*(?:[\\p{L}-]+\\s+)?into\\s+");
    /** "900ms – 150ms": a spaced dash between two quantities with units reads as a before/after pair. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+-\\s+" + Vocabulary.QUALIFIER);
    /** "from", German "von", Spanish "del"/"desde", French "depuis": what makes a bare first number a baseline. */
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:from|von|del|desde|depuis|van|da|с)\\s+" + Vocabulary.QUALIFIER + "$");

    /** Between a new figure and the old one it replaced: "2 days instead of 3 weeks", "40 ms vs. 300 ms". */
    private static final Pattern INSTEAD_OF = Pattern.compile(
            "(?i)\\s*(?:instead\\s+of|rather\\s+than|in\\s+place\\s+of|versus|vs\\.?)\\s+(?:the\\s+)?" + Vocabulary.QUALIFIER);

    /** Between a new figure and the old one after it: "to 180 ms (from 1.1 s)", "12 engineers, up from 4". */
    private static final Pattern FROM_AFTER = Pattern.compile(
            "(?i)\\s*(?:,\\s*|\\(\\s*|\\s[-–—]\\s*)?(?:(?:down|up)\\s+)?from\\s+" + Vocabulary.QUALIFIER);

    private ChangeLinker() {
    }

    static List<Quantity> link(String text, List<Quantity> quantities) {
        List<Quantity> out = new ArrayList<>(quantities.size());
        int i = 0;
        while (i < quantities.size()) {
            Quantity x = quantities.get(i);
            Quantity y = i + 1 < quantities.size() ? quantities.get(i + 1) : null;
            if (y != null && (replaces(text, x, y) || followedByOld(text, x, y))) {
                x.baseline = y.value();
                x.changeLinked = true;
                x.end = y.end;
                out.add(x);
                i += 2;
            } else if (y != null && linkable(text, x, y)) {
                join(x, y);
                out.add(y);
                i += 2;
            } else {
                out.add(x);
                i++;
            }
        }
        return out;
    }

    private static boolean linkable(String text, Quantity x, Quantity y) {
        if (x.fixedDirection != null || y.fixedDirection != null || x.end > y.start || y.start - x.end > 24) {
            return false;
        }
        String between = text.substring(x.end, y.start);
        if (y.measure == Quantity.Measure.BARE && x.measure == Quantity.Measure.COUNT && INTO.matcher(between).matches()) {
            return true; // "212 charts consolidated into 35", "merged 40 repos into 3"
        }
        if (y.measure == Quantity.Measure.BARE) {
            // "from 85 servers to 30": the bare second number is counted in the first one's unit;
            // "score went from 38 to 92": two bare numbers after "from" are a count that changed (not years).
            boolean bareCounts = x.measure == Quantity.Measure.BARE && !x.scaled && !y.scaled
                    && !Units.isYearLike(x.raw) && !Units.isYearLike(y.raw);
            return (x.measure != Quantity.Measure.BARE || bareCounts) && !x.wordNumber
                    && JOINER.matcher(between).matches() && (ARROW.matcher(between).matches() || fromBefore(text, x));
        }
        if (SPACED_DASH.matcher(between).matches()) {
            return x.measure != Quantity.Measure.BARE && x.measure == y.measure && Objects.equals(x.unit, y.unit);
        }
        if (!JOINER.matcher(between).matches()) {
            return false;
        }
        boolean anchored = ARROW.matcher(between).matches() || fromBefore(text, x);
        if (x.measure == Quantity.Measure.BARE || isScaledCount(x) && y.measure != Quantity.Measure.COUNT) {
            return anchored; // "3k → 21k TPS": the bare first figure is measured in the second one's unit
        }
        return x.measure == y.measure && Objects.equals(x.unit, y.unit)
                && (x.per == null || y.per == null || x.per.equals(y.per));
    }

    /** "in 2 days instead of 3 weeks": x replaced y, both measured alike (durations, money of one currency). */
    private static boolean replaces(String text, Quantity x, Quantity y) {
        return x.fixedDirection == null && y.fixedDirection == null && x.end <= y.start && y.start - x.end <= 30
                && x.measure != Quantity.Measure.BARE && x.measure == y.measure && Objects.equals(x.unit, y.unit)
                && Objects.equals(x.per, y.per) && INSTEAD_OF.matcher(text.substring(x.end, y.start)).matches();
    }

    /**
     * "p99 latency to 180 ms (from 1.1 s)", "grew the team to 12 engineers from 4": the new figure x, then the old
     * one y after "from"; a bare y is counted in x's unit. Not after a "from" of x's own ("from 5 to 8 from 3 ...").
     */
    private static boolean followedByOld(String text, Quantity x, Quantity y) {
        if (x.fixedDirection != null || y.fixedDirection != null || x.end > y.start || y.start - x.end > 16
                || x.measure == Quantity.Measure.BARE || x.changeLinked || fromBefore(text, x)
                || !FROM_AFTER.matcher(text.substring(x.end, y.start)).matches()) {
            return false;
        }
        if (y.measure == Quantity.Measure.BARE && !y.wordNumber && !Units.isYearLike(y.raw)) {
            borrowUnit(y, x);
            return true;
        }
        return x.measure == y.measure && Objects.equals(x.unit, y.unit) && Objects.equals(x.per, y.per)
                && (x.measure != Quantity.Measure.COUNT || y.noun == null || y.noun.equalsIgnoreCase(x.noun));
    }

    /** "3k", "1.2M": a scaled number with nothing after it, which the scanner counts for want of a unit. */
    private static boolean isScaledCount(Quantity x) {
        return x.measure == Quantity.Measure.COUNT && x.scaled && x.noun == null;
    }

    /** "from 85 servers to 30", "to 12 engineers from 4": the bare figure is counted in the other one's unit. */
    private static void borrowUnit(Quantity bare, Quantity measured) {
        bare.measure = measured.measure;
        bare.unit = measured.unit;
        bare.unitFactor = measured.unitFactor;
        bare.noun = measured.noun;
        bare.calendarDuration = measured.calendarDuration;
        if (!bare.scaled) {
            bare.scale = measured.scale;
        }
    }

    private static boolean fromBefore(String text, Quantity x) {
        return FROM_BEFORE.matcher(text.substring(Math.max(0, x.start - 40), x.start)).find();
    }

    private static void join(Quantity x, Quantity y) {
        if (x.measure == Quantity.Measure.BARE && y.measure == Quantity.Measure.BARE) {
            x.measure = Quantity.Measure.COUNT;
            x.unit = "count";
        }
        if (y.measure == Quantity.Measure.BARE) {
            borrowUnit(y, x);
        }
        if (x.measure == Quantity.Measure.BARE || isScaledCount(x)) {
            x.unitFactor = y.unitFactor;
            if (!x.scaled && x.raw < 1000) {
                x.scale = y.scale; // "from 2 to 10 million", not "from 120,000 to 1.4 million"
            }
        }
        if (y.per == null) {
            y.per = x.per;
        }
        y.baseline = x.value();
        y.changeLinked = true;
        y.start = x.start;
        y.plus = y.plus || x.plus;
    }
}
