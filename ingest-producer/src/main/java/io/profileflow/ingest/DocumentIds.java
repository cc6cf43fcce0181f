package io.profileflow.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable document ids from source paths: a readable slug of the file name plus a short hash of the normalized
 * path, so publishing the same file again replaces the same profile, and two {@code cv.pdf} in different folders
 * stay apart. The id has no slashes, so it is safe in URLs.
 */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static String fromPath(Path path) {
        String normalized = path.normalize().toString().replace('\\', '/');
        String fileName = path.getFileName() == null ? "document" : path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) slug = "document";
        if (slug.length() > 48) slug = slug.substring(0, 48);
        return slug + "-" + sha256Hex(normalized).substring(0, 10);
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
