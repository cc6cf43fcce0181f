package io.profileflow.extract;

import java.time.Duration;

/**
 * The per-document time budget, checked cooperatively between stages and inside per-line loops.
 * It throws an unchecked {@link Exceeded} so deep loops need no checked signature; the engine converts it.
 */
public final class Deadline {
    private final long deadlineNanos;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    public static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    /** A deadline that never passes, for components used alone (tests, taxonomy look-ups). */
    public static Deadline none() {
        return new Deadline(Duration.ofDays(365));
    }

    /** Throws {@link Exceeded} when the budget is used up; {@code where} names the stage for the message. */
    public void check(String where) {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Exceeded(budget, where);
        }
    }

    /** Unchecked carrier of a {@link TimeBudgetExceededException}. */
    public static final class Exceeded extends RuntimeException {
        private final transient Duration budget;
        private final String where;

        Exceeded(Duration budget, String where) {
            super("time budget exceeded during " + where, null, false, false);
            this.budget = budget;
            this.where = where;
        }

        public TimeBudgetExceededException toChecked() {
            return new TimeBudgetExceededException(budget, where);
        }
    }
}
