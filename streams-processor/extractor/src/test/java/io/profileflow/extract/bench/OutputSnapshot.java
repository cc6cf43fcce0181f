package io.profileflow.extract.bench;

import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.extract.json.ProfileJson;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the engine's output for the benchmark mix and for mutated copies of it (upper case, lower case, flattened
 * onto one line, every other line dropped, Windows line ends with non-breaking spaces, doubled) as JSON lines, one
 * per document. Two snapshots taken before and after a speed change must be identical: a speed change that alters
 * any record is a behaviour change and needs its own tests. Further folders of .txt/.md documents may follow the
 * output file. Run it with snapshot.sh; it is not a unit test.
 */
public final class OutputSnapshot {
    private OutputSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        ProfileExtractor engine = new ProfileExtractor(ExtractorSettings.defaults()
                .withPiiHashKey("snapshot-key".getBytes(StandardCharsets.UTF_8))); // a fixed key: equal runs, equal hashes
        List<DocumentInput> docs = new ArrayList<>(BenchmarkCorpus.load());
        for (int i = 1; i < args.length; i++) {
            docs.addAll(textFiles(Path.of(args[i])));
        }
        for (DocumentInput d : List.copyOf(docs)) {
            if (d.contentType().startsWith("text/plain") || d.contentType().equals("text/markdown")) {
                String text = new String(d.content(), StandardCharsets.UTF_8);
                docs.add(variant(d, "upper", text.toUpperCase(Locale.ROOT)));
                docs.add(variant(d, "lower", text.toLowerCase(Locale.ROOT)));
                docs.add(variant(d, "flat", text.replace('\n', ' ')));
                docs.add(variant(d, "halved", everyOtherLine(text)));
                docs.add(variant(d, "crlf-nbsp", text.replace("\n", "\r\n").replace(' ', '\u00a0')));
                docs.add(variant(d, "doubled", text + "\n\n" + text));
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (DocumentInput d : docs) {
                try {
                    out.println(d.documentId() + "\t" + ProfileJson.toJson(engine.extract(d)));
                } catch (ExtractionException e) {
                    out.println(d.documentId() + "\tERROR " + e.getMessage());
                }
            }
        }
        System.out.println(docs.size() + " documents written to " + args[0]);
    }

    /** The .txt and .md files of a folder given on the command line (e.g. a corpus kept outside the repo). */
    private static List<DocumentInput> textFiles(Path dir) throws IOException {
        List<DocumentInput> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".md")) {
                    out.add(new DocumentInput(name, f.toString(), name.endsWith(".md") ? "text/markdown" : "text/plain",
                            Files.readAllBytes(f), BenchmarkCorpus.RECEIVED, Map.of()));
                }
            }
        }
        return out;
    }

    private static DocumentInput variant(DocumentInput d, String name, String text) {
        return new DocumentInput(d.documentId() + "#" + name, d.source(), d.contentType(),
                text.getBytes(StandardCharsets.UTF_8), d.receivedAtMillis(), Map.of());
    }

    private static String everyOtherLine(String text) {
        String[] lines = text.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i += 2) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }
}
