package io.profileflow.ingest;

import org.apache.tika.Tika;

/**
 * Sniffs a document's MIME type from its bytes and file name (Tika's detector: magic bytes first, then the
 * extension). Markdown and JSON get their own types, which Tika reports as plain text.
 */
public final class ContentTypes {
    private static final Tika TIKA = new Tika();

    private ContentTypes() {
    }

    public static String sniff(byte[] content, String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "text/markdown";
        if (lower.endsWith(".json")) return "application/json";
        return TIKA.detect(content, fileName);
    }
}
