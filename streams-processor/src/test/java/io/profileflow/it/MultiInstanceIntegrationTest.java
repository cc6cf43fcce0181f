package io.profileflow.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.profileflow.app.ProcessorApp;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;
import io.profileflow.bench.DocumentGenerator;
import io.profileflow.ingest.DocumentPublisher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three processor instances on one broker, six partitions: every instance answers every profile (asking the
 * owner) and the same merged skill-index totals; after one instance stops, the other two answer everything again,
 * with 503 + Retry-After while the group rebalances and never a 404 for a known profile. A profile re-sent with
 * other skills leaves the skill index of the skills it lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIntegrationTest {
    private static final int DOCUMENTS = 60;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Skills the generated documents use often (so each is held by profiles on several partitions), asked for by
     * name or alias and answered under the taxonomy's canonical name.
     */
    private static final Map<String, String> SKILLS = Map.of("kafka", "Apache Kafka", "Python", "Python",
            "k8s", "Kubernetes");

    private PipelineHarness harness;
    private final List<ProcessorApp> instances = new ArrayList<>();
    private final Map<String, ParsedProfile> published = new HashMap<>();
    /** Every 404 any instance gave for a profile that exists; must stay empty. */
    private final List<String> wrongNotFound = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        harness = new PipelineHarness();
        for (int i = 0; i < 3; i++) {
            instances.add(ProcessorApp.start(harness.settings("multi-instance-it",
                    PipelineHarness.tempDir("multi-it-state-" + i),
                    Map.of("topics.partitions", "6", "num.standby.replicas", "1"))));
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!instances.stream().allMatch(a -> a.streams().state() == KafkaStreams.State.RUNNING)) {
            assertThat(System.nanoTime()).as("all three instances RUNNING").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    void stop() {
        instances.forEach(ProcessorApp::close);
        if (harness != null) harness.close();
    }

    @Test
    @Order(1)
    void everyInstanceAnswersEveryProfileAndTheSameSkillTotals() throws Exception {
        DocumentGenerator generator = new DocumentGenerator(7);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        try (DocumentPublisher publisher = harness.publisher()) {
            for (int i = 0; i < DOCUMENTS; i++) {
                sent.add(publisher.publish(generator.document("multi-", i)));
            }
            publisher.flush();
        }
        sent.forEach(CompletableFuture::join);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) ids.add("multi-" + i);
        harness.readUntil("profiles.parsed", ParsedProfile.class,
                        rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids), WAIT)
                .forEach(r -> published.put(r.key(), r.value()));
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        // Each instance owns part of the profiles: the lookups below really cross instances.
        assertThat(instances).allSatisfy(a -> assertThat(a.streams().metadataForLocalThreads().stream()
                .flatMap(t -> t.activeTasks().stream()).count()).isPositive());

        for (ProcessorApp instance : instances) {
            assertEveryProfileAnswered(instance);
            assertSkillTotals(instance);
        }
        assertThat(wrongNotFound).isEmpty();
    }

    @Test
    @Order(2)
    void aProfileResentWithOtherSkillsLeavesTheIndexOfTheSkillsItLost() throws Exception {
        String id = published.keySet().stream().sorted()
                .filter(k -> skillNames(published.get(k)).contains("Apache Kafka")).findFirst().orElseThrow();
        int port = instances.get(1).apiPort();
        assertThat(profileIdsWithSkill(port, "kafka")).contains(id);
        assertThat(profileIdsWithSkill(port, "Haskell")).doesNotContain(id);

        String text = "Odile Quarrington\n\nExperience\nPlatform Engineer, Wrenfield Foods, Jan 2019 - Present\n"
                + "- Cut build time by 35% with Bazel remote caching.\n\nSkills\nHaskell, Erlang\n";
        try (DocumentPublisher publisher = harness.publisher()) {
            publisher.publish(PipelineHarness.document(id, "text/plain", text.getBytes(StandardCharsets.UTF_8))).join();
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!"Odile Quarrington".equals(JSON.readTree(
                harness.getWhenAvailable(port, "/profiles/" + id, WAIT).body()).path("name").asText())) {
            assertThat(System.nanoTime()).as("re-sent profile visible").isLessThan(deadline);
            Thread.sleep(200);
        }
        ParsedProfile resent = harness.readUntil("profiles.parsed", ParsedProfile.class,
                rs -> rs.stream().anyMatch(r -> r.key().equals(id) && "Odile Quarrington".equals(r.value().getName())),
                WAIT).stream().filter(r -> r.key().equals(id)).reduce((a, b) -> b).orElseThrow().value();
        assertThat(skillNames(resent)).contains("Haskell", "Erlang").doesNotContain("Apache Kafka");
        Set<String> lost = new HashSet<>(skillNames(published.get(id)));
        lost.removeAll(skillNames(resent));
        assertThat(lost).contains("Apache Kafka");
        for (ProcessorApp instance : instances) {
            for (String skill : lost) {
                assertThat(profileIdsWithSkill(instance.apiPort(), skill)).as("index of lost skill %s", skill)
                        .doesNotContain(id);
            }
            for (String skill : skillNames(resent)) {
                assertThat(profileIdsWithSkill(instance.apiPort(), skill)).as("index of new skill %s", skill)
                        .contains(id);
            }
        }
        published.put(id, resent);
    }

    @Test
    @Order(3)
    void afterOneInstanceStopsTheOthersAnswerEverythingWithoutAWrong404() throws Exception {
        instances.remove(0).close();
        for (ProcessorApp instance : instances) {
            assertEveryProfileAnswered(instance);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!instances.stream().allMatch(a -> a.streams().state() == KafkaStreams.State.RUNNING)) {
            assertThat(System.nanoTime()).as("survivors RUNNING").isLessThan(deadline);
            Thread.sleep(200);
        }
        for (ProcessorApp instance : instances) {
            assertSkillTotals(instance);
        }
        assertThat(wrongNotFound).isEmpty();
    }

    private void assertEveryProfileAnswered(ProcessorApp instance) throws Exception {
        for (Map.Entry<String, ParsedProfile> e : published.entrySet()) {
            HttpResponse<String> r = harness.getWhenAvailable(instance.apiPort(), "/profiles/" + e.getKey(), WAIT);
            if (r.statusCode() == 404) wrongNotFound.add(instance.apiPort() + " /profiles/" + e.getKey());
            assertThat(r.statusCode()).as("%s via port %d: %s", e.getKey(), instance.apiPort(), r.body())
                    .isEqualTo(200);
            assertThat(JSON.readTree(r.body()).path("name").asText()).isEqualTo(e.getValue().getName());
        }
    }

    /** The merged answer of one instance equals what was published: same ids, most years first. */
    private void assertSkillTotals(ProcessorApp instance) throws Exception {
        for (Map.Entry<String, String> skill : SKILLS.entrySet()) {
            Set<String> expected = published.entrySet().stream()
                    .filter(e -> skillNames(e.getValue()).contains(skill.getValue()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(expected).as("profiles with %s", skill.getValue()).hasSizeGreaterThan(3);
            JsonNode body = skillPage(instance.apiPort(), skill.getKey());
            assertThat(body.path("skill").asText()).isEqualTo(skill.getValue());
            assertThat(body.path("total").asInt()).as("total for %s via %d", skill, instance.apiPort())
                    .isEqualTo(expected.size());
            Set<String> ids = new HashSet<>();
            double previousYears = Double.MAX_VALUE;
            for (JsonNode n : body.path("profiles")) {
                ids.add(n.path("profileId").asText());
                assertThat(n.path("name").asText()).isEqualTo(published.get(n.path("profileId").asText()).getName());
                double years = n.path("years").isNull() ? -1 : n.path("years").asDouble();
                assertThat(years).as("sorted by years").isLessThanOrEqualTo(previousYears);
                previousYears = years;
            }
            assertThat(ids).isEqualTo(expected);
        }
    }

    private Set<String> profileIdsWithSkill(int port, String skill) throws Exception {
        Set<String> ids = new HashSet<>();
        skillPage(port, skill).path("profiles").forEach(n -> ids.add(n.path("profileId").asText()));
        return ids;
    }

    private JsonNode skillPage(int port, String skill) throws Exception {
        String encoded = URLEncoder.encode(skill, StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> r = harness.getWhenAvailable(port, "/skills/" + encoded + "/profiles?limit=500", WAIT);
        assertThat(r.statusCode()).as("%s via %d: %s", skill, port, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static Set<String> skillNames(ParsedProfile p) {
        return p.getSkills().stream().map(SkillRecord::getName).collect(Collectors.toSet());
    }
}
