package io.profileflow.extract.metric;

/**
 * A number found in a clause together with whatever the grammar could attach to it: scale, unit, rate period,
 * range bound, count noun. Mutable because the scanner fills it in stages and the change linker rewrites it.
 */
final class Quantity {

    /** What the unit says about the number; drives the exclusion rules. */
    enum Measure {
        BARE, COUNT, PERCENT, MULTIPLIER, DURATION, BYTES, RATE, MONEY
    }

    int start;
    int end;
    /** Offset right after the digits (and scale), where an attached letter would make it an identifier. */
    int numberEnd;
    /** The number as written, before scale and unit factors. */
    double raw;
    /** K/M/lakh multiplier, 1 when absent. */
    double scale = 1;
    /** Factor from the written unit to the SPEC unit (ms -> 0.001), 1 when absent. */
    double unitFactor = 1;
    Double lowerRaw;
    Measure measure = Measure.BARE;
    String unit;
    String per;
    String noun;
    boolean scaled;
    /** The scale was written "mil": million in English, thousand after a Brazilian or Spanish-American currency. */
    boolean milScale;
    boolean plus;
    boolean wordNumber;
    /** Day, week, month or year: the units tenure and dates are written in. */
    boolean calendarDuration;
    char sign;
    /** Set by the linker for "from X to Y" and "X → Y". */
    Double baseline;
    boolean changeLinked;
    /** Fixed multipliers from verbs such as "doubled" carry their own direction. */
    String fixedDirection;

    double value() {
        return raw * scale * unitFactor;
    }

    Double lowerValue() {
        return lowerRaw == null ? null : lowerRaw * scale * unitFactor;
    }

    /** A unit strong enough that the number is a measurement whatever precedes it. */
    boolean hasStrongUnit() {
        return measure != Measure.BARE && measure != Measure.COUNT;
    }
}
