package io.profileflow.extract;

import io.profileflow.avro.ParsedProfile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The engine on random and adversarial input: whatever comes in, it returns a profile or an
 * {@link ExtractionException} with a pipeline stage (never any other exception or error), and it finishes within
 * its time budget plus one stage step (the budget is checked cooperatively between stages and inside per-line
 * loops). Big inputs are generated from small recipes, so a failure report names the recipe, not megabytes.
 */
class HostileInputPropertiesTest {
    private static final Duration BUDGET = Duration.ofSeconds(2);
    /** Budget plus the longest step between two budget checks we accept; beyond this the engine ran away. */
    private static final long RUNAWAY_MS = BUDGET.toMillis() + 1500;
    private static final ProfileExtractor ENGINE = new ProfileExtractor(ExtractorSettings.defaults()
            .withPiiHashKey("property-test-key".getBytes(StandardCharsets.UTF_8)).withTimeBudget(BUDGET));
    private static final Set<String> STAGES = Set.of(ExtractionException.NORMALIZE, ExtractionException.EXTRACT);

    @Property(tries = 150)
    void anyUnicodeTextIsAProfileOrAStagedRejection(@ForAll @StringLength(max = 4000) String text) {
        check("unicode text of " + text.length() + " chars", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 150)
    void anyBytesUnderAnyContentTypeAreAProfileOrAStagedRejection(@ForAll @Size(max = 4000) byte[] bytes,
                                                                   @ForAll("contentTypes") String type) {
        check(bytes.length + " random bytes as '" + type + "'", type, bytes);
    }

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void hugeLinesFinishWithinTheBudget(@ForAll("hugeLines") Recipe recipe) {
        check(recipe.toString(), "text/plain", recipe.build().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void deepNestingFinishesWithinTheBudget(@ForAll("deepNesting") Nesting nesting) {
        check(nesting.toString(), nesting.contentType(), nesting.build().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 10, shrinking = ShrinkingMode.OFF)
    void thousandsOfDatesFinishWithinTheBudget(@ForAll("manyDates") Recipe recipe) {
        check(recipe.toString(), "text/plain", recipe.build().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    void regexBacktrackingBaitFinishesWithinTheBudget(@ForAll("backtrackingBait") Recipe recipe) {
        check(recipe.toString(), "text/plain", recipe.build().getBytes(StandardCharsets.UTF_8));
    }

    /** Runs one extraction and checks the two promises: no stray exception, no runaway. */
    private static void check(String what, String contentType, byte[] content) {
        DocumentInput doc = new DocumentInput("hostile-1", "mem://hostile-1", contentType, content,
                1_717_200_000_000L, Map.of());
        long t0 = System.nanoTime();
        String outcome;
        try {
            ParsedProfile p = ENGINE.extract(doc);
            assertThat(p.getDocumentId()).isEqualTo("hostile-1");
            outcome = "profile";
        } catch (ExtractionException e) {
            assertThat(STAGES).as("stage of %s (%s)", what, e.getMessage()).contains(e.stage());
            assertThat(e.getMessage()).as("message for %s", what).isNotBlank();
            outcome = e.stage() + (e instanceof TimeBudgetExceededException ? " (budget)" : "");
        } catch (Throwable t) {
            throw new AssertionError("the engine threw " + t + " on " + what, t);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > RUNAWAY_MS) {
            fail("the engine ran away on %s: %d ms, budget %d ms", what, ms, BUDGET.toMillis());
        }
        Statistics.label("outcome").collect(outcome);
        Statistics.label("time").collect(ms < 100 ? "<100 ms" : ms < 1000 ? "<1 s" : ">=1 s");
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/plain", "text/markdown", "text/html", "application/pdf", "application/json",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "", "application/octet-stream",
                "image/png");
    }

    /** A document made of {@code units} repeated, in order, until it is {@code length} characters long. */
    record Recipe(String kind, List<String> units, String separator, int length) {
        String build() {
            StringBuilder sb = new StringBuilder(length + 64);
            for (int i = 0; sb.length() < length; i++) {
                sb.append(units.get(i % units.size())).append(separator);
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return kind + " of " + length + " chars from " + units + " joined by " + separator.replace("\n", "\\n");
        }
    }

    @Provide
    Arbitrary<Recipe> hugeLines() {
        Arbitrary<List<String>> units = Arbitraries.of("Java - Go 2019 - 2020 | ", "a@b.c ", "(((( ", "1 2 3 4 5 6 7 8 9 ",
                "aaaaaaaaaaaaaaaa", "- ", "$1,000,000 ", "www.", "100% ", "Senior Engineer at Acme, ", "### ", "**",
                "|---|---|", "\u00a0\u200b\u2028", "\ud83d\ude80 ").list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(units, Arbitraries.integers().between(200_000, 1_000_000))
                .as((u, n) -> new Recipe("one huge line", u, "", n));
    }

    @Provide
    Arbitrary<Recipe> manyDates() {
        Arbitrary<List<String>> units = Arbitraries.of("Jan 2019 - Feb 2020", "03/2015 – Present", "2011-2012",
                "Summer 2018", "since 2009", "2019.04 to 2021.11", "Q3 2020 - Q1 2021", "Backend Engineer, Acme, 2014 - 2016",
                "- Reduced latency by 40% from Jan 2019 to Mar 2019").list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(units, Arbitraries.of("\n", " ", " | ", "\n\n"),
                        Arbitraries.integers().between(20_000, 400_000))
                .as((u, sep, n) -> new Recipe("thousands of dates", u, sep, n));
    }

    @Provide
    Arbitrary<Recipe> backtrackingBait() {
        // Each unit leans on one of the engine's patterns (phone, email, URL, street, quantities, "from X to Y")
        // with a long almost-match that fails at the very end.
        Arbitrary<String> unit = Arbitraries.of(
                "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 x",
                "+(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12)-",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@",
                "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a@a.a.a.a.a.a.a.a.a.a.a",
                "www.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a",
                "12 Aaa Bbb Ccc Ddd Eee Fff Ggg Hhh Iii Jjj Kkk Lll Mmm",
                "from 5 to 6 to 7 to 8 to 9 to 10 to 11 to 12 to 13 to 14 to 15 to",
                "by 1 by 2 by 3 by 4 by 5 by 6 by 7 by 8 by 9 by 10 by 11 by",
                "10x10x10x10x10x10x10x10x10x10x10x10x10x10x10x10x10x10x10x10x",
                "1,000,000,000,000,000,000,000,000,000,000,000,000,000,000.",
                "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%",
                "Hauptstrasse Hauptstrasse Hauptstrasse Hauptstrasse Hauptstrasse",
                "Java, Java, Java, Java, Java, Java, Java, Java, Java, Java, Java,",
                "-- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- --",
                "2019 - 2020 2021 2022 2023 2024 2025 2026 2027 2028 2029 2030");
        return Combinators.combine(unit.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(" ", "\n", ""),
                        Arbitraries.integers().between(10_000, 300_000))
                .as((u, sep, n) -> new Recipe("backtracking bait", u, sep, n));
    }

    /** Nested structure of one format, {@code depth} levels deep. */
    record Nesting(String format, int depth) {
        String contentType() {
            return switch (format) {
                case "html" -> "text/html";
                case "json" -> "application/json";
                case "markdown" -> "text/markdown";
                default -> "text/plain";
            };
        }

        String build() {
            StringBuilder sb = new StringBuilder();
            switch (format) {
                case "html" -> {
                    sb.append("<html><body><h1>Robin Vale</h1>");
                    sb.append("<div><ul><li>".repeat(depth)).append("Engineer at Acme, 2019 - 2021");
                    sb.append("</li></ul></div>".repeat(depth)).append("</body></html>");
                }
                case "json" -> {
                    sb.append("{\"basics\": {\"name\": \"Robin Vale\"}, \"work\": [");
                    sb.append("[".repeat(depth)).append("{\"name\": \"Acme\"}").append("]".repeat(depth)).append("]}");
                }
                case "markdown" -> {
                    for (int i = 0; i < depth; i++) {
                        sb.append("  ".repeat(i % 200)).append("> - ").append("#".repeat(i % 7)).append(" Role ")
                                .append(i).append(", Acme, 2019 - 2020\n");
                    }
                }
                default -> sb.append("(".repeat(depth)).append("Robin Vale 2019 - 2021").append(")".repeat(depth));
            }
            return sb.toString();
        }
    }

    @Provide
    Arbitrary<Nesting> deepNesting() {
        return Combinators.combine(Arbitraries.of("html", "json", "markdown", "parentheses"),
                Arbitraries.integers().between(1_000, 20_000)).as(Nesting::new);
    }
}
