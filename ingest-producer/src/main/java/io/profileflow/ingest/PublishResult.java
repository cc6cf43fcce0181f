package io.profileflow.ingest;

/**
 * What happened to one document: published (with partition and offset) or refused (with why).
 */
public record PublishResult(String source, String documentId, String contentType, long bytes, boolean published,
                            int partition, long offset, String error) {

    static PublishResult published(String source, String documentId, String contentType, long bytes,
                                   int partition, long offset) {
        return new PublishResult(source, documentId, contentType, bytes, true, partition, offset, null);
    }

    static PublishResult refused(String source, String documentId, String contentType, long bytes, String error) {
        return new PublishResult(source, documentId, contentType, bytes, false, -1, -1, error);
    }

    /** The one line the CLI prints per document. */
    public String line() {
        return published
                ? String.format("published %-40s id=%s type=%s bytes=%d -> partition %d offset %d",
                        source, documentId, contentType, bytes, partition, offset)
                : String.format("REFUSED   %-40s id=%s: %s", source, documentId, error);
    }
}
