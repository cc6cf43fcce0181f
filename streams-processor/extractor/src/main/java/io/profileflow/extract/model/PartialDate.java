package io.profileflow.extract.model;

/**
 * A date as precise as the document gives it: a year, or a year and month ({@code month == 0} means year only).
 */
public record PartialDate(int year, int month) implements Comparable<PartialDate> {
    public PartialDate {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0);
    }

    public boolean hasMonth() {
        return month != 0;
    }

    /** {@code YYYY-MM} or {@code YYYY}, as SPEC.md wants dates. */
    public String format() {
        if (year < 0 || year > 9999) {
            return hasMonth() ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
        }
        // Called for every date comparison and record: String.format's parsing showed up in profiles.
        StringBuilder sb = new StringBuilder(7);
        pad(sb, year, 4);
        if (hasMonth()) {
            pad(sb.append('-'), month, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        sb.append("0000", 0, width - digits.length()).append(digits);
    }

    /** Months since year 0; a year-only start counts from January, a year-only end up to December. */
    public int monthIndex(boolean asEnd) {
        int m = hasMonth() ? month : (asEnd ? 12 : 1);
        return year * 12 + (m - 1);
    }

    @Override
    public int compareTo(PartialDate o) {
        return Integer.compare(monthIndex(false), o.monthIndex(false));
    }

    @Override
    public String toString() {
        return format();
    }
}
