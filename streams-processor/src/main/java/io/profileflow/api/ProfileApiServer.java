package io.profileflow.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.extract.json.ProfileJson;
import io.profileflow.topology.SkillIndexEntry;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API of SPEC.md on the JDK's built-in server. Any instance answers for any key: a profile lookup is
 * forwarded to the instance owning the key, and a skill lookup fans out to every instance and merges.
 */
public final class ProfileApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileApiServer.class);
    /** Marks instance-to-instance requests so they are answered locally and never forwarded again. */
    static final String FORWARDED_HEADER = "X-Profileflow-Forwarded";
    private static final int MAX_PATH_LENGTH = 512;
    private static final int MAX_PAGE = 500;

    private static final Pattern PROFILE = Pattern.compile("/profiles/([^/]{1,256})(?:/(experiences|skills|metrics))?");
    private static final Pattern SKILL = Pattern.compile("/skills/([^/]{1,128})/profiles");
    private static final Pattern LOCAL_SKILL = Pattern.compile("/internal/skills/([^/]{1,128})/local");

    static {
        // The JDK server writes headers and body as separate segments; with Nagle's algorithm and the client's
        // delayed ACK every answer on a keep-alive connection then waits ~40 ms (measured: 47 ms -> 2 ms).
        // Read once, when the JVM's first HttpServer is created, so an operator's explicit value wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final KafkaStreams streams;
    private final StoreQueries queries;
    private final PrometheusMeterRegistry prometheus;
    private final BearerTokenGuard guard;
    private final String token;
    private final Function<String, Optional<String>> canonicalSkill;
    private final SkillIndexFanOut skillFanOut;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param canonicalSkill maps a skill name or alias to its canonical taxonomy name ({@code k8s} -> Kubernetes)
     * @param skillIndexTopic the topic the skill index store is built from, and its partition count: every
     *                        partition is asked of its active owner exactly once
     */
    public ProfileApiServer(String host, int port, HostInfo self, KafkaStreams streams,
                            PrometheusMeterRegistry prometheus, String apiToken,
                            Function<String, Optional<String>> canonicalSkill, String skillIndexTopic,
                            int skillIndexPartitions) throws IOException {
        this.streams = streams;
        this.prometheus = prometheus;
        this.queries = new StoreQueries(streams, self);
        this.guard = new BearerTokenGuard(apiToken);
        this.token = apiToken;
        this.canonicalSkill = canonicalSkill;
        this.skillFanOut = new SkillIndexFanOut(skillIndexTopic, skillIndexPartitions);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http-api");
            t.setDaemon(true);
            return t;
        }));
    }

    public void start() {
        server.start();
        LOG.info("HTTP API listening on http://{}:{}", server.getAddress().getHostString(), port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        ApiResponse response;
        try {
            response = route(exchange);
        } catch (StoreQueries.NotReadyException e) {
            response = ApiResponse.unavailable(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("API request {} failed", exchange.getRequestURI().getRawPath(), e);
            response = ApiResponse.error(500, "internal error: " + e.getClass().getSimpleName());
        }
        send(exchange, response);
    }

    private ApiResponse route(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        if (path.length() > MAX_PATH_LENGTH || (exchange.getRequestURI().getRawQuery() != null
                && exchange.getRequestURI().getRawQuery().length() > MAX_PATH_LENGTH)) {
            return ApiResponse.error(414, "request URI too long");
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            return ApiResponse.error(405, "only GET is supported");
        }
        switch (path) {
            case "/health/live":
                return ApiResponse.json(200, ApiResponse.mapper().createObjectNode().put("status", "UP"));
            case "/health/ready": {
                KafkaStreams.State state = streams.state();
                ObjectNode body = ApiResponse.mapper().createObjectNode().put("state", state.name());
                return state == KafkaStreams.State.RUNNING ? ApiResponse.json(200, body.put("status", "UP"))
                        : ApiResponse.json(503, body.put("status", "DOWN"));
            }
            case "/metrics":
                return ApiResponse.text(200, "text/plain; version=0.0.4; charset=utf-8", prometheus.scrape());
            default:
                break;
        }
        ApiResponse denied = guard.check(exchange.getRequestHeaders().getFirst("Authorization"));
        if (denied != null) {
            return denied;
        }
        boolean forwarded = exchange.getRequestHeaders().containsKey(FORWARDED_HEADER);
        Matcher m = PROFILE.matcher(path);
        if (m.matches()) {
            return profile(decode(m.group(1)), m.group(2), path, forwarded);
        }
        m = SKILL.matcher(path);
        if (m.matches()) {
            return profilesWithSkill(decode(m.group(1)), exchange.getRequestURI().getRawQuery());
        }
        m = LOCAL_SKILL.matcher(path);
        if (m.matches() && forwarded) {
            List<Integer> partitions;
            try {
                partitions = skillFanOut.parse(QueryString.parse(exchange.getRequestURI().getRawQuery()).get("partitions"));
            } catch (IllegalArgumentException e) {
                return ApiResponse.error(400, e.getMessage());
            }
            ArrayNode arr = ApiResponse.mapper().createArrayNode();
            queries.localSkillEntries(decode(m.group(1)), partitions)
                    .forEach(e -> arr.add(ApiResponse.mapper().valueToTree(e)));
            return ApiResponse.json(200, arr);
        }
        return ApiResponse.error(404, "no such endpoint: " + path);
    }

    private ApiResponse profile(String profileId, String part, String rawPath, boolean forwarded) {
        StoreQueries.Owner owner = queries.ownerOf(profileId);
        if (!owner.isSelf()) {
            if (forwarded) {
                // The owner moved between the two hops: a rebalance is under way.
                return ApiResponse.unavailable("profile ownership is moving between instances");
            }
            return forward(owner.host(), rawPath);
        }
        Optional<ParsedProfile> profile = queries.localProfile(profileId, owner.partition());
        if (profile.isEmpty()) {
            return ApiResponse.error(404, "unknown profile: " + profileId);
        }
        ObjectNode json = ProfileJson.toJson(profile.get());
        return ApiResponse.json(200, part == null ? json : json.get(part));
    }

    private ApiResponse profilesWithSkill(String name, String rawQuery) {
        Map<String, String> q = QueryString.parse(rawQuery);
        int offset = QueryString.intParam(q, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = QueryString.intParam(q, "limit", 50, 1, MAX_PAGE);
        Optional<String> canonical = canonicalSkill.apply(name);
        if (canonical.isEmpty()) {
            return ApiResponse.error(404, "unknown skill: " + name);
        }
        List<SkillIndexEntry> all = new ArrayList<>();
        for (Map.Entry<HostInfo, List<Integer>> ask : queries.skillIndexPlan(skillFanOut).entrySet()) {
            all.addAll(ask.getKey().equals(queries.self())
                    ? queries.localSkillEntries(canonical.get(), ask.getValue())
                    : remoteSkillEntries(ask.getKey(), canonical.get(), ask.getValue()));
        }
        // Most experienced first; ties by name then id, so pages are stable.
        all.sort(Comparator.comparing((SkillIndexEntry e) -> e.years() == null ? -1.0 : e.years()).reversed()
                .thenComparing(e -> e.name() == null ? "" : e.name())
                .thenComparing(SkillIndexEntry::profileId));
        ObjectNode body = ApiResponse.mapper().createObjectNode();
        body.put("skill", canonical.get()).put("total", all.size()).put("offset", offset).put("limit", limit);
        ArrayNode profiles = body.putArray("profiles");
        for (int i = offset; i < all.size() && i < (long) offset + limit; i++) {
            SkillIndexEntry e = all.get(i);
            ObjectNode n = profiles.addObject().put("profileId", e.profileId()).put("name", e.name());
            if (e.years() != null) n.put("years", e.years()); else n.putNull("years");
        }
        return ApiResponse.json(200, body);
    }

    private List<SkillIndexEntry> remoteSkillEntries(HostInfo host, String canonical, List<Integer> partitions) {
        ApiResponse r = get(host, "/internal/skills/" + encode(canonical) + "/local?partitions="
                + SkillIndexFanOut.format(partitions));
        if (r.status() != 200) {
            throw new StoreQueries.NotReadyException("instance " + host + " answered " + r.status());
        }
        try {
            JsonNode arr = ApiResponse.mapper().readTree(r.body());
            List<SkillIndexEntry> out = new ArrayList<>();
            arr.forEach(n -> out.add(ApiResponse.mapper().convertValue(n, SkillIndexEntry.class)));
            return out;
        } catch (IOException e) {
            throw new StoreQueries.NotReadyException("instance " + host + " sent an unreadable answer");
        }
    }

    private ApiResponse forward(HostInfo host, String rawPath) {
        return get(host, rawPath);
    }

    private ApiResponse get(HostInfo host, String rawPath) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + rawPath))
                .timeout(Duration.ofSeconds(5)).header(FORWARDED_HEADER, "1").GET();
        if (token != null && !token.isEmpty()) {
            req.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("application/json");
            Map<String, String> headers = r.headers().firstValue("Retry-After").map(v -> Map.of("Retry-After", v))
                    .orElse(Map.of());
            return new ApiResponse(r.statusCode(), type, r.body(), headers);
        } catch (IOException e) {
            throw new StoreQueries.NotReadyException("instance " + host + " is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreQueries.NotReadyException("interrupted");
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void send(HttpExchange exchange, ApiResponse r) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", r.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(r.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
