package io.profileflow.extract.experience;

import io.profileflow.extract.model.DateRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Months covered by a set of periods, overlaps merged; open periods run to "now" (the document's timestamp). */
public final class MonthsCalculator {
    private MonthsCalculator() {
    }

    /** Null when no period has a start. */
    public static Integer coveredMonths(List<DateRange> ranges, int nowMonthIndex) {
        List<int[]> spans = new ArrayList<>();
        for (DateRange r : ranges) {
            int[] s = span(r, nowMonthIndex);
            if (s != null) {
                spans.add(s);
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        int total = 0;
        int curStart = spans.get(0)[0];
        int curEnd = spans.get(0)[1];
        for (int[] s : spans.subList(1, spans.size())) {
            if (s[0] <= curEnd + 1) {
                curEnd = Math.max(curEnd, s[1]);
            } else {
                total += curEnd - curStart + 1;
                curStart = s[0];
                curEnd = s[1];
            }
        }
        return total + curEnd - curStart + 1;
    }

    /** [first month, last month] of a period, inclusive; year-only periods follow {@link DateRange#months}. */
    static int[] span(DateRange r, int nowMonthIndex) {
        Integer months = r.months(nowMonthIndex);
        if (months == null) {
            return null;
        }
        int start = r.start().monthIndex(false);
        return new int[]{start, start + months - 1};
    }

    /** Months two periods share. */
    public static int overlap(DateRange a, DateRange b, int nowMonthIndex) {
        int[] x = span(a, nowMonthIndex);
        int[] y = span(b, nowMonthIndex);
        if (x == null || y == null) {
            return 0;
        }
        return Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]) + 1);
    }
}
