package io.profileflow.ingest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What the publish command shows while a folder of thousands of documents goes out. Per-document lines go to
 * {@code lines} (stdout; with {@code --quiet} only refused documents); progress goes to {@code progress} (stderr,
 * so stdout stays one line per document): on a terminal a bar redrawn in place below the scrolling lines,
 * otherwise one line every {@code every} documents.
 */
final class PublishProgress implements Consumer<PublishResult> {
    private static final int BAR_WIDTH = 30;

    private final int total;
    private final PrintStream lines;
    private final boolean quiet;
    private final PrintStream progress;
    private final boolean bar;
    private final int every;
    private final LongSupplier nanoTime;
    private final long start;
    private int done;
    private int refused;
    private int barLength;

    PublishProgress(int total, PrintStream lines, boolean quiet, PrintStream progress, boolean bar, int every,
                    LongSupplier nanoTime) {
        this.total = total;
        this.lines = lines;
        this.quiet = quiet;
        this.progress = progress;
        this.bar = bar;
        this.every = Math.max(1, every);
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** Called from the producer's callback thread and the publishing thread alike, hence synchronized. */
    @Override
    public synchronized void accept(PublishResult result) {
        done++;
        if (!result.published()) refused++;
        if (bar) clearBar();
        if (!quiet || !result.published()) {
            lines.println(result.line());
            lines.flush();
        }
        if (bar) {
            String text = barText();
            progress.print(text);
            progress.flush();
            barLength = text.length();
        } else if (done % every == 0 || done == total) {
            progress.println(progressLine());
            progress.flush();
        }
    }

    /** Removes the bar, so that the summary line starts on a clean line. */
    synchronized void finish() {
        if (bar) clearBar();
    }

    private void clearBar() {
        if (barLength > 0) {
            progress.print("\r" + " ".repeat(barLength) + "\r");
            barLength = 0;
        }
    }

    String barText() {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        return String.format(Locale.ROOT, "[%s%s] %d/%d documents  %.1f docs/s  ETA %s",
                "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), done, total, rate(), eta());
    }

    String progressLine() {
        return String.format(Locale.ROOT, "progress: %d/%d documents (%.1f%%), %d refused, %.1f docs/s, ETA %s",
                done, total, total == 0 ? 100.0 : 100.0 * done / total, refused, rate(), eta());
    }

    private double rate() {
        double seconds = (nanoTime.getAsLong() - start) / 1e9;
        return done / Math.max(seconds, 1e-3);
    }

    private String eta() {
        double rate = rate();
        if (done >= total) return "0s";
        if (rate <= 0) return "?";
        long seconds = Math.round((total - done) / rate);
        return seconds >= 60 ? (seconds / 60) + "m" + (seconds % 60) + "s" : seconds + "s";
    }
}
