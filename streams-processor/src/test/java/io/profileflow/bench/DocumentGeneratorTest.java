package io.profileflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.profileflow.avro.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameSeedAndIndexGiveTheSameDocument() {
        RawDocument a = new DocumentGenerator(42).document("d-", 17);
        RawDocument b = new DocumentGenerator(42).document("d-", 17);
        assertThat(text(a)).isEqualTo(text(b));
        assertThat(a.getDocumentId()).isEqualTo("d-17");
        assertThat(text(new DocumentGenerator(43).document("d-", 17))).isNotEqualTo(text(a));
    }

    @Test
    void documentsVaryInLayoutAndLengthAndLeaveNoPlaceholder() throws Exception {
        DocumentGenerator generator = new DocumentGenerator(1);
        Set<String> types = new HashSet<>();
        IntSummaryStatistics sizes = new IntSummaryStatistics();
        for (int i = 0; i < 400; i++) {
            RawDocument d = generator.document("d-", i);
            String text = text(d);
            types.add(d.getContentType());
            sizes.accept(text.length());
            assertThat(text).doesNotContainPattern("\\{[A-Z0-9_]+\\}").doesNotContain("##PART");
            if (d.getContentType().equals("application/json")) {
                JsonNode json = JSON.readTree(text);
                assertThat(json.path("work").size()).isBetween(1, 6);
                assertThat(json.path("basics").path("name").asText()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            }
        }
        assertThat(types).containsExactlyInAnyOrder("text/plain", "text/markdown", "text/html", "application/json");
        assertThat(sizes.getMin()).isLessThan(1000);
        assertThat(sizes.getMax()).isGreaterThan(3000);
    }

    @Test
    void placeholdersAreFilledInOnePassAndUnknownOnesStay() {
        assertThat(DocumentGenerator.fill("{A} saved ${B}K, {C}", java.util.Map.of("A", "Ana", "B", "$5")))
                .isEqualTo("Ana saved $$5K, {C}");
    }

    private static String text(RawDocument d) {
        byte[] b = new byte[d.getContent().remaining()];
        d.getContent().duplicate().get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
