package io.profileflow.extract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerDocumentSortedAndFailsAtTheEnd() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "# Ola Nordmann\n## Experience\nEngineer at Fjordly\n2019 - 2021\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.md"), "# Kari Nordmann\n");
        Files.write(dir.resolve("a.bin"), new byte[]{0, 1, 2, 3});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ExtractCommand.run(new String[]{"--jsonl", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rc).isEqualTo(1);
        assertThat(lines).hasSize(3);
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines.get(0));
        assertThat(first.get("source").asText()).endsWith("a.bin");
        assertThat(first.get("error").asText()).startsWith("normalize:");
        JsonNode second = m.readTree(lines.get(1));
        assertThat(second.get("name").asText()).isEqualTo("Ola Nordmann");
        assertThat(second.get("experiences").get(0).get("company").asText()).isEqualTo("Fjordly");
        assertThat(second.has("headline")).isTrue();
        assertThat(m.readTree(lines.get(2)).get("source").asText()).endsWith("c.md");
    }

    @Test
    void usageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(ExtractCommand.run(new String[]{}, System.out, e)).isEqualTo(2);
        assertThat(ExtractCommand.run(new String[]{"--bogus", "x"}, System.out, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: extract");
    }
}
