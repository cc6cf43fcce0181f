package io.profileflow.ingest;

import io.profileflow.config.ConfigException;
import io.profileflow.config.Setting;
import io.profileflow.config.Settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar ingest-producer.jar publish [options] PATH...}: publishes files and folders to profiles.raw,
 * one line per document and a summary on stdout, progress and rate on stderr (see {@link PublishProgress}).
 * Exit status 1 when any document was refused.
 */
public final class IngestCli {
    private static final int DEFAULT_PROGRESS_EVERY = 100;

    private IngestCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || !args[0].equals("publish")) {
            usage();
            return 2;
        }
        Map<String, String> overrides = new HashMap<>();
        Path configFile = null;
        List<Path> paths = new ArrayList<>();
        boolean quiet = false;
        int progressEvery = DEFAULT_PROGRESS_EVERY;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--bootstrap-servers" -> overrides.put("bootstrap.servers", args[++i]);
                case "--schema-registry-url" -> overrides.put("schema.registry.url", args[++i]);
                case "--topic" -> overrides.put("topic.raw", args[++i]);
                case "--config" -> configFile = Path.of(args[++i]);
                case "-q", "--quiet" -> quiet = true;
                case "--progress-every" -> progressEvery = Integer.parseInt(args[++i]);
                case "--set" -> {
                    String[] kv = args[++i].split("=", 2);
                    overrides.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                case "-h", "--help" -> {
                    usage();
                    return 0;
                }
                default -> paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            usage();
            return 2;
        }
        try (DocumentPublisher publisher = DocumentPublisher.create(Settings.load(configFile, System.getenv(), overrides))) {
            long t0 = System.nanoTime();
            // A bar redrawn in place only makes sense when someone watches a terminal; logs get periodic lines.
            boolean terminal = System.console() != null && !quiet;
            PublishProgress progress = new PublishProgress(DocumentPublisher.expand(paths).size(), System.out, quiet,
                    System.err, terminal, progressEvery, System::nanoTime);
            List<PublishResult> results = publisher.publishPaths(paths, progress);
            progress.finish();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long ok = results.stream().filter(PublishResult::published).count();
            long bytes = results.stream().filter(PublishResult::published).mapToLong(PublishResult::bytes).sum();
            System.out.printf("summary: %d published (%.1f MB), %d refused, in %.1f s (%.0f documents/s)%n",
                    ok, bytes / 1e6, results.size() - ok, seconds, ok / Math.max(seconds, 1e-3));
            return ok == results.size() ? 0 : 1;
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static void usage() {
        System.err.println("usage: ingest-producer publish [--bootstrap-servers HOST:PORT] [--schema-registry-url URL]\n"
                + "                        [--topic NAME] [--config FILE] [--set name=value] [--quiet]\n"
                + "                        [--progress-every N] PATH...\n"
                + "  --quiet             print only refused documents and the summary (progress: a line every N documents)\n"
                + "  --progress-every N  without a terminal or with --quiet, a progress line on stderr every N documents"
                + " (default " + DEFAULT_PROGRESS_EVERY + ")\n"
                + "Settings (also as PROFILEFLOW_<NAME> environment variables; kafka.* passes to the producer):");
        for (Setting<?> s : IngestConfig.ALL) {
            System.err.printf("  %-40s %s (default: %s)%n", s.name(), s.doc(), s.isSecret() ? "unset" : s.defaultValue());
        }
    }
}
