package io.profileflow.extract.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Joins "from X to Y", "X → Y" and "X to Y" into one quantity Y with baseline X. A bare X borrows Y's unit and
 * scale ("from 3 to 30 members", "from 2 to 10 million"); without "from" or an arrow both ends must carry a unit,
 * otherwise "10 to 12 hours" was already read as a range by the scanner.
 */
final class ChangeLinker {

    private static final Pattern JOINER = Pattern.compile("(?i)\\s*(?:to\\b|→)\\s*" + Vocabulary.QUALIFIER);
    private static final Pattern ARROW = Pattern.compile("\\s*→.*");
    /** "900ms – 150ms": a spaced dash between two quantities with units reads as a before/after pair. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+-\\s+" + Vocabulary.QUALIFIER);
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+" + Vocabulary.QUALIFIER + "$");

    private ChangeLinker() {
    }

    static List<Quantity> link(String text, List<Quantity> quantities) {
        List<Quantity> out = new ArrayList<>(quantities.size());
        int i = 0;
        while (i < quantities.size()) {
            Quantity x = quantities.get(i);
            Quantity y = i + 1 < quantities.size() ? quantities.get(i + 1) : null;
            if (y != null && linkable(text, x, y)) {
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
        if (y.measure == Quantity.Measure.BARE || x.fixedDirection != null || y.fixedDirection != null
                || x.end > y.start || y.start - x.end > 24) {
            return false;
        }
        String between = text.substring(x.end, y.start);
        if (SPACED_DASH.matcher(between).matches()) {
            return x.measure != Quantity.Measure.BARE && x.measure == y.measure && Objects.equals(x.unit, y.unit);
        }
        if (!JOINER.matcher(between).matches()) {
            return false;
        }
        boolean anchored = ARROW.matcher(between).matches()
                || FROM_BEFORE.matcher(text.substring(Math.max(0, x.start - 40), x.start)).find();
        if (x.measure == Quantity.Measure.BARE) {
            return anchored;
        }
        return x.measure == y.measure && Objects.equals(x.unit, y.unit)
                && (x.per == null || y.per == null || x.per.equals(y.per));
    }

    private static void join(Quantity x, Quantity y) {
        if (x.measure == Quantity.Measure.BARE) {
            x.unitFactor = y.unitFactor;
            if (!x.scaled) {
                x.scale = y.scale;
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
