package io.profileflow.extract.experience;

import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.text.SentenceSplitter;
import io.profileflow.extract.text.TextShape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds roles told in prose, as in a bio: "X is a data engineer at Acme since 2019", "I have been an Android
 * engineer at Pangea Health since 2019", "spent three
 * years as an analyst at Beta Corp (2016-2019)", "started as a tester at Gamma Ltd in Leeds from 2012 to 2014".
 * A role needs a title (a phrase with a role noun), an employer (capitalised words after "at") and a period
 * right after the employer; anything less is left alone, so ordinary sentences never become roles.
 */
public final class ProseRoleFinder {
    /**
     * "was a data engineer at Acme", "was Senior Vice President, Engineering at Pinewright" (a function after a comma
     * is part of the title), "has served as Chief Technology Officer of Kestrel Harbor" (an officer's title takes "of").
     */
    /** An employer's name: capitalised words, with "&", "of", "and", "for" between them. */
    private static final String EMPLOYER = "\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'-]*|&|of|and|for)){0,5}";
    /** "as a network analyst": the title after "as" and an article, up to five words. */
    private static final String TITLE_AFTER_AS = "\\s+as\\s+(?:(?:a|an|the|its|their)\\s+)?((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)";
    /** Where such a title ends: punctuation, or a word that starts the next phrase. */
    private static final String TITLE_END = "(?=[.,;]|\\s+(?:and|where|to|after|before|in|on|at|until|from|for)\\b|$)";
    private static final Pattern ROLE_AT = Pattern.compile(
            "\\b(?:is|was|as|became|joined as|and|been|am)\\s+(?:(?:a|an|the|our)\\s+)?((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+"
                    + "(?:,\\s\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)?)\\s+at\\s+"
                    + "(" + EMPLOYER + ")");
    /** An officer names the employer with "of": "has served as Chief Technology Officer of Kestrel Harbor Logistics". */
    private static final Pattern OFFICER_OF = Pattern.compile(
            "\\b(?:is|was|as|became|been)\\s+(?:(?:the|its)\\s+)?((?:Chief\\s(?:\\p{Lu}\\p{L}+\\s){1,3}Officer"
                    + "|(?:Senior\\s|Executive\\s)?Vice\\sPresident(?:,\\s\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)?|President"
                    + "|General\\sManager|Managing\\sDirector))\\s+of\\s+"
                    + "(\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'-]*|&|and|for)){0,5})(?![\\p{L}\\p{N}])(?!\\s+at\\s)");
    /** "joined Wisła Data in 2020 as Staff Engineer": the employer, the year it began, then the title. */
    private static final Pattern JOINED = Pattern.compile(
            "\\bjoined\\s+(" + EMPLOYER + ")"
                    // "joined Quantelo, the Oslo-based energy-trading company, in 2018 as ...": an apposition between
                    + "(?:,\\s+[^,.;]{3,60},)?\\s+in\\s+((?:(?:19|20)\\d\\d))" + TITLE_AFTER_AS + TITLE_END);
    /**
     * The employer before the title: "began her career at Copperline Telecom in Kraków (2010–2013) as a network
     * analyst". The place and the bracketed period sit between employer and "as".
     */
    private static final Pattern AT_AS = Pattern.compile(
            "\\bat\\s+(" + EMPLOYER + ")"
                    + "((?:\\s+in\\s+\\p{Lu}[\\p{L}.'-]*(?:[ ,]+\\p{Lu}[\\p{L}.'-]*){0,2})?(?:\\s*\\([^()]{4,30}\\))?),?"
                    + TITLE_AFTER_AS + TITLE_END);
    /** "spent five years" right before "at Employer ... as Title": the length of a spell without its dates. */
    private static final Pattern SPENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:spent|worked)\\s+(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    + "\\s+years\\s*$");
    /** The sentence tells of the role before the one told just above it. */
    private static final Pattern PRECEDING = Pattern.compile("(?i)\\b(?:before that|previously|prior to that|earlier)\\b");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+in\\s+(\\p{Lu}[\\p{L}.'-]*(?:[ ,]+\\p{Lu}[\\p{L}.'-]*){0,2})");
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("(?:\\s+(?:of|and|for|&))+$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Set<String> LOWER_TITLE_WORDS = Set.of("of", "and", "for", "in", "the", "to");
    /** How far after the employer the period may start: "Acme in Leeds from 2012 to 2014". */
    private static final int DATE_WINDOW = 60;
    private static final int MIN_PROSE_CHARS = 60;
    /** How far before the title a period may stand: "spent three years (2020–2023) as ...". */
    private static final int DATE_WINDOW_BEFORE = 30;
    /** "she joined in March 2021", "which he joined in 2019". */
    private static final Pattern JOINED_IN = Pattern.compile("\\bjoined\\s+in\\s+((?:\\p{L}+\\.?\\s+)?(?:19|20)\\d\\d)");
    /** How far after the employer an open period ("since March 2023") may stand, past a description of it. */
    private static final int LATE_SINCE_WINDOW = 140;

    private final DateRangeParser dates = new DateRangeParser();
    private final LocationDetector places = new LocationDetector();
    private final SentenceSplitter sentences = new SentenceSplitter();

    /** The roles told in the prose lines among {@code lines}, in text order. */
    public List<RoleDraft> find(List<String> lines) {
        List<RoleDraft> roles = new ArrayList<>();
        for (String line : lines) {
            if (line.length() < MIN_PROSE_CHARS) {
                continue;
            }
            for (String sentence : sentences.split(line)) {
                findInSentence(sentence, roles);
            }
        }
        datePrecedingSpells(roles);
        return withoutSameOpenRole(roles);
    }

    /**
     * "... is Director at Quantelo since 2018. Before that, she spent five years at Halyard Systems as a data
     * engineer": a spell told only by its length ends where the role told just before it began. Spells that cannot
     * be dated so are dropped.
     */
    private static void datePrecedingSpells(List<RoleDraft> roles) {
        for (int i = 0; i < roles.size(); i++) {
            RoleDraft r = roles.get(i);
            if (r.dates == null && r.spellYears > 0 && i > 0 && roles.get(i - 1).hasDates()) {
                int end = roles.get(i - 1).dates.start().year();
                r.dates = new DateRange(io.profileflow.extract.model.PartialDate.ofYear(end - r.spellYears),
                        io.profileflow.extract.model.PartialDate.ofYear(end), false, 0, 0);
            }
        }
        roles.removeIf(r -> r.dates == null);
    }

    /**
     * "joined Quantelo in 2018 as a senior data engineer and currently leads ... as Director of Data Platform": two
     * titles told of one open period at one employer are one role (the first told stays).
     */
    private static List<RoleDraft> withoutSameOpenRole(List<RoleDraft> roles) {
        List<RoleDraft> out = new ArrayList<>();
        for (RoleDraft r : roles) {
            boolean same = r.dates != null && r.dates.current() && out.stream().anyMatch(o -> o.dates != null
                    && o.dates.current() && o.company.equalsIgnoreCase(r.company)
                    && java.util.Objects.equals(o.dates.start(), r.dates.start()));
            if (!same) {
                out.add(r);
            }
        }
        return out;
    }

    private void findInSentence(String s, List<RoleDraft> roles) {
        if (s.contains("joined ")) {
            Matcher j = JOINED.matcher(s);
            while (j.find()) {
                String title = j.group(3);
                if (TitleWords.isTitle(title)) {
                    RoleDraft r = new RoleDraft();
                    r.title = titleCase(title);
                    r.company = TRAILING_CONNECTOR.matcher(j.group(1)).replaceAll("");
                    int year = Integer.parseInt(j.group(2));
                    // Joined and not said to have left: the role is open.
                    r.dates = new DateRange(io.profileflow.extract.model.PartialDate.ofYear(year), null, true,
                            j.start(2), j.end(2));
                    r.confidence = 0.55;
                    roles.add(r);
                }
            }
        }
        if (!hasSpacedAt(s)) {
            return;
        }
        if (s.contains(" as ")) {
            findEmployerFirst(s, roles);
        }
        boolean officer = s.contains(" of ") && (s.contains("Officer") || s.contains("President") || s.contains("Manag"));
        for (Pattern form : officer ? List.of(ROLE_AT, OFFICER_OF) : List.of(ROLE_AT)) {
            findRoles(s, form.matcher(s), roles);
        }
    }

    /** AT_AS roles, dated only by the period written between employer and title. */
    private void findEmployerFirst(String s, List<RoleDraft> roles) {
        Matcher m = AT_AS.matcher(s);
        while (m.find()) {
            String title = m.group(3);
            List<DateRange> found = dates.findAll(m.group(2));
            Matcher spent = found.isEmpty() && PRECEDING.matcher(s).find()
                    ? SPENT_BEFORE.matcher(s.substring(Math.max(0, m.start() - 40), m.start())) : null;
            Integer spell = spent != null && spent.find() ? yearsIn(spent.group(1)) : null;
            if (!TitleWords.isTitle(title) || found.isEmpty() && spell == null) {
                continue;
            }
            RoleDraft r = new RoleDraft();
            r.title = titleCase(title);
            r.company = TRAILING_CONNECTOR.matcher(m.group(1)).replaceAll("");
            r.dates = found.isEmpty() ? null : found.get(0);
            r.spellYears = spell == null ? 0 : spell;
            Matcher place = PLACE_AFTER.matcher(m.group(2));
            if (place.find() && places.isLocation(place.group(1))) {
                r.location = place.group(1);
            }
            r.confidence = 0.55;
            roles.add(r);
        }
    }

    private void findRoles(String s, Matcher m, List<RoleDraft> roles) {
        while (m.find()) {
            String title = m.group(1);
            String company = withoutSentenceEnd(TRAILING_CONNECTOR.matcher(m.group(2)).replaceAll(""));
            if (!TitleWords.isTitle(title)) {
                continue;
            }
            int after = m.start(2) + company.length();
            String window = s.substring(after, Math.min(s.length(), after + DATE_WINDOW));
            List<DateRange> found = dates.findAll(window);
            if (found.isEmpty()) {
                // "spent three years (2020–2023) as a Senior Developer Advocate at Nimbus": the period before "as".
                found = dates.findAll(s.substring(Math.max(0, m.start() - DATE_WINDOW_BEFORE), m.start()));
            }
            if (found.isEmpty()) {
                // "... at Quillstack, the open-source vector search company, a role she has held since March 2023".
                String rest = s.substring(after, Math.min(s.length(), after + LATE_SINCE_WINDOW));
                found = dates.findAll(rest).stream().filter(DateRange::current).toList();
            }
            if (found.isEmpty()) {
                // "... at Halcyon Freight, the logistics marketplace she joined in March 2021": open since joining.
                String rest = s.substring(after, Math.min(s.length(), after + LATE_SINCE_WINDOW));
                Matcher joined = JOINED_IN.matcher(rest);
                if (joined.find()) {
                    DateRange start = dates.parseStandalone(joined.group(1));
                    if (start != null && start.start() != null) {
                        found = List.of(new DateRange(start.start(), null, true, after + joined.start(1),
                                after + joined.end(1)));
                    }
                }
            }
            if (found.isEmpty()) {
                found = careerStart(s, m.start(), after);
            }
            if (found.isEmpty()) {
                continue;
            }
            RoleDraft r = new RoleDraft();
            r.title = titleCase(title);
            r.company = company;
            r.dates = found.get(0);
            Matcher place = PLACE_AFTER.matcher(window);
            if (place.find() && places.isLocation(place.group(1))) {
                r.location = place.group(1);
            }
            r.confidence = 0.6;
            roles.add(r);
        }
    }

    /**
     * "She began her career in 2011 as a software engineer at Tessellate Labs ... and stayed six years": the start year
     * before the title and a length after the employer give the period; without a length (or "until YYYY") there is
     * none, since the end is not told.
     */
    private static List<DateRange> careerStart(String s, int titleStart, int afterEmployer) {
        Matcher began = CAREER_START.matcher(s.substring(Math.max(0, titleStart - DATE_WINDOW_BEFORE - 10), titleStart));
        if (!began.find()) {
            return List.of();
        }
        int year = Integer.parseInt(began.group(1));
        String rest = s.substring(afterEmployer, Math.min(s.length(), afterEmployer + LATE_SINCE_WINDOW));
        Matcher stayed = STAYED.matcher(rest);
        Integer years = stayed.find() ? yearsIn(stayed.group(1)) : null;
        if (years == null) {
            return List.of();
        }
        return List.of(new DateRange(io.profileflow.extract.model.PartialDate.ofYear(year),
                io.profileflow.extract.model.PartialDate.ofYear(year + years), false, began.start(1), began.end(1)));
    }

    private static final Pattern CAREER_START = Pattern.compile(
            "(?i)\\b(?:began|started)\\s+(?:his|her|their|my)\\s+career\\s+in\\s+((?:19|20)\\d\\d)\\s*$");
    private static final Pattern STAYED = Pattern.compile(
            "(?i)\\b(?:stayed|remained|spent)\\s+(?:there\\s+)?(?:for\\s+)?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine"
                    + "|ten|eleven|twelve)\\s+years\\b");

    private static Integer yearsIn(String n) {
        List<String> words = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve");
        int i = words.indexOf(n.toLowerCase(Locale.ROOT));
        return i >= 0 ? i + 1 : Integer.valueOf(n);
    }

    /** Abbreviated legal forms whose dot belongs to the employer's name. */
    private static final Set<String> DOTTED_FORMS = Set.of("inc", "ltd", "co", "corp", "llc", "plc", "bv", "ag", "sa");

    /** "... at Nimbus Data Cloud." ends a sentence; "... at Acme Inc." keeps its dot. */
    private static String withoutSentenceEnd(String company) {
        if (!company.endsWith(".")) {
            return company;
        }
        String last = company.substring(company.lastIndexOf(' ') + 1, company.length() - 1).toLowerCase(Locale.ROOT);
        return DOTTED_FORMS.contains(last) ? company : company.substring(0, company.length() - 1);
    }

    /** ROLE_AT needs "at" between white space; most sentences have none. */
    /** ROLE_AT needs " at ", OFFICER_OF " of ". */
    private static boolean hasSpacedAt(String s) {
        return hasSpacedWord(s, "at") || hasSpacedWord(s, "of");
    }

    private static boolean hasSpacedWord(String s, String word) {
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            if (i > 0 && i + 2 < s.length() && TextShape.isRegexSpace(s.charAt(i - 1))
                    && TextShape.isRegexSpace(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** "business intelligence analyst" -> "Business Intelligence Analyst"; acronyms and "of"/"and" stay. */
    static String titleCase(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String w : WHITE_SPACE.split(phrase.strip())) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            if (LOWER_TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT)) || w.isEmpty()) {
                sb.append(w);
            } else {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            }
        }
        return sb.toString();
    }
}
