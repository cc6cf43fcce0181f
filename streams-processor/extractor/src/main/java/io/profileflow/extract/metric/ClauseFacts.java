package io.profileflow.extract.metric;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the whole clause says about its numbers. Each keyword fact is found on first use and kept: the filter
 * asks some of them only for some quantities (rankings for counts and shares, personal media for view counts),
 * and a clause whose numbers are all rejected first needs none.
 */
final class ClauseFacts {

    static final GatedPattern EDUCATION = new GatedPattern(Pattern.compile(
            "(?i)\\b(?:gpa|cgpa|sgpa|cpi|cbse|icse|hsc|ssc|12th|10th|xii|semester|matriculation|board\\sexams?)\\b"
                    + "|\\bpercentage\\s*[:-]"),
            WordPrefixes.atWordStart("gpa", "cgpa", "sgpa", "cpi", "cbse", "icse", "hsc", "ssc", "12th", "10th",
                    "xii", "semester", "matriculation", "board", "percentage"));
    static final GatedPattern PERSONAL_MEDIA = new GatedPattern(Pattern.compile(
            "(?i)\\b(?:my|blog|profile|linkedin|medium|article|post|posts|youtube|channel|stack\\s?overflow|github"
                    + "|twitter|instagram|newsletter|reactions|reposts)\\b"),
            WordPrefixes.atWordStart("my", "blog", "profile", "linkedin", "medium", "article", "post", "youtube",
                    "channel", "stack", "github", "twitter", "instagram", "newsletter", "reactions", "reposts"));

    /**
     * Competitions and rankings: "top 5% of 10,000 participants" measures others, not the work. The ranking a system
     * does ("search ranking", "ranking models") is no competition.
     */
    static final GatedPattern RANKING = new GatedPattern(Pattern.compile(
            "(?i:\\b(?:ranked|rank"
                    // "search ranking", "ranking models": the ranking a system does, not a competition
                    + "|(?<!(?:search|feed|ads?|content|product|learning\\sto|fraud\\sand)\\s)ranking"
                    + "(?!\\s(?:models?|services?|systems?|pipelines?|algorithms?|features?|quality|signals?|teams?|engine))"
                    + "|top\\s\\d{1,3}|percentile|olympiad|hackathon|contest|competition|leaderboard"
                    + "|\\d{1,3}(?:st|nd|rd|th)\\s(?:place|of|out\\sof))\\b)|\\bAIR\\b"),
            GatedPattern.atWordStarts(ClauseFacts::canStartRanking));
    private static final WordPrefixes RANKING_WORDS = WordPrefixes.atWordStart("rank", "top", "percentile",
            "olympiad", "hackathon", "contest", "competition", "leaderboard", "air");

    /**
     * "$85/hr", "€60 per hour", "Day rate: £575", "Desired salary $140k", "package ~£92k + 10% bonus": a price of the
     * person's time, as marketplace, job-board and agency profiles, rate cards and recruiters' notes give it.
     */
    static final GatedPattern PAY_RATE = new GatedPattern(Pattern.compile(
            "(?:[$€£₹]|\\b[A-Z]{3}\\s?)\\d[\\d,.]{0,12}\\s?(?:/\\s?(?:hr|hour|h)\\b|(?:per|an?)\\shour\\b)"
                    + "|(?i:\\b(?:hourly|daily|day)\\s(?:rate|fee)\\b)|(?i:\\bfixed[\\s-](?:price|fee|bid)\\b)"
                    + "|(?i:\\b(?:desired|expected|current|target)\\s(?:(?:annual|yearly|monthly|base|gross)\\s)?"
                    + "(?:salary|compensation|ctc|pay|rate|package)\\b)"
                    + "|(?i:\\bsalary\\s(?:expectations?|range|requirements?)\\b)"
                    // a recruiter's note on the package: "current package ~£92k + 10% bonus"
                    + "|(?i:\\bbonus\\b)|(?i:\\bnotice\\speriod\\b)|(?i:\\b(?:current|expected)\\sctc\\b)"
                    // Russian: "350 000 ₽ на руки" (take-home), "до вычета налогов", "зарплата", "оклад"
                    + "|на руки|до вычета налогов|заработн(?:ая|ой) плат|зарплат|оклад"),
            ClauseFacts::canStartPayRate);
    private static final WordPrefixes PAY_WORDS = WordPrefixes.atWordStart(
            "hourly", "daily", "day", "fixed", "desired", "expected", "current", "target", "salary", "bonus", "notice");

    private final WordStarts words;
    private final int firstWordStart;
    private final int firstLetter;
    private final int lastLetter;
    private Boolean achievementVerb;
    private Boolean education;
    private Boolean personalMedia;
    private Boolean ranking;
    private Boolean payRate;

    private ClauseFacts(WordStarts words, int firstWordStart, int firstLetter, int lastLetter) {
        this.words = words;
        this.firstWordStart = firstWordStart;
        this.firstLetter = firstLetter;
        this.lastLetter = lastLetter;
    }

    static ClauseFacts of(String text) {
        return of(new WordStarts(text));
    }

    static ClauseFacts of(WordStarts words) {
        String text = words.text();
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
        return new ClauseFacts(words, first, firstLetter, lastLetter);
    }

    boolean achievementVerb() {
        if (achievementVerb == null) {
            achievementVerb = Vocabulary.ACHIEVEMENT_VERB.find(words);
        }
        return achievementVerb;
    }

    boolean education() {
        if (education == null) {
            education = EDUCATION.find(words);
        }
        return education;
    }

    boolean personalMedia() {
        if (personalMedia == null) {
            personalMedia = PERSONAL_MEDIA.find(words);
        }
        return personalMedia;
    }

    boolean ranking() {
        if (ranking == null) {
            ranking = RANKING.find(words);
        }
        return ranking;
    }

    /**
     * "headshot.jpg (2400×3000 px, 4.2 MB)", "40 min + 10 min Q&A": the logistics of a speaker kit or a portfolio
     * (file sizes, image dimensions, talk lengths), not results of the work.
     */
    boolean logistics() {
        return LOGISTICS_WORDS.foundIn(words.text());
    }

    private static final io.profileflow.extract.text.LiteralScan LOGISTICS_WORDS =
            io.profileflow.extract.text.LiteralScan.ignoringCase(" px", "q&a", "file size", "talk length", "slot length",
                    "download the", "download my", "pdf version", "(pdf", "pdf,", "attachment");

    /**
     * "Capital: ¥480 million", "Employees: 1,350", "Salary: $122,198.00": a fact about the employer or the terms of
     * the job that a career history lists.
     */
    boolean employerFact() {
        String text = words.text();
        int colon = text.indexOf(':');
        if (colon < 4 || colon > 20 || firstWordStart < 0 || firstWordStart >= colon) {
            return false;
        }
        String label = text.substring(firstWordStart, colon).strip().toLowerCase(java.util.Locale.ROOT);
        return EMPLOYER_FACT_LABELS.contains(label);
    }

    private static final java.util.Set<String> EMPLOYER_FACT_LABELS = java.util.Set.of("capital", "revenue", "revenues",
            "turnover", "employees", "headcount", "company size", "founded", "funding", "valuation",
            // the terms of the job, as a federal or European form lists them: "Salary: $122,198.00 USD Per Year"
            "salary", "pay", "compensation", "hours per week", "grade", "series", "pay plan", "gehalt", "salaire",
            "salario", "stipendio", "salário", "bruttogehalt", "uren per week");

    boolean payRate() {
        if (payRate == null) {
            payRate = PAY_RATE.find(words);
        }
        return payRate;
    }

    /** Offset of the first letter or digit. */
    int firstWordStart() {
        return firstWordStart;
    }

    /** Offset of the first letter, -1 when there is none. */
    int firstLetter() {
        return firstLetter;
    }

    /** Offset of the last letter, -1 when there is none. */
    int lastLetter() {
        return lastLetter;
    }

    /** One of the words, or the digits of "2nd place" with the ordinal's letters one to three characters on. */
    private static boolean canStartRanking(String text, int i) {
        return RANKING_WORDS.canStart(text, i)
                || AsciiChars.isDigitAt(text, i) && AsciiChars.isOneOfWithin(text, i + 1, i + 3, "sSnNrRtT");
    }

    /**
     * PAY_RATE starts with a currency sign right before a digit, three capitals at a word start with a digit
     * after them (and an optional space), or one of its words ("$12,400 · Fixed price": a contract's price).
     */
    private static boolean canStartPayRate(String text, int i) {
        char c = text.charAt(i);
        if (c == '$' || c == '€' || c == '£' || c == '₹') {
            return AsciiChars.isDigitAt(text, i + 1);
        }
        if (c >= 'A' && c <= 'Z' && AsciiChars.isWordStart(text, i)
                && (AsciiChars.isDigitAt(text, i + 3) || AsciiChars.isDigitAt(text, i + 4))) {
            return true;
        }
        if (c == 'н' || c == 'д' || c == 'з' || c == 'о') {
            for (String word : RUSSIAN_PAY_WORDS) {
                if (text.startsWith(word, i)) {
                    return true;
                }
            }
            return false;
        }
        return PAY_WORDS.canStart(text, i);
    }

    /** The starts of PAY_RATE's Russian alternatives. */
    private static final List<String> RUSSIAN_PAY_WORDS = List.of("на руки", "до вычета", "заработн", "зарплат",
            "оклад");
}
