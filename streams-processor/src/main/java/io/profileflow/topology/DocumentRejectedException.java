package io.profileflow.topology;

/**
 * Thrown inside the topology when a document cannot become a profile. The processing exception handler
 * ({@link DeadLetterHandlers.Processing}) turns it into a dead letter carrying {@link #stage()}.
 */
public class DocumentRejectedException extends RuntimeException {
    private final String stage;

    public DocumentRejectedException(String stage, Throwable cause) {
        super(cause.getMessage(), cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }

    /** The class of the underlying error, which is what an operator wants to see in the DLQ. */
    public String errorClass() {
        return getCause().getClass().getName();
    }
}
