package io.profileflow.registry;

/**
 * A schema registry call that failed: either the registry answered with an error (then {@link #status()} is the HTTP
 * status and {@link #errorCode()} the registry's own code, e.g. 40403 for an unknown schema id) or it could not be
 * reached at all ({@link #isUnreachable()}), which callers may want to treat as transient rather than as bad data.
 */
public class SchemaRegistryException extends RuntimeException {

  /** {@link #status()} and {@link #errorCode()} when there was no answer. */
  public static final int NO_ANSWER = -1;

  /** Confluent's error code for "subject not found". */
  public static final int SUBJECT_NOT_FOUND = 40401;
  /** Confluent's error code for "schema not found" (unknown id, or a schema not registered under a subject). */
  public static final int SCHEMA_NOT_FOUND = 40403;

  private final String url;
  private final int status;
  private final int errorCode;
  private final boolean unreachable;

  private SchemaRegistryException(String message, String url, int status, int errorCode, boolean unreachable,
                                  Throwable cause) {
    super(message, cause);
    this.url = url;
    this.status = status;
    this.errorCode = errorCode;
    this.unreachable = unreachable;
  }

  /** The registry answered {@code status} to {@code method url}; {@code registryMessage} is its own explanation. */
  static SchemaRegistryException errorAnswer(String method, String url, int status, int errorCode,
                                             String registryMessage) {
    String code = errorCode == NO_ANSWER ? "" : " (error code " + errorCode + ")";
    return new SchemaRegistryException(
        "schema registry answered HTTP " + status + " to " + method + " " + url + ": " + registryMessage + code,
        url, status, errorCode, false, null);
  }

  /** No answer from the registry at {@code baseUrl} after {@code attempts} tries. */
  static SchemaRegistryException unreachable(String baseUrl, int attempts, Throwable cause) {
    String tries = attempts == 1 ? "" : " (" + attempts + " attempts)";
    return new SchemaRegistryException(
        "schema registry at " + baseUrl + " is unreachable: " + describe(cause) + tries,
        baseUrl, NO_ANSWER, NO_ANSWER, true, cause);
  }

  /** The registry answered 2xx with a body this client cannot use. */
  static SchemaRegistryException badAnswer(String method, String url, String problem, Throwable cause) {
    return new SchemaRegistryException(
        "schema registry gave an unusable answer to " + method + " " + url + ": " + problem, url, NO_ANSWER,
        NO_ANSWER, false, cause);
  }

  /** The URL that was called (the registry's base URL when it was unreachable). */
  public String url() {
    return url;
  }

  /** HTTP status of the registry's answer, or {@link #NO_ANSWER}. */
  public int status() {
    return status;
  }

  /** The registry's {@code error_code}, or {@link #NO_ANSWER} when it gave none. */
  public int errorCode() {
    return errorCode;
  }

  /** True when the registry could not be reached (connection refused, timeout...): nothing was decided about data. */
  public boolean isUnreachable() {
    return unreachable;
  }

  /** True when the registry said it does not know the subject, schema or id. */
  public boolean isNotFound() {
    return status == 404;
  }

  private static String describe(Throwable cause) {
    // ConnectException from the JDK client often has a null message; the class name alone still says what happened.
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getName() : cause.getClass().getName() + ": " + message;
  }
}
