package io.profileflow.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * A real Prometheus server (the {@code prometheus} binary as a child process) scraping one processor's /metrics every
 * second on loopback, with its TSDB in a given directory; queried through its HTTP API.
 */
final class PrometheusServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final String base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusServer(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static PrometheusServer start(Path binary, Path dir, int targetPort) throws Exception {
        Files.createDirectories(dir);
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: profileflow-processor
                    metrics_path: /metrics
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(targetPort));
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process process = new ProcessBuilder(binary.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(process, "http://127.0.0.1:" + port, log);
        try {
            server.awaitReady(Duration.ofSeconds(30));
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("prometheus exited with status %d:%n%s", process.exitValue(), logTail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        fail("prometheus not ready after %s:%n%s", timeout, logTail());
    }

    /** Evaluates an instant query; the JSON answer's {@code data} node, or a failure naming Prometheus' error. */
    JsonNode query(String promql) throws Exception {
        String url = base + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(r.body());
        if (!"success".equals(body.path("status").asText())) {
            throw new QueryException(body.path("errorType").asText() + ": " + body.path("error").asText());
        }
        return body.path("data");
    }

    /** How many series of an instant query's answer have a finite value (NaN and infinities show nothing). */
    static int finiteSeries(JsonNode data) {
        String type = data.path("resultType").asText();
        if (type.equals("scalar")) {
            return isFinite(data.path("result").get(1).asText()) ? 1 : 0;
        }
        int n = 0;
        for (JsonNode series : data.path("result")) {
            if (isFinite(series.path("value").get(1).asText())) n++;
        }
        return n;
    }

    private static boolean isFinite(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Checks one dashboard query; a description of what is wrong, or empty when it returns data. */
    Optional<String> check(DashboardQueriesIntegrationTest.DashboardQuery q) throws Exception {
        try {
            JsonNode data = query(q.expr());
            int series = data.path("result").isArray() ? data.path("result").size() : 1;
            if (finiteSeries(data) == 0) {
                return Optional.of(q.where() + ": " + (series == 0 ? "no series" : series + " series, none with a finite value")
                        + " for " + q.expr());
            }
            return Optional.empty();
        } catch (QueryException e) {
            return Optional.of(q.where() + ": rejected (" + e.getMessage() + ") " + q.expr());
        }
    }

    /** Waits until the sum of an instant query's values reaches {@code atLeast}. */
    void awaitValue(String promql, double atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        double seen = Double.NaN;
        while (System.nanoTime() < deadline) {
            JsonNode result = query(promql).path("result");
            seen = 0;
            for (JsonNode series : result) {
                seen += Double.parseDouble(series.path("value").get(1).asText());
            }
            if (!result.isEmpty() && seen >= atLeast) return;
            Thread.sleep(500);
        }
        fail("%s stayed at %s, expected at least %s; prometheus log:%n%s", promql, seen, atLeast, logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Prometheus refused a query (syntax error, unknown function...). */
    static final class QueryException extends Exception {
        QueryException(String message) {
            super(message);
        }
    }
}
