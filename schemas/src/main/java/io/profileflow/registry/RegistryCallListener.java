package io.profileflow.registry;

/**
 * Told about every call {@link SchemaRegistryClient} makes to the registry (cache hits are not calls), so an
 * application can count calls, failures and latency in its own metrics library without this module depending on one.
 * Called on the calling thread: implementations must be quick, thread-safe and must not throw.
 */
@FunctionalInterface
public interface RegistryCallListener {

  /** Ignores every call. */
  RegistryCallListener NONE = (operation, success, nanos) -> { };

  /**
   * @param operation what was asked: {@code register}, {@code lookup}, {@code getById}, {@code subjects} or
   *                  {@code setCompatibility}
   * @param success   false when the call ended in a {@link SchemaRegistryException}
   * @param nanos     wall time of the call, retries included
   */
  void onCall(String operation, boolean success, long nanos);
}
