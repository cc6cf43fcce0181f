package io.profileflow.extract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.extract.json.ProfileJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code extract [--jsonl] PATH...}: runs the engine on files and folders (recursively, sorted) without Kafka and
 * prints one JSON object per document, the ParsedProfile shape plus "source". A document that cannot be read
 * prints {"source": ..., "error": ...}; the exit status is then 1, after every document was tried.
 */
public final class ExtractCommand {
    private static final String USAGE = "usage: extract [--jsonl] PATH...   (files or folders, read recursively)";

    private ExtractCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean jsonl = false;
        List<Path> roots = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--jsonl")) {
                jsonl = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if (a.startsWith("--")) {
                err.println("unknown option " + a);
                err.println(USAGE);
                return 2;
            } else {
                roots.add(Path.of(a));
            }
        }
        if (roots.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        ObjectMapper mapper = new ObjectMapper();
        if (!jsonl) {
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
        }
        ProfileExtractor engine = new ProfileExtractor(ExtractorSettings.defaults());
        int status = 0;
        for (Path root : roots) {
            List<Path> files;
            try {
                files = listFiles(root);
            } catch (IOException e) {
                status = 1;
                print(out, mapper, error(mapper, root.toString(), "cannot list " + root + ": " + e.getMessage()));
                continue;
            }
            for (Path file : files) {
                ObjectNode result = extractOne(engine, mapper, file);
                if (result.has("error")) {
                    status = 1;
                }
                print(out, mapper, result);
            }
        }
        out.flush();
        return status;
    }

    private static ObjectNode extractOne(ProfileExtractor engine, ObjectMapper mapper, Path file) {
        String source = file.toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            long received = Files.getLastModifiedTime(file).toMillis();
            DocumentInput doc = new DocumentInput(file.getFileName().toString(), source, "", bytes, received, Map.of());
            ParsedProfile profile = engine.extract(doc);
            ObjectNode json = mapper.createObjectNode();
            json.put("source", source);
            json.setAll(ProfileJson.toJson(profile));
            return json;
        } catch (ExtractionException e) {
            return error(mapper, source, e.stage() + ": " + e.getMessage());
        } catch (IOException e) {
            return error(mapper, source, "cannot read file: " + e.getMessage());
        }
    }

    private static ObjectNode error(ObjectMapper mapper, String source, String message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("source", source);
        node.put("error", message);
        return node;
    }

    private static void print(PrintStream out, ObjectMapper mapper, ObjectNode node) {
        try {
            out.println(mapper.writeValueAsString(node));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize JSON", e);
        }
    }

    /** The file itself, or every regular file under a folder, sorted by path; hidden files are skipped. */
    static List<Path> listFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            throw new IOException("no such file or folder");
        }
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
