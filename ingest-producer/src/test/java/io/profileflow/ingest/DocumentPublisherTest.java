package io.profileflow.ingest;

import io.profileflow.avro.RawDocument;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit-level edge cases of the publisher (folder walking, size limit) on Kafka's MockProducer; the real broker
 * path is covered by the processor's PipelineIntegrationTest.
 */
class DocumentPublisherTest {
    @Test
    void publishesFoldersRecursivelyAndRefusesOversizedFilesWithAClearMessage(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("a.txt"), "Alice\nEngineer");
        Files.writeString(dir.resolve("nested/b.md"), "# Bob");
        Files.writeString(dir.resolve(".hidden"), "skip me");
        Files.write(dir.resolve("big.txt"), new byte[2048]);
        MockProducer<String, RawDocument> producer = new MockProducer<>(true, null, new StringSerializer(), (t, d) -> new byte[0]);
        List<PublishResult> seen = new ArrayList<>();
        try (DocumentPublisher publisher = new DocumentPublisher(producer, "profiles.raw", 1024)) {
            List<PublishResult> results = publisher.publishPaths(List.of(dir), seen::add);
            assertThat(results).hasSize(3);
            assertThat(seen).hasSize(3);
            assertThat(results.stream().filter(PublishResult::published)).hasSize(2);
            PublishResult refused = results.stream().filter(r -> !r.published()).findFirst().orElseThrow();
            assertThat(refused.source()).endsWith("big.txt");
            assertThat(refused.error()).contains("2048 bytes, above the limit of 1024");
        }
        assertThat(producer.history()).hasSize(2);
        assertThat(producer.history().get(1).value().getContentType()).isEqualTo("text/markdown");
        assertThat(producer.history().get(0).key()).isEqualTo(producer.history().get(0).value().getDocumentId());
    }
}
