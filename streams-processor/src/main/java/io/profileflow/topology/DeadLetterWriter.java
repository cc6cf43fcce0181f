package io.profileflow.topology;

import io.profileflow.avro.DeadLetter;
import io.profileflow.metrics.PipelineMetrics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the {@code profiles.dlq} record for an input that failed at some stage. The three Kafka Streams
 * exception handlers in {@link DeadLetterHandlers} share one instance, handed to them through the streams
 * config under {@link #CONFIG_KEY} (Kafka passes the original config objects to {@code configure}).
 */
public final class DeadLetterWriter {
    public static final String CONFIG_KEY = "profileflow.dead.letter.writer";

    private final String dlqTopic;
    private final Serializer<DeadLetter> serializer;
    private final int maxOriginalBytes;
    private final PipelineMetrics metrics;

    public DeadLetterWriter(String dlqTopic, Serializer<DeadLetter> serializer, int maxOriginalBytes,
                            PipelineMetrics metrics) {
        this.dlqTopic = dlqTopic;
        this.serializer = serializer;
        this.maxOriginalBytes = maxOriginalBytes;
        this.metrics = metrics;
    }

    /** One dead letter for the input record that {@code context} describes; the key is the raw documentId. */
    public List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, String stage, Throwable error) {
        Throwable cause = error instanceof DocumentRejectedException && error.getCause() != null ? error.getCause() : error;
        byte[] key = context.sourceRawKey();
        byte[] original = context.sourceRawValue();
        DeadLetter letter = DeadLetter.newBuilder()
                .setDocumentId(key == null ? null : new String(key, StandardCharsets.UTF_8))
                .setStage(stage)
                .setErrorClass(cause.getClass().getName())
                .setMessage(messageOf(cause))
                .setSourceTopic(context.topic())
                .setSourcePartition(context.partition())
                .setSourceOffset(context.offset())
                .setOriginal(original == null ? null
                        : ByteBuffer.wrap(Arrays.copyOf(original, Math.min(original.length, maxOriginalBytes))))
                .setOriginalSize(original == null ? 0 : original.length)
                .setFailedAt(Instant.now())
                .build();
        metrics.deadLettered(stage);
        return List.of(new ProducerRecord<>(dlqTopic, null, key, serializer.serialize(dlqTopic, letter)));
    }

    private static String messageOf(Throwable t) {
        StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
        // Kafka wraps the real reason (e.g. the serde's) one or two levels deep; show it.
        for (Throwable c = t.getCause(); c != null && c != t && sb.length() < 2000; c = c.getCause()) {
            sb.append(" <- ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return sb.length() > 2000 ? sb.substring(0, 2000) : sb.toString();
    }
}
