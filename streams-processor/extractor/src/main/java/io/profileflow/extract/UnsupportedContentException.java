package io.profileflow.extract;

/** The content type is not one the engine reads (images, archives, JSON that is not a JSON Resume...). */
public class UnsupportedContentException extends ExtractionException {
    public UnsupportedContentException(String message) {
        super(NORMALIZE, message);
    }
}
