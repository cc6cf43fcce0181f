package io.profileflow.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted HTTP server standing in for a registry in unit tests of edge cases a real registry will not produce
 * on demand (500s, HTML error pages). Every request gets the same answer, except that a number of first requests
 * can be given another one ({@link #answerFirst}); all requests are recorded.
 */
final class FakeRegistry implements AutoCloseable {

  record Request(String method, String rawPath, String contentType, String authorization, String body) {
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String answer = "{}";
  private volatile int firstStatus;
  private volatile String firstAnswer;
  private final java.util.concurrent.atomic.AtomicInteger firstLeft = new java.util.concurrent.atomic.AtomicInteger();

  FakeRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  void answer(int httpStatus, String body) {
    this.status = httpStatus;
    this.answer = body;
  }

  /** The next {@code times} requests get this answer, the ones after them the one set by {@link #answer}. */
  void answerFirst(int times, int httpStatus, String body) {
    this.firstStatus = httpStatus;
    this.firstAnswer = body;
    firstLeft.set(times);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return requests;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Authorization"),
        body));
    boolean first = firstLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    byte[] bytes = (first ? firstAnswer : answer).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
    exchange.sendResponseHeaders(first ? firstStatus : status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
