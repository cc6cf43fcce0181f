package io.profileflow.extract.contact;

import io.profileflow.extract.PiiMode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the PII rule (SPEC "Personal data"). In REDACT mode each contact value becomes
 * {@code hmac:} + the first 16 hex chars of HMAC-SHA256(key, normalized value), so records can still be joined on
 * it; DROP publishes nothing; KEEP publishes values as found. {@link #scrub(String)} removes emails, phones, URLs
 * and street addresses from free text (bullets, metric clauses, headline, warnings). Thread-safe.
 */
public final class PiiRedactor {
    public static final String DROPPED = "[redacted]";
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9+]");
    private static final Pattern URL_PREFIX = Pattern.compile("^(?:https?://)?(?:www\\.)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final PiiMode mode;
    private final SecretKeySpec key;
    /**
     * One keyed Mac per thread: looking up the provider and keying a new Mac for every contact value cost more than
     * the hashing. A Mac is not thread-safe, and doFinal leaves it reset for the next value.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public PiiRedactor(PiiMode mode, byte[] key) {
        this.mode = mode;
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public PiiMode mode() {
        return mode;
    }

    /** Kinds of contact value, each with its own normalization before hashing. */
    public enum Kind { EMAIL, PHONE, LINK, ADDRESS }

    /** The published form of a list of contact values. */
    public List<String> apply(Collection<String> values, Kind kind) {
        if (mode == PiiMode.DROP) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String published = mode == PiiMode.KEEP ? v : hash(normalize(v, kind));
            if (!out.contains(published)) {
                out.add(published);
            }
        }
        return out;
    }

    /** {@code hmac:} + 16 hex chars of HMAC-SHA256(key, value). */
    public String hash(String normalizedValue) {
        byte[] digest = macs.get().doFinal(normalizedValue.getBytes(StandardCharsets.UTF_8));
        return "hmac:" + HexFormat.of().formatHex(digest, 0, 8);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The canonical form a value is hashed in, so "A@B.com" and "a@b.com" join. */
    public static String normalize(String value, Kind kind) {
        String v = value.strip();
        return switch (kind) {
            case EMAIL -> v.toLowerCase(Locale.ROOT);
            case PHONE -> {
                String digits = NON_DIGITS.matcher(v).replaceAll("");
                yield digits.startsWith("00") ? "+" + digits.substring(2) : digits;
            }
            case LINK -> {
                String l = URL_PREFIX.matcher(v.toLowerCase(Locale.ROOT)).replaceFirst("");
                yield l.endsWith("/") ? l.substring(0, l.length() - 1) : l;
            }
            case ADDRESS -> WHITESPACE.matcher(v.toLowerCase(Locale.ROOT)).replaceAll(" ");
        };
    }

    /** Free text with every email, phone, URL and street address replaced (nothing changes in KEEP mode). */
    public String scrub(String text) {
        if (text == null || mode == PiiMode.KEEP) {
            return text;
        }
        // Each pattern runs only when the character it needs is there: scrub is called for every bullet and clause.
        String s = ContactExtractor.mayHoldEmail(text) ? replace(text, ContactExtractor.EMAIL, Kind.EMAIL) : text;
        s = ContactExtractor.mayHoldUrl(s) ? replace(s, ContactExtractor.URL, Kind.LINK) : s;
        s = ContactExtractor.mayHoldStreet(s) ? replace(s, ContactExtractor.STREET, Kind.ADDRESS) : s;
        if (!ContactExtractor.mayHoldPhone(s)) {
            return s;
        }
        Matcher m = ContactExtractor.PHONE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = ContactExtractor.isPhone(m.group().strip()) ? token(m.group().strip(), Kind.PHONE) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(token));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String replace(String text, Pattern p, Kind kind) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        m.reset();
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(token(m.group(), kind)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String token(String value, Kind kind) {
        return mode == PiiMode.DROP ? DROPPED : hash(normalize(value, kind));
    }
}
