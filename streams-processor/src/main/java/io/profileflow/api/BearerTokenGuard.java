package io.profileflow.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks {@code Authorization: Bearer <token>} when an api.token is configured: missing -> 401, wrong -> 403.
 * The comparison takes the same time whatever the token's content, so it leaks nothing through timing.
 */
final class BearerTokenGuard {
    private final byte[] expected;

    BearerTokenGuard(String token) {
        this.expected = token == null || token.isEmpty() ? null : sha256(token);
    }

    boolean enabled() {
        return expected != null;
    }

    /** null when allowed, else the response to send. */
    ApiResponse check(String authorizationHeader) {
        if (expected == null) return null;
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return ApiResponse.error(401, "missing bearer token");
        }
        // Hashing both sides first makes the comparison length-independent as well.
        byte[] given = sha256(authorizationHeader.substring(7).trim());
        return MessageDigest.isEqual(expected, given) ? null : ApiResponse.error(403, "invalid token");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
