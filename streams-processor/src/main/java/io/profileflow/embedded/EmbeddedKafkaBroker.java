package io.profileflow.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka broker (combined broker + controller) in this JVM, for the zero-config default and
 * the integration tests. It uses Kafka's internal server classes, which may change between releases, so all of
 * that is kept in this one class.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int brokerPort;
    private final KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDir, boolean deleteOnClose, int brokerPort, KafkaRaftServer server) {
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.brokerPort = brokerPort;
        this.server = server;
    }

    /** Starts a broker on free loopback ports with its log in a fresh temporary directory. */
    public static EmbeddedKafkaBroker start() {
        try {
            return start(Files.createTempDirectory("profileflow-kafka-"), true, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker with its log in {@code dataDir}; formats the directory the first time, so a broker started
     * again on the same directory keeps its topics. {@code port} 0 picks a free one.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, boolean deleteOnClose, int port) {
        long t0 = System.nanoTime();
        int brokerPort = port > 0 ? port : freePort();
        int controllerPort = freePort();
        Properties props = serverProperties(dataDir, brokerPort, controllerPort);
        try {
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                format(dataDir, props);
            }
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir, deleteOnClose, brokerPort, server);
            broker.awaitReady();
            LOG.info("Embedded Kafka broker ready at {} in {} ms (data in {})", broker.bootstrapServers(),
                    (System.nanoTime() - t0) / 1_000_000, dataDir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties serverProperties(Path dataDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toString());
        // One node: every internal topic must live with replication factor 1 and min ISR 1,
        // or transactions (exactly_once_v2) and consumer groups never become available.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("default.replication.factor", "1");
        p.put("num.partitions", "1");
        // The log cleaner's 128 MB dedupe buffer default costs ~150 MB of RSS; compacted topics here are small.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        // Streams apps join immediately instead of waiting the default 3 s for more members.
        p.put("group.initial.rebalance.delay.ms", "0");
        // Documents can be a few MB; accept up to 16 MB per message (the producer's limit is lower).
        p.put("message.max.bytes", String.valueOf(16 * 1024 * 1024));
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    private static void format(Path dataDir, Properties props) throws IOException {
        Files.createDirectories(dataDir);
        Path config = dataDir.resolveSibling(dataDir.getFileName() + "-server.properties");
        try (var out = Files.newOutputStream(config)) {
            props.store(out, "embedded broker");
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc = StorageTool$.MODULE$.execute(new String[]{"format", "-t", Uuid.randomUuid().toString(),
                "-c", config.toString(), "--standalone"}, new PrintStream(log, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(config);
        if (rc != 0) {
            throw new IllegalStateException("formatting the embedded broker's storage failed: "
                    + log.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + 60_000;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get();
                    return;
                } catch (Exception e) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("embedded broker did not become ready in 60 s", e);
                    }
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** False when the log directory is deleted on close. */
    public boolean keepsData() {
        return !deleteOnClose;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
        LOG.info("Embedded Kafka broker stopped");
    }

    /** Deletes a directory tree; used for temporary broker logs and, in tests, to wipe state directories. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
