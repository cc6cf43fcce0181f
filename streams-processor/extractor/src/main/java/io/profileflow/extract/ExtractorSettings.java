package io.profileflow.extract;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Immutable settings of the extraction engine; change them with the {@code with...} methods.
 *
 * <p>Defaults: bundled taxonomy, {@link PiiMode#REDACT}, a random PII hash key, 10 MiB max document size and a
 * 5 second time budget per document.
 *
 * <p><b>Warning:</b> the default PII hash key is random per JVM start. Hashes from two processes (or two runs)
 * then differ, so records can only be joined on redacted contact values when a key is configured
 * ({@link #withPiiHashKey(byte[])}, config {@code pii.hash.key}).
 */
public final class ExtractorSettings {
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(5);
    private static final byte[] RANDOM_KEY = randomKey();

    private final Path taxonomyPath;
    private final PiiMode piiMode;
    private final byte[] piiHashKey;
    private final long maxDocumentBytes;
    private final Duration timeBudget;

    private ExtractorSettings(Path taxonomyPath, PiiMode piiMode, byte[] piiHashKey, long maxDocumentBytes,
                              Duration timeBudget) {
        this.taxonomyPath = taxonomyPath;
        this.piiMode = Objects.requireNonNull(piiMode, "piiMode");
        this.piiHashKey = piiHashKey.clone();
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
        this.maxDocumentBytes = maxDocumentBytes;
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive: " + timeBudget);
        }
        this.timeBudget = timeBudget;
    }

    /** The defaults described in the class comment. */
    public static ExtractorSettings defaults() {
        return new ExtractorSettings(null, PiiMode.REDACT, RANDOM_KEY, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_TIME_BUDGET);
    }

    public ExtractorSettings withTaxonomyPath(Path path) {
        return new ExtractorSettings(path, piiMode, piiHashKey, maxDocumentBytes, timeBudget);
    }

    public ExtractorSettings withPiiMode(PiiMode mode) {
        return new ExtractorSettings(taxonomyPath, mode, piiHashKey, maxDocumentBytes, timeBudget);
    }

    public ExtractorSettings withPiiHashKey(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("piiHashKey must not be empty");
        }
        return new ExtractorSettings(taxonomyPath, piiMode, key, maxDocumentBytes, timeBudget);
    }

    public ExtractorSettings withMaxDocumentBytes(long bytes) {
        return new ExtractorSettings(taxonomyPath, piiMode, piiHashKey, bytes, timeBudget);
    }

    public ExtractorSettings withTimeBudget(Duration budget) {
        return new ExtractorSettings(taxonomyPath, piiMode, piiHashKey, maxDocumentBytes,
                Objects.requireNonNull(budget, "timeBudget"));
    }

    /** External taxonomy file, or null for the bundled one. */
    public Path taxonomyPath() {
        return taxonomyPath;
    }

    public PiiMode piiMode() {
        return piiMode;
    }

    /** A copy of the HMAC key. */
    public byte[] piiHashKey() {
        return piiHashKey.clone();
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    public Duration timeBudget() {
        return timeBudget;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Override
    public String toString() {
        return "ExtractorSettings{taxonomyPath=" + taxonomyPath + ", piiMode=" + piiMode + ", piiHashKey="
                + (Arrays.equals(piiHashKey, RANDOM_KEY) ? "random" : "configured") + ", maxDocumentBytes="
                + maxDocumentBytes + ", timeBudget=" + timeBudget + '}';
    }
}
