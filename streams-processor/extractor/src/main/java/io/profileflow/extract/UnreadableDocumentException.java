package io.profileflow.extract;

/** The bytes cannot be read as the format they claim or appear to be (empty, binary garbage, bad UTF-8, broken PDF...). */
public class UnreadableDocumentException extends ExtractionException {
    public UnreadableDocumentException(String message) {
        super(NORMALIZE, message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(NORMALIZE, message, cause);
    }
}
