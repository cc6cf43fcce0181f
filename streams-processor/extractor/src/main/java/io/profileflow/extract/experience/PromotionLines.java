package io.profileflow.extract.experience;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Promoted to Staff Engineer, March 2022", "Appointed Head of Data (April 2019)": a line under an employer that
 * starts a new title on one date. Its end is where the newer title listed above it began (see ExperienceParser).
 */
final class PromotionLines {
    /** The verb, the title, then a comma, "in", "on", a dash or an opening parenthesis before the date. */
    private static final Pattern PROMOTION = Pattern.compile(
            "(?i)^(?:promoted|appointed|advanced|elevated|moved up|stepped up)(?:\\s+(?:to|as))?\\s+(?-i:(\\p{Lu}.*?))"
                    + "(?:,\\s*|\\s+(?:in|on|from|effective|since)\\s+|\\s+[-–—]\\s+|\\s*\\(\\s*)"
                    + "(?=(?:\\p{L}+\\.?\\s+)?\\d)");

    private PromotionLines() {
    }

    /** A cheap test before the pattern: the line opens with one of its verbs. */
    static boolean mayBe(String t) {
        return t.length() > 12 && "paesmPAESM".indexOf(t.charAt(0)) >= 0 && PROMOTION.matcher(t).lookingAt();
    }

    /** The new title: "Staff Engineer". */
    static String title(String t) {
        Matcher m = PROMOTION.matcher(t);
        return m.lookingAt() ? m.group(1).strip() : t;
    }

    /** Where the date after the title starts, or -1. */
    static int dateStart(String t) {
        Matcher m = PROMOTION.matcher(t);
        return m.lookingAt() ? m.end() : -1;
    }
}
