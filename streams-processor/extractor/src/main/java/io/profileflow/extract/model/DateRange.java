package io.profileflow.extract.model;

/**
 * A period found in a line: start, end (null when open) and whether the text says it is ongoing.
 * {@code from}/{@code to} are the character span of the match in the line it was found in.
 */
public record DateRange(PartialDate start, PartialDate end, boolean current, int from, int to) {
    /** Inclusive months covered, with {@code nowMonthIndex} standing for an open end; null when unknown. */
    public Integer months(int nowMonthIndex) {
        if (start == null) {
            return null;
        }
        int s = start.monthIndex(false);
        int e = end != null ? end.monthIndex(true) : (current ? nowMonthIndex : -1);
        if (e < 0 || e < s) {
            return null;
        }
        if (end != null && !end.hasMonth() && !start.hasMonth()) {
            // "2018 - 2023": count whole years between the two, not Jan..Dec inclusive of both ends.
            return Math.max(1, (end.year() - start.year()) * 12);
        }
        return e - s + 1;
    }

    public DateRange withSpan(int newFrom, int newTo) {
        return new DateRange(start, end, current, newFrom, newTo);
    }
}
