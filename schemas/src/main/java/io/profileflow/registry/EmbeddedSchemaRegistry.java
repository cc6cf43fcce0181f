package io.profileflow.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real schema registry (Apicurio Registry, in-memory storage) in a child JVM, for tests and for running the
 * pipeline without any infrastructure. The jar comes from the {@code deploy/schema-registry} module.
 *
 * <pre>{@code
 * try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start()) {
 *   SchemaRegistryClient client = SchemaRegistryClient.builder(registry.url()).build();
 *   ...
 * }
 * }</pre>
 *
 * <p>The constructor returns once the registry is ready and its global compatibility is BACKWARD (Apicurio's
 * default is NONE, which would let incompatible schema changes through). The child is destroyed by
 * {@link #close()}, and by a shutdown hook if the JVM exits first; a JVM killed with SIGKILL leaves it running.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

  /** System property or environment variable naming the registry jar. */
  public static final String JAR_SETTING = "SCHEMA_REGISTRY_JAR";
  /** Where the {@code deploy/schema-registry} module writes the jar, relative to the project root. */
  public static final Path JAR_IN_PROJECT = Path.of("deploy", "schema-registry", "target", "schema-registry.jar");

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
  private static final Pattern LISTENING = Pattern.compile("Listening on: https?://[^\\s:/]+:(\\d{1,5})");
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final int KEPT_OUTPUT_LINES = 40;
  private static final int PARENT_LEVELS_FROM_WORKING_DIR = 3;
  private static final int PARENT_LEVELS_FROM_CODE = 4;

  private final Path jar;
  private final Process process;
  private final Thread shutdownHook;
  private final Thread outputDrain;
  private final Deque<String> recentOutput = new ArrayDeque<>();
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final int boundPort;

  /** Starts the registry from {@code jar}, with its output logged through SLF4J at debug level. */
  public EmbeddedSchemaRegistry(Path jar) {
    this(jar, null);
  }

  /**
   * Starts the registry from {@code jar} and waits (at most 60 s) until it is ready.
   *
   * @param logFile where the child's output goes; null: SLF4J at debug level, logger
   *                {@code io.profileflow.registry.EmbeddedSchemaRegistry}
   * @throws IllegalStateException when it does not start, with the child's last output lines
   */
  public EmbeddedSchemaRegistry(Path jar, Path logFile) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("schema registry jar " + jar + " does not exist; " + buildHint());
    }
    this.jar = jar.toAbsolutePath();
    Writer log = openLog(logFile);
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    try {
      this.process = new ProcessBuilder(command(this.jar)).redirectErrorStream(true).start();
    } catch (IOException e) {
      closeQuietly(log);
      throw new IllegalStateException("could not start the schema registry JVM for " + this.jar, e);
    }
    this.shutdownHook = new Thread(process::destroy, "schema-registry-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    this.outputDrain = new Thread(() -> drain(log), "schema-registry-output");
    outputDrain.setDaemon(true);
    outputDrain.start();
    try {
      this.boundPort = awaitPort(deadline);
      awaitReady(deadline);
      SchemaRegistryClient.builder(url()).build().setGlobalCompatibility("BACKWARD");
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    LOG.info("schema registry ready at {} (pid {})", url(), process.pid());
  }

  /** Starts the registry from the jar {@link #locateJar()} finds. */
  public static EmbeddedSchemaRegistry start() {
    return new EmbeddedSchemaRegistry(locateJar());
  }

  /** The Confluent-compatible API: the value to configure as {@code schema.registry.url}. */
  public String url() {
    return baseUrl() + "/apis/ccompat/v7";
  }

  /** The registry's root, e.g. for {@code /health/ready}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + boundPort;
  }

  public int port() {
    return boundPort;
  }

  /**
   * Finds the registry jar: the {@value #JAR_SETTING} system property or environment variable; else {@code
   * deploy/schema-registry/target/schema-registry.jar} under the working directory or one of its 3 parents; else
   * under one of the 4 folders above where this class was loaded from (its jar or classes folder inside a module of
   * the project).
   */
  public static Path locateJar() {
    String setting = System.getProperty(JAR_SETTING, System.getenv(JAR_SETTING));
    if (setting != null && !setting.isBlank()) {
      Path named = Path.of(setting.trim());
      if (!Files.isRegularFile(named)) {
        throw new IllegalStateException(JAR_SETTING + " names " + named + ", which does not exist; " + buildHint());
      }
      return named;
    }
    List<Path> tried = new ArrayList<>();
    Path found = findAbove(Path.of("").toAbsolutePath(), PARENT_LEVELS_FROM_WORKING_DIR, tried);
    Path codeLocation = codeLocation();
    if (found == null && codeLocation != null) {
      found = findAbove(codeLocation.getParent(), PARENT_LEVELS_FROM_CODE - 1, tried);
    }
    if (found == null) {
      throw new IllegalStateException("schema registry jar not found (looked for " + tried + "); " + buildHint());
    }
    return found;
  }

  /** Stops the registry; safe to call more than once. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
      outputDrain.join(STOP_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting and the hook is already running or done: nothing left to undo.
    }
  }

  private static List<String> command(Path jar) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx192m", "-XX:+UseSerialGC",
        // C1 only: starts as fast and takes ~45 MB less memory; a registry behind caching clients needs no peak speed.
        "-XX:TieredStopAtLevel=1",
        "-Dquarkus.http.host=127.0.0.1",
        "-Dquarkus.http.port=0",
        // Plain text, so the "Listening on" line can be matched whatever the terminal.
        "-Dquarkus.log.console.color=false",
        "-jar", jar.toString());
  }

  private int awaitPort(long deadline) {
    try {
      return port.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (ExecutionException exited) {
      throw startupFailure("exited with status " + exitStatus() + " before listening");
    } catch (TimeoutException e) {
      throw startupFailure("did not report its port within " + STARTUP_TIMEOUT.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw startupFailure("start was interrupted");
    }
  }

  private void awaitReady(long deadline) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
        .timeout(Duration.ofSeconds(5)).GET().build();
    String lastAnswer = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw startupFailure("exited with status " + exitStatus() + " before it was ready");
      }
      try {
        HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
        lastAnswer = "HTTP " + answer.statusCode() + " " + answer.body();
      } catch (IOException e) {
        lastAnswer = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw startupFailure("start was interrupted");
      }
      sleepBriefly();
    }
    throw startupFailure("was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s (last /health/ready: "
        + lastAnswer + ")");
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String exitStatus() {
    try {
      process.waitFor(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? "(still running)" : String.valueOf(process.exitValue());
  }

  private IllegalStateException startupFailure(String what) {
    List<String> lines;
    synchronized (recentOutput) {
      lines = new ArrayList<>(recentOutput);
    }
    return new IllegalStateException("schema registry (" + jar + ") " + what + "; its last output lines:\n  "
        + String.join("\n  ", lines));
  }

  private void drain(Writer log) {
    try (BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)); log) {
      String line;
      while ((line = output.readLine()) != null) {
        keep(line);
        if (log == null) {
          LOG.debug("registry: {}", line);
        } else {
          log.write(line);
          log.write('\n');
          log.flush();
        }
        if (!port.isDone()) {
          Matcher listening = LISTENING.matcher(line);
          if (listening.find()) {
            port.complete(Integer.parseInt(listening.group(1)));
          }
        }
      }
    } catch (IOException e) {
      LOG.debug("schema registry output ended: {}", e.toString());
    } finally {
      port.completeExceptionally(new IllegalStateException("output ended"));
    }
  }

  private void keep(String line) {
    synchronized (recentOutput) {
      if (recentOutput.size() == KEPT_OUTPUT_LINES) {
        recentOutput.removeFirst();
      }
      recentOutput.addLast(line);
    }
  }

  private static Writer openLog(Path logFile) {
    if (logFile == null) {
      return null;
    }
    try {
      Path parent = logFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the schema registry log " + logFile, e);
    }
  }

  private static void closeQuietly(Writer log) {
    if (log == null) {
      return;
    }
    try {
      log.close();
    } catch (IOException e) {
      LOG.debug("closing the schema registry log: {}", e.toString());
    }
  }

  private static Path findAbove(Path start, int levels, List<Path> tried) {
    Path dir = start;
    for (int level = 0; level <= levels && dir != null; level++) {
      Path candidate = dir.resolve(JAR_IN_PROJECT);
      tried.add(candidate);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }

  private static Path codeLocation() {
    CodeSource source = EmbeddedSchemaRegistry.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      // Loaded from something that is not a file (a nested jar URL, say): only the other places apply.
      return null;
    }
  }

  private static String buildHint() {
    return "build it with ./mvnw -pl deploy/schema-registry install (or set " + JAR_SETTING + " to its path)";
  }
}
