package io.profileflow.extract.person;

import io.profileflow.extract.experience.LocationDetector;
import io.profileflow.extract.experience.TitleWords;
import io.profileflow.extract.section.SectionHeadings;
import io.profileflow.extract.section.SectionType;
import io.profileflow.extract.text.Line;
import io.profileflow.extract.text.TextShape;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the person's name near the top of a document: a short line of two to four capitalised words that is not
 * a heading, a title, a place, an email or a UI label. A markdown H1, a "Name:" label or a match with the email
 * address make a candidate stronger.
 */
public final class NameFinder {
    private static final int LOOKAHEAD_LINES = 15;
    private static final Pattern NAME_LABEL = Pattern.compile(
            "(?i)^(?:(?:(?:full |candidate )?name|candidate|kandidat(?:in)?|nombre(?: completo)?|nom(?: complet)?"
                    + "|nome(?: completo)?|naam|volledige naam|vor- und nachname|imię i nazwisko|navn|namn)\\s*[:-]"
                    // the Europass form's label, set apart by a wide gap: "First name(s) / Surname(s)   Radu Pop"
                    + "|first name\\(s\\)\\s*/\\s*surname\\(s\\)\\s*:?)\\s*(?:\\|\\s*)?(.+)$");
    /** "Hi there 👋, I'm Aiko Tanabe", "Hello! My name is Jo Park.": a GitHub-README or portfolio greeting. */
    private static final Pattern GREETING = Pattern.compile(
            "(?i)^(?:(?:hi|hello|hey|hallo|hola|bonjour)\\b[^\\p{L}]*(?:there|all|world|everyone)?[^\\p{L}]*)?"
                    + "(?:i'm|i am|my name is|this is|ich bin|je suis|soy)\\s+(?-i:(\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){1,3}))");
    private static final Pattern VALEDICTION = Pattern.compile(
            "(?i)(?:best|regards|kind regards|best regards|warm regards|many thanks|thanks|thank you|cheers|sincerely"
                    + "|yours sincerely|yours faithfully|viele grüße|mit freundlichen grüßen|cordialement|saludos)[,.!]?");
    /** A nickname in quotes between first name and surname: Henrik "Rik" Sandoval. */
    private static final Pattern NICKNAME = Pattern.compile(" [\"“'(][\\p{L}.-]{1,20}[\"”')] ");
    /**
     * "Nome Giulia Ferraresi", "Naam Sanne de Vries", "Name | Sota Nakamura (中村 颯太) | [Photo]": the label word, then a
     * capitalised name of two to four words.
     */
    private static final Pattern GAP_NAME_LABEL = Pattern.compile(
            "^(?:[Nn]ome|[Nn]aam|[Nn]ombre|[Nn]ame|NOME|NAAM|NOMBRE|NAME)(?: \\| | )(\\p{Lu}[\\p{L}'-]+(?: (?:\\p{Lu}[\\p{L}'-]+|van|de|der|den|di|da|del|dos)){1,3})"
                    // the name in its own script in brackets, then further cells: "Sota Nakamura (中村 颯太) | [Photo]"
                    + "(?: ?\\([^()]{1,30}\\))?(?: \\| .*)?$");
    private static final Pattern FIRST_PART = Pattern.compile("^(.{2,60}?)(?: ?[|>•·,(]| - | – |\\s{2,}| Location:| Email:)");
    /** "Jane Roe is a data engineer at ...": a bio opens with the person's name as its subject. */
    private static final Pattern BIO_SUBJECT = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){1,3}) (?:is|was|has been|works|leads|joined|holds) ");
    private static final Pattern NAME_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{Ll}\\p{Lu}'-]*\\.?|\\p{Lu}\\.|(?:van|von|der|de|da|del|di|la|le|bin|al|zu|ten|ter|dos|du)\\b)$");
    private static final Set<String> NOT_NAMES = Set.of("vetted", "talent", "profile", "resume", "résumé", "curriculum",
            "vitae", "cv", "contact", "home", "about", "page", "hire", "available", "open", "work", "senior", "junior",
            "software", "data", "backend", "frontend", "full", "stack", "cloud", "selected", "professional", "personal",
            "details", "information", "technical", "skills", "the", "my", "welcome", "hello", "hi", "portfolio",
            "candidate", "applicant", "overview", "summary", "dear", "top", "rated", "verified", "member", "since",
            "experience", "education", "projects", "services", "blog", "menu", "search", "jobs", "job", "remote",
            "hiring", "apply", "view", "download", "linkedin", "github", "email", "phone", "mobile", "address",
            "location", "references", "upon", "request", "lebenslauf", "objective", "career", "student",
            "freelance", "freelancer", "consulting", "systems", "solutions", "technologies", "group", "inc", "ltd",
            "llc", "gmbh", "university", "college", "school", "institute", "engineering", "science", "design",
            "development", "machine", "learning", "product", "platform", "team", "company", "india", "usa",
            "production", "thinking", "how", "why", "what", "beyond", "stories", "delivery", "global", "beta", "testing",
            "roles", "results", "interview", "questions", "answers", "certified", "award", "awards", "new", "recent");

    /** Honorifics and post-nominals that are not part of the name itself. */
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:dr|prof|mr|mrs|ms|mx|dipl\\.-ing|ing)\\.? +|,? +(?:ph\\.?d|m\\.?sc|mba|md|pmp)\\.?$", Pattern.CASE_INSENSITIVE);
    /** How far a sidebar-first layout (LinkedIn PDF) may push the name down. */
    private static final int SIDEBAR_LINES = 40;
    private final SectionHeadings headings = new SectionHeadings();
    private final LocationDetector places = new LocationDetector();

    /** Name and the line index it came from. */
    public record Found(String name, int lineIndex) {
    }

    public Found find(List<Line> lines, Collection<String> emails) {
        Found best = null;
        int bestScore = 0;
        int limit = Math.min(lines.size(), LOOKAHEAD_LINES);
        for (int i = 0; i < limit; i++) {
            Line line = lines.get(i);
            String text = line.text();
            SectionType heading = i > 0 ? headings.classify(text, line.isHeading()) : null;
            if (heading == SectionType.CONTACT && i <= 3) {
                // "Personal details" right under the title: the name is usually the block's first entry.
                continue;
            }
            if (heading != null) {
                break;
            }
            if (i > 0 && lines.get(i - 1).text().length() <= 24 && VALEDICTION.matcher(lines.get(i - 1).text()).matches()) {
                continue; // "Best, / Gareth Pryce": a letter's signature (a recruiter's), not the profile's person
            }
            int score = 0;
            text = withoutDocumentTitle(text);
            Matcher label = mayBeNameLabel(text) ? NAME_LABEL.matcher(text) : null;
            String candidate = text;
            if (label != null && label.matches()) {
                candidate = label.group(1).strip();
                score += 4;
            } else if (mayBeGapLabel(text)) {
                // Europass-style forms set the label apart by a wide gap, not a colon: "Nome     Giulia Ferraresi".
                Matcher gap = GAP_NAME_LABEL.matcher(text);
                if (gap.matches()) {
                    candidate = gap.group(1);
                    score += 4;
                }
            }
            if (i + 1 < limit && isCapitalWord(candidate) && isCapitalWord(lines.get(i + 1).text())) {
                // "DARIUSZ" / "OMONDI-KELLER": a designed header sets given name and surname on lines of their own.
                candidate = candidate + " " + lines.get(i + 1).text();
            }
            candidate = withoutHonorifics(withoutNickname(withoutGreeting(candidate)));
            boolean longLine = candidate.length() > 40;
            // Both patterns are anchored at the start, so lookingAt finds what find would.
            Matcher bio = longLine && startsUpperCase(candidate) ? BIO_SUBJECT.matcher(candidate) : null;
            Matcher first = mayHoldFirstPartEnd(candidate) ? FIRST_PART.matcher(candidate) : null;
            if (bio != null && bio.lookingAt()) {
                candidate = bio.group(1);
            } else if (first != null && first.lookingAt() && (longLine || !isName(candidate))) {
                candidate = first.group(1).strip();
            }
            if (!isName(candidate)) {
                candidate = leadingName(text);
            }
            if ((candidate == null || !isName(candidate)) && i <= 2 && text.indexOf(", ") > 0) {
                // "Kowalska, Anna": surname first, as directories and some European CVs write it.
                Matcher inverted = SURNAME_FIRST.matcher(text);
                if (inverted.matches()) {
                    candidate = inverted.group(2) + " " + inverted.group(1);
                }
            }
            if (candidate == null || !isName(candidate)) {
                continue;
            }
            score += 1;
            if (line.headingLevel() == 1) {
                score += 3;
            } else if (line.isHeading()) {
                score += 1;
            }
            if (i == 0) {
                score += 1;
            }
            if (matchesEmail(candidate, emails)) {
                score += 2;
            }
            if (score > bestScore) {
                best = new Found(candidate, i);
                bestScore = score;
            }
        }
        return best != null ? best : afterSidebar(lines);
    }

    /**
     * Sidebar-first exports (LinkedIn "Save to PDF") print contact, skills and languages before the name: there
     * the name is a name-like line right above a headline with a role noun ("Staff Engineer at Acme").
     */
    private Found afterSidebar(List<Line> lines) {
        int limit = Math.min(lines.size() - 1, SIDEBAR_LINES);
        for (int i = 1; i < limit; i++) {
            String candidate = withoutHonorifics(lines.get(i).text());
            if (isName(candidate) && TitleWords.isTitle(lines.get(i + 1).text())) {
                return new Found(candidate, i);
            }
        }
        return null;
    }

    /**
     * "Jane Roe Senior Data Engineer Leeds, UK jane@...": a flattened header line with no separators. The name is
     * the leading capitalised words up to the first word of the headline (a role word or a seniority).
     */
    private static String leadingName(String text) {
        String[] words = text.split(" ", 6);
        int n = 0;
        while (n < words.length - 1 && n < 4 && isNameWord(words[n])
                && !NOT_NAMES.contains(words[n].toLowerCase(Locale.ROOT)) && TitleWords.score(words[n]) == 0) {
            n++;
        }
        boolean headlineFollows = n < words.length && (NOT_NAMES.contains(words[n].toLowerCase(Locale.ROOT))
                || TitleWords.score(words[n]) > 0);
        return n >= 2 && headlineFollows ? String.join(" ", java.util.Arrays.asList(words).subList(0, n)) : null;
    }

    /** True for two to four capitalised name words that are nothing else. */
    public boolean isName(String candidate) {
        if (candidate.length() < 4 || candidate.length() > 45 || candidate.indexOf('@') >= 0) {
            return false;
        }
        String[] words = candidate.split(" ");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        int real = 0;
        for (String w : words) {
            if (!isNameWord(w) || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                return false;
            }
            if (w.length() > 2) {
                real++;
            }
        }
        return real >= 1 && TitleWords.score(candidate) == 0 && !places.isLocation(candidate)
                && headings.classify(candidate, true) == null;
    }

    /**
     * NAME_WORD starts with an upper-case letter or one of its lower-case particles (van, von, der, de, da, del, di,
     * la, le, bin, al, zu, ten, ter, dos, du): other words skip the pattern.
     */
    private static boolean isNameWord(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || "vdlbazt".indexOf(w.charAt(0)) >= 0)
                && NAME_WORD.matcher(w).matches();
    }

    /** "Kowalska, Anna", "Nowak-Lis, Anna Maria": one surname, a comma, one or two given names. */
    private static final Pattern SURNAME_FIRST = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'-]+), (\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)$");

    /**
     * "RESUME OF ANNA KOWALSKA", "CV – Anna Kowalska", "Curriculum Vitae of ...", "Resume: ...": the text after the
     * document's own title; other lines unchanged.
     */
    static String withoutDocumentTitle(String text) {
        if (text.length() < 6 || "rRcClL".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String title : DOCUMENT_TITLES) {
            if (lower.startsWith(title)) {
                String rest = text.substring(title.length()).strip();
                for (String sep : new String[] {"of ", "- ", ": ", "| ", ":", "-"}) {
                    if (rest.regionMatches(true, 0, sep, 0, sep.length())) {
                        rest = rest.substring(sep.length()).strip();
                        break;
                    }
                }
                return rest.isEmpty() || rest.length() == text.length() ? text : rest;
            }
        }
        return text;
    }

    private static final List<String> DOCUMENT_TITLES = List.of("curriculum vitae", "curriculum", "currículo", "resume",
            "résumé", "lebenslauf", "cv ");

    /** GAP_NAME_LABEL starts with an 'N' or 'n' and holds a space. */
    private static boolean mayBeGapLabel(String text) {
        return text.length() > 8 && (text.charAt(0) == 'N' || text.charAt(0) == 'n') && text.indexOf(' ') > 0;
    }

    /**
     * NAME_LABEL starts with "name", "full name", "candidate", "kandidat", "imię", "nombre", "nom", "nome", "naam",
     * "volledige", "navn", "namn" or "vor-" and has a ':' or '-' after it, or is the Europass "First name(s)" row.
     */
    private static boolean mayBeNameLabel(String text) {
        return !text.isEmpty() && "fnvckiFNVCKI".indexOf(text.charAt(0)) >= 0
                && (text.indexOf(':') > 0 || text.indexOf('-') > 0 || text.regionMatches(true, 0, "first name(s)", 0, 13));
    }

    /**
     * The text without a leading honorific or trailing post-nominal. HONORIFIC's first alternative starts with d, p,
     * m or i and its second ends (before an optional '.') in d, c, a or p, ASCII case ignored: a text with neither
     * skips the pattern, as replaceAll would return it unchanged.
     */
    private static String withoutHonorifics(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int end = text.length() - 1;
        if (text.charAt(end) == '.' && end > 0) {
            end--;
        }
        boolean may = "dpmiDPMI".indexOf(text.charAt(0)) >= 0 || "dcapDCAP".indexOf(text.charAt(end)) >= 0
                || TextShape.endsWithLineTerminator(text);
        return may ? HONORIFIC.matcher(text).replaceAll("") : text;
    }

    /** The name a greeting line introduces, or the text itself. */
    private static String withoutGreeting(String text) {
        if (text.indexOf('\'') < 0 && !text.contains(" am ") && !text.contains(" is ") && !text.contains(" bin ")
                && !text.contains(" suis ") && !text.contains("oy ")) {
            return text;
        }
        Matcher m = GREETING.matcher(text);
        return m.lookingAt() ? untilSentenceEnd(m.group(1)) : text;
    }

    /** One word in capitals, hyphens and apostrophes allowed: "DARIUSZ", "OMONDI-KELLER". */
    private static boolean isCapitalWord(String t) {
        if (t.length() < 2 || t.length() > 30) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isUpperCase(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** "Tomás Echeverría. I have been ...": the name ends with its sentence (an initial's dot does not end it). */
    private static String untilSentenceEnd(String name) {
        for (int dot = name.indexOf(". "); dot > 0; dot = name.indexOf(". ", dot + 1)) {
            int wordStart = name.lastIndexOf(' ', dot) + 1;
            if (dot - wordStart > 1) {
                return name.substring(0, dot);
            }
        }
        return name;
    }

    private static String withoutNickname(String text) {
        return text.indexOf('"') > 0 || text.indexOf('“') > 0 || text.indexOf('\'') > 0 || text.indexOf('(') > 0
                ? NICKNAME.matcher(text).replaceFirst(" ") : text;
    }

    private static boolean startsUpperCase(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * FIRST_PART needs one of its separators: one of {@code |>•·,(}, " - ", " – ", two white-space characters,
     * " Location:" or " Email:" (the last four hold '-', '–', a space or ':').
     */
    private static boolean mayHoldFirstPartEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = switch (c) {
                case '|', '>', '•', '·', ',', '(', '-', '–', ':' -> true;
                default -> TextShape.isRegexSpace(c) && i + 1 < text.length()
                        && TextShape.isRegexSpace(text.charAt(i + 1));
            };
            if (separator) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesEmail(String candidate, Collection<String> emails) {
        for (String email : emails) {
            String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
            for (String w : candidate.toLowerCase(Locale.ROOT).split(" ")) {
                if (w.length() >= 3 && local.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
