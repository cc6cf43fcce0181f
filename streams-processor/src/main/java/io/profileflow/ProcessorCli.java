package io.profileflow;

import io.profileflow.app.DemoRun;
import io.profileflow.app.ProcessorApp;
import io.profileflow.config.ConfigException;
import io.profileflow.config.ProcessorConfig;
import io.profileflow.config.Setting;
import io.profileflow.config.Settings;
import io.profileflow.extract.cli.ExtractCommand;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar streams-processor.jar COMMAND}:
 * <ul>
 *   <li>{@code run [--config FILE] [--set name=value]...}: one processor instance (default command)</li>
 *   <li>{@code demo [PATH...]}: embedded broker and registry, publishes the sample documents, prints what came
 *       out, serves the API until Ctrl-C</li>
 *   <li>{@code extract [--jsonl] PATH...}: the extraction engine alone, no Kafka</li>
 *   <li>{@code bench [--documents N] ...}: pass-through topology vs. full pipeline on an embedded broker</li>
 * </ul>
 */
public final class ProcessorCli {
    private ProcessorCli() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "extract" -> System.exit(ExtractCommand.run(rest, System.out, System.err));
            case "bench" -> System.exit(io.profileflow.bench.BenchCommand.run(rest, System.out, System.err));
            case "run" -> ProcessorApp.start(parseSettings(rest, null)).runUntilShutdown();
            case "demo" -> System.exit(DemoRun.run(parseSettings(rest, null), positional(rest)));
            case "-h", "--help", "help" -> usage();
            default -> {
                System.err.println("unknown command: " + command);
                usage();
                System.exit(2);
            }
        }
    }

    static Settings parseSettings(String[] args, Map<String, String> extra) {
        Map<String, String> overrides = new HashMap<>();
        if (extra != null) overrides.putAll(extra);
        Path configFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                configFile = Path.of(args[++i]);
            } else if (args[i].equals("--set") && i + 1 < args.length) {
                String[] kv = args[++i].split("=", 2);
                overrides.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        try {
            return Settings.load(configFile, System.getenv(), overrides);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return null;
        }
    }

    private static java.util.List<Path> positional(String[] args) {
        java.util.List<Path> paths = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") || args[i].equals("--set")) {
                i++;
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        return paths;
    }

    private static void usage() {
        System.err.println("usage: streams-processor.jar [run|demo|extract|bench] ...\n"
                + "  run [--config FILE] [--set name=value]...   run a processor instance\n"
                + "  demo [--set name=value]... [PATH...]        embedded pipeline + sample documents + API\n"
                + "  extract [--jsonl] PATH...                   extraction engine only, JSON per document\n"
                + "  bench [--documents N] [--rate R] [--only passthrough|pipeline] [--processor-heap 512m]"
                + " [--set name=value]...\n"
                + "                                              throughput/latency: pass-through vs. pipeline\n"
                + "Settings (properties file, --set, or PROFILEFLOW_<NAME> environment variables;"
                + " kafka.* passes to the Kafka clients):");
        for (Setting<?> s : ProcessorConfig.ALL) {
            System.err.printf("  %-36s %s (default: %s)%n", s.name(), s.doc(),
                    s.isSecret() ? "unset" : s.defaultValue());
        }
    }
}
