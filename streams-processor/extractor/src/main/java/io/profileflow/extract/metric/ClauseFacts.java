package io.profileflow.extract.metric;

import java.util.regex.Pattern;

/** What the whole clause says about its numbers, computed once per clause. */
record ClauseFacts(boolean achievementVerb, boolean education, boolean personalMedia, boolean ranking,
                   boolean hourlyRate, int firstWordStart, int firstLetter, int lastLetter) {

    private static final Pattern EDUCATION = Pattern.compile(
            "(?i)\\b(?:gpa|cgpa|sgpa|cpi|cbse|icse|hsc|ssc|12th|10th|xii|semester|matriculation|board\\sexams?)\\b"
                    + "|\\bpercentage\\s*[:-]");
    private static final Pattern PERSONAL_MEDIA = Pattern.compile(
            "(?i)\\b(?:my|blog|profile|linkedin|medium|article|post|posts|youtube|channel|stack\\s?overflow|github"
                    + "|twitter|instagram|newsletter)\\b");

    /** Competitions and rankings: "top 5% of 10,000 participants" measures others, not the work. */
    private static final Pattern RANKING = Pattern.compile(
            "(?i:\\b(?:ranked|rank|ranking|top\\s\\d{1,3}|percentile|olympiad|hackathon|contest|competition|leaderboard"
                    + "|\\d{1,3}(?:st|nd|rd|th)\\splace)\\b)|\\bAIR\\b");

    /** "$85/hr", "€60 per hour": a price of the person's time, as marketplace profiles and rate cards list it. */
    private static final Pattern HOURLY_RATE = Pattern.compile(
            "(?:[$€£₹]|\\b[A-Z]{3}\\s?)\\d[\\d,.]{0,12}\\s?(?:/\\s?(?:hr|hour|h)\\b|(?:per|an?)\\shour\\b)"
                    + "|(?i:\\bhourly\\s(?:rate|fee)\\b)");

    static ClauseFacts of(String text) {
        int first = 0;
        while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        int firstLetter = -1;
        int lastLetter = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                lastLetter = i;
                if (firstLetter < 0) {
                    firstLetter = i;
                }
            }
        }
        return new ClauseFacts(Vocabulary.ACHIEVEMENT_VERB.matcher(text).find(), EDUCATION.matcher(text).find(),
                PERSONAL_MEDIA.matcher(text).find(), RANKING.matcher(text).find(), HOURLY_RATE.matcher(text).find(), first,
                firstLetter, lastLetter);
    }
}
