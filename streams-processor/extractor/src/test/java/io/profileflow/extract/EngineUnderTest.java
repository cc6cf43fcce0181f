package io.profileflow.extract;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The engine with its production settings and taxonomy, and short renderings of what it extracts, for the rule
 * tests that run small invented documents end to end ({@code GeneralRulesExtractorTest}, {@code ProbeLayoutRulesTest}).
 */
final class EngineUnderTest {
    private static final ProfileExtractor ENGINE = new ProfileExtractor(ExtractorSettings.defaults()
            .withPiiHashKey("k".getBytes(StandardCharsets.UTF_8)));
    private static final long RECEIVED = 1_717_200_000_000L; // 2024-06-01

    private EngineUnderTest() {
    }

    static ParsedProfile extract(String text, String contentType) throws Exception {
        return ENGINE.extract(new DocumentInput("d", "mem://d", contentType, text.getBytes(StandardCharsets.UTF_8),
                RECEIVED, Map.of()));
    }

    static ParsedProfile extract(String text) throws Exception {
        return extract(text, "text/plain");
    }

    /** "Title @ Company start..end" per role. */
    static List<String> roles(ParsedProfile p) {
        return p.getExperiences().stream().map(e -> e.getTitle() + " @ " + e.getCompany() + " " + e.getStartDate()
                + ".." + e.getEndDate()).toList();
    }

    /** "value unit" per metric. */
    static List<String> metrics(ParsedProfile p) {
        return p.getMetrics().stream().map(m -> m.getValue() + " " + m.getUnit()).toList();
    }

    /** "value unit", followed by " from baseline" for a change. */
    static List<String> metricsWithBaselines(ParsedProfile p) {
        return p.getMetrics().stream().map(m -> m.getValue() + " " + m.getUnit()
                + (m.getBaseline() == null ? "" : " from " + m.getBaseline())).toList();
    }

    static List<String> skills(ParsedProfile p) {
        return p.getSkills().stream().map(SkillRecord::getName).toList();
    }
}
