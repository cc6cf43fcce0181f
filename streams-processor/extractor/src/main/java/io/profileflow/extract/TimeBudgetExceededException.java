package io.profileflow.extract;

import java.time.Duration;

/** Extraction took longer than {@code extract.time.budget}. */
public class TimeBudgetExceededException extends ExtractionException {
    public TimeBudgetExceededException(Duration budget, String where) {
        super(EXTRACT, "extraction exceeded the time budget of " + budget.toMillis() + " ms (extract.time.budget) during "
                + where);
    }
}
