package io.profileflow.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small client for the Confluent Schema Registry REST API, as spoken by Confluent Schema Registry, Apicurio
 * ({@code http://host:port/apis/ccompat/v7}), Karapace and Redpanda. The base URL is whatever the user configures as
 * {@code schema.registry.url}; paths such as {@code /subjects/...} are appended to it.
 *
 * <p>Both directions are cached for the life of the client (ids and their schemas never change in a registry), so a
 * serializer calls the registry once per schema and a deserializer once per writer schema id. Connection failures
 * are retried a bounded number of times with exponential backoff; error answers are not retried, because the
 * registry has decided. Thread-safe: one instance can serve every stream thread.
 */
public final class SchemaRegistryClient {

  public static final String URL_CONFIG = "schema.registry.url";
  public static final String BASIC_AUTH_USER_INFO_CONFIG = "basic.auth.user.info";
  public static final String BEARER_AUTH_TOKEN_CONFIG = "bearer.auth.token";
  public static final String CONNECT_TIMEOUT_MS_CONFIG = "schema.registry.connect.timeout.ms";
  public static final String REQUEST_TIMEOUT_MS_CONFIG = "schema.registry.request.timeout.ms";
  public static final String MAX_RETRIES_CONFIG = "schema.registry.max.retries";

  /** The media type the Confluent API wants on request bodies. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERROR_BODY_CHARS = 500;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

  private final String baseUrl;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration retryBackoff;
  private final String authorization;
  private final RegistryCallListener listener;
  private final ConcurrentMap<String, ConcurrentMap<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
  private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();

  private SchemaRegistryClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.requestTimeout = builder.requestTimeout;
    this.maxRetries = builder.maxRetries;
    this.retryBackoff = builder.retryBackoff;
    this.authorization = builder.authorization();
    this.listener = builder.listener;
    // HTTP/1.1: the JDK's default (HTTP/2 with an h2c upgrade) confuses some registries' proxies for no gain here.
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(builder.connectTimeout)
        .build();
  }

  /** Starts a builder for the registry at {@code baseUrl}, e.g. {@code http://127.0.0.1:8081}. */
  public static Builder builder(String baseUrl) {
    return new Builder(baseUrl);
  }

  /**
   * A client configured from Kafka-style properties: {@value #URL_CONFIG} (required), {@value
   * #BASIC_AUTH_USER_INFO_CONFIG} ({@code user:password}), {@value #BEARER_AUTH_TOKEN_CONFIG}, {@value
   * #CONNECT_TIMEOUT_MS_CONFIG}, {@value #REQUEST_TIMEOUT_MS_CONFIG}, {@value #MAX_RETRIES_CONFIG}.
   */
  public static SchemaRegistryClient fromConfig(Map<String, ?> config) {
    Object url = config.get(URL_CONFIG);
    if (url == null || url.toString().isBlank()) {
      throw new IllegalArgumentException(URL_CONFIG + " is not set: it must name a registry that speaks the Confluent"
          + " REST API, e.g. http://localhost:8081 or http://localhost:8080/apis/ccompat/v7 for Apicurio");
    }
    Builder builder = builder(url.toString());
    stringValue(config, BASIC_AUTH_USER_INFO_CONFIG).ifPresent(builder::basicAuth);
    stringValue(config, BEARER_AUTH_TOKEN_CONFIG).ifPresent(builder::bearerToken);
    stringValue(config, CONNECT_TIMEOUT_MS_CONFIG)
        .ifPresent(v -> builder.connectTimeout(Duration.ofMillis(parseLong(CONNECT_TIMEOUT_MS_CONFIG, v))));
    stringValue(config, REQUEST_TIMEOUT_MS_CONFIG)
        .ifPresent(v -> builder.requestTimeout(Duration.ofMillis(parseLong(REQUEST_TIMEOUT_MS_CONFIG, v))));
    stringValue(config, MAX_RETRIES_CONFIG)
        .ifPresent(v -> builder.maxRetries((int) parseLong(MAX_RETRIES_CONFIG, v)));
    return builder.build();
  }

  /** The registry's base URL, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Registers {@code schema} under {@code subject} (or finds it, if already there) and returns its id. The registry
   * rejects a schema that breaks the subject's compatibility rule with HTTP 409.
   */
  public int register(String subject, Schema schema) {
    Integer cached = cachedId(subject, schema);
    if (cached != null) {
      return cached;
    }
    JsonNode answer;
    try {
      answer = call("register", "POST", subjectPath(subject) + "/versions", schemaRequest(schema));
    } catch (SchemaRegistryException e) {
      if (e.status() != 409) {
        throw e;
      }
      // Two instances registering the same new schema at once can make the loser's request conflict with the
      // winner's (seen with Apicurio). Registering is idempotent, so one more try gives the id; a real
      // incompatibility answers 409 again and is thrown.
      LOG.debug("schema registry answered 409 to registering under {}; trying once more", subject);
      answer = call("register", "POST", subjectPath(subject) + "/versions", schemaRequest(schema));
    }
    int id = requiredInt(answer, "id", "POST", subjectPath(subject) + "/versions");
    remember(subject, schema, id);
    return id;
  }

  /**
   * The id of {@code schema} as already registered under {@code subject}, without registering it. Throws a
   * {@link SchemaRegistryException} with {@link SchemaRegistryException#isNotFound()} when it is not there.
   */
  public int lookup(String subject, Schema schema) {
    Integer cached = cachedId(subject, schema);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = call("lookup", "POST", subjectPath(subject), schemaRequest(schema));
    int id = requiredInt(answer, "id", "POST", subjectPath(subject));
    remember(subject, schema, id);
    return id;
  }

  /** The schema registered with {@code id}. */
  public Schema getById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    String path = "/schemas/ids/" + id;
    JsonNode answer = call("getById", "GET", path, null);
    String type = answer.path("schemaType").asText("AVRO");
    if (!"AVRO".equals(type)) {
      throw SchemaRegistryException.badAnswer("GET", baseUrl + path, "schema id " + id + " is a " + type
          + " schema, not Avro", null);
    }
    JsonNode text = answer.get("schema");
    if (text == null || !text.isTextual()) {
      throw SchemaRegistryException.badAnswer("GET", baseUrl + path, "no \"schema\" field in " + answer, null);
    }
    Schema schema;
    try {
      // A fresh parser each time: Schema.Parser remembers names and is not thread-safe.
      schema = new Schema.Parser().parse(text.asText());
    } catch (SchemaParseException e) {
      throw SchemaRegistryException.badAnswer("GET", baseUrl + path, "schema id " + id + " is not valid Avro: "
          + e.getMessage(), e);
    }
    Schema previous = schemasById.putIfAbsent(id, schema);
    return previous != null ? previous : schema;
  }

  /** Every subject the registry holds. */
  public List<String> subjects() {
    JsonNode answer = call("subjects", "GET", "/subjects", null);
    List<String> subjects = new ArrayList<>();
    answer.forEach(node -> subjects.add(node.asText()));
    return subjects;
  }

  /** Sets the registry-wide compatibility rule, e.g. {@code BACKWARD}. */
  public void setGlobalCompatibility(String level) {
    ObjectNode body = JSON.createObjectNode().put("compatibility", level);
    call("setCompatibility", "PUT", "/config", body);
  }

  private Integer cachedId(String subject, Schema schema) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
    Map<Schema, Integer> ids = idsBySubject.get(subject);
    return ids == null ? null : ids.get(schema);
  }

  private void remember(String subject, Schema schema, int id) {
    idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, id);
    // The registry said this schema is the one with this id: a deserializer meeting the id needs no call.
    schemasById.putIfAbsent(id, schema);
  }

  private static ObjectNode schemaRequest(Schema schema) {
    return JSON.createObjectNode().put("schema", schema.toString());
  }

  private static String subjectPath(String subject) {
    return "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode call(String operation, String method, String path, JsonNode body) {
    long start = System.nanoTime();
    boolean success = false;
    try {
      JsonNode answer = exchange(method, path, body);
      success = true;
      return answer;
    } finally {
      notifyListener(operation, success, System.nanoTime() - start);
    }
  }

  private void notifyListener(String operation, boolean success, long nanos) {
    try {
      listener.onCall(operation, success, nanos);
    } catch (RuntimeException e) {
      // Metrics must never break serialization.
      LOG.warn("RegistryCallListener failed for {}", operation, e);
    }
  }

  private JsonNode exchange(String method, String path, JsonNode body) {
    String url = baseUrl + path;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(requestTimeout)
        .header("Accept", CONTENT_TYPE + ", application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", CONTENT_TYPE)
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = sendWithRetries(request.build());
    if (response.statusCode() / 100 != 2) {
      throw errorAnswer(method, url, response);
    }
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw SchemaRegistryException.badAnswer(method, url, "not JSON: " + abbreviate(response.body()), e);
    }
  }

  /**
   * Sends the request; tries again (with backoff, up to maxRetries times) when there is no answer, or when the
   * answer says the registry or a proxy in front of it is momentarily unavailable (502, 503, 504). Any other
   * answer, including 500, is the registry's decision and is returned as it is.
   */
  private HttpResponse<String> sendWithRetries(HttpRequest request) {
    IOException last = null;
    int attempts = maxRetries + 1;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!isUnavailable(response.statusCode()) || attempt == attempts) {
          return response;
        }
        LOG.debug("schema registry at {} answered HTTP {} (attempt {} of {})", baseUrl, response.statusCode(), attempt,
            attempts);
        pause(backoff(attempt), attempt, new IOException("HTTP " + response.statusCode()));
      } catch (IOException e) {
        last = e;
        if (attempt < attempts) {
          LOG.debug("schema registry at {} not reachable (attempt {} of {}): {}", baseUrl, attempt, attempts, e.toString());
          pause(backoff(attempt), attempt, e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw SchemaRegistryException.unreachable(baseUrl, attempt, e);
      }
    }
    throw SchemaRegistryException.unreachable(baseUrl, attempts, last);
  }

  private static boolean isUnavailable(int status) {
    return status == 502 || status == 503 || status == 504;
  }

  private Duration backoff(int attempt) {
    Duration delay = retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 16));
    return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
  }

  private void pause(Duration delay, int attempt, IOException failure) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SchemaRegistryException.unreachable(baseUrl, attempt, failure);
    }
  }

  private static SchemaRegistryException errorAnswer(String method, String url, HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    int errorCode = SchemaRegistryException.NO_ANSWER;
    String message = body.isBlank() ? "(empty body)" : abbreviate(body);
    try {
      JsonNode json = JSON.readTree(body);
      if (json != null && json.hasNonNull("message")) {
        message = json.get("message").asText();
        errorCode = json.path("error_code").asInt(SchemaRegistryException.NO_ANSWER);
      }
    } catch (JsonProcessingException notJson) {
      // A proxy's HTML error page, say: the body itself (abbreviated) is the best explanation there is.
    }
    return SchemaRegistryException.errorAnswer(method, url, response.statusCode(), errorCode, message);
  }

  private int requiredInt(JsonNode answer, String field, String method, String path) {
    JsonNode value = answer.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw SchemaRegistryException.badAnswer(method, baseUrl + path, "no integer \"" + field + "\" in " + answer, null);
    }
    return value.asInt();
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_ERROR_BODY_CHARS ? text : text.substring(0, MAX_ERROR_BODY_CHARS) + "...";
  }

  private static Optional<String> stringValue(Map<String, ?> config, String key) {
    Object value = config.get(key);
    return value == null || value.toString().isBlank() ? Optional.empty()
        : Optional.of(value.toString().trim());
  }

  private static long parseLong(String key, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
    }
  }

  /** Settings of a {@link SchemaRegistryClient}; every one but the URL has a default. */
  public static final class Builder {
    private final String baseUrl;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(15);
    private int maxRetries = 2;
    private Duration retryBackoff = Duration.ofMillis(200);
    private String basicAuthUserInfo;
    private String bearerToken;
    private RegistryCallListener listener = RegistryCallListener.NONE;

    private Builder(String baseUrl) {
      this.baseUrl = normalize(baseUrl);
    }

    /** Time to open a connection (default 5 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Time for the whole answer of one request (default 15 s). */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /** How many times a request that got no answer is tried again (default 2; 0 = no retry). */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be 0..10, not " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /** Pause before the first retry, doubled for each next one, at most 2 s (default 200 ms). */
    public Builder retryBackoff(Duration backoff) {
      this.retryBackoff = positive(backoff, "retryBackoff");
      return this;
    }

    /** HTTP basic authentication, given as {@code user:password} (Confluent's {@code basic.auth.user.info}). */
    public Builder basicAuth(String userInfo) {
      if (userInfo.indexOf(':') < 0) {
        throw new IllegalArgumentException(BASIC_AUTH_USER_INFO_CONFIG + " must be user:password");
      }
      this.basicAuthUserInfo = userInfo;
      return this;
    }

    /** A static bearer token (Confluent's {@code bearer.auth.token}). */
    public Builder bearerToken(String token) {
      this.bearerToken = token;
      return this;
    }

    /** Told about every registry call, for metrics. */
    public Builder listener(RegistryCallListener callListener) {
      this.listener = Objects.requireNonNull(callListener, "listener");
      return this;
    }

    public SchemaRegistryClient build() {
      return new SchemaRegistryClient(this);
    }

    private String authorization() {
      if (basicAuthUserInfo != null && bearerToken != null) {
        throw new IllegalArgumentException("set either " + BASIC_AUTH_USER_INFO_CONFIG + " or "
            + BEARER_AUTH_TOKEN_CONFIG + ", not both");
      }
      if (basicAuthUserInfo != null) {
        return "Basic " + Base64.getEncoder().encodeToString(basicAuthUserInfo.getBytes(StandardCharsets.UTF_8));
      }
      return bearerToken == null ? null : "Bearer " + bearerToken;
    }

    private static String normalize(String url) {
      String trimmed = Objects.requireNonNull(url, URL_CONFIG).trim();
      if (trimmed.contains(",")) {
        throw new IllegalArgumentException(URL_CONFIG + " names several URLs (" + trimmed + "); give one");
      }
      URI uri;
      try {
        uri = URI.create(trimmed);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(URL_CONFIG + " is not a URL: " + trimmed, e);
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException(URL_CONFIG + " must be an http:// or https:// URL, not " + trimmed);
      }
      return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static Duration positive(Duration duration, String name) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return duration;
    }
  }
}
