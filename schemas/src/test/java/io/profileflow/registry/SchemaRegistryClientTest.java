package io.profileflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientTest {

  private static final Schema SCHEMA = SchemaBuilder.record("Widget").namespace("io.example").fields()
      .requiredString("name").optionalInt("size").endRecord();

  private final List<String> calls = new ArrayList<>();
  private final RegistryCallListener listener = (operation, success, nanos) -> {
    synchronized (calls) {
      calls.add(operation + ":" + success);
    }
  };
  private FakeRegistry registry;

  @BeforeEach
  void start() throws IOException {
    registry = new FakeRegistry();
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void registerPostsTheSchemaAsConfluentJsonAndCachesBothDirections() throws IOException {
    registry.answer(200, "{\"id\":7}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url() + "/").listener(listener).build();

    assertThat(client.register("profiles.raw-value", SCHEMA)).isEqualTo(7);
    assertThat(client.register("profiles.raw-value", SCHEMA)).isEqualTo(7);
    assertThat(client.getById(7)).isEqualTo(SCHEMA);

    assertThat(registry.requests()).hasSize(1);
    FakeRegistry.Request request = registry.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.rawPath()).isEqualTo("/subjects/profiles.raw-value/versions");
    assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
    assertThat(new ObjectMapper().readTree(request.body()).get("schema").asText()).isEqualTo(SCHEMA.toString());
    assertThat(calls).containsExactly("register:true");
  }

  @Test
  void sameSchemaUnderAnotherSubjectIsAskedAgain() {
    registry.answer(200, "{\"id\":3}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).build();

    client.register("a-value", SCHEMA);
    client.register("b-value", SCHEMA);

    assertThat(registry.requests()).extracting(FakeRegistry.Request::rawPath)
        .containsExactly("/subjects/a-value/versions", "/subjects/b-value/versions");
  }

  @Test
  void getByIdParsesTheSchemaOnceAndCachesIt() {
    registry.answer(200, "{\"schema\":" + quote(SCHEMA.toString()) + "}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).listener(listener).build();

    assertThat(client.getById(12)).isEqualTo(SCHEMA);
    assertThat(client.getById(12)).isEqualTo(SCHEMA);

    assertThat(registry.requests()).extracting(FakeRegistry.Request::method, FakeRegistry.Request::rawPath)
        .containsExactly(tuple("GET", "/schemas/ids/12"));
    assertThat(calls).containsExactly("getById:true");
  }

  @Test
  void lookupAsksTheSubjectWithoutRegistering() {
    registry.answer(200, "{\"subject\":\"t-value\",\"id\":5,\"version\":1,\"schema\":\"{}\"}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).build();

    assertThat(client.lookup("t-value", SCHEMA)).isEqualTo(5);
    assertThat(registry.requests()).extracting(FakeRegistry.Request::method, FakeRegistry.Request::rawPath)
        .containsExactly(tuple("POST", "/subjects/t-value"));
  }

  @Test
  void subjectIsPercentEncodedInThePath() {
    registry.answer(200, "{\"id\":1}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).build();

    client.register("odd name/x-value", SCHEMA);

    assertThat(registry.requests().get(0).rawPath()).isEqualTo("/subjects/odd%20name%2Fx-value/versions");
  }

  @Test
  void errorAnswerCarriesUrlStatusAndTheRegistrysMessage() {
    registry.answer(500, "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).listener(listener).build();

    assertThatThrownBy(() -> client.register("t-value", SCHEMA))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("schema registry answered HTTP 500 to POST " + registry.url()
              + "/subjects/t-value/versions: Error in the backend data store (error code 50001)");
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.errorCode()).isEqualTo(50001);
          assertThat(e.isUnreachable()).isFalse();
        });
    // An answer is a decision: no retry.
    assertThat(registry.requests()).hasSize(1);
    assertThat(calls).containsExactly("register:false");
  }

  @Test
  void nonJsonErrorBodyIsQuoted() {
    registry.answer(502, "<html>Bad Gateway</html>");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).maxRetries(0).build();

    assertThatThrownBy(() -> client.getById(4))
        .isInstanceOf(SchemaRegistryException.class)
        .hasMessage("schema registry answered HTTP 502 to GET " + registry.url() + "/schemas/ids/4: <html>Bad Gateway</html>");
  }

  @Test
  void unavailableAnswersAreRetriedUntilTheRegistryAnswers() {
    registry.answer(200, "{\"id\":7}");
    registry.answerFirst(2, 503, "{\"error_code\":50003,\"message\":\"Service Unavailable\"}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).maxRetries(2)
        .retryBackoff(Duration.ofMillis(10)).build();

    assertThat(client.register("t-value", SCHEMA)).isEqualTo(7);
    assertThat(registry.requests()).hasSize(3);
  }

  @Test
  void unavailableAnswersBeyondTheRetryBudgetAreReported() {
    registry.answer(504, "<html>Gateway Timeout</html>");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).maxRetries(1)
        .retryBackoff(Duration.ofMillis(10)).build();

    assertThatThrownBy(() -> client.getById(4))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(504));
    assertThat(registry.requests()).hasSize(2);
  }

  @Test
  void aConflictOnRegisteringIsTriedOnceMore() {
    registry.answer(200, "{\"id\":12}");
    registry.answerFirst(1, 409, "{\"error_code\":409,\"message\":\"Artifact already exists\"}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).build();

    assertThat(client.register("t-value", SCHEMA)).isEqualTo(12);
    assertThat(registry.requests()).hasSize(2);
  }

  @Test
  void aRepeatedConflictIsAnIncompatibleSchema() {
    registry.answer(409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).build();

    assertThatThrownBy(() -> client.register("t-value", SCHEMA))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.getMessage()).contains("incompatible");
        });
    assertThat(registry.requests()).hasSize(2);
  }

  @Test
  void notFoundIsRecognisable() {
    registry.answer(404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).build();

    assertThatThrownBy(() -> client.getById(99))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.isNotFound()).isTrue();
          assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
        });
  }

  @Test
  void unreachableRegistryIsRetriedWithBackoffThenNamed() throws IOException {
    String url = "http://127.0.0.1:" + closedPort();
    SchemaRegistryClient client = SchemaRegistryClient.builder(url).maxRetries(2)
        .retryBackoff(Duration.ofMillis(100)).listener(listener).build();

    long start = System.nanoTime();
    assertThatThrownBy(() -> client.register("t-value", SCHEMA))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.getMessage()).startsWith("schema registry at " + url + " is unreachable: java.net.ConnectException")
              .endsWith("(3 attempts)");
          assertThat(e.isUnreachable()).isTrue();
          assertThat(e.url()).isEqualTo(url);
        });
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    // Backoff 100 ms, then 200 ms.
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    assertThat(calls).containsExactly("register:false");
  }

  @Test
  void basicAuthIsSentAsAuthorizationHeader() {
    registry.answer(200, "{\"id\":1}");
    SchemaRegistryClient client = SchemaRegistryClient.fromConfig(Map.of(
        SchemaRegistryClient.URL_CONFIG, registry.url(),
        SchemaRegistryClient.BASIC_AUTH_USER_INFO_CONFIG, "ada:s3cret:x"));

    client.register("t-value", SCHEMA);

    String expected = "Basic " + Base64.getEncoder().encodeToString("ada:s3cret:x".getBytes(StandardCharsets.UTF_8));
    assertThat(registry.requests().get(0).authorization()).isEqualTo(expected);
  }

  @Test
  void bearerTokenIsSentAsAuthorizationHeader() {
    registry.answer(200, "{\"id\":1}");
    SchemaRegistryClient client = SchemaRegistryClient.fromConfig(Map.of(
        SchemaRegistryClient.URL_CONFIG, registry.url(), SchemaRegistryClient.BEARER_AUTH_TOKEN_CONFIG, "tok-123"));

    client.register("t-value", SCHEMA);

    assertThat(registry.requests().get(0).authorization()).isEqualTo("Bearer tok-123");
  }

  @Test
  void configErrorsSayWhatIsWrong() {
    assertThatThrownBy(() -> SchemaRegistryClient.fromConfig(Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("schema.registry.url is not set");
    assertThatThrownBy(() -> SchemaRegistryClient.fromConfig(Map.of(SchemaRegistryClient.URL_CONFIG, "localhost:8081")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schema.registry.url must be an http:// or https:// URL, not localhost:8081");
    assertThatThrownBy(() -> SchemaRegistryClient.fromConfig(Map.of(SchemaRegistryClient.URL_CONFIG, "http://a:1",
        SchemaRegistryClient.BASIC_AUTH_USER_INFO_CONFIG, "u:p", SchemaRegistryClient.BEARER_AUTH_TOKEN_CONFIG, "t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("set either basic.auth.user.info or bearer.auth.token, not both");
    assertThatThrownBy(() -> SchemaRegistryClient.fromConfig(Map.of(SchemaRegistryClient.URL_CONFIG, "http://a:1",
        SchemaRegistryClient.MAX_RETRIES_CONFIG, "many")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schema.registry.max.retries must be a whole number, not 'many'");
  }

  @Test
  void concurrentCallersAllGetTheSameId() throws Exception {
    registry.answer(200, "{\"id\":21}");
    SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> ids = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        ids.add(pool.submit(() -> client.register("t-value", SCHEMA)));
      }
      for (Future<Integer> id : ids) {
        assertThat(id.get()).isEqualTo(21);
      }
    } finally {
      pool.shutdownNow();
    }
    // Racing first callers may each ask; once cached, nobody does.
    assertThat(registry.requests().size()).isBetween(1, 8);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String quote(String text) {
    try {
      return new ObjectMapper().writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
