package io.profileflow.extract.experience;

import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.text.Line;
import io.profileflow.extract.text.LiteralScan;
import io.profileflow.extract.text.PastTense;
import io.profileflow.extract.text.TextShape;
import io.profileflow.extract.text.WordScan;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one line of an experience section is, judged from its own text: a date line and what is left of it beside
 * the dates, a role header, an employer or place line, a labelled row of a form ("Salary:", "Client:", "City:"),
 * a career break. {@link ExperienceParser} classifies every line with these tests and then looks at neighbours.
 */
final class RoleLineShapes {
    private RoleLineShapes() {
    }

    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\(?\\s*(?:\\d{1,2}(?:\\.\\d)?\\+? ?(?:years?|yrs?|yr|y|jahre?|ans?)\\b(?: ?,? ?\\d{1,2} ?(?:months?|mos?|mo|m|monate?|mois)\\b)?"
                    + "|\\d{1,2} ?(?:months?|mos?|mo|monate?|mois)\\b|less than a year)\\s*\\)?");

    private static final LiteralScan LESS_THAN_A_YEAR = LiteralScan.ignoringCase("less than a year");

    /** A line or field that is only a length of time: "2 yrs 3 mos", "11 months", "less than a year". */
    static final Pattern DURATION_ONLY = Pattern.compile(
            "(?i)^\\s*(?:\\d{1,2}(?:\\.\\d)?\\+? ?(?:years?|yrs?|yr)(?: ?,? ?\\d{1,2} ?(?:months?|mos?))?|\\d{1,2} ?(?:months?|mos?)|less than a year"
                    // Russian: "4 года 8 месяцев", "9 месяцев" (hh.ru puts the tenure under the dates)
                    + "|\\d{1,2} ?(?:год|года|лет)(?: \\d{1,2} ?(?:месяц|месяца|месяцев))?|\\d{1,2} ?(?:месяц|месяца|месяцев))\\s*$");

    private static final Pattern RESIDUE = Pattern.compile("^[\\s|,;:)\\[\\]-]+|[\\s|,;:(\\[-]+$");

    private static final Pattern PIPES = Pattern.compile("\\|+");

    private static final Set<String> DATE_LABELS = Set.of("duration", "period", "dates", "date", "tenure", "from",
            "since", "employment period", "zeitraum", "période", "periodo", "duração", "periode", "período", "datum",
            "data", "dates (from - to)");

    /** A date range on a short line, or at the start or end of a bullet that is mostly the date. */
    static boolean isDateLine(Line line, DateRange r) {
        String t = line.text();
        String rest = residue(t, r);
        if (line.bullet()) {
            return rest.length() <= 80 && !isDatedDeed(rest) && !isDatedResult(rest);
        }
        return rest.length() <= 120;
    }

    /** "Billing service availability 99.9% → 99.99% across 2019–2020.": a result with its period, not a role. */
    static boolean isDatedResult(String rest) {
        return rest.indexOf('%') >= 0 || rest.indexOf('→') >= 0
                || rest.endsWith(".") && TextShape.splitCount(rest) >= 6;
    }

    /**
     * "Deployed to Afghanistan (2017–2018) as the battalion's senior network technician": a bullet that tells what
     * was done in a period, opening with a past tense and going on for six words or more, belongs to the role above.
     * ("Promoted to Team Lead (2021 – present)" is a new title, so a role.)
     */
    static boolean isDatedDeed(String rest) {
        String verb = PastTense.openingVerb(rest);
        return verb != null && !verb.equals("promoted") && !verb.equals("appointed") && TextShape.splitCount(rest) >= 6;
    }

    /** The line without its date range and durations: what is left of a header written on the date line. */
    static String residue(String text, DateRange r) {
        String rest = text.substring(0, r.from()) + " | " + text.substring(r.to());
        if (WordScan.hasDigit(rest) || LESS_THAN_A_YEAR.foundIn(rest)) {
            // Every DURATION alternative holds a digit or "less than a year".
            rest = DURATION.matcher(rest).replaceAll(" ");
        }
        rest = rest.replace(" | ", "|");
        rest = rest.strip();
        if (TextShape.mayHaveEdge(rest, "|,;:)[]-", "|,;:([-", true)) {
            rest = RESIDUE.matcher(rest).replaceAll("");
        }
        rest = (rest.indexOf('|') >= 0 ? PIPES.matcher(rest).replaceAll(" | ") : rest).strip();
        // "Duration: Aug 2021 to Present": the label of the dates is no field of the role.
        return DATE_LABELS.contains(rest.toLowerCase(Locale.ROOT)) ? "" : rest;
    }

    /** DURATION_ONLY holds nothing but white space before its first digit or its "less than a year". */
    static boolean mayBeDurationOnly(String t) {
        int i = 0;
        while (i < t.length() && TextShape.isRegexSpace(t.charAt(i))) {
            i++;
        }
        char c = i < t.length() ? t.charAt(i) : ' ';
        return c >= '0' && c <= '9' || c == 'l' || c == 'L';
    }

    private static final Pattern COMPLETE_HEADER = Pattern.compile(" at | @ |@| \\| | - | bei ");

    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?i)(?:\\binc|\\bltd|\\bco|\\bcorp|\\bs\\.a|\\bn\\.v|\\bb\\.v|\\bllc|\\bjr|\\bsr|\\blda|\\bltda|\\bs\\.l|\\bs\\.a\\.s"
                    + "|\\bs\\.r\\.l|\\bs\\.p\\.a|\\b\\p{L})\\.$");

    private static final Pattern DANGLING_END = Pattern.compile(
            " (?:by|to|the|and|of|in|for|with|a|an|from|on|at|or|that|which|using|into)$");

    /** DANGLING_END's words. */
    private static final Set<String> DANGLING_WORDS = Set.of("by", "to", "the", "and", "of", "in", "for", "with", "a",
            "an", "from", "on", "at", "or", "that", "which", "using", "into");

    /**
     * "Built the warehouse in Snowflake", "Improved data freshness from ...": an accomplishment written without a
     * bullet marker (DOCX list paragraphs, copied text). A verb in the past tense followed by lower-case words is
     * prose; "Certified Kubernetes Administrator" (a capital after it) stays a possible title.
     */
    private static final Pattern PROSE_START = Pattern.compile(
            "^(?:\\p{Lu}\\p{Ll}+ed|Built|Led|Ran|Wrote|Cut|Drove|Grew|Made|Set|Took|Won|Sold|Brought|Taught|Held"
                    + "|Spent|Kept|Found|Began)(?: \\p{Ll}[\\p{L}-]*){2}");

    private static final Pattern TECH_LABEL = Pattern.compile(
            "(?i)^(?:tech(?:nolog(?:y|ies))?(?: used| stack)?|stack|tools(?: used)?|environment|skills(?: used)?|built with|key technologies)\\s*[:-]");

    /**
     * "Fjellstrøm Retail (2023–2024) — rebuilt the sales data mart in dbt on Snowflake;": a name with no job title,
     * its period, then a dash and what was done, in lower case and four words or more. A client or project line.
     */
    static boolean isEngagementLine(String t, DateRange r) {
        String before = t.substring(0, r.from()).strip();
        if (before.endsWith("(")) {
            before = before.substring(0, before.length() - 1).strip();
        }
        String after = t.substring(r.to()).strip();
        if (after.startsWith(")")) {
            after = after.substring(1).strip();
        }
        if (before.isEmpty() || after.length() < 3 || "—–-:".indexOf(after.charAt(0)) < 0
                || TextShape.splitCount(before) > 6 || TitleWords.score(before) > 0) {
            return false;
        }
        String what = after.substring(1).strip();
        return !what.isEmpty() && Character.isLowerCase(what.charAt(0)) && TextShape.splitCount(what) >= 4;
    }

    /** "Engineer at Acme", "Acme - Engineer", "Engineer | Acme | Berlin": a title plus something else. */
    static boolean isCompleteHeader(String text) {
        return COMPLETE_HEADER.matcher(text).find() && TitleWords.score(text) >= 2;
    }

    static boolean isHeaderLike(Line line) {
        String t = line.text();
        if (line.bullet() || t.length() > 110 || isTechLabel(t) || startsWithAmount(t) || isEmployerFactLabel(t)
                || isItemList(t) || t.endsWith("...") || t.endsWith("…")) {
            return false; // (a text cut off by a "Show more" control ends in an ellipsis: a description, not a header)
        }
        if (line.isHeading()) {
            return true;
        }
        // Wrapped prose (PDF exports) ends in a period, a comma or a dangling word, or starts in lower case.
        if (t.endsWith(".") && (!endsWithAbbreviation(t) || Character.isLowerCase(t.charAt(0))) || t.endsWith(",")
                || t.endsWith(";")
                || endsDangling(t) || Character.isLowerCase(t.charAt(0)) && TextShape.splitCount(t) > 3) {
            return false;
        }
        return TextShape.splitCount(t) <= 12 && !startsAsProse(t);
    }

    /** TECH_LABEL is anchored at the start: it needs one of its first letters there and a ':' or '-' later. */
    static boolean isTechLabel(String t) {
        return !t.isEmpty() && "tsebkTSEBK".indexOf(t.charAt(0)) >= 0 && (t.indexOf(':') > 0 || t.indexOf('-') > 0)
                && TECH_LABEL.matcher(t).lookingAt();
    }

    /** DANGLING_END needs one of its words after the last space (or a final line terminator, where $ also matches). */
    static boolean endsDangling(String t) {
        boolean mayEndDangling = TextShape.endsWithLineTerminator(t)
                || DANGLING_WORDS.contains(t.substring(t.lastIndexOf(' ') + 1));
        return mayEndDangling && DANGLING_END.matcher(t).find();
    }

    /** PROSE_START is anchored at the start, which must be an upper-case letter. */
    static boolean startsAsProse(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && PROSE_START.matcher(t).lookingAt();
    }

    /**
     * ABBREVIATION_END ends in a word of at most four letters (or "s.a", "n.v", "b.v", whose last word is one letter)
     * that starts at a word boundary, then the final '.': a longer word before the '.' skips the pattern.
     */
    static boolean endsWithAbbreviation(String t) {
        int wordStart = t.length() - 1;
        while (wordStart > 0 && isWordChar(t.charAt(wordStart - 1))) {
            wordStart--;
        }
        return t.length() - 1 - wordStart <= 4 && ABBREVIATION_END.matcher(t).find();
    }

    /** A character {@code \b} counts as part of a word (a letter, digit or '_'). */
    static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /**
     * "React, TypeScript, Storybook, Playwright": four or more short comma-separated names with no job word, no place,
     * no code and no legal form among them, a list of tools (a card's tech chips), not a role's header.
     */
    static boolean isItemList(String t) {
        int first = t.indexOf(", ");
        if (first < 0 || t.indexOf(", ", first + 2) < 0 || t.indexOf('(') >= 0 || t.indexOf('|') >= 0
                || TitleWords.score(t) > 0) {
            return false;
        }
        String[] items = t.split(", ");
        if (items.length < 4) {
            return false;
        }
        for (String item : items) {
            String s = item.strip();
            if (s.isEmpty() || TextShape.splitCount(s) > 3 || PLACES.isLocation(s) || HeaderFieldParser.endsWithLegalForm(s)
                    || s.length() <= 3 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT))) {
                return false; // a place, an employer, a state or country code ("TX", "UK")
            }
        }
        return true;
    }

    /** "$12,400 · Fixed price", "€85/hr · 210 hours": a line that opens with a sum of money names no role. */
    static boolean startsWithAmount(String t) {
        int i = 0;
        if (t.startsWith("R$") || t.startsWith("A$") || t.startsWith("C$")) {
            i = 2;
        } else if (!t.isEmpty() && "$€£¥₹".indexOf(t.charAt(0)) >= 0) {
            i = 1;
        } else {
            return false;
        }
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    /** Rating stars (★☆⭐) among the first 40 characters: a review or a rated contract, never a role header. */
    static boolean hasRatingStars(String t) {
        for (int i = 0, end = Math.min(t.length(), 40); i < end; i++) {
            char c = t.charAt(i);
            if (c == '\u2605' || c == '\u2606' || c == '\u2b50') {
                return true;
            }
        }
        return false;
    }

    /** The place list (its sets are static, so each user may hold its own detector). */
    private static final LocationDetector PLACES = new LocationDetector();

    /** "Full-time", "Contract · Remote": the kind of job, not the employer. */
    private static final LiteralScan EMPLOYMENT_TYPE = LiteralScan.ignoringCase("full-time", "full time", "part-time",
            "part time", "contract", "internship", "temporary", "permanent", "seasonal",
            "apprenticeship", "hybrid", "remote", "on-site", "onsite", "volunteer");

    /** "Alpenfirn Versicherungen AG, Zürich": an employer (a legal form, or a place after it) and no job title. */
    static boolean isEmployerLine(String t) {
        int comma = t.lastIndexOf(", ");
        String name = comma > 0 ? t.substring(0, comma) : t;
        return TitleWords.score(t) == 0 && (HeaderFieldParser.endsWithLegalForm(name)
                || comma > 0 && PLACES.isLocation(t.substring(comma + 2)));
    }

    /**
     * "Kestrel Avionics GmbH, Munich, Germany": a name that is no title, then a place after a comma (the whole line
     * is not just a place).
     */
    static boolean isEmployerWithPlace(String t) {
        int comma = t.indexOf(", ");
        if (comma <= 1 || t.length() > 90 || TitleWords.score(t.substring(0, comma)) >= 2) {
            return false;
        }
        for (int c = comma; c > 0; c = t.indexOf(", ", c + 1)) {
            if (PLACES.isLocation(t.substring(c + 2))) {
                return !PLACES.isLocation(t.substring(0, c));
            }
        }
        // "Kölsch IT-Service GmbH & Co. KG, Bergisch Gladbach": after a legal form, a town the list does not know.
        int last = t.lastIndexOf(", ");
        return HeaderFieldParser.endsWithLegalForm(t.substring(0, last))
                && HeaderFieldParser.isPlaceName(t.substring(last + 2));
    }

    /**
     * A short name that is no title, place, employment type or sentence: "LusoData Analytics", "Acme Corp.".
     * At most six words, starting with a capital or a digit.
     */
    static boolean isBareEmployer(String t) {
        if (t.isEmpty() || t.length() > 60 || TextShape.splitCount(t) > 6 || t.indexOf(':') >= 0
                || !(Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))) {
            return false;
        }
        return TitleWords.score(t) == 0 && !EMPLOYMENT_TYPE.foundIn(t) && !PLACES.isLocation(t);
    }

    /** "Berlin, Germany", "Berlin, Germany | Hybrid": a place, and the work mode set off by a separator. */
    static boolean isPlaceLine(String t) {
        if (t.indexOf(" | ") < 0) {
            return PLACES.isLocation(t);
        }
        for (String part : t.split(" \\| ")) {
            if (!part.isBlank() && !PLACES.isLocation(part)) {
                return false;
            }
        }
        return true;
    }

    /** The labels of a role's place, in the languages of the dates ("Ciudad: Medellín", "Ort: Kiel"). */
    private static final Set<String> PLACE_LABELS = Set.of("city", "location", "ciudad", "cidade", "città", "ort",
            "lieu", "ville", "where", "plaats", "standort", "arbeitsort", "locatie", "localidad");

    /**
     * "City: Lisbon | Country: Portugal", "Location: Porto": a place given by labels (the current Europass CV);
     * null for any other line.
     */
    static String labelledPlace(String t) {
        if (t.length() < 7 || !hasLabel(t, 3, 10, PLACE_LABELS)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : t.split("\\|")) {
            String p = part.strip();
            int partColon = p.indexOf(':');
            String value = (partColon >= 0 ? p.substring(partColon + 1) : p).strip();
            if (!value.isEmpty()) {
                sb.append(sb.length() > 0 ? ", " : "").append(value);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * "Label: value" with its first ':' at an offset from {@code minColon} to {@code maxColon} and the label (lower
     * case, trimmed) one of {@code labels}: the one test behind the role finder's labelled rows.
     */
    static boolean hasLabel(String t, int minColon, int maxColon, Set<String> labels) {
        int colon = t.indexOf(':');
        return colon >= minColon && colon <= maxColon && labels.contains(t.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> EMPLOYER_FACTS = Set.of("business", "industry", "capital", "employees",
            "revenue", "employment type", "company size", "headcount", "sector", "listed", "founded", "size");

    /** "Business: system integration", "Employees: 1,350": facts about the employer, not a title or its name. */
    static boolean isEmployerFactLabel(String t) {
        return hasLabel(t, 1, 16, EMPLOYER_FACTS);
    }

    private static final Set<String> ROLE_METADATA = Set.of("salary", "starting salary", "ending salary",
            "hours per week", "series", "pay plan", "grade", "supervisor", "okay to contact this supervisor",
            "may we contact this supervisor", "may we contact", "reason for leaving", "supervisor's name",
            "supervisor phone", "number of employees supervised", "rank", "security clearance", "clearance",
            // a director's line in a proxy statement: "Age: 56 | Director since: 2020 | Independent"
            "age");

    /** A "Label: value" row about the terms of the job or its references (USAJOBS and similar forms). */
    static boolean isRoleMetadata(String t) {
        return hasLabel(t, 3, 32, ROLE_METADATA);
    }

    private static final Pattern STREET_LINE = Pattern.compile("\\d{1,6}[A-Z]? (?:[NSEW]\\.? )?(?:\\p{Lu}[\\p{L}.'-]* ){1,4}"
            + "(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy"
            + "|Highway|Ter|Terrace|Cir|Circle|Sq|Square)\\.?(?: (?:N|S|E|W|NE|NW|SE|SW))?(?:,? (?:Suite|Ste\\.?|Unit|#) ?\\w+)?");

    /** "1400 Independence Ave SW", "510 Butler Ave": a street address line (house number, name, street kind). */
    static boolean isStreetLine(String t) {
        return t.length() <= 60 && !t.isEmpty() && Character.isDigit(t.charAt(0)) && STREET_LINE.matcher(t).matches();
    }

    private static final Set<String> CLIENT_LABELS = Set.of("client", "cliente", "kunde", "klant", "customer",
            "klient");

    /** "Client: ...", "Cliente: ...", "Kunde: ...", "Klant: ...": the label of a client engagement. */
    static boolean isClientEngagement(String t) {
        return hasLabel(t, 5, 8, CLIENT_LABELS);
    }

    private static final Pattern CURRENT_PROPERTY = Pattern.compile(
            "(?i)(?:current(?:ly)?(?: role| position| job)?|present|ongoing|aktuell|actual|attuale|huidig)\\s*[:|]\\s*"
                    + "(?:yes|true|ja|oui|sí|si|sì|✓|✔|☑|\\[x\\]|x)\\s*");

    /** Every BREAK_ENTRY alternative holds one of these. */
    private static final LiteralScan BREAK_WORDS = LiteralScan.ignoringCase("career break", "sabbatical",
            "parental leave", "maternity leave", "paternity leave", "gap year", "elternzeit", "job search", "travel",
            "personal leave", "family care", "caregiving");

    private static final Pattern BREAK_ENTRY = Pattern.compile(
            "(?i)\\b(?:career break|sabbatical|parental leave|maternity leave|paternity leave|gap year|elternzeit|job search"
                    + "|travell?ing|personal leave|family care|caregiving)\\b");

    /** "Impact at Øresund Pay", "Key results at Acme": the caption of a role's results, not an employer. */
    static boolean isResultsCaption(String text) {
        return RESULTS_CAPTION.matcher(text).lookingAt();
    }

    private static final Pattern RESULTS_CAPTION = Pattern.compile(
            "(?i)(?:impact|results|key results|highlights|achievements|outcomes|metrics|by the numbers)\\s+(?:at|@|for)\\s");

    static boolean isBreak(String text) {
        return BREAK_WORDS.foundIn(text) && BREAK_ENTRY.matcher(text).find();
    }

    /** "Jan 2019 – Present (5 yrs 2 mos)": the date line also gives the length of the role (a LinkedIn export). */
    static boolean hasDuration(String dateLine) {
        return dateLine.indexOf('(') >= 0 && DURATION.matcher(dateLine).find();
    }

    /** "2 yrs 3 mos", "11 months", "less than a year": a line that is only a length of time. */
    static boolean isDurationOnly(String t) {
        return mayBeDurationOnly(t) && DURATION_ONLY.matcher(t).matches();
    }

    /** "Current: Yes", "Aktuell: ja": a property block's flag that the role is current. */
    static boolean isCurrentProperty(String t) {
        return CURRENT_PROPERTY.matcher(t).matches();
    }
}
