package io.profileflow.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Query parameters, bounded: at most 16 pairs are read. */
final class QueryString {
    private QueryString() {
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        String[] pairs = raw.split("&", 17);
        for (int i = 0; i < Math.min(pairs.length, 16); i++) {
            int eq = pairs[i].indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pairs[i].substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pairs[i].substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static int intParam(Map<String, String> q, String name, int dflt, int min, int max) {
        String v = q.get(name);
        if (v == null) return dflt;
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(v.trim())));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
