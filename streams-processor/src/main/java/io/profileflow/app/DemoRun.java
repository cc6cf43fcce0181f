package io.profileflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.profileflow.config.ProcessorConfig;
import io.profileflow.config.Settings;
import io.profileflow.ingest.DocumentPublisher;
import io.profileflow.ingest.IngestConfig;
import io.profileflow.ingest.PublishResult;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The README's first command: the pipeline on the embedded default, the sample documents published through the
 * ingest producer, what came out printed, then the API served until Ctrl-C.
 */
public final class DemoRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoRun() {
    }

    public static int run(Settings settings, List<Path> paths) throws Exception {
        List<Path> inputs = paths.isEmpty() ? List.of(locateSamples()) : paths;
        ProcessorApp app = ProcessorApp.start(settings);
        if (!app.awaitRunning(Duration.ofSeconds(120))) {
            System.err.println("the processor did not reach RUNNING; see the log above");
            app.close();
            return 1;
        }
        List<PublishResult> results;
        try (DocumentPublisher publisher = DocumentPublisher.create(Settings.of(Map.of(
                IngestConfig.BOOTSTRAP_SERVERS.name(), app.bootstrapServers(),
                IngestConfig.SCHEMA_REGISTRY_URL.name(), app.registryUrl(),
                IngestConfig.TOPIC_RAW.name(), app.topics().raw())))) {
            results = publisher.publishPaths(inputs, r -> System.out.println(r.line()));
        }
        String base = "http://127.0.0.1:" + app.apiPort();
        String token = settings.get(ProcessorConfig.API_TOKEN);
        HttpClient http = HttpClient.newHttpClient();
        System.out.println();
        System.out.println("What came out:");
        for (PublishResult r : results) {
            if (!r.published()) continue;
            JsonNode profile = awaitProfile(http, base + "/profiles/" + r.documentId(), token, Duration.ofSeconds(60));
            if (profile == null) {
                System.out.printf("  %-34s (no profile yet: dead-lettered? see profiles.dlq)%n", r.documentId());
                continue;
            }
            System.out.printf("  %-34s %-22s roles=%d skills=%d metrics=%d warnings=%d%n", r.documentId(),
                    profile.path("name").asText("?"), profile.path("experiences").size(),
                    profile.path("skills").size(), profile.path("metrics").size(), profile.path("warnings").size());
            for (JsonNode e : profile.path("experiences")) {
                System.out.printf("      %s, %s (%s - %s)%n", e.path("title").asText(""), e.path("company").asText(""),
                        e.path("startDate").asText("?"), e.path("current").asBoolean() ? "present" : e.path("endDate").asText("?"));
            }
        }
        String first = results.stream().filter(PublishResult::published).map(PublishResult::documentId)
                .findFirst().orElse("ID");
        System.out.println();
        System.out.println("Try:");
        System.out.println("  curl " + base + "/profiles/" + first);
        System.out.println("  curl " + base + "/profiles/" + first + "/metrics");
        System.out.println("  curl " + base + "/skills/k8s/profiles");
        System.out.println("  curl " + base + "/metrics");
        System.out.println("Kafka: " + app.bootstrapServers() + "   schema registry: " + app.registryUrl());
        System.out.println("Serving until Ctrl-C.");
        app.runUntilShutdown();
        return 0;
    }

    private static JsonNode awaitProfile(HttpClient http, String url, String token, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).GET();
            if (token != null) req.header("Authorization", "Bearer " + token);
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) return JSON.readTree(r.body());
            Thread.sleep(250);
        }
        return null;
    }

    /** deploy/samples next to the working directory or the jar (target/ -> module -> project root). */
    static Path locateSamples() {
        Path cwd = Path.of("deploy", "samples");
        if (Files.isDirectory(cwd)) return cwd;
        try {
            Path jar = Path.of(DemoRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("deploy").resolve("samples");
                if (Files.isDirectory(candidate)) return candidate;
            }
        } catch (Exception ignored) {
            // fall through to the error below
        }
        throw new IllegalStateException("deploy/samples not found; run from the project root or pass paths");
    }
}
