package io.profileflow.it;

import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;
import io.profileflow.ingest.DocumentPublisher;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly-once under failure: 3,000 documents flow through the packaged processor running in a child JVM while
 * (1) the processor is killed with SIGKILL and started again, (2) the broker is restarted, and (3) the schema
 * registry is unreachable (a proxy between processor and registry is switched off) while the processor is killed
 * and restarted with an empty schema cache. Afterwards every document has exactly one committed ParsedProfile
 * (read_committed), exactly its experience, skill and metric records, no dead letter, and the store answers
 * for every one of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIntegrationTest {
    private static final int BATCH = 1000;
    private static final int BATCHES = 3;
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final String[] FIRST = {"Avery", "Blair", "Casey", "Dana", "Emery", "Finley", "Harper", "Jules",
            "Kai", "Logan", "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Reese", "Sawyer", "Tatum", "Rowan", "Sky"};
    private static final String[] LAST = {"Ashgrove", "Brightwater", "Coldbrook", "Dunmere", "Elmstead", "Fairhollow",
            "Glenmoor", "Hartwell", "Ivybridge", "Juniper", "Kestrel", "Larkspur", "Millbrook", "Northcote", "Oakhurst",
            "Pinecrest", "Quillfeather", "Redfern", "Stonebridge", "Thornbury"};

    private PipelineHarness harness;
    private TcpProxy registryProxy;
    private ChildProcessor processor;
    private int apiPort;
    private ParsedKeys progress;
    private Path stateDir;

    @BeforeAll
    void start() throws Exception {
        harness = new PipelineHarness(PipelineHarness.tempDir("crash-it-broker"));
        URI registry = URI.create(harness.registry.url());
        registryProxy = new TcpProxy(registry.getPort());
        String proxiedRegistry = new URI(registry.getScheme(), null, registry.getHost(), registryProxy.port(),
                registry.getPath(), null, null).toString();
        try (var probe = new java.net.ServerSocket(0)) {
            apiPort = probe.getLocalPort();
        }
        Map<String, String> settings = new TreeMap<>();
        settings.put("bootstrap.servers", harness.broker.bootstrapServers());
        settings.put("schema.registry.url", proxiedRegistry);
        settings.put("application.id", "crash-it");
        stateDir = PipelineHarness.tempDir("crash-it-state");
        settings.put("state.dir", stateDir.toString());
        settings.put("http.port", String.valueOf(apiPort));
        settings.put("pii.hash.key", "crash-test-key");
        settings.put("log.summary.interval.seconds", "5");
        // A killed member is noticed after 6 s instead of the 45 s default, so the restarted one gets the tasks.
        settings.put("kafka.session.timeout.ms", "6000");
        settings.put("kafka.heartbeat.interval.ms", "1500");
        processor = new ChildProcessor(settings, Path.of("target", "crash-it"));
        processor.start();
        awaitReady();
        progress = new ParsedKeys(harness);
    }

    @AfterAll
    void stop() throws Exception {
        if (progress != null) progress.close();
        if (processor != null) processor.stop();
        if (registryProxy != null) registryProxy.close();
        if (harness != null) harness.close();
        if (stateDir != null) io.profileflow.embedded.EmbeddedKafkaBroker.deleteRecursively(stateDir);
    }

    @Test
    void everyDocumentYieldsExactlyOneProfileDespiteKillsBrokerRestartAndRegistryOutage() throws Exception {
        int kills = 0;
        int processorRestarts = 0;
        int brokerRestarts = 0;
        List<String> events = new ArrayList<>();

        // 1. SIGKILL the processor a third of the way through the first batch, start it again.
        publish(0);
        int seen = progress.awaitAtLeast(BATCH / 3, WAIT);
        processor.kill();
        kills++;
        events.add("SIGKILL after " + seen + " profiles, " + (BATCH - seen) + " documents pending");
        processor.start();
        processorRestarts++;

        // 2. Restart the broker a third of the way through the second batch.
        publish(1);
        seen = progress.awaitAtLeast(BATCH + BATCH / 3, WAIT);
        Duration down = harness.restartBroker();
        brokerRestarts++;
        events.add("broker restart after " + seen + " profiles, " + (2 * BATCH - seen) + " pending, down "
                + down.toMillis() + " ms");

        // 3. Registry unreachable; the processor is killed and started without any schema cached, so it cannot
        //    read or write a record until the registry is back.
        progress.awaitAtLeast(2 * BATCH, WAIT);
        long outageStart = System.nanoTime();
        registryProxy.stop();
        publish(2);
        processor.kill();
        kills++;
        processor.start();
        processorRestarts++;
        int before = progress.awaitQuiet(Duration.ofSeconds(3), WAIT);
        Thread.sleep(OUTAGE.toMillis());
        // A restarted processor may still be restoring its stores when the outage's fixed part is over (slow on a
        // busy machine); the outage lasts until it has tried to read a document and said why it cannot.
        String waitReason = "Schema registry unreachable while reading profiles.raw";
        long sayDeadline = System.nanoTime() + WAIT.toNanos();
        while (!processor.logTail(5000).contains(waitReason) && System.nanoTime() < sayDeadline) {
            Thread.sleep(500);
        }
        int during = progress.count(Duration.ofSeconds(1));
        assertThat(processor.isAlive()).as("processor waits for the registry instead of exiting").isTrue();
        assertThat(during).as("nothing is produced (or dead-lettered) while the registry is unreachable")
                .isEqualTo(before);
        assertThat(processor.logTail(5000)).as("the processor says why it waits").contains(waitReason);
        registryProxy.start();
        events.add("registry unreachable for " + (System.nanoTime() - outageStart) / 1_000_000 + " ms, processor "
                + "restarted during it with " + (3 * BATCH - during) + " documents pending: 0 processed until it was back");

        int total = BATCH * BATCHES;
        progress.awaitAtLeast(total, WAIT);
        Figures figures = verify(total);

        events.forEach(e -> System.out.println("[crash-recovery] " + e));
        System.out.printf("[crash-recovery] documents=%d kills=%d processorRestarts=%d brokerRestarts=%d "
                        + "registryOutages=1 parsed=%d missing=%d doubled=%d deadLetters=%d experiences=%d skills=%d "
                        + "metrics=%d apiAnswered=%d%n", total, kills, processorRestarts, brokerRestarts,
                figures.parsed, figures.missing, figures.doubled, figures.deadLetters, figures.experiences,
                figures.skills, figures.metrics, figures.apiAnswered);
        assertThat(figures.missing).isZero();
        assertThat(figures.doubled).isZero();
    }

    private record Figures(int parsed, int missing, int doubled, int deadLetters, int experiences, int skills,
                           int metrics, int apiAnswered) {
    }

    private Figures verify(int total) throws Exception {
        Duration read = Duration.ofSeconds(60);
        List<ConsumerRecord<String, ParsedProfile>> parsed = harness.readToEnd("profiles.parsed", ParsedProfile.class, read);
        Map<String, Integer> perDocument = new HashMap<>();
        Map<String, ParsedProfile> profiles = new HashMap<>();
        for (ConsumerRecord<String, ParsedProfile> r : parsed) {
            perDocument.merge(r.value().getDocumentId(), 1, Integer::sum);
            profiles.put(r.key(), r.value());
        }
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < total; i++) expected.add(documentId(i));
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(perDocument.keySet());
        long doubled = perDocument.values().stream().filter(n -> n > 1).count();
        assertThat(missing).as("documents without a profile").isEmpty();
        assertThat(perDocument.keySet()).as("profiles of unknown documents").isEqualTo(expected);
        assertThat(doubled).as("documents with more than one committed profile").isZero();

        int experiences = checkFanOut("profiles.experiences", ExperienceRecord.class, profiles,
                ParsedProfile::getExperiences, r -> r.getProfileId() + "|" + r.getRevision(), ExperienceRecord::getIndex);
        int skills = checkFanOut("profiles.skills", SkillRecord.class, profiles,
                ParsedProfile::getSkills, r -> r.getProfileId() + "|" + r.getRevision(), SkillRecord::getIndex);
        int metrics = checkFanOut("profiles.metrics", MetricRecord.class, profiles,
                ParsedProfile::getMetrics, r -> r.getProfileId() + "|" + r.getRevision(), MetricRecord::getIndex);
        int deadLetters = harness.readToEnd("profiles.dlq", DeadLetter.class, read).size();
        assertThat(deadLetters).as("dead letters: every input was a good document").isZero();

        int answered = 0;
        for (ParsedProfile p : profiles.values()) {
            HttpResponse<String> res = harness.get(apiPort, "/profiles/" + p.getProfileId(), null);
            assertThat(res.statusCode()).as("%s: %s", p.getProfileId(), res.body()).isEqualTo(200);
            assertThat(res.body()).contains("\"revision\":\"" + p.getRevision() + "\"");
            answered++;
        }
        return new Figures(parsed.size(), missing.size(), (int) doubled, deadLetters, experiences, skills, metrics,
                answered);
    }

    /**
     * Each profile's records on a fan-out topic: exactly as many as the profile lists, each index once, all of
     * the profile's revision. Returns how many records were checked.
     */
    private <T extends SpecificRecord> int checkFanOut(String topic, Class<T> type, Map<String, ParsedProfile> profiles,
                                                      Function<ParsedProfile, List<?>> expectedOf,
                                                      Function<T, String> profileAndRevision,
                                                      Function<T, Integer> indexOf) {
        List<ConsumerRecord<String, T>> records = harness.readToEnd(topic, type, Duration.ofSeconds(60));
        Map<String, List<Integer>> indexes = new HashMap<>();
        for (ConsumerRecord<String, T> r : records) {
            indexes.computeIfAbsent(profileAndRevision.apply(r.value()), k -> new ArrayList<>()).add(indexOf.apply(r.value()));
        }
        int expectedTotal = 0;
        for (ParsedProfile p : profiles.values()) {
            int n = expectedOf.apply(p).size();
            assertThat(n).as("%s of %s: the generated documents all have some", topic, p.getProfileId()).isPositive();
            List<Integer> got = indexes.getOrDefault(p.getProfileId() + "|" + p.getRevision(), List.of());
            List<Integer> want = new ArrayList<>();
            for (int i = 0; i < n; i++) want.add(i);
            assertThat(got).as("%s records of %s", topic, p.getProfileId()).containsExactlyInAnyOrderElementsOf(want);
            expectedTotal += n;
        }
        assertThat(records).as("%s: no records beyond the profiles' own", topic).hasSize(expectedTotal);
        return records.size();
    }

    private void publish(int batch) throws Exception {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        try (DocumentPublisher publisher = harness.publisher()) {
            for (int i = batch * BATCH; i < (batch + 1) * BATCH; i++) {
                sent.add(publisher.publish(PipelineHarness.document(documentId(i), "text/plain",
                        resume(i).getBytes(StandardCharsets.UTF_8))));
            }
            publisher.flush();
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get();
        }
    }

    private static String documentId(int i) {
        return String.format("crash-doc-%05d", i);
    }

    /** A small, fictional, distinct resume: two dated roles, skills, quantified achievements. */
    static String resume(int i) {
        String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
        return name + "\n"
                + "Backend Engineer | Lakeport\n\n"
                + "Experience\n"
                + "Senior Backend Engineer, Northwind Logistics " + (i % 97) + ", Jan 2020 - Present\n"
                + "- Reduced API latency by " + (5 + i % 90) + "% for 40K QPS\n"
                + "- Built event pipelines with Kafka and Java\n\n"
                + "Software Engineer, Bluefield Analytics, Mar 2016 - Dec 2019\n"
                + "- Cut nightly batch runtime from " + (3 + i % 7) + " hours to 45 minutes\n\n"
                + "Skills\nJava, Kafka, PostgreSQL, Docker\n";
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (harness.get(apiPort, "/health/ready", null).statusCode() == 200) return;
            } catch (java.io.IOException notYet) {
                // the child is still starting
            }
            if (!processor.isAlive()) break;
            Thread.sleep(300);
        }
        throw new AssertionError("child processor not ready:\n" + processor.logTail(40));
    }

    /** Counts the distinct documents with a committed ParsedProfile so far, by tailing profiles.parsed. */
    private static final class ParsedKeys implements AutoCloseable {
        private final KafkaConsumer<String, byte[]> consumer;
        private final Set<String> keys = new HashSet<>();

        ParsedKeys(PipelineHarness harness) {
            Map<String, Object> props = new HashMap<>();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, harness.broker.bootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-it-progress");
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of("profiles.parsed"));
        }

        int count(Duration pollFor) {
            long end = System.nanoTime() + pollFor.toNanos();
            do {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
            } while (System.nanoTime() < end);
            return keys.size();
        }

        int awaitAtLeast(int n, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (count(Duration.ZERO) < n) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("only " + keys.size() + " of " + n + " profiles after " + timeout);
                }
            }
            return keys.size();
        }

        /** Waits until no new profile arrived for {@code quiet}; returns the count then. */
        int awaitQuiet(Duration quiet, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int last = count(Duration.ZERO);
            while (true) {
                int now = count(quiet);
                if (now == last) return now;
                if (System.nanoTime() > deadline) throw new AssertionError("profiles kept coming: " + now);
                last = now;
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
