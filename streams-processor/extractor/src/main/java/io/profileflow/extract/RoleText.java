package io.profileflow.extract;

import io.profileflow.extract.contact.ContactExtractor;
import io.profileflow.extract.metric.MetricExtractor;
import io.profileflow.extract.model.ProfileDraft;
import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.model.SourceKind;
import io.profileflow.extract.model.TextSegment;
import io.profileflow.extract.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the roles of a draft (from text or JSON Resume alike) into the segments skills and metrics are searched
 * in: header technology lists, titles, bullets. Metric clauses are bullets with a figure in them, contacts
 * removed, long ones cut into sentences.
 */
final class RoleText {
    private static final int MAX_CLAUSE = 600;
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\b\\d{1,3}[ -]?min(?:ute)?s?\\.? read\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("; (?=\\p{Ll}{2,} \\S+ \\S)");

    private RoleText() {
    }

    static void collect(ProfileDraft d) {
        for (int i = 0; i < d.roles.size(); i++) {
            RoleDraft r = d.roles.get(i);
            for (String tech : r.headerTech) {
                d.skillText.add(new TextSegment(tech, SourceKind.EXPERIENCE, i, true));
            }
            if (r.title != null) {
                d.skillText.add(new TextSegment(r.title, SourceKind.EXPERIENCE, i, false));
            }
            for (String b : r.bullets) {
                d.skillText.add(new TextSegment(b, SourceKind.EXPERIENCE, i, false));
                addClauses(d, b, SourceKind.EXPERIENCE, i);
            }
        }
    }

    static void addClauses(ProfileDraft d, String text, SourceKind source, int roleIndex) {
        String t = ContactExtractor.stripContacts(text);
        if (t.indexOf("read") > 0) {
            // "Why I left ORMs - 5 min read": a blog teaser's reading time measures the post, not the person.
            t = READING_TIME.matcher(t).replaceAll("");
        }
        if (t.isBlank() || !hasDigit(t) && !MetricExtractor.mayHoldFactorWord(t)) {
            return; // "Halved build time", "tripled weekly users", "ten-fold": the figures written as words that count
        }
        List<String> parts = new ArrayList<>();
        for (String sentence : t.length() > MAX_CLAUSE ? SENTENCES.split(t) : List.of(t)) {
            // "Led ranking models; lifted CTR by 9%": clauses joined by a semicolon are separate achievements,
            // and one's words ("ranking") must not colour the other's figure.
            if (sentence.contains("; ")) {
                parts.addAll(List.of(CLAUSE_BREAK.split(sentence)));
            } else {
                // CLAUSE_BREAK starts with "; ": without one, split would return the sentence itself.
                parts.add(sentence);
            }
        }
        for (String p : parts) {
            for (int from = 0; from < p.length(); from += MAX_CLAUSE) {
                int to = Math.min(p.length(), from + MAX_CLAUSE);
                d.metricClauses.add(new TextSegment(p.substring(from, to), source, roleIndex, false));
            }
        }
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
