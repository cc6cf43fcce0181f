package io.profileflow.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PublishProgressTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();

    private PublishProgress progress(int total, boolean quiet, boolean bar, int every) {
        return new PublishProgress(total, new PrintStream(out, true, StandardCharsets.UTF_8), quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8), bar, every, clock::get);
    }

    private static PublishResult ok(int i) {
        return PublishResult.published("docs/cv-" + i + ".txt", "cv-" + i, "text/plain", 100, 0, i);
    }

    private static PublishResult bad(int i) {
        return PublishResult.refused("docs/huge-" + i + ".pdf", "huge-" + i, "", 99, "too large");
    }

    @Test
    void withoutATerminalPrintsEveryDocumentAndAProgressLineEveryN() {
        PublishProgress p = progress(5, false, false, 2);
        for (int i = 0; i < 4; i++) {
            clock.addAndGet(500_000_000L); // two documents per second
            p.accept(ok(i));
        }
        clock.addAndGet(500_000_000L);
        p.accept(bad(4));
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(5);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "progress: 2/5 documents (40.0%), 0 refused, 2.0 docs/s, ETA 2s",
                "progress: 4/5 documents (80.0%), 0 refused, 2.0 docs/s, ETA 1s",
                "progress: 5/5 documents (100.0%), 1 refused, 2.0 docs/s, ETA 0s");
    }

    @Test
    void quietKeepsOnlyRefusedDocumentsOnStdout() {
        PublishProgress p = progress(3, true, false, 100);
        clock.addAndGet(1_000_000_000L);
        p.accept(ok(0));
        p.accept(bad(1));
        p.accept(ok(2));
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("REFUSED   docs/huge-1.pdf");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "progress: 3/3 documents (100.0%), 1 refused, 3.0 docs/s, ETA 0s");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndErasedAtTheEnd() {
        PublishProgress p = progress(4, false, true, 100);
        clock.addAndGet(1_000_000_000L);
        p.accept(ok(0));
        assertThat(p.barText()).isEqualTo("[#######-----------------------] 1/4 documents  1.0 docs/s  ETA 3s");
        p.accept(ok(1));
        p.finish();
        String shown = err.toString(StandardCharsets.UTF_8);
        String first = "[#######-----------------------] 1/4 documents  1.0 docs/s  ETA 3s";
        String second = "[###############---------------] 2/4 documents  2.0 docs/s  ETA 1s";
        String erase = "\r" + " ".repeat(first.length()) + "\r";
        assertThat(shown).isEqualTo(first + erase + second + "\r" + " ".repeat(second.length()) + "\r");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    }
}
