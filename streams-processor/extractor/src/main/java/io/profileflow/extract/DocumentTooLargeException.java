package io.profileflow.extract;

/** The document is above {@code extract.max.document.bytes}. */
public class DocumentTooLargeException extends ExtractionException {
    public DocumentTooLargeException(long size, long limit) {
        super(NORMALIZE, "document is " + size + " bytes, above the limit of " + limit
                + " (extract.max.document.bytes)");
    }
}
