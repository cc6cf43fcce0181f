package io.profileflow.extract.experience;

import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.text.TextShape;
import io.profileflow.extract.text.WordScan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads company, title, location and team out of the header lines of one role, whatever the layout:
 * "Title at Company", "Title @ Company", "Company, Location - Title", "Title | Company | Location",
 * one field per line, "team, Company (tech, tech)".
 */
final class HeaderFieldParser {
    private static final Pattern PARENS = Pattern.compile("\\(([^()]{1,200})\\)");
    private static final Pattern AT = Pattern.compile("^(.{2,100}?) ?(?: at | @ |@| bei | chez | en | für )(.{2,100})$");
    private static final Pattern SEPARATORS = Pattern.compile(" ?\\| ?| - | -- |; | : ");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "(?i)(?:inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|company|plc|s\\.?a|b\\.?v|n\\.?v|pvt\\.? ltd|private limited"
                    + "|llp|se|oy|ab|as|srl|s\\.r\\.l|sas|sarl|kg|ug|gmbh & co\\. kg|pty ltd|pte ltd|group|holdings"
                    // Portuguese, Brazilian, Spanish and Italian forms: "Lusodados, Lda.", "S.L.", "S.p.A."
                    + "|lda|ltda|unipessoal lda|s\\.?l|s\\.?p\\.?a|s\\.?l\\.?u)\\.?");
    /** Russian legal forms, written before the name: "ООО «Ромашка»", "АО «Уралтехсофт»", "ИП Ковалёв А. В.". */
    private static final Pattern RUSSIAN_LEGAL_FORM = Pattern.compile("(?:ООО|ОАО|ЗАО|ПАО|АО|НАО|ИП|ФГУП|ГУП|МУП|ТОО|ЧУП|ООО НПП)[ «\"]");
    /** A bare web address: "severmarshrut.example", "www.acme.de". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,12}/?");
    /** Separators at the ends of a field; a leading '/' too ("2021.03 - PRESENT / Senior Backend Engineer"). */
    private static final Pattern TRIM = Pattern.compile("^[\\s,;:|*#>/-]+|[\\s,;:|*#<-]+$");
    /**
     * "Organisation : Acme Ltd", "Designation: Lead", "Werkgever: | Stroomlijn B.V." (a wide gap after the colon reads
     * as '|'): a field named by its label (Indian, Dutch and form-style CVs, in the languages the dates are read in).
     */
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)^(?:(organi[sz]ation|company(?: name)?|employer|firm|werkgever|bedrijf|organisatie|arbeitgeber"
                    + "|unternehmen|firma|azienda|datore di lavoro|empresa|empregador|employeur|entreprise|société)"
                    + "|(designation|job title|title|role|position|functie|functietitel|rol|funktion|stelle|ruolo"
                    + "|posizione|qualifica|cargo|puesto|função|poste|fonction)"
                    + "|(duration|period|dates?|tenure|periode|zeitraum|periodo|período|période|datum|data)"
                    + "|(location|city|place|based in|work location|locatie|plaats|standort|arbeitsort|ort|sede|luogo"
                    + "|ubicación|localização|local|lieu|ciudad|cidade|città|stad|where))\\s*:[\\s|]*(.*)$");
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile(" +,");
    /** An employer and a numbered unit of it, the way military and public-service roles name them. */
    private static final Pattern NUMBERED_UNIT = Pattern.compile("^([^,]{2,60}), (\\d{1,4}(?:st|nd|rd|th) .+)$");
    private static final Pattern ORGANISATION_WORDS = Pattern.compile("\\b(?:Department|Ministry|Agency|Administration"
            + "|University|Institute|Bureau|Office|Service|Council|Authority|Commission|Corporation|Foundation)\\b");

    /** A numbered unit on a line of its own: "436th Communications Squadron", "1st Battalion, 508th ...". */
    private static final Pattern ORDINAL_UNIT = Pattern.compile("\\d{1,4}(?:st|nd|rd|th) \\p{Lu}.*");
    private static final Pattern TEAM_WORDS = Pattern.compile("(?i)\\b(?:team|group|department|division|unit|squad|org)\\b");

    private static final java.util.Set<String> EMPLOYMENT_TYPES = java.util.Set.of("full-time", "full time",
            "part-time", "part time", "contract", "contractor", "internship",
            "temporary", "permanent", "seasonal", "apprenticeship", "fixed-term", "temp", "vollzeit", "teilzeit",
            "cdi", "cdd", "tempo indeterminato", "tempo determinato", "jornada completa");

    /** Employer names of people who work for themselves; also role nouns, so they are first read as titles. */
    private static final java.util.Set<String> SELF_EMPLOYED = java.util.Set.of("freelance", "freelancer",
            "self-employed", "self employed", "independent", "independent contractor", "contractor", "freiberuflich",
            "freiberufler", "selbstständig", "indépendant", "autónomo", "autonomo");

    private final LocationDetector places;

    HeaderFieldParser(LocationDetector places) {
        this.places = places;
    }

    void fill(RoleDraft role, List<String> lines) {
        List<String> others = new ArrayList<>();
        List<String> commaOthers = new ArrayList<>();
        List<String> workModes = new ArrayList<>();
        for (String raw : lines) {
            // LABELLED needs a ':' after its label; most header lines have none.
            Matcher labelled = raw.indexOf(':') >= 0 ? LABELLED.matcher(raw.strip()) : null;
            if (labelled != null && labelled.matches()) {
                String value = labelled.group(5).strip();
                if (labelled.group(1) != null && !value.isEmpty()) {
                    classify(role, takeParentheses(role, value, workModes), others, commaOthers, true);
                } else if (labelled.group(2) != null && !value.isEmpty() && role.title == null) {
                    // "Junior PHP-ontwikkelaar (32 uur per week)": brackets read as in any header line
                    role.title = clean(takeParentheses(role, value, workModes));
                } else if (labelled.group(4) != null && !value.isEmpty() && role.location == null) {
                    role.location = clean(value); // "Location: Bengaluru" in a Naukri-style block
                }
                continue;
            }
            String line = takeParentheses(role, raw, workModes);
            Matcher at = mayHoldAt(line) ? AT.matcher(line) : null;
            if (at != null && at.matches() && role.title == null && TitleWords.score(at.group(1)) >= 1) {
                role.title = clean(at.group(1));
                // "Title @ Company - City | dates": only the first part after "@" is the employer.
                String[] parts = split(at.group(2));
                classify(role, parts[0], others, commaOthers, true);
                for (int p = 1; p < parts.length; p++) {
                    classify(role, parts[p], others, commaOthers, false);
                }
                continue;
            }
            for (String part : split(line)) {
                classify(role, part, others, commaOthers, false);
            }
        }
        for (String part : commaOthers) {
            int comma = part.lastIndexOf(',');
            String left = clean(part.substring(0, comma));
            String right = clean(part.substring(comma + 1));
            if (role.location != null || role.company != null && role.team == null) {
                // The place is known already, so "Payments, Acme" is team then company; "U.S. Department of
                // Energy, Office of Science" names one organisation and its office, the employer as written.
                if (role.company == null && ORGANISATION_WORDS.matcher(left).find()) {
                    role.company = clean(part);
                } else if (role.company == null) {
                    role.company = right;
                    role.team = role.team == null ? left : role.team;
                } else {
                    others.add(part);
                }
            } else if (role.company == null && role.title != null && !others.isEmpty()
                    && (places.isLocation(left) || isPlaceName(left) && isPlaceName(right))) {
                // "Wisła Data - Kraków, Małopolskie": the employer came first, so "Town, Region" is the place.
                role.location = clean(part);
            } else if (role.company == null && DEPARTMENT.matcher(left).matches()) {
                // "Postdoctoral Researcher, Institute for Machine Learning, ETH Zürich": unit, then organisation.
                role.company = right;
                role.team = left;
            } else if (role.company == null) {
                role.company = left;
                role.location = right;
            } else {
                others.add(part);
            }
        }
        if (role.company == null && others.isEmpty() && role.title != null && role.title.contains(", ")) {
            // "Principal Consultant, Nordic Consulting A/S": a title followed by the employer.
            int comma = role.title.indexOf(", ");
            String right = role.title.substring(comma + 2);
            String left = role.title.substring(0, comma);
            if (TitleWords.score(left) == 0 && TitleWords.isTitle(right) && right.indexOf(", ") < 0) {
                // "2021 - 2022 Wisła Data, Senior Engineer": the employer first, then the title.
                role.company = clean(left);
                role.title = clean(right);
                role.companyFromTitle = true;
            } else if (TitleWords.score(right) == 0) {
                role.company = clean(right);
                role.companyFromTitle = true;
                role.title = clean(role.title.substring(0, comma));
            }
        }
        for (String other : others) {
            if (role.company == null) {
                role.company = clean(other);
            } else if (role.team == null && ORDINAL_UNIT.matcher(other).matches()) {
                role.team = clean(other); // "United States Air Force" / "436th Communications Squadron"
            } else if (role.title == null) {
                role.title = clean(other);
            } else if (role.team == null && TEAM_WORDS.matcher(other).find()) {
                role.team = clean(other);
            } else if (role.location == null && isPlaceName(other)) {
                // "Engineer | Rift Valley Telecom | Nakuru | 2019 - 2022": with title and employer known, a
                // further short proper name is where the job was, even a town the place list does not know.
                role.location = clean(other);
            }
        }
        if (role.title != null && role.company != null && SELF_EMPLOYED.contains(role.title.toLowerCase(java.util.Locale.ROOT))
                && TitleWords.isTitle(role.company)) {
            // "Freelance — remote" / "Python Developer": working for oneself is where, the role noun is the title.
            String employer = role.title;
            role.title = role.company;
            role.company = employer;
        }
        splitDepartment(role);
        splitPlaceAfterLegalForm(role);
        Matcher unit = role.company == null || role.team != null ? null : NUMBERED_UNIT.matcher(role.company);
        if (unit != null && unit.matches()) {
            // "U.S. Army, 82nd Signal Company": the numbered unit is the team inside the employer.
            role.company = unit.group(1);
            role.team = unit.group(2);
        }
        if (role.location == null && !workModes.isEmpty()) {
            role.location = workModes.get(0);
        }
    }

    private void classify(RoleDraft role, String rawPart, List<String> others, List<String> commaOthers,
                          boolean companyPosition) {
        String part = clean(rawPart);
        if (part.isEmpty() || EMPLOYMENT_TYPES.contains(part.toLowerCase(java.util.Locale.ROOT))) {
            return; // "Nordwind Systems · Full-time": the kind of contract names neither employer nor place
        }
        if (Character.isDigit(part.charAt(0)) && RoleLineShapes.DURATION_ONLY.matcher(part).matches()) {
            return; // "Full-time · 4 yrs 3 mos" under a company of a job board: its total tenure
        }
        if (role.company == null && RUSSIAN_LEGAL_FORM.matcher(part).lookingAt()) {
            role.company = part; // "ООО «Северный Маршрут»": the legal form comes first in Russian
            return;
        }
        if (isLowerCaseList(part) && TitleWords.score(part) == 0) {
            return; // "Информационные технологии, системная интеграция, интернет": the employer's industries
        }
        int lastComma = part.lastIndexOf(", ");
        if (lastComma > 0 && WEB_ADDRESS.matcher(part.substring(lastComma + 2)).matches()
                && places.isLocation(part.substring(0, lastComma))) {
            // "Москва, severmarshrut.example": the employer's town and its web site (hh.ru)
            role.location = role.location == null ? part.substring(0, lastComma) : role.location;
            return;
        }
        // "Acme, Berlin" alone is a company and a place; after a company was seen, "Leeds, UK" is just a place.
        boolean companySeen = role.company != null || !others.isEmpty();
        // (A place has no role noun: "Senior Backend Engineer, Seoul" is a title and a town.)
        if ((part.indexOf(',') < 0 || companySeen ? places.isLocation(part)
                : places.isKnownPlace(part) || isTownAndCode(part)) && (part.indexOf(',') < 0 || !TitleWords.isTitle(part))) {
            if (role.location == null) {
                role.location = part;
            }
            return;
        }
        if (!companyPosition && TitleWords.isTitle(part)) {
            if (role.title == null) {
                int comma = part.lastIndexOf(',');
                // Only a known place: "Working Student, Embedded Systems" names a field, not a town. With two
                // commas ("Title, Employer, Town") the employer is split off the title first, the town after it.
                if (comma > 0 && part.indexOf(',') == comma && places.isKnownPlace(part.substring(comma + 1))) {
                    role.location = role.location == null ? clean(part.substring(comma + 1)) : role.location;
                    part = clean(part.substring(0, comma));
                }
                role.title = withoutTrailingRank(part);
            } else {
                others.add(part);
            }
            return;
        }
        for (int c = part.indexOf(','); c > 0; c = part.indexOf(',', c + 1)) {
            // "Acme Payments, Austin, TX": the longest place suffix is the location.
            String suffix = clean(part.substring(c + 1));
            // (A suffix with a digit is a unit or an address, not a town: "82nd Signal Company, Fort Liberty, NC".)
            if (role.location == null && places.isLocation(suffix) && !COMPANY_SUFFIX.matcher(suffix).matches()
                    && !WordScan.hasDigit(suffix) && !startsWithLegalForm(suffix)) {
                role.location = suffix;
                String employer = clean(part.substring(0, c));
                if (role.company == null && !others.isEmpty() && role.title == null) {
                    // "Administratrice systèmes — Mutuelle Atlantique, Saint-Nazaire": the name the town is
                    // written with is the employer, the unrecognised part before it the title.
                    role.company = employer;
                } else {
                    addCompany(role, employer, others);
                }
                return;
            }
        }
        int comma = part.lastIndexOf(',');
        if (comma > 0) {
            String right = clean(part.substring(comma + 1));
            String left = clean(part.substring(0, comma));
            if (COMPANY_SUFFIX.matcher(right).matches()) {
                addCompany(role, part, others);
            } else if (places.isLocation(right)) {
                if (role.location == null) {
                    role.location = right;
                    // "Acme, Berlin, Germany": keep peeling places off the end.
                    int c2 = left.lastIndexOf(',');
                    while (c2 > 0 && places.isLocation(left.substring(c2 + 1))) {
                        role.location = clean(left.substring(c2 + 1)) + ", " + role.location;
                        left = clean(left.substring(0, c2));
                        c2 = left.lastIndexOf(',');
                    }
                }
                addCompany(role, left, others);
            } else if (isShortName(right) && right.split(" ").length <= 3) {
                commaOthers.add(part);
            } else {
                addCompany(role, part, others);
            }
            return;
        }
        addCompany(role, part, others);
    }

    /** "Institute for Machine Learning, ETH Zürich" as the employer: the organisation employs, the unit is the team. */
    private void splitDepartment(RoleDraft role) {
        int comma = role.company == null || role.team != null ? -1 : role.company.indexOf(", ");
        if (comma > 0 && DEPARTMENT.matcher(role.company.substring(0, comma)).matches()
                && !places.isLocation(role.company.substring(comma + 2))) {
            role.team = role.company.substring(0, comma);
            role.company = role.company.substring(comma + 2);
        }
    }

    /**
     * "Veloxa Compute Inc., Mountain View, CA", "Brindle Hosting Co., Reading": the employer's name ends at its legal
     * form, so short place-like names after it are where the job was, even towns the place list does not know.
     * Without a legal form only a known place is split off ("Clifton Ledger Systems, Bristol"), unless the employer
     * came after a title ("Title, Employer, Town").
     */
    void splitPlaceAfterLegalForm(RoleDraft role) {
        if (role.location != null || role.company == null) {
            return;
        }
        String company = role.company;
        for (int c = company.indexOf(", "); c > 0; c = company.indexOf(", ", c + 1)) {
            String left = company.substring(0, c);
            int space = left.lastIndexOf(' ');
            String right = clean(company.substring(c + 2));
            boolean afterLegalForm = space > 0 && COMPANY_SUFFIX.matcher(left.substring(space + 1)).matches();
            // "Systems Administrator, Pennine Web Hosting, Bradford": after title and employer, the town.
            if ((afterLegalForm || role.companyFromTitle ? isPlaceList(right) : places.isKnownPlace(right))
                    && !TEAM_WORDS.matcher(right).find() && !COMPANY_SUFFIX.matcher(right).matches()) {
                role.company = clean(left);
                role.location = right;
                return;
            }
        }
    }

    /** "Reading", "Mountain View, CA", "Leeds, UK": known places or one or two short capitalised names. */
    private boolean isPlaceList(String s) {
        if (places.isLocation(s)) {
            return true;
        }
        String[] parts = s.split(", ");
        if (parts.length > 2) {
            return false;
        }
        for (String p : parts) {
            if (!isPlaceName(p) && !(p.length() == 2 && Character.isUpperCase(p.charAt(0)) && Character.isUpperCase(p.charAt(1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Information Technology Specialist, Sergeant" (the pay grade in brackets taken out already): a military rank
     * after the job title is the holder's grade, not part of the job.
     */
    private static String withoutTrailingRank(String title) {
        int comma = title.lastIndexOf(", ");
        return comma > 0 && MILITARY_RANK.matcher(title.substring(comma + 2)).matches() ? title.substring(0, comma) : title;
    }

    private static final Pattern MILITARY_RANK = Pattern.compile("(?i)(?:(?:staff|master|first|senior|chief|command|gunnery"
            + "|lance|private first class|sergeant first class|second|1st|2nd|master chief|chief master|technical)\\s+)?"
            + "(?:private|specialist|corporal|sergeant|sergeant major|lieutenant|captain|major|colonel|lieutenant colonel"
            + "|petty officer|airman|ensign|warrant officer|seaman|commander|lieutenant commander)");

    /**
     * "Institute for Machine Learning", "Department of Physics", "School of Computing": a unit of the organisation
     * named after it, so the organisation is the employer and the unit its team.
     */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?i)(?:institute|department|dept\\.?|school|faculty|laborator(?:y|ies)|lab|centre|center|chair|division)"
                    + "\\s+(?:of|for)\\s+.+");

    /** Unclassified parts are company candidates, assigned in order once every line is read. */
    private static void addCompany(RoleDraft role, String part, List<String> others) {
        others.add(part);
    }

    /** One to three capitalised words, no digits, no role noun. */
    static boolean isPlaceName(String s) {
        String t = clean(s);
        if (t.isEmpty() || t.length() > 40 || !Character.isUpperCase(t.charAt(0)) || TitleWords.score(t) > 0) {
            return false;
        }
        String[] words = t.split(" ");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-' && w.charAt(i) != '\'') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isShortName(String s) {
        return !s.isEmpty() && s.length() <= 40 && Character.isLetter(s.charAt(0));
    }

    /** Sets the title from a line that only names it, its brackets read as in a header ("Analyst (Contract)"). */
    void fillTitle(RoleDraft role, String line) {
        role.title = clean(takeParentheses(role, line, new ArrayList<>()));
    }

    /**
     * Moves what is in parentheses to its field. A work mode there ("Buenos Aires (hybrid)", "Bristol (hybrid, 2
     * days on site)") is kept in workModes, the location only when the line names no place.
     */
    private String takeParentheses(RoleDraft role, String line, List<String> workModes) {
        if (line.indexOf('(') < 0) {
            return line;
        }
        Matcher m = PARENS.matcher(line);
        // "Acme, Berlin (Senior Engineer)": a title in brackets only when nothing outside them is one
        // ("Web Developer (Intern)" qualifies the title before it).
        boolean titleOutside = TitleWords.score(PARENS.matcher(line).replaceAll(" ")) > 0;
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String inside = m.group(1).strip();
            if (!inside.isEmpty() && LocationDetector.isWorkMode(inside)) {
                workModes.add(inside);
            } else if (places.isLocation(inside)) {
                if (role.location == null) {
                    role.location = inside;
                }
            } else if (role.title == null && !titleOutside && TitleWords.isTitle(inside)
                    && (inside.indexOf(',') < 0 || endsWithEmploymentType(inside))) {
                // "Nordwind Systems, Berlin (Senior Engineer), 2019 to date": the role named in brackets, also with
                // its kind of contract ("(Teaching Assistant, part-time)").
                role.title = clean(inside);
            } else {
                role.headerTech.add(inside);
            }
            m.appendReplacement(sb, " ");
        }
        m.appendTail(sb);
        // "Specialist (25B), Sergeant": no space is left before the comma that followed the brackets.
        return SPACE_BEFORE_COMMA.matcher(sb).replaceAll(",");
    }

    /**
     * "Leeds, UK", "Austin, TX": a town and a country or state code (not a legal form such as "AG" or "SA", and not
     * a title such as "Graduate Trainee, IT").
     */
    private static boolean isTownAndCode(String part) {
        Matcher m = TOWN_AND_CODE.matcher(part);
        return m.matches() && !COMPANY_SUFFIX.matcher(m.group(1)).matches() && TitleWords.score(part) == 0;
    }

    /** "Leeds, UK", "Austin, TX", and a US address line "Dover AFB, DE 19902 United States". */
    private static final Pattern TOWN_AND_CODE = Pattern.compile("\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+)?, ?([A-Z]{2,3})"
            + "(?: \\d{5}(?:-\\d{4})?)?(?: (?:US|USA|United States))?");

    /** Three or more comma-separated items, all but the first in lower case: a list of fields, no name or place. */
    private static boolean isLowerCaseList(String part) {
        String[] items = part.split(", ");
        if (items.length < 3) {
            return false;
        }
        for (int k = 1; k < items.length; k++) {
            if (items[k].isEmpty() || !Character.isLowerCase(items[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Kölsch IT-Service GmbH & Co. KG": the name ends in a legal form. */
    static boolean endsWithLegalForm(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space > 0 && COMPANY_SUFFIX.matcher(n.substring(space + 1)).matches();
    }

    /** "INC., Hickory, NC": the legal form after the employer's name comes first, the place after it. */
    private static boolean startsWithLegalForm(String suffix) {
        int comma = suffix.indexOf(',');
        return comma > 0 && COMPANY_SUFFIX.matcher(suffix.substring(0, comma).strip()).matches();
    }

    /** "Teaching Assistant, part-time": a title, a comma and only a kind of contract after it. */
    private static boolean endsWithEmploymentType(String s) {
        int comma = s.lastIndexOf(',');
        return s.indexOf(',') == comma
                && EMPLOYMENT_TYPES.contains(s.substring(comma + 1).strip().toLowerCase(java.util.Locale.ROOT));
    }

    static String clean(String s) {
        String t = s.strip();
        return TextShape.mayHaveEdge(t, ",;:|*#>/-", ",;:|*#<-", true) ? TRIM.matcher(t).replaceAll("").strip() : t;
    }

    /** AT needs one of its separators: '@' or " at ", " bei ", " chez ", " en ", " für ". */
    private static boolean mayHoldAt(String line) {
        return line.indexOf('@') >= 0 || line.contains(" at ") || line.contains(" bei ") || line.contains(" en ")
                || line.contains(" chez ") || line.contains(" für ");
    }

    /** SEPARATORS.split, skipped for a line without any separator (split would return the line itself). */
    private static String[] split(String line) {
        boolean maySplit = line.indexOf('|') >= 0 || line.contains(" - ") || line.contains(" -- ")
                || line.contains("; ") || line.contains(" : ");
        return maySplit ? SEPARATORS.split(line) : new String[] {line};
    }
}
