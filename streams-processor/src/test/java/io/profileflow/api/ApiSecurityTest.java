package io.profileflow.api;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's access rules over real HTTP: with api.token set, data endpoints answer 401 without a bearer token
 * and 403 with a wrong one, health and metrics stay open; over-long paths and queries get 414, other methods
 * than GET 405. Kafka Streams is created but not started, so data endpoints that pass the guard answer from
 * the API itself (404 for an unknown skill, 503 while not running).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityTest {
    private static final String TOKEN = "s3cret-api-token-for-tests";

    private KafkaStreams streams;
    private ProfileApiServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int checked;

    @BeforeAll
    void start() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in").to("out");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "api-security-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("api-security").toString());
        streams = new KafkaStreams(builder.build(), props);
        server = new ProfileApiServer("127.0.0.1", 0, new HostInfo("127.0.0.1", 1), streams,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), TOKEN,
                name -> name.equalsIgnoreCase("java") ? Optional.of("Java") : Optional.empty(), "in", 1);
        server.start();
    }

    @AfterAll
    void stop() {
        server.close();
        streams.close(Duration.ofSeconds(5));
        System.out.printf("[api-security] %d requests checked%n", checked);
    }

    @Test
    void dataEndpointsNeedTheBearerToken() throws Exception {
        for (String path : new String[]{"/profiles/p-1", "/profiles/p-1/skills", "/skills/java/profiles", "/nope"}) {
            assertStatus("GET", path, null, 401, "missing bearer token");
            assertStatus("GET", path, "Basic " + TOKEN, 401, "missing bearer token");
            assertStatus("GET", path, "Bearer wrong-token", 403, "invalid token");
            assertStatus("GET", path, "Bearer " + TOKEN + "x", 403, "invalid token");
            assertStatus("GET", path, "Bearer " + TOKEN.substring(0, TOKEN.length() - 1), 403, "invalid token");
            // An empty token is a missing one (the header value is trimmed on the way).
            assertStatus("GET", path, "Bearer ", 401, "missing bearer token");
        }
        // The right token passes the guard: the answers come from the endpoints themselves.
        assertStatus("GET", "/skills/cobol-on-mars/profiles", "Bearer " + TOKEN, 404, "unknown skill");
        assertStatus("GET", "/profiles/p-1", "Bearer " + TOKEN, 503, "not RUNNING");
        assertStatus("GET", "/profiles/p-1", "bearer " + TOKEN, 503, "not RUNNING");
        assertStatus("GET", "/nope", "Bearer " + TOKEN, 404, "no such endpoint");
    }

    @Test
    void healthAndMetricsStayOpen() throws Exception {
        assertStatus("GET", "/health/live", null, 200, "UP");
        assertStatus("GET", "/health/ready", null, 503, "CREATED");
        assertStatus("GET", "/metrics", null, 200, "");
    }

    @Test
    void pathsAndQueriesAreBoundedAndOnlyGetIsServed() throws Exception {
        assertStatus("GET", "/profiles/" + "a".repeat(600), "Bearer " + TOKEN, 414, "too long");
        assertStatus("GET", "/profiles/" + "a".repeat(600), null, 414, "too long");
        assertStatus("GET", "/skills/java/profiles?limit=" + "9".repeat(600), "Bearer " + TOKEN, 414, "too long");
        assertStatus("POST", "/profiles/p-1", "Bearer " + TOKEN, 405, "only GET");
        assertStatus("DELETE", "/profiles/p-1", "Bearer " + TOKEN, 405, "only GET");
        assertStatus("PUT", "/health/live", null, 405, "only GET");
    }

    private void assertStatus(String method, String path, String authorization, int status, String bodyPart)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) b.header("Authorization", authorization);
        HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as("%s %s with %s: %s", method, path, authorization, res.body()).isEqualTo(status);
        assertThat(res.body()).as("%s %s", method, path).contains(bodyPart);
        checked++;
    }
}
