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
    /** The scale was written "mil": a thousand in Portuguese and Spanish, a million after English dollars or pounds. */
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
        return normalized(raw);
    }

    Double lowerValue() {
        return lowerRaw == null ? null : normalized(lowerRaw);
    }

    /**
     * The figure in base units. Factors below one are applied by dividing ("180 µs" is 180 / 1e6 = 1.8E-4), as
     * multiplying by 1e-6 leaves binary noise (1.7999999999999998E-4) in the record.
     */
    private double normalized(double figure) {
        return unitFactor < 1 ? figure * scale / (1 / unitFactor) : figure * scale * unitFactor;
    }

    /** A unit strong enough that the number is a measurement whatever precedes it. */
    boolean hasStrongUnit() {
        return measure != Measure.BARE && measure != Measure.COUNT;
    }
}
