package io.profileflow.topology;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.extract.TimeBudgetExceededException;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The per-document time budget, enforced by the topology. The engine checks its budget cooperatively (between
 * stages and inside loops) and stops itself with a precise message; this is the backstop for a stage that does
 * not check in time (a library parser stuck on a hostile file, a loop without a check): the extraction runs on a
 * worker thread, and after the budget plus {@link #GRACE} the document is given up as a
 * {@link TimeBudgetExceededException} (a dead letter at stage extract) and the stream thread moves on. The
 * abandoned worker is interrupted and replaced; it ends when the engine returns.
 */
final class BudgetedExtraction implements AutoCloseable {
    static final Duration GRACE = Duration.ofSeconds(1);

    private final ProfileExtractor extractor;
    private final Duration budget;
    private final String workerName;
    private ExecutorService worker;

    BudgetedExtraction(ProfileExtractor extractor, Duration budget, String workerName) {
        this.extractor = extractor;
        this.budget = budget;
        this.workerName = workerName;
    }

    ParsedProfile extract(DocumentInput input) throws ExtractionException {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, workerName);
                t.setDaemon(true);
                return t;
            });
        }
        long start = System.nanoTime();
        Future<ParsedProfile> result = worker.submit(() -> extractor.extract(input));
        long deadline = start + budget.plus(GRACE).toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // Waiting is bounded by the deadline anyway; keep the interrupt for the stream thread's owner.
                    interrupted = true;
                }
            }
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = null;
            throw new TimeBudgetExceededException(budget, "a stage that did not stop in time; the topology gave the "
                    + "document up after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException x) throw x;
            if (cause instanceof RuntimeException r) throw r;
            throw new ExtractionException(ExtractionException.EXTRACT, "internal error while extracting document '"
                    + input.documentId() + "': " + cause, cause);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (worker != null) worker.shutdownNow();
    }
}
