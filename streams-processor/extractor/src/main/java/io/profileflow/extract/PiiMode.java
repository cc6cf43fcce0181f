package io.profileflow.extract;

import java.util.Locale;

/** What happens to contact details (SPEC "Personal data"). */
public enum PiiMode {
    /** Contact details are published as found. */
    KEEP,
    /** Each contact detail is replaced by {@code hmac:} + 16 hex chars of HMAC-SHA256(key, normalized value). */
    REDACT,
    /** Contact lists are published empty. */
    DROP;

    /** The value written to Contact.piiMode ({@code keep}, {@code redact}, {@code drop}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code keep|redact|drop} in any case. */
    public static PiiMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("pii.mode must be keep, redact or drop, not '" + value + "'", e);
        }
    }
}
