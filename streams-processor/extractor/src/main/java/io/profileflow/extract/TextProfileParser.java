package io.profileflow.extract;

import io.profileflow.extract.contact.ContactExtractor;
import io.profileflow.extract.experience.ExperienceParser;
import io.profileflow.extract.experience.ProseRoleFinder;
import io.profileflow.extract.experience.RoleMerger;
import io.profileflow.extract.experience.TitleWords;
import io.profileflow.extract.model.ProfileDraft;
import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.model.SourceKind;
import io.profileflow.extract.model.TextSegment;
import io.profileflow.extract.person.NameFinder;
import io.profileflow.extract.person.ProfileFacts;
import io.profileflow.extract.section.Section;
import io.profileflow.extract.section.SectionSplitter;
import io.profileflow.extract.section.SectionType;
import io.profileflow.extract.text.Line;
import io.profileflow.extract.text.LabelValueRecords;
import io.profileflow.extract.text.LabelledDatePairs;
import io.profileflow.extract.text.LineReader;
import io.profileflow.extract.text.OcrRepair;
import io.profileflow.extract.text.ShortYearRanges;
import io.profileflow.extract.text.WrappedDateRanges;
import io.profileflow.extract.text.WrappedParagraphs;
import io.profileflow.extract.text.LineStructureRestorer;
import io.profileflow.extract.text.PastTense;
import io.profileflow.extract.text.TextNormalizer;
import io.profileflow.extract.text.TextShape;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The text pipeline: normalize, restore line structure, split sections, find roles, name, headline, location,
 * contact details, and collect the text segments that skills and metrics are searched in.
 */
final class TextProfileParser {
    /**
     * Sections where dated role headers are looked for; roles outside EXPERIENCE need a company and a title.
     * Volunteering and board seats are not employment: their sections give none. (Roles under an awards heading
     * are read, as documents put sections in any order, but need a month in their dates: an award has a year.)
     */
    private static final Set<SectionType> ROLE_SECTIONS = EnumSet.of(SectionType.EXPERIENCE, SectionType.PREAMBLE,
            SectionType.SUMMARY, SectionType.OTHER, SectionType.AWARDS, SectionType.ACHIEVEMENTS,
            SectionType.CERTIFICATIONS);
    /** Sections whose figures are achievements (volunteering too: "Tripled annual donations"). */
    private static final Set<SectionType> METRIC_SECTIONS = EnumSet.of(SectionType.EXPERIENCE, SectionType.PREAMBLE,
            SectionType.SUMMARY, SectionType.OTHER, SectionType.ACHIEVEMENTS, SectionType.PROJECTS,
            SectionType.VOLUNTEER);
    private static final Pattern VALUE_ONLY = Pattern.compile(
            "^[~<>≈+-]?\\s?[$€£₹]?\\d[\\d.,]*\\s?(?:%|[kKmMbB]\\b|ms|s|x|qps|rps|tps|/\\w+|\\s?[A-Za-z]{1,12}(?:/\\w+)?)?"
                    + "(?:\\s?(?:-|to)\\s?[$€£₹]?\\d[\\d.,]*\\s?(?:%|[kKmMbB]|ms|s|x)?)?(?:\\s?[A-Za-z]{1,12}(?:/\\w+)?)?$");

    /** A short "Label: figure" or figure-only line: rate, earnings, response time, ratings. */
    private static final Pattern PROFILE_STAT = Pattern.compile(
            "^(?:[\\p{L} ]{2,30}:\\s*)?(?:[\\p{L} ]{0,12}\\s)?[~<>+$€£₹]?\\d[\\d.,]*\\s?[%+kKmM]?\\+?(?:\\s?(?:/|per )\\s?\\p{L}{1,6}|\\s\\p{L}{1,8}){0,1}\\+?$");
    /** Repairs of the normalized text, in this order, each a no-op on documents without its fault. */
    private static final List<UnaryOperator<String>> TEXT_REPAIRS = List.of(
            OcrRepair::repair,          // OCR'd digits ("Mar 20l9") and words hyphenated at a line end
            LabelValueRecords::rewrite, // ATS prints with each label on the line above its value (Workday)
            LabelledDatePairs::rewrite, // "start_date: 2021-03" / "end_date: present" rows of one record (YAML, forms)
            WrappedDateRanges::join,    // a date range broken by a hard wrap
            ShortYearRanges::expand,    // "2019–22": the end year written with its last two digits
            WrappedParagraphs::join);   // a paragraph wrapped at a fixed width (a PDF's bio or summary)
    private final TextNormalizer normalizer = new TextNormalizer();
    private final LineStructureRestorer restorer = new LineStructureRestorer();
    private final LineReader lineReader = new LineReader();
    private final SectionSplitter splitter = new SectionSplitter();
    private final ExperienceParser experience = new ExperienceParser();
    private final ProseRoleFinder proseRoles = new ProseRoleFinder();
    private final RoleMerger merger = new RoleMerger();
    private final ContactExtractor contacts = new ContactExtractor();
    private final NameFinder names = new NameFinder();
    private final ProfileFacts facts = new ProfileFacts();

    ProfileDraft parse(String rawText, Deadline deadline) {
        ProfileDraft d = new ProfileDraft();
        String repaired = normalizer.normalize(rawText);
        for (UnaryOperator<String> repair : TEXT_REPAIRS) {
            repaired = repair.apply(repaired);
        }
        // Then a flattened one-line document gets its lines back.
        String text = restorer.restore(repaired, deadline);
        deadline.check("normalizing text");
        List<Line> lines = lineReader.read(text, deadline);
        List<Section> sections = splitter.split(lines, deadline);
        deadline.check("splitting sections");

        List<Line> kept = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() != SectionType.TRANSCRIPT && s.type() != SectionType.UNRELATED) {
                for (Line l : s.lines()) {
                    contacts.extract(l.raw(), d);
                }
                if (s.heading() != null) {
                    kept.add(new Line(s.heading(), 2, false, s.heading()));
                }
                kept.addAll(s.lines());
            }
        }
        deadline.check("finding contact details");
        List<Line> top = kept.subList(0, Math.min(kept.size(), 15));
        NameFinder.Found name = names.find(kept.subList(0, Math.min(kept.size(), 41)), d.emails);
        d.name = name == null ? null : name.name();
        d.headline = facts.headline(top, name == null || name.lineIndex() >= top.size() ? -1 : name.lineIndex());
        d.location = facts.location(top);
        d.declaredYears = facts.declaredYears(introLines(sections));

        List<RoleDraft> found = new ArrayList<>();
        List<Section> withoutRoles = new ArrayList<>();
        boolean hasExperienceSection = false;
        for (Section s : sections) {
            hasExperienceSection |= s.type() == SectionType.EXPERIENCE;
            List<Line> unassigned = new ArrayList<>();
            List<RoleDraft> roles = ROLE_SECTIONS.contains(s.type()) ? experience.parse(s, deadline, unassigned)
                    : List.of();
            List<RoleDraft> accepted = new ArrayList<>();
            for (RoleDraft r : roles) {
                // "She started her career as a backend engineer at X (2015–2020)": a bio's sentence with a period in
                // it is no role header (ProseRoleFinder reads such sentences).
                boolean role = !isSentence(r.title) && !isSentence(r.company) && !isDegreeAtSchool(r)
                        && (s.type() == SectionType.EXPERIENCE ? names(r.company) || names(r.title)
                        : isRoleOutsideExperience(r, s));
                if (role) {
                    accepted.add(r);
                } else {
                    // Not a role, but its lines may still name skills and figures.
                    r.bullets.forEach(b -> unassigned.add(new Line(b, 0, true, b)));
                }
            }
            found.addAll(accepted);
            if (accepted.isEmpty()) {
                withoutRoles.add(s);
            } else if (!unassigned.isEmpty()) {
                // Lines above the first role belong to none; their skills and figures still count.
                withoutRoles.add(new Section(s.type(), s.heading(), unassigned));
            }
        }
        if (found.isEmpty()) {
            // No dated role headers anywhere: the career may be told in sentences (a speaker or author bio).
            found.addAll(proseRoles.find(proseLines(sections)));
        }
        d.roles.addAll(merger.merge(found));
        RoleText.collect(d);
        for (Section s : withoutRoles) {
            addSectionSegments(d, s, deadline);
        }
        if (d.name == null) {
            d.warn("no name found");
        }
        if (!hasExperienceSection) {
            d.warn("no experience section found");
        }
        if (d.roles.isEmpty()) {
            d.warn("no dated roles found");
        }
        return d;
    }

    /**
     * A dated line outside an experience section is a role only with a company and a title that reads like one:
     * a certification's validity ("AWS Certified ... - Specialty / April 2022 to April 2025"), an assessment, a
     * committee or a sentence of a summary ("... and AWS. Certified since 2022.") carry dates but no job title.
     */
    private static boolean isRoleOutsideExperience(RoleDraft r, Section s) {
        return r.company != null && r.title != null && TitleWords.score(r.title) >= 1
                && !r.company.equalsIgnoreCase(s.heading() == null ? "" : s.heading().strip())
                && (s.type() != SectionType.AWARDS || r.hasDates() && r.dates.start().hasMonth())
                && !Character.isLowerCase(r.title.charAt(0)) && !r.title.contains(". ") && !CREDENTIAL.matcher(r.title).find()
                && !CREDENTIAL_LEVEL.matcher(r.company).matches();
    }

    /** "AWS Solutions Architect – Associate (2020–2023)": the level of a certification, read where an employer stands. */
    private static final Pattern CREDENTIAL_LEVEL = Pattern.compile(
            "(?i)associate|professional|specialty|speciality|practitioner|expert|fundamentals|foundation(?:al)?|advanced");

    /** "Google Cloud Certified Professional Data Engineer", "SnowPro Advanced: Data Engineer": a credential's name. */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)\\b(?:certified|certification|certificate|snowpro|ckad?|cks)\\b|\\bprofessional (?:cloud|data|machine)");

    /**
     * "BSc (Hons) Web Design" at "University of the Severn Vale": a degree at a school, an education story in a
     * timeline that mixes it with the jobs.
     */
    private static boolean isDegreeAtSchool(RoleDraft r) {
        String title = r.title == null ? "" : r.title;
        String company = r.company == null ? "" : r.company;
        return DEGREE.matcher(title + " | " + company).find() && SCHOOL.matcher(title + " | " + company).find();
    }

    private static final Pattern DEGREE = Pattern.compile(
            "\\b(?:B\\.?Sc|M\\.?Sc|B\\.?A|M\\.?A|B\\.?Eng|M\\.?Eng|Ph\\.?D|MBA|Bachelor|Master|Diplom[a]?|Licenciatura"
                    + "|Laurea|Abitur)\\b");
    private static final Pattern SCHOOL = Pattern.compile(
            "(?i)\\b(?:university|universität|université|universidad|università|universidade|college|school|hochschule"
                    + "|politecnico|polytechnic|institute of technology|academy|akademia)\\b");

    /** A role field that names something: "5.00" (a rating over a contract's dates) or "$9,850.00" names nothing. */
    private static boolean names(String field) {
        if (field != null) {
            for (int i = 0; i < field.length(); i++) {
                if (Character.isLetter(field.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsSentence(String t) {
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    /** More than ten words, or more than six opening in lower case or with a pronoun: a sentence, not a field. */
    private static boolean isSentence(String field) {
        if (field == null) {
            return false;
        }
        int words = TextShape.splitCount(field.strip());
        if (words <= 6) {
            return false;
        }
        int space = field.indexOf(' ');
        return words > 10 || Character.isLowerCase(field.charAt(0))
                || space > 0 && PRONOUNS.contains(field.substring(0, space).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PRONOUNS = Set.of("i", "he", "she", "they", "we", "my", "his", "her", "their");

    /** Lines that may tell a career in prose: everything but education, skills and transcripts. */
    private static List<String> proseLines(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            if (ROLE_SECTIONS.contains(s.type())) {
                // A paragraph wrapped over lines is one text: a sentence may name the role on one line and its
                // period ("a role she has held since March 2023") on the next.
                StringBuilder paragraph = new StringBuilder();
                for (Line l : s.lines()) {
                    if (l.bullet() && !paragraph.isEmpty()) {
                        out.add(paragraph.toString());
                        paragraph.setLength(0);
                    }
                    if (!paragraph.isEmpty()) {
                        paragraph.append(' ');
                    }
                    paragraph.append(l.text());
                    if (l.bullet() || endsSentence(l.text())) {
                        out.add(paragraph.toString());
                        paragraph.setLength(0);
                    }
                }
                if (!paragraph.isEmpty()) {
                    out.add(paragraph.toString());
                }
            }
        }
        return out;
    }

    /** Preamble and summary lines: where total experience is declared. */
    private static List<Line> introLines(List<Section> sections) {
        List<Line> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() == SectionType.PREAMBLE || s.type() == SectionType.SUMMARY || s.type() == SectionType.OTHER) {
                out.addAll(s.lines());
            }
        }
        return out;
    }

    /**
     * A sentence in a skills section ("I authorise the processing of my personal data under ..."): ten words or more,
     * a final period and few commas. Its words are not a list of skills.
     */
    static boolean isProse(String t) {
        if (t.length() < 50 || !t.endsWith(".")) {
            return false;
        }
        int words = 1;
        int commas = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                words++;
            } else if (c == ',' || c == ';' || c == '|' || c == '/' || c == '·') {
                commas++;
            }
        }
        return words >= 10 && commas * 3 < words;
    }

    /**
     * "Cut Largest Contentful Paint from 4.1 s to 1.6 s." under "Areas of Expertise": a functional resume tells its
     * achievements under skill headings. A line of six words or more with a figure that opens with a past tense is
     * one; skill lists ("Python (8 years)", "Java 17, Spring Boot 3") are not.
     */
    static boolean isAchievementSentence(String t) {
        if (t.length() < 30 || PastTense.openingVerb(t) == null || t.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        return TextShape.splitCount(t) >= 6;
    }

    private void addSectionSegments(ProfileDraft d, Section s, Deadline deadline) {
        SourceKind source = switch (s.type()) {
            case SKILLS, LANGUAGES -> SourceKind.SKILLS;
            case EXPERIENCE -> SourceKind.EXPERIENCE;
            case PREAMBLE, SUMMARY -> SourceKind.SUMMARY;
            case PROJECTS -> SourceKind.PROJECTS;
            case EDUCATION, CONTACT, TRANSCRIPT, UNRELATED -> null;
            default -> SourceKind.OTHER;
        };
        if (source == null) {
            return;
        }
        boolean techList = s.type() == SectionType.SKILLS;
        boolean metrics = METRIC_SECTIONS.contains(s.type());
        List<Line> lines = s.lines();
        for (int i = 0; i < lines.size(); i++) {
            if ((i & 127) == 0) {
                deadline.check("collecting text");
            }
            String t = lines.get(i).text();
            d.skillText.add(new TextSegment(t, source, -1, techList && !isProse(t)));
            if (!metrics && !(techList && isAchievementSentence(t))
                    || s.type() == SectionType.PREAMBLE && PROFILE_STAT.matcher(t).matches()) {
                // Header stats of a marketplace or job-board profile ("Job success: 98%", "$85/hr") describe
                // the listing, not an achievement.
                continue;
            }
            if (i + 1 < lines.size() && isLabel(t) && VALUE_ONLY.matcher(lines.get(i + 1).text()).matches()) {
                // "Latency" / "-250 ms": a label and its figure on separate lines are one clause.
                RoleText.addClauses(d, t + " " + lines.get(i + 1).text(), source, roleMentioned(d, t));
                i++;
                continue;
            }
            RoleText.addClauses(d, t, source, s.type() == SectionType.ACHIEVEMENTS ? roleMentioned(d, t) : -1);
        }
    }

    /** A short line without figures that does not end a sentence ("Latency", not "great communicator."). */
    private static boolean isLabel(String t) {
        return t.length() <= 40 && !t.endsWith(".") && !t.endsWith(".\"") && t.chars().noneMatch(Character::isDigit);
    }

    /** The role whose company an achievement names ("... at Infosys."), or -1. */
    private static int roleMentioned(ProfileDraft d, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int found = -1;
        for (int i = 0; i < d.roles.size(); i++) {
            String c = d.roles.get(i).company;
            if (c != null && c.length() >= 3 && lower.contains(c.toLowerCase(Locale.ROOT))) {
                if (found >= 0 && !d.roles.get(found).company.equalsIgnoreCase(c)) {
                    return -1;
                }
                if (found < 0) {
                    found = i;
                }
            }
        }
        return found;
    }

}
