package io.profileflow.app;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.profileflow.api.ProfileApiServer;
import io.profileflow.config.ProcessorConfig;
import io.profileflow.config.Settings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.metrics.PipelineMetrics;
import io.profileflow.metrics.PipelineSummaryLog;
import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.topology.DeadLetterHandlers;
import io.profileflow.topology.DeadLetterWriter;
import io.profileflow.topology.PipelineSerdes;
import io.profileflow.topology.ProfileTopology;
import io.profileflow.topology.Topics;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * One processor instance: infrastructure (configured or embedded), topics, topology, Kafka Streams, HTTP API
 * and metrics, with an orderly shutdown. Separate from the command line so tests can start several instances
 * in one JVM.
 */
public final class ProcessorApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorApp.class);

    private final EmbeddedInfrastructure infra;
    private final KafkaStreams streams;
    private final ProfileApiServer api;
    private final KafkaStreamsMetrics kafkaMetrics;
    private final PrometheusMeterRegistry meterRegistry;
    private final Topics topics;
    private final AutoCloseable summaryLog;

    private ProcessorApp(EmbeddedInfrastructure infra, KafkaStreams streams, ProfileApiServer api,
                         KafkaStreamsMetrics kafkaMetrics, PrometheusMeterRegistry meterRegistry, Topics topics,
                         AutoCloseable summaryLog) {
        this.summaryLog = summaryLog;
        this.infra = infra;
        this.streams = streams;
        this.api = api;
        this.kafkaMetrics = kafkaMetrics;
        this.meterRegistry = meterRegistry;
        this.topics = topics;
    }

    /** Starts an instance and returns once Kafka Streams is started (not necessarily RUNNING yet). */
    public static ProcessorApp start(Settings settings) {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.resolve(settings);
        try {
            if (infra.hasThrowawayBroker() && !settings.isSet(ProcessorConfig.STATE_DIR)) {
                // State left by an earlier run belongs to a cluster that no longer exists; restoring from it would
                // only mark every task corrupted. A fresh cluster gets a fresh state directory.
                settings = settings.with(java.util.Map.of(ProcessorConfig.STATE_DIR.name(),
                        createTempDir("profileflow-state-").toString()));
            }
            return start(settings, infra);
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    private static java.nio.file.Path createTempDir(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessorApp start(Settings settings, EmbeddedInfrastructure infra) {
        Topics topics = Topics.from(settings);
        PrometheusMeterRegistry meterRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meterRegistry);
        new JvmGcMetrics().bindTo(meterRegistry);
        new JvmThreadMetrics().bindTo(meterRegistry);
        new ProcessorMetrics().bindTo(meterRegistry);
        PipelineMetrics metrics = new PipelineMetrics(meterRegistry);

        SchemaRegistryClient.Builder registry = SchemaRegistryClient.builder(infra.registryUrl())
                .listener(metrics::registryCall);
        if (settings.isSet(ProcessorConfig.SCHEMA_REGISTRY_AUTH)) {
            registry.basicAuth(settings.get(ProcessorConfig.SCHEMA_REGISTRY_AUTH));
        }
        SchemaRegistryClient registryClient = registry.build();
        PipelineSerdes serdes = PipelineSerdes.using(registryClient);
        SchemaPreRegistration.registerOutputSchemas(registryClient, topics);
        ProfileExtractor extractor = ExtractorFactory.create(settings);

        Map<String, Object> admin = new HashMap<>(settings.kafkaClientSettings());
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
        Map<String, Integer> partitions = TopicProvisioner.ensureTopics(admin, topics,
                settings.get(ProcessorConfig.TOPIC_PARTITIONS), settings.get(ProcessorConfig.TOPIC_REPLICATION));

        // The API binds first, so that application.server can name its real port when http.port is 0.
        String httpHost = settings.get(ProcessorConfig.HTTP_HOST);
        int httpPort = settings.get(ProcessorConfig.HTTP_PORT);
        ProfileApiServer api;
        KafkaStreams streams;
        HostInfo self;
        try {
            java.net.ServerSocket probe = null;
            if (httpPort == 0) {
                probe = new java.net.ServerSocket(0);
                httpPort = probe.getLocalPort();
                probe.close();
            }
            String advertised = settings.get(ProcessorConfig.APPLICATION_SERVER);
            self = HostInfo.buildFromEndpoint(advertised != null ? advertised
                    : (httpHost.equals("0.0.0.0") ? "127.0.0.1" : httpHost) + ":" + httpPort);
            DeadLetterWriter deadLetters = new DeadLetterWriter(topics.dlq(), serdes.deadLetter().serializer(),
                    settings.get(ProcessorConfig.DLQ_MAX_ORIGINAL_BYTES), metrics);
            Topology topology = ProfileTopology.buildTopology(topics, serdes, extractor, metrics,
                    Duration.ofMillis(settings.get(ProcessorConfig.TIME_BUDGET_MS)));
            streams = new KafkaStreams(topology, streamsProperties(settings, infra.bootstrapServers(), self, deadLetters));
            api = new ProfileApiServer(httpHost, httpPort, self, streams, meterRegistry,
                    settings.get(ProcessorConfig.API_TOKEN), name -> extractor.taxonomy().lookup(name).map(e -> e.canonical()),
                    topics.parsed(), partitions.get(topics.parsed()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the HTTP API: " + e.getMessage(), e);
        }

        // Micrometer re-reads the Kafka client metric list on this scheduler (new partitions, replaced threads);
        // the binder shuts the scheduler down on close.
        KafkaStreamsMetrics kafkaMetrics = new KafkaStreamsMetrics(streams, java.util.List.of(),
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "kafka-metrics-refresh");
                    t.setDaemon(true);
                    return t;
                }),
                Duration.ofSeconds(settings.get(ProcessorConfig.KAFKA_METRICS_REFRESH_SECONDS)));
        kafkaMetrics.bindTo(meterRegistry);
        metrics.profilesInStore(() -> StoreSize.activeProfiles(streams));
        int summaryEvery = settings.get(ProcessorConfig.LOG_SUMMARY_INTERVAL_SECONDS);
        AutoCloseable summaryLog = summaryEvery > 0
                ? PipelineSummaryLog.start(metrics, Duration.ofSeconds(summaryEvery)) : () -> { };
        streams.setUncaughtExceptionHandler(e -> {
            // Failed tasks (e.g. registry outage) are retried on a fresh thread; committed work is not redone
            // because processing is exactly-once.
            LOG.error("Stream thread failed; replacing it", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((next, prev) -> LOG.info("Kafka Streams state {} -> {}", prev, next));
        streams.start();
        api.start();
        LOG.info("Processor instance {} started: bootstrap={} registry={} http=http://{}:{}",
                self, infra.bootstrapServers(), infra.registryUrl(), httpHost, api.port());
        return new ProcessorApp(infra, streams, api, kafkaMetrics, meterRegistry, topics, summaryLog);
    }

    /**
     * The Kafka Streams configuration of an instance; public so that the {@code bench} command runs its
     * pass-through topology with exactly the same settings as the pipeline.
     */
    public static Properties streamsProperties(Settings settings, String bootstrapServers, HostInfo self,
                                               DeadLetterWriter deadLetters) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.get(ProcessorConfig.APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // Every input yields its outputs, its dead letter and its offset commit in one transaction.
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // The topology is built with this optimization (the profile table's changelog is profiles.parsed itself).
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, ProfileTopology.OPTIMIZATION);
        p.put(StreamsConfig.STATE_DIR_CONFIG, settings.get(ProcessorConfig.STATE_DIR));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.get(ProcessorConfig.NUM_STREAM_THREADS));
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, settings.get(ProcessorConfig.NUM_STANDBY_REPLICAS));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.get(ProcessorConfig.COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, settings.get(ProcessorConfig.CACHE_MAX_BYTES));
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        int replication = settings.get(ProcessorConfig.TOPIC_REPLICATION);
        if (replication > 0) {
            p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replication);
        }
        // Bad records become dead letters through Kafka Streams' own handlers.
        DeadLetterHandlers.install(p, deadLetters);
        // A raw document may be up to extract.max.document.bytes; fetch and produce sizes must allow it.
        int maxBytes = (int) Math.min(Integer.MAX_VALUE, settings.get(ProcessorConfig.MAX_DOCUMENT_BYTES) + 1024 * 1024);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxBytes);
        // Outputs are Avro text fields: lz4 shrinks them 2-4x for little CPU, which matters more than the CPU
        // on a broker link. Under exactly_once_v2 the producer flushes at every commit (commit.interval.ms), so a
        // short linger only fills batches between commits; 10 ms and 256 KB batches let one fan-out (a profile
        // with dozens of skill, role and metric records) travel as a few requests instead of dozens.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 10);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        // All RocksDB stores of this JVM share one block cache and memtable budget (rocksdb.memory.mb), so the
        // off-heap footprint stays bounded however many partitions an instance owns.
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedMemoryRocksDbConfig.class);
        p.put(BoundedMemoryRocksDbConfig.MEMORY_BYTES_CONFIG,
                settings.get(ProcessorConfig.ROCKSDB_MEMORY_MB) * 1024L * 1024L);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), maxBytes);
        // Extraction of a large document can take seconds; a small poll batch keeps each poll loop short.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 200);
        settings.kafkaClientSettings().forEach(p::put);
        // SPEC promises exactly-once: a kafka.* pass-through setting may tune the clients but not weaken that.
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return p;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public int apiPort() {
        return api.port();
    }

    public String bootstrapServers() {
        return infra.bootstrapServers();
    }

    public String registryUrl() {
        return infra.registryUrl();
    }

    public Topics topics() {
        return topics;
    }

    public PrometheusMeterRegistry meterRegistry() {
        return meterRegistry;
    }

    /** Waits until the instance is RUNNING (all stores restored); false on timeout. */
    public boolean awaitRunning(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (streams.state() == KafkaStreams.State.RUNNING) return true;
            if (streams.state() == KafkaStreams.State.ERROR) return false;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C), then closes. */
    public void runUntilShutdown() {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stop.countDown();
        }, "shutdown"));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private volatile boolean closed;

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        api.close();
        try {
            summaryLog.close();
        } catch (Exception e) {
            LOG.warn("Closing the summary log failed", e);
        }
        // Leave the group on close, so the remaining instances take over this one's partitions at once instead
        // of after the session timeout (45 s), during which keys owned here could not be answered.
        streams.close(org.apache.kafka.streams.CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        kafkaMetrics.close();
        infra.close();
        meterRegistry.close();
        LOG.info("Processor instance stopped");
    }
}
