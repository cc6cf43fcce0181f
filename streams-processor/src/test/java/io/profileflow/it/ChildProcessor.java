package io.profileflow.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged processor ({@code streams-processor.jar run --set ...}) in a child JVM, so a test can kill it the
 * hard way (SIGKILL: no shutdown hook, no flush, no transaction abort) and start it again. Output goes to a log
 * file per start.
 */
final class ChildProcessor {
    static final Path JAR = Path.of("target", "streams-processor.jar");

    private final Map<String, String> settings;
    private final Path logDir;
    private Process process;
    private int starts;

    ChildProcessor(Map<String, String> settings, Path logDir) {
        this.settings = settings;
        this.logDir = logDir;
    }

    Path start() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-jar", JAR.toString(), "run"));
        settings.forEach((k, v) -> {
            cmd.add("--set");
            cmd.add(k + "=" + v);
        });
        Files.createDirectories(logDir);
        Path log = logDir.resolve("processor-" + (++starts) + ".log");
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return log;
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child processor did not die");
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Clean stop (SIGTERM: the shutdown hook closes Kafka Streams). */
    void stop() throws InterruptedException {
        if (process == null) return;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The last lines of the current start's log, for failure messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logDir.resolve("processor-" + starts + ".log"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
