package io.profileflow.extract;

/**
 * A document could not be turned into a profile. {@link #stage()} says where: {@code normalize} (the bytes could
 * not be read or decoded) or {@code extract} (time budget exceeded, internal error).
 */
public class ExtractionException extends Exception {
    public static final String NORMALIZE = "normalize";
    public static final String EXTRACT = "extract";

    private final String stage;

    public ExtractionException(String stage, String message) {
        super(message);
        this.stage = stage;
    }

    public ExtractionException(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
