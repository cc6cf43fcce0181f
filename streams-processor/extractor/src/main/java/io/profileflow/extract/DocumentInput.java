package io.profileflow.extract;

import java.util.Map;

/**
 * One raw document to extract, independent of Kafka (the topology maps a RawDocument onto it).
 *
 * @param documentId       stable identifier of the document
 * @param source           URI or path it came from (may be empty)
 * @param contentType      MIME type; empty or null means "sniff it"
 * @param content          the bytes exactly as received
 * @param receivedAtMillis when it was received; becomes extractedAt so reprocessing is deterministic
 * @param metadata         free-form metadata; the key {@code profileId} overrides the profile id
 */
public record DocumentInput(String documentId, String source, String contentType, byte[] content,
                            long receivedAtMillis, Map<String, String> metadata) {
    public DocumentInput {
        metadata = metadata == null ? Map.of() : metadata;
        source = source == null ? "" : source;
        contentType = contentType == null ? "" : contentType;
        content = content == null ? new byte[0] : content;
    }
}
