package io.profileflow.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.profileflow.app.ProcessorApp;
import io.profileflow.avro.RawDocument;
import io.profileflow.config.ProcessorConfig;
import io.profileflow.config.Settings;
import io.profileflow.embedded.EmbeddedKafkaBroker;
import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.ingest.DocumentPublisher;
import io.profileflow.metrics.PipelineMetrics;
import io.profileflow.registry.EmbeddedSchemaRegistry;
import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.topology.DeadLetterWriter;
import io.profileflow.topology.PipelineSerdes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bench [--documents N] [--warm-up N] [--rate DOCS_PER_S] [--only passthrough|pipeline]
 * [--processor-heap SIZE] [--set name=value]...}: on one embedded broker and registry, publishes the same N generated documents through
 * (a) a pass-through topology (read, one RocksDB store, one output topic) and (b) the full pipeline, with the
 * same Kafka Streams settings (exactly_once_v2, commit interval, cache), and prints documents/s, MB/s and
 * end-to-end latency for both, the ratio (b)/(a), the engine's own single-thread cost on the same documents,
 * the CPU each run spent per document (so that (b)'s cost splits into Kafka's, the engine's and the rest: is the
 * engine or Kafka the limit?) and the resident memory.
 * <p>
 * Latency is the read_committed consumer's receive time minus the raw record's timestamp (set when the
 * document was published; Kafka Streams carries it to the outputs). Without {@code --rate} the documents are
 * published as fast as possible, so latency includes the time a document waits in the backlog.
 * With {@code --warm-up N} each run first takes N other documents, not measured, so that the figures are those
 * of a JVM whose JIT has compiled the hot code (a long-running processor) rather than of one still compiling it.
 * With {@code --processor-heap} the pipeline run (b) uses a processor in a child JVM with that -Xmx, and its
 * own RSS is reported apart from this JVM's (which holds the broker).
 */
public final class BenchCommand {
    private static final long SEED = 20_260_601L;
    private static final Duration NO_PROGRESS_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration ENGINE_WARM_UP = Duration.ofSeconds(8);

    private final PrintStream out;
    private final int documents;
    private final int warmUp;
    private final double rate;
    private final String only;
    private final String processorHeap;
    private final Map<String, String> overrides;
    private final DocumentGenerator generator = new DocumentGenerator(SEED);

    private BenchCommand(PrintStream out, int documents, int warmUp, double rate, String only, String processorHeap,
                         Map<String, String> overrides) {
        this.out = out;
        this.documents = documents;
        this.warmUp = warmUp;
        this.rate = rate;
        this.only = only;
        this.processorHeap = processorHeap;
        this.overrides = overrides;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        int documents = 20_000;
        int warmUp = 0;
        double rate = 0;
        String only = null;
        String heap = null;
        Map<String, String> overrides = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--documents" -> documents = Integer.parseInt(require(value, args[i]));
                case "--warm-up" -> warmUp = Integer.parseInt(require(value, args[i]));
                case "--rate" -> rate = Double.parseDouble(require(value, args[i]));
                case "--only" -> only = require(value, args[i]);
                case "--processor-heap" -> heap = require(value, args[i]);
                case "--set" -> {
                    String[] kv = require(value, args[i]).split("=", 2);
                    overrides.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                default -> {
                    err.println("unknown bench option: " + args[i]);
                    err.println("usage: bench [--documents N] [--warm-up N] [--rate DOCS_PER_S]"
                            + " [--only passthrough|pipeline] [--processor-heap SIZE] [--set name=value]...");
                    return 2;
                }
            }
            i++;
        }
        return new BenchCommand(out, documents, warmUp, rate, only, heap, overrides).run();
    }

    private static String require(String value, String flag) {
        if (value == null) throw new IllegalArgumentException(flag + " needs a value");
        return value;
    }

    private int run() throws Exception {
        out.printf("bench: %d documents (after %d of warm-up per run), %d cores, max heap %d MB, Java %s%n",
                documents, warmUp,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        EngineRate engine = measureEngine(Math.min(documents, 2_000));
        out.printf("engine alone (1 thread, %d documents, after %d s of warm-up): %.1f docs per CPU-s, %.2f MB per"
                        + " CPU-s, %.2f ms CPU/doc, %.2f KB/doc average%n", engine.documents, ENGINE_WARM_UP.toSeconds(),
                engine.docsPerSecond(), engine.megabytesPerSecond(), engine.cpuMillisPerDocument(),
                engine.bytes / 1024.0 / engine.documents);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start()) {
            Map<String, String> base = new HashMap<>();
            base.put("bootstrap.servers", broker.bootstrapServers());
            base.put("schema.registry.url", registry.url());
            base.put("pii.hash.key", "bench-only-key");
            base.put("http.port", "0");
            base.put("log.summary.interval.seconds", "0");
            base.putAll(overrides);
            Settings settings = Settings.of(base);
            out.printf("settings: partitions %d, stream threads %d, commit.interval.ms %d, cache %d MB, "
                            + "rocksdb %d MB, exactly_once_v2%n", settings.get(ProcessorConfig.TOPIC_PARTITIONS),
                    settings.get(ProcessorConfig.NUM_STREAM_THREADS), settings.get(ProcessorConfig.COMMIT_INTERVAL_MS),
                    settings.get(ProcessorConfig.CACHE_MAX_BYTES) >> 20, settings.get(ProcessorConfig.ROCKSDB_MEMORY_MB));

            RunResult a = "pipeline".equals(only) ? null : runPassThrough(settings, registry);
            if (a != null) out.println(a.describe());
            RunResult b = "passthrough".equals(only) ? null : runPipeline(settings);
            if (b != null) out.println(b.describe());
            if (a != null && b != null) {
                double ratio = b.documentsPerSecond() / a.documentsPerSecond();
                out.printf("ratio (b)/(a): %.2f documents/s%n", ratio);
            }
            if (a != null && b != null && b.cpuSeconds() > 0) {
                // Where a document's CPU goes. On a machine whose cores the broker, the bench driver and the
                // processors share, costs add up rather than overlap, so CPU per document tells what bounds (b).
                double engineMs = engine.cpuMillisPerDocument();
                double restMs = b.cpuMillisPerDocument() - a.cpuMillisPerDocument() - engineMs;
                out.printf("CPU per document: (a) %.2f ms; (b) %.2f ms = (a) + engine %.2f ms (warmed, alone) + %.2f ms"
                                + " more (the pipeline's outputs, Avro, stores, index, JIT and GC); the engine is %.0f%%"
                                + " of (b)%n", a.cpuMillisPerDocument(), b.cpuMillisPerDocument(), engineMs, restMs,
                        100 * engineMs / b.cpuMillisPerDocument());
            }
            out.println("this JVM (bench driver + embedded broker" + (processorHeap == null ? " + processors" : "")
                    + "): RSS " + ProcessMemory.self().describe() + ", heap max "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB; the registry is a separate process");
        }
        return 0;
    }

    /** The engine on {@code documents} documents, {@code cpuSeconds} of the measuring thread's CPU. */
    private record EngineRate(int documents, long bytes, double cpuSeconds) {
        double docsPerSecond() {
            return documents / cpuSeconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / cpuSeconds;
        }

        double cpuMillisPerDocument() {
            return cpuSeconds * 1000 / documents;
        }
    }

    /**
     * The extraction engine on the same documents, one thread, measured in the thread's CPU time once the JIT has
     * compiled it (a few seconds of passes first; the pipeline's run is long enough to get there too): what one
     * document costs the engine, with nothing else in the way. Documents are generated before timing.
     */
    private EngineRate measureEngine(int count) {
        ProfileExtractor extractor = new ProfileExtractor(ExtractorSettings.defaults()
                .withPiiHashKey("bench-only-key".getBytes(StandardCharsets.UTF_8)));
        List<DocumentInput> inputs = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            RawDocument doc = generator.document("bench-", i);
            byte[] content = bytes(doc.getContent());
            inputs.add(new DocumentInput(doc.getDocumentId(), doc.getSource(), doc.getContentType(), content,
                    doc.getReceivedAt().toEpochMilli(), Map.of()));
            bytes += content.length;
        }
        long warmEnd = System.nanoTime() + ENGINE_WARM_UP.toNanos();
        while (System.nanoTime() < warmEnd) {
            extractAll(extractor, inputs);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        extractAll(extractor, inputs);
        return new EngineRate(count, bytes, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
    }

    private static void extractAll(ProfileExtractor extractor, List<DocumentInput> inputs) {
        for (DocumentInput input : inputs) {
            try {
                extractor.extract(input);
            } catch (ExtractionException e) {
                // Counted like the pipeline would: the document was read, and rejected.
            }
        }
    }

    private RunResult runPassThrough(Settings base, EmbeddedSchemaRegistry registry) throws Exception {
        String raw = "bench-a.raw";
        String output = "bench-a.out";
        String dlq = "bench-a.dlq";
        createTopics(base, List.of(raw, output, dlq));
        Path stateDir = Files.createTempDirectory("bench-passthrough-");
        Settings settings = base.with(Map.of("application.id", "bench-passthrough", "state.dir", stateDir.toString()));
        SchemaRegistryClient registryClient = SchemaRegistryClient.builder(registry.url()).build();
        PipelineSerdes serdes = PipelineSerdes.using(registryClient);
        // Registered before the threads start, as the pipeline does (SchemaPreRegistration): concurrent first
        // registrations of one subject can fail on some registries.
        registryClient.register(output + "-value", RawDocument.getClassSchema());
        registryClient.register("bench-passthrough-" + PassThroughTopology.STORE + "-changelog-value",
                RawDocument.getClassSchema());
        DeadLetterWriter deadLetters = new DeadLetterWriter(dlq, serdes.deadLetter().serializer(),
                settings.get(ProcessorConfig.DLQ_MAX_ORIGINAL_BYTES), new PipelineMetrics(new SimpleMeterRegistry()));
        // No HTTP API in this run; application.server only has to be a valid endpoint.
        KafkaStreams streams = new KafkaStreams(PassThroughTopology.build(raw, output, serdes.raw()),
                ProcessorApp.streamsProperties(settings, base.get(ProcessorConfig.BOOTSTRAP_SERVERS),
                        new HostInfo("127.0.0.1", 1), deadLetters));
        try {
            streams.start();
            awaitRunning(streams);
            return measure("(a) pass-through + RocksDB", base, raw, output, dlq);
        } finally {
            streams.close(Duration.ofSeconds(30));
            streams.cleanUp();
            EmbeddedKafkaBroker.deleteRecursively(stateDir);
        }
    }

    private RunResult runPipeline(Settings base) throws Exception {
        Path stateDir = Files.createTempDirectory("bench-pipeline-");
        Map<String, String> m = new HashMap<>(Map.of("application.id", "bench-pipeline", "state.dir",
                stateDir.toString(), "topic.raw", "bench-b.raw", "topic.parsed", "bench-b.parsed",
                "topic.experiences", "bench-b.experiences", "topic.skills", "bench-b.skills",
                "topic.metrics", "bench-b.metrics", "topic.dlq", "bench-b.dlq"));
        Settings settings = base.with(m);
        try {
            if (processorHeap == null) {
                try (ProcessorApp app = ProcessorApp.start(settings)) {
                    if (!app.awaitRunning(Duration.ofSeconds(120))) throw new IllegalStateException("pipeline not RUNNING");
                    return measure("(b) full pipeline", base, "bench-b.raw", "bench-b.parsed", "bench-b.dlq");
                }
            }
            return runPipelineInChildJvm(base, m);
        } finally {
            EmbeddedKafkaBroker.deleteRecursively(stateDir);
        }
    }

    /** Run (b) with the processor in its own JVM, so its memory is measured without the broker's. */
    private RunResult runPipelineInChildJvm(Settings base, Map<String, String> pipelineSettings) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + processorHeap, "-cp", jarPath(), "io.profileflow.ProcessorCli", "run"));
        Map<String, String> all = new HashMap<>();
        all.put("bootstrap.servers", base.get(ProcessorConfig.BOOTSTRAP_SERVERS));
        all.put("schema.registry.url", base.get(ProcessorConfig.SCHEMA_REGISTRY_URL));
        all.put("pii.hash.key", "bench-only-key");
        all.put("log.summary.interval.seconds", "0");
        all.putAll(overrides);
        all.putAll(pipelineSettings);
        all.put("http.port", String.valueOf(port));
        all.forEach((k, v) -> cmd.addAll(List.of("--set", k + "=" + v)));
        Path log = Files.createTempFile("bench-processor-", ".log");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitReady(child, port, log);
            RunResult r = measure("(b) full pipeline, -Xmx" + processorHeap, base, "bench-b.raw", "bench-b.parsed",
                    "bench-b.dlq", child.pid());
            out.println("processor child JVM -Xmx" + processorHeap + ": RSS " + ProcessMemory.of(child.pid()).describe()
                    + " (log: " + log + ")");
            return r;
        } finally {
            child.destroy();
            child.waitFor();
        }
    }

    private static String jarPath() {
        try {
            return Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady(Process child, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) throw new IllegalStateException("processor child exited; see " + log);
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health/ready")).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("processor child not ready in 120 s; see " + log);
    }

    private static void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("pass-through topology not RUNNING: " + streams.state());
            }
            Thread.sleep(100);
        }
    }

    private static void createTopics(Settings settings, List<String> names) throws Exception {
        int partitions = settings.get(ProcessorConfig.TOPIC_PARTITIONS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.get(ProcessorConfig.BOOTSTRAP_SERVERS)))) {
            admin.createTopics(names.stream().map(n -> new NewTopic(n, partitions, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(16 * 1024 * 1024)))).toList()).all().get();
        }
    }

    /** The warm-up documents (not measured), then the N documents of the run. */
    private RunResult measure(String label, Settings base, String rawTopic, String outputTopic, String dlqTopic,
                              long... processorPids) throws Exception {
        if (warmUp > 0) {
            publishAndCount(label + " warm-up", warmUp, "warmup-", documents, base, rawTopic, outputTopic, dlqTopic,
                    processorPids);
        }
        return publishAndCount(label, documents, "bench-", 0, base, rawTopic, outputTopic, dlqTopic, processorPids);
    }

    /**
     * Publishes {@code count} documents (generator numbers from {@code firstIndex}) to {@code rawTopic} on a
     * background thread while a read_committed consumer, starting at the outputs' current end, counts outputs (and
     * dead letters) until every document is accounted for.
     */
    private RunResult publishAndCount(String label, int count, String idPrefix, int firstIndex, Settings base,
                                      String rawTopic, String outputTopic, String dlqTopic, long... processorPids)
            throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, base.get(ProcessorConfig.BOOTSTRAP_SERVERS));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        // Assigned and positioned before the first publish: outputs of an earlier (warm-up) pass are not counted.
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(outputTopic, dlqTopic)) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        AtomicLong contentBytes = new AtomicLong();
        AtomicReference<Throwable> publishError = new AtomicReference<>();
        double cpuBefore = ProcessCpu.total(processorPids);
        JvmCosts jvmBefore = JvmCosts.now();
        long t0 = System.currentTimeMillis();
        Thread publisher = new Thread(() -> {
            try (DocumentPublisher p = DocumentPublisher.create(Settings.of(Map.of(
                    "bootstrap.servers", base.get(ProcessorConfig.BOOTSTRAP_SERVERS),
                    "schema.registry.url", base.get(ProcessorConfig.SCHEMA_REGISTRY_URL), "topic.raw", rawTopic)))) {
                for (int i = 0; i < count; i++) {
                    if (rate > 0) pace(t0, i);
                    RawDocument doc = generator.document(idPrefix, firstIndex + i);
                    contentBytes.addAndGet(doc.getContent().remaining());
                    p.publish(doc).thenAccept(r -> {
                        if (!r.published()) publishError.compareAndSet(null, new IllegalStateException(r.toString()));
                    });
                }
            } catch (Throwable e) {
                publishError.compareAndSet(null, e);
            }
        }, "bench-publisher");
        publisher.start();

        long[] latencies = new long[count];
        int outputs = 0;
        int deadLetters = 0;
        long last = t0;
        long lastProgress = System.nanoTime();
        try (consumer) {
            while (outputs + deadLetters < count) {
                if (publishError.get() != null) throw new IllegalStateException("publishing failed", publishError.get());
                if (System.nanoTime() - lastProgress > NO_PROGRESS_TIMEOUT.toNanos()) {
                    throw new IllegalStateException(label + ": no output for " + NO_PROGRESS_TIMEOUT.toSeconds()
                            + " s after " + (outputs + deadLetters) + " of " + count + " documents");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    if (r.topic().equals(outputTopic) && outputs < latencies.length) {
                        latencies[outputs++] = now - r.timestamp();
                    } else if (r.topic().equals(dlqTopic)) {
                        deadLetters++;
                    }
                    last = now;
                    lastProgress = System.nanoTime();
                }
            }
        }
        double cpuSeconds = ProcessCpu.total(processorPids) - cpuBefore;
        if (processorPids.length == 0) {
            out.println(label + " in this JVM: " + JvmCosts.now().minus(jvmBefore).describe(count));
        }
        publisher.join();
        return new RunResult(label, count, contentBytes.get(), deadLetters, (last - t0) / 1000.0,
                java.util.Arrays.copyOf(latencies, outputs), cpuSeconds);
    }

    private void pace(long t0, int i) throws InterruptedException {
        long due = t0 + (long) (i * 1000.0 / rate);
        long wait = due - System.currentTimeMillis();
        if (wait > 0) Thread.sleep(wait);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] b = new byte[buffer.remaining()];
        buffer.duplicate().get(b);
        return b;
    }
}
