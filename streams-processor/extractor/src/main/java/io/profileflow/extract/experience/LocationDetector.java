package io.profileflow.extract.experience;

import io.profileflow.extract.text.TextShape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a short phrase is a place: "Remote", "Berlin, Germany", "San Francisco, CA",
 * "Greater Seattle Area", "Bengaluru, Karnataka, India". Uses a bundled list of countries, states and cities
 * (places.txt), the world's towns of 30,000 people or more (cities.txt, from GeoNames) and shape rules (", CA" state
 * codes, "... Area").
 */
public final class LocationDetector {
    /** The hand-kept places.txt: countries, states and regions, well-known cities. */
    private static final Set<String> CURATED = load(List.of("places.txt"));
    /** CURATED and the generated world towns of cities.txt (make-cities.sh). */
    private static final Set<String> PLACES = load(List.of("places.txt", "cities.txt"));
    private static final Pattern WORK_MODE = Pattern.compile(
            "(?i)(?:fully |100% )?(?:remote|hybrid|on-?site|onsite|anywhere|worldwide|home ?office|telecommute|distributed)"
                    + "(?: ?[(/,-] ?.*)?");
    /** "Austin, TX", "Frederick, MD 21702", "Washington, DC 20250 United States" (a USAJOBS address line). */
    private static final Pattern STATE_CODE = Pattern.compile(
            ".+, ?[A-Z]{2}(?: \\d{5}(?:-\\d{4})?)?(?: (?:US|USA|United States))?$");
    private static final Pattern AREA = Pattern.compile("(?i)(?:greater |the )?[\\p{L} .-]{2,40} (?:area|region|metropolitan area|metro|bay area)$");
    private static final Pattern SPLIT = Pattern.compile(" ?[,/] ?| - ");
    private static final Pattern ZIP = Pattern.compile("^\\d{4,5} ");

    /** True when the whole phrase names a place or a work mode. */
    public boolean isLocation(String phrase) {
        String p = phrase.strip();
        if (p.isEmpty() || p.length() > 60) {
            return false;
        }
        if (isWorkMode(p) || p.lastIndexOf(',') > 0 && STATE_CODE.matcher(p).matches()
                || mayBeArea(p) && AREA.matcher(p).matches()) {
            return true;
        }
        String[] parts = split(p.toLowerCase(Locale.ROOT));
        int known = 0;
        for (String part : parts) {
            String key = withoutZip(part.strip()).strip();
            if (PLACES.contains(key)) {
                known++;
            } else if (!key.isEmpty() && !looksLikePlaceWord(key)) {
                return false;
            }
        }
        // "Gurugram, Haryana" needs one known part; a lone unknown word is no evidence. Only a hand-kept place
        // (a region, a country, a well-known city) vouches for an unknown town before it: after a town of the
        // generated list, "Mutuelle Atlantique, Saint-Nazaire" is an employer and its town.
        return known > 0 && (known == parts.length || parts.length > 1 && CURATED.contains(parts[parts.length - 1].strip()));
    }

    /**
     * Stricter than {@link #isLocation}: every comma part must be a known place (or the whole a work mode, state
     * code or area), so "Acme, Berlin" is not a location but a company and a place.
     */
    public boolean isKnownPlace(String phrase) {
        String p = phrase.strip();
        if (p.isEmpty() || p.length() > 60) {
            return false;
        }
        if (isWorkMode(p) || mayBeArea(p) && AREA.matcher(p).matches()) {
            return true;
        }
        String[] parts = split(p.toLowerCase(Locale.ROOT));
        for (int i = 0; i < parts.length; i++) {
            String key = withoutZip(parts[i].strip()).strip();
            boolean stateCode = i == parts.length - 1 && i > 0 && parts[i].strip().length() == 2;
            if (!PLACES.contains(key) && !stateCode) {
                return false;
            }
        }
        return true;
    }

    /** True when the last comma part of a phrase is a known place ("Acme, Berlin" -> true). */
    public boolean endsWithPlace(String phrase) {
        int comma = phrase.lastIndexOf(',');
        return comma > 0 && isLocation(phrase.substring(comma + 1));
    }

    /** WORK_MODE must match from the start, which is one of its first characters (ASCII case ignored). */
    static boolean isWorkMode(String p) {
        return "f1rhoawtdFRHOAWTD".indexOf(p.charAt(0)) >= 0 && WORK_MODE.matcher(p).matches();
    }

    /** SPLIT.split, skipped for a phrase without any separator (split would return the phrase itself). */
    private static String[] split(String p) {
        return p.indexOf(',') >= 0 || p.indexOf('/') >= 0 || p.contains(" - ") ? SPLIT.split(p) : new String[] {p};
    }

    /**
     * AREA ends in "area", "region" or "metro" (any case): checked first because this runs for many short lines
     * and AREA backtracks over its 40-character place part.
     */
    private static boolean mayBeArea(String p) {
        return endsWithIgnoreCase(p, "area") || endsWithIgnoreCase(p, "region") || endsWithIgnoreCase(p, "metro");
    }

    private static boolean endsWithIgnoreCase(String p, String suffix) {
        return p.regionMatches(true, p.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /** The part without a leading postcode ("10115 berlin" -> "berlin"); ZIP needs a leading digit. */
    private static String withoutZip(String part) {
        return !part.isEmpty() && part.charAt(0) >= '0' && part.charAt(0) <= '9'
                ? ZIP.matcher(part).replaceFirst("") : part;
    }

    private static boolean looksLikePlaceWord(String part) {
        if (part.length() > 30) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '.' && c != '\'') {
                return false;
            }
        }
        return TextShape.splitCount(part) <= 3;
    }

    private static Set<String> load(List<String> resources) {
        Set<String> places = new HashSet<>();
        for (String resource : resources) {
            try (InputStream in = LocationDetector.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled resource " + resource + " is missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        places.add(t.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(places);
    }
}
