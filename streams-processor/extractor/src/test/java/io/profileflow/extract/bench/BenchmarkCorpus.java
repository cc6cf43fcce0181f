package io.profileflow.extract.bench;

import io.profileflow.extract.DocumentInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The realistic mix the benchmark cycles through: the module's fixture documents (src/test/resources/fixtures) and
 * the deploy samples (deploy/samples), text, Markdown, HTML and JSON Resume. Each document carries the content type
 * a producer would declare for its extension, as on the Kafka path. The fixtures' *.expected.json files are answers,
 * not documents, and are left out; PDF and DOCX (Tika-parsed) are not part of the mix.
 */
final class BenchmarkCorpus {
    static final long RECEIVED = 1_717_200_000_000L;
    private static final Path FIXTURES = Path.of("streams-processor/extractor/src/test/resources/fixtures");
    private static final Path SAMPLES = Path.of("deploy/samples");

    private BenchmarkCorpus() {
    }

    /** The documents of the mix, sorted by path so every run cycles through them in the same order. */
    static List<DocumentInput> load() {
        Path root = projectRoot();
        List<DocumentInput> docs = new ArrayList<>();
        for (Path dir : List.of(root.resolve(FIXTURES), root.resolve(SAMPLES))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String type = contentType(f.getFileName().toString());
                    if (type != null) {
                        docs.add(new DocumentInput(f.getFileName().toString(), f.toString(), type,
                                Files.readAllBytes(f), RECEIVED, Map.of()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read benchmark documents in " + dir, e);
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalStateException("no benchmark documents found under " + root);
        }
        return docs;
    }

    /** A single 1 MB line of role-header, date, e-mail, metric and markup fragments: the adversarial input. */
    static DocumentInput hostileLine() {
        StringBuilder sb = new StringBuilder();
        String unit = "Java - Go 2019 - 2020 | a@b.c 99% ### x @ y (((( ";
        while (sb.length() < 1_000_000) {
            sb.append(unit);
        }
        return new DocumentInput("hostile", "mem://hostile", "text/plain",
                sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), RECEIVED, Map.of());
    }

    private static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".expected.json") || n.equals("readme.md")) {
            return null;
        }
        if (n.endsWith(".txt")) {
            return "text/plain";
        }
        if (n.endsWith(".md")) {
            return "text/markdown";
        }
        if (n.endsWith(".html")) {
            return "text/html";
        }
        return n.endsWith(".json") ? "application/json" : null;
    }

    /** The repository root, found from the working directory (the module directory or any folder below the root). */
    private static Path projectRoot() {
        String configured = System.getProperty("profileflow.root");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(FIXTURES)) && Files.isDirectory(p.resolve(SAMPLES))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (with " + FIXTURES + " and " + SAMPLES
                + ") above " + Path.of("").toAbsolutePath() + "; set -Dprofileflow.root=...");
    }
}
