package io.profileflow.extract.skills;

import io.profileflow.extract.model.SourceKind;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a skill name that is only part of a link from a real mention: "github.com/jdoe", "https://gitlab.com/x"
 * (neither GitLab nor HTTP is a skill there),
 * or a lone "GitHub" link label in the header of a profile. Those name where the person's profile lives, not a
 * tool the person uses.
 */
public final class LinkMentionFilter {
    private static final Pattern URL_AFTER = Pattern.compile("^(?:\\.(?:com|io|org|net|dev|me)\\b|://)");
    private static final Pattern URL_BEFORE = Pattern.compile("(?:://|www\\.|\\.(?:com|io|org|net|dev|me)/)$");

    /**
     * Sites where a profile, code or portfolio lives: alone on a header line they are the label of a link to it.
     * A lone "Kubernetes" there is a skill badge (a README's {@code <img alt="Kubernetes">}), not a link.
     */
    private static final Set<String> PROFILE_SITES = Set.of("GitHub", "GitLab", "Bitbucket", "Kaggle", "Hugging Face",
            "Docker Hub", "npm", "Replit");

    /** A surface that is itself a domain ("GitLab.com"): the site, named as an address. */
    private static final Pattern DOMAIN = Pattern.compile("(?i).+\\.(?:com|io|org|net|dev|me)$");

    private LinkMentionFilter() {
    }

    /** True when the mention is part of a web address or is a bare link label on its own line of the header. */
    public static boolean isLink(SkillMention m) {
        String text = m.segment().text();
        int start = Math.min(m.start(), text.length());
        int end = Math.min(Math.max(m.end(), start), text.length());
        // Called for every mention: each pattern runs only when the character it starts or ends with is there, on a
        // region of the text (same result as on a substring, without copying the rest of a long line each time).
        if (m.surface().indexOf('.') >= 0 && DOMAIN.matcher(m.surface()).matches()
                || end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ':')
                && URL_AFTER.matcher(text).region(end, text.length()).find()
                || start > 0 && (text.charAt(start - 1) == '/' || text.charAt(start - 1) == '.')
                && URL_BEFORE.matcher(text).region(Math.max(0, start - 8), start).find()) {
            return true;
        }
        return isPopularityCount(text, start, end) || m.segment().source() == SourceKind.SUMMARY
                && !m.segment().techList() && PROFILE_SITES.contains(m.entry().canonical())
                && text.strip().equalsIgnoreCase(m.surface());
    }

    /**
     * "1,100 GitHub stars", "12k Twitter followers", "stars on GitHub": the site names where a count of stars or
     * followers was earned, not a tool the person uses.
     */
    static boolean isPopularityCount(String text, int start, int end) {
        // Called for every mention: compare in place, without cutting out the words around it.
        if (end + 1 < text.length() && text.charAt(end) == ' ' && popularityWordAt(text, end + 1, true)) {
            return true;
        }
        if (start >= 4 && text.startsWith(" on ", start - 4)) {
            int from = start - 4;
            while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
                from--;
            }
            return from < start - 4 && popularityWordAt(text, from, false) && from + wordLength(text, from) == start - 4;
        }
        return false;
    }

    /** Whether one of POPULARITY_WORDS starts at {@code at} and ends there (a non-letter or the text's end after it). */
    private static boolean popularityWordAt(String text, int at, boolean mustEnd) {
        int length = wordLength(text, at);
        if (length < 4 || length > 10) {
            return false;
        }
        for (String w : POPULARITY_WORDS) {
            if (w.length() == length && text.regionMatches(true, at, w, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static int wordLength(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i - at;
    }

    private static final Set<String> POPULARITY_WORDS = Set.of("stars", "star", "stargazers", "followers", "forks",
            "subscribers", "stats", "streak", "trophies", "contributions");
}
