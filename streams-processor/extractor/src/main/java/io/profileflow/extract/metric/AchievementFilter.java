package io.profileflow.extract.metric;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a quantity is a quantified achievement or just a number that happens to sit in the clause:
 * a version, a year, a tenure, a grade, a rating, a follower count, a street number. Rules look only at a few
 * words around the number, so each decision costs constant time.
 */
final class AchievementFilter {

    private static final int NEAR = 40;
    // The *_AFTER patterns start with ^: lookingAt() is their find(), without trying every later offset first.

    static final GatedPattern SCORE_BEFORE = new GatedPattern(Pattern.compile(
            "(?i)\\b(?:score[sd]?|scoring|rated|rating|gpa|cgpa|sgpa|grade|marks|percentile|percentage|rank(?:ed|ing)?"
                    + "|air|top|hackerrank|leetcode|codechef|codeforces|ielts|toefl|toeic|gmat|gre|sat)\\s*(?:[:=-]|of|is|was|at|an?|the)?\\s*(?:a\\s)?$"),
            WordPrefixes.atWordStart("scor", "rat", "gpa", "cgpa", "sgpa", "grade", "marks", "percent", "rank", "air",
                    "top", "hackerrank", "leetcode", "codechef", "codeforces", "ielts", "toefl", "toeic", "gmat", "gre",
                    "sat"));
    private static final Pattern SCORE_AFTER = Pattern.compile(
            "(?i)^\\s*(?:/\\s?\\d|out\\sof|rating|stars?\\b|percentile|marks|cgpa|gpa|job\\s?success|in\\s(?:the\\s)?(?:12th|10th|class|boards?"
                    + "|hsc|ssc|xii|x|exams?|jee|gate|gre|gmat|sat|cat)\\b|(?:on|at)\\s(?:hackerrank|leetcode|codechef|codeforces|kaggle))");
    private static final Set<String> MEDIA_NOUNS = Set.of(
            "views", "likes", "reads", "claps", "upvotes", "shares", "comments", "reactions", "downloads");
    /** "15 and 16" after a versioned name: the second number continues the list of versions. */
    static final GatedPattern VERSION_LIST_BEFORE = new GatedPattern(
            Pattern.compile("[A-Z][\\w.+#]{0,30}\\s\\d{1,4}(?:\\.\\d{1,3})?\\s?(?:,|and|or|&|to|-)\\s?$"),
            (text, i) -> text.charAt(i) >= 'A' && text.charAt(i) <= 'Z');
    private static final Pattern STREET_AFTER = Pattern.compile(
            "(?i)^[\\s,]*(?:[A-Za-z]+\\s){0,2}(?:street|st\\.?|road|rd\\.?|avenue|ave\\.?|lane|ln\\.?|blvd\\.?|boulevard"
                    + "|drive|dr\\.?|sector|block|nagar|marg|floor|suite|ct\\.?|court|way|pl\\.?|terrace|crescent|parkway"
                    + "|pkwy|circle|cir\\.?"
                    // French addresses put the number first too: "12 rue des Olivettes"
                    + "|rue|allée|chemin|impasse)(?![a-z])");
    private static final Pattern TENURE_AFTER = Pattern.compile(
            "(?i)^\\s*(?:\\+\\s*)?(?:of\\b|experience|exp\\b|old\\b|tenure|in\\s(?:the\\s)?(?:industry|it\\b|software|tech))");
    /**
     * French, Spanish, German, Dutch, Italian, Polish and Nordic tenures, read as plain counts: "7 ans d'expérience",
     * "8 jaar ervaring", "10-letnim doświadczeniem".
     */
    private static final Pattern FOREIGN_TENURE_AFTER = Pattern.compile(
            "(?i)^\\s*\\+?\\s*(?:(?:ans|années|años|jahre|jaar|anni|anos)\\s+)?(?:d'\\s?|de\\s+|di\\s+)?(?:werk)?(?:expérience|experiencia|berufserfahrung|erfahrung"
                    + "|ervaring|esperienza|experiência)"
                    // Polish, German adjective and Nordic forms: "10-letnim doświadczeniem", "8-jähriger Erfahrung"
                    + "|^\\s*-?\\s*(?:letni\\p{L}*|lat|jährig\\p{L}*|års?)\\s+(?:\\p{L}+\\s+)?"
                    + "(?:doświadcz|berufserfahrung|erfahrung|erfarenhet|erfaring)");
    private static final Pattern TENURE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:for|over(?:\\sthe)?|past|last|since|with|having|spanning|total(?:ling)?|overall|aged?)\\s+|\\()$");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?i)\\b(?:in|within|under|than|to|by)\\s+(?:just\\s+|only\\s+)?$");
    private static final Pattern GAIN_AFTER = Pattern.compile(
            "(?i)^\\s*(?:ahead|early|earlier|sooner|faster|quicker|less|fewer|shorter|saved|reduction|of\\s(?:savings"
                    + "|effort|work|manual|engineering|developer|dev))");
    /** Product and standard names that number their versions, even at the start of a clause ("Java 17 migration"). */
    private static final Set<String> VERSIONED_NAMES = Set.of(
            "java", "python", "angular", "ios", "android", "windows", "node", "react", "vue", "php", "ruby", "rails",
            "scala", "kotlin", "swift", "go", "golang", "spring", "django", "iso", "soc", "pci", "level", "tier",
            "web", "http", "oauth", "tls", "ssl", "html", "css", "es", "net", ".net", "jdk", "ubuntu", "rhel", "postgres",
            "mysql", "oracle", "hadoop", "spark", "kafka", "elasticsearch", "redis", "mongodb", "top", "class", "air");

    private AchievementFilter() {
    }

    static boolean isAchievement(Quantity q, String text, ClauseFacts facts) {
        if (q.measure == Quantity.Measure.BARE || facts.education() || !hasWordsAround(q, facts)) {
            return false;
        }
        if (q.measure == Quantity.Measure.MULTIPLIER && q.raw >= 100 && q.raw != Math.floor(q.raw)) {
            return false; // "802.1X authentication": a standard's number, not a factor of 802.1
        }
        if ((facts.payRate() || facts.employerFact() || facts.logistics()) && !facts.achievementVerb()) {
            return false;  // "$85/hr · 210 hours", "Day rate: £575", "Capital: ¥95 million": not results of the work
        }
        String before = text.substring(Math.max(0, q.start - NEAR), q.start);
        String after = text.substring(q.end, Math.min(text.length(), q.end + NEAR));
        if (SCORE_BEFORE.find(before) || SCORE_AFTER.matcher(after).lookingAt()) {
            return false;
        }
        if (q.measure == Quantity.Measure.COUNT && (isDenominator(q, before) || isModelSize(q, text, before))) {
            return false; // "5x cheaper per 1k queries" (a denominator), "Llama 3 70B" (a model's size)
        }
        if (FOREIGN_TENURE_AFTER.matcher(after).lookingAt()) {
            return false;
        }
        boolean countOrShare = q.measure == Quantity.Measure.COUNT || q.measure == Quantity.Measure.PERCENT;
        // "search ranking ...; +4.6% GMV", "improved ranking quality by 12%": a signed figure, or a share with an
        // achievement verb, is a result of the work whatever the clause says about ranks ("3rd of 140 teams" is not).
        if (facts.ranking() && countOrShare && !q.changeLinked && q.sign == 0
                && !(q.measure == Quantity.Measure.PERCENT && facts.achievementVerb())) {
            return false;
        }
        if (q.measure == Quantity.Measure.COUNT && !countIsAchievement(q, text, facts)) {
            return false;
        }
        if (q.calendarDuration && !q.changeLinked) {
            return calendarDurationIsAchievement(q, before, after, facts);
        }
        return true;
    }

    /**
     * A clause that gives its employer's size without an achievement verb describes the employer, and so do its other
     * figures: "$2.4B third-party logistics provider; 11,000 employees in 14 countries".
     */
    static boolean describesEmployer(List<Quantity> quantities, String text, ClauseFacts facts) {
        for (Quantity q : quantities) {
            if (isCompanySize(q, text, facts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCompanySize(Quantity q, String text, ClauseFacts facts) {
        return q.measure == Quantity.Measure.COUNT && q.noun != null
                && COMPANY_SIZE_NOUNS.contains(q.noun.toLowerCase(Locale.ROOT)) && !q.changeLinked
                && !facts.achievementVerb()
                && COMPANY_SIZE_BEFORE.matcher(text.substring(Math.max(0, q.start - NEAR), q.start)).find();
    }

    /** "per 1k queries", "per 1,000 orders": the number is part of the unit of another figure. */
    private static final Pattern PER_BEFORE = Pattern.compile("(?i)\\bper\\s$");
    /** A model family or a word for its size right before "8B", "70B", "8x7B". */
    private static final Pattern MODEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:llama|mistral|mixtral|gemma|qwen|falcon|phi|gpt|bert|t5|opt|bloom|claude|deepseek|model|models)"
                    + "\\b[\\s\\w.-]{0,12}$");

    /**
     * "per 1k queries", "per 1,000 orders": a round power of ten after "per" is the unit of another figure ("per 60
     * clienti" is Italian for "for 60 clients").
     */
    private static boolean isDenominator(Quantity q, String before) {
        double v = q.value();
        double log = Math.log10(v);
        return v >= 10 && Math.abs(log - Math.rint(log)) < 1e-9 && PER_BEFORE.matcher(before).find();
    }

    /** "fine-tuned Llama 3 8B", "a 70B model": a parameter count written with a glued B. */
    private static boolean isModelSize(Quantity q, String text, String before) {
        int b = q.numberEnd - 1;
        boolean gluedB = b > q.start && text.charAt(b) == 'B' && Character.isDigit(text.charAt(b - 1));
        return gluedB && (MODEL_BEFORE.matcher(before).find()
                || text.regionMatches(true, q.end, " model", 0, 6) || text.regionMatches(true, q.end, " param", 0, 6));
    }

    /** What a career's employers are counted in. */
    private static final Set<String> EMPLOYER_NOUNS = Set.of("companies", "employers", "organisations",
            "organizations", "firms", "startups", "start-ups", "agencies", "banks", "jobs", "roles");
    private static final Pattern WORKED_AT_BEFORE = Pattern.compile(
            "(?i)\\b(?:worked|working|been|served|employed)\\s+(?:at|for|in|with|across)\\s+$");

    /** What a company's size is counted in, in the languages of the dates. */
    private static final Set<String> COMPANY_SIZE_NOUNS = Set.of("employees", "staff", "dipendenti", "mitarbeiter",
            "mitarbeitende", "medewerkers", "werknemers", "empleados", "trabajadores", "funcionários", "salariés",
            "pracowników", "anställda", "ansatte");
    /** A size is given with "with", "of" or after a comma or the clause start, an approximation word at most between. */
    private static final Pattern COMPANY_SIZE_BEFORE = Pattern.compile("(?iu)(?:^|[,;(]|\\b(?:with|of|con|mit|met|com|avec|de))"
            + "\\s*(?:(?:circa|about|around|approximately|approx\\.|roughly|over|nearly|some|etwa|rund|ongeveer|cerca de"
            + "|environ|ca\\.?|~)\\s*)?$");

    /** "140 batch jobs": a batch of work, not a students' batch ("2019 batch"). */
    private static boolean isBatchOfWork(String noun, String text, Quantity q) {
        if (!noun.equals("batch")) {
            return false;
        }
        int after = text.toLowerCase(Locale.ROOT).indexOf("batch", q.numberEnd) + 5;
        return text.startsWith(" job", after) || text.startsWith(" process", after) || text.startsWith(" run", after)
                || text.startsWith(" file", after);
    }

    /** Four or five digits written without grouping ("44000", not "44,000"). */
    private static boolean isPostcodeShaped(String text, Quantity q) {
        int digits = q.numberEnd - q.start;
        if (digits < 4 || digits > 5) {
            return false;
        }
        for (int i = q.start; i < q.numberEnd; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A number alone on its line ("• 72%") has nothing saying what it measures: a score widget, not a result. */
    private static boolean hasWordsAround(Quantity q, ClauseFacts facts) {
        return facts.firstLetter() >= 0 && (facts.firstLetter() < q.start || facts.lastLetter() >= q.end);
    }

    private static boolean countIsAchievement(Quantity q, String text, ClauseFacts facts) {
        if (q.noun != null) {
            String noun = q.noun.toLowerCase(Locale.ROOT);
            if (Vocabulary.NON_ACHIEVEMENT_NOUNS.contains(noun) && !isBatchOfWork(noun, text, q)
                    || MEDIA_NOUNS.contains(noun) && facts.personalMedia()) {
                return false;
            }
            if (Units.isYearLike(q.raw) && !q.scaled && !noun.endsWith("s")) {
                return false;  // "2019 batch", "2021 cohort"
            }
        }
        if (q.wordNumber && !facts.achievementVerb()) {
            return false;
        }
        if (q.noun != null && EMPLOYER_NOUNS.contains(q.noun.toLowerCase(Locale.ROOT))
                && WORKED_AT_BEFORE.matcher(text.substring(Math.max(0, q.start - NEAR), q.start)).find()) {
            return false; // "I have worked at two companies": the career's shape, not a result
        }
        if (isCompanySize(q, text, facts)) {
            // "Series B freight marketplace, 140 employees", "con circa 450 dipendenti": the employer's size (but
            // "SSO for 1,100 employees", "utilisés par 15 000 collaborateurs" is the reach of the work)
            return false;
        }
        if (q.noun != null && Character.isUpperCase(q.noun.charAt(0)) && isPostcodeShaped(text, q)
                && !facts.achievementVerb()) {
            return false; // "12 rue des Olivettes, 44000 Nantes", "10115 Berlin": a postcode and its town
        }
        if (q.changeLinked || q.per != null) {
            return true;
        }
        if (followsVersionedName(q, text, facts)) {
            return false;
        }
        String afterNumber = text.substring(q.numberEnd, Math.min(text.length(), q.numberEnd + NEAR));
        return !STREET_AFTER.matcher(afterNumber).lookingAt();
    }

    /**
     * "Angular 15 upgrade", "SOC 2 audit", "Engineer 2 role": a capitalised name right before the number is what
     * the number belongs to. The first word of the clause is usually a verb ("Served 2M users"), so it only counts
     * when it is a known versioned name.
     */
    private static boolean followsVersionedName(Quantity q, String text, ClauseFacts facts) {
        if (VERSION_LIST_BEFORE.find(text.substring(Math.max(0, q.start - 40), q.start))) {
            return true;
        }
        int end = q.start;
        if (end < 2 || text.charAt(end - 1) != ' ') {
            return false;
        }
        int begin = end - 1;
        while (begin > 0 && isNameChar(text.charAt(begin - 1))) {
            begin--;
        }
        String name = text.substring(begin, end - 1);
        if (name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (VERSIONED_NAMES.contains(lower)) {
            return true;
        }
        boolean capitalised = !name.equals(lower);
        return capitalised && begin > facts.firstWordStart() && !Vocabulary.isStopWord(name)
                && !lower.endsWith("ed") && !lower.endsWith("ing") && !Vocabulary.ACHIEVEMENT_VERB.matches(name);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '#';
    }

    /** Days to years are tenures ("8+ years", "for four months") unless the clause presents them as a gain. */
    private static boolean calendarDurationIsAchievement(Quantity q, String before, String after, ClauseFacts facts) {
        if (q.plus || TENURE_AFTER.matcher(after).lookingAt() || TENURE_BEFORE.matcher(before).find()) {
            return false;
        }
        return q.per != null || GAIN_AFTER.matcher(after).lookingAt()
                || facts.achievementVerb() && DEADLINE_BEFORE.matcher(before).find();
    }
}
