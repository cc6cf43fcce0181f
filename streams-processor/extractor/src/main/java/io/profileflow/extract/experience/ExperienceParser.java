package io.profileflow.extract.experience;

import io.profileflow.extract.Deadline;
import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.section.Section;
import io.profileflow.extract.section.SectionType;
import io.profileflow.extract.text.Line;
import io.profileflow.extract.text.TextShape;
import io.profileflow.extract.text.WrappedLines;
import io.profileflow.extract.text.SentenceSplitter;

import static io.profileflow.extract.experience.RoleLineShapes.hasDuration;
import static io.profileflow.extract.experience.RoleLineShapes.hasLabel;
import static io.profileflow.extract.experience.RoleLineShapes.hasRatingStars;
import static io.profileflow.extract.experience.RoleLineShapes.isBareEmployer;
import static io.profileflow.extract.experience.RoleLineShapes.isBreak;
import static io.profileflow.extract.experience.RoleLineShapes.isClientEngagement;
import static io.profileflow.extract.experience.RoleLineShapes.isCompleteHeader;
import static io.profileflow.extract.experience.RoleLineShapes.isCurrentProperty;
import static io.profileflow.extract.experience.RoleLineShapes.isDateLine;
import static io.profileflow.extract.experience.RoleLineShapes.isDurationOnly;
import static io.profileflow.extract.experience.RoleLineShapes.isEmployerLine;
import static io.profileflow.extract.experience.RoleLineShapes.isEmployerWithPlace;
import static io.profileflow.extract.experience.RoleLineShapes.isEngagementLine;
import static io.profileflow.extract.experience.RoleLineShapes.isHeaderLike;
import static io.profileflow.extract.experience.RoleLineShapes.isPlaceLine;
import static io.profileflow.extract.experience.RoleLineShapes.isResultsCaption;
import static io.profileflow.extract.experience.RoleLineShapes.isRoleMetadata;
import static io.profileflow.extract.experience.RoleLineShapes.isStreetLine;
import static io.profileflow.extract.experience.RoleLineShapes.isTechLabel;
import static io.profileflow.extract.experience.RoleLineShapes.labelledPlace;
import static io.profileflow.extract.experience.RoleLineShapes.residue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the roles in the sections of a document. Every date range on a short line anchors one role; the short
 * lines right before it (or, when a section lists dates first, right after it) are its header, and the lines up
 * to the next role's header are its bullets. Works the same for "### Company - Title" markdown, LinkedIn
 * exports (company line, then title and dates), one field per line, tables and "Title | Company | Dates".
 */
public final class ExperienceParser {
    private static final int MAX_HEADER_LINES = 4;
    private static final Pattern LEADING_YEAR = Pattern.compile("(?:19|20)\\d\\d \\| ");
    private static final int MAX_BULLET_CHARS = 400;

    private final DateRangeParser dates = new DateRangeParser();
    private final LocationDetector places = new LocationDetector();
    private final HeaderFieldParser fields = new HeaderFieldParser(places);
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final FlattenedRoleLines flattened = new FlattenedRoleLines();

    /** Line classes inside a section. */
    private enum Kind { DATE, HEADER, CONTENT, SKIP }

    /** Roles of one section, in document order. */
    public List<RoleDraft> parse(Section section, Deadline deadline) {
        return parse(section, deadline, new ArrayList<>());
    }

    /**
     * Roles of one section, in document order; the lines above the first role (an intro paragraph, bullets whose
     * role header was not recognized) are added to {@code unassigned}, so that their skills and figures are not lost.
     */
    public List<RoleDraft> parse(Section section, Deadline deadline, List<Line> unassigned) {
        List<Line> lines = joinPlaceWrappedOff(FormRoleRows.rewrite(RoleTableRows.rewrite(section.lines())));
        if (section.type() == SectionType.EXPERIENCE) {
            lines = flattened.rewrite(lines);
        }
        int n = lines.size();
        Kind[] kinds = new Kind[n];
        DateRange[] ranges = new DateRange[n];
        boolean[] promoted = new boolean[n];
        List<Integer> dateLines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((i & 127) == 0) {
                deadline.check("parsing experience");
            }
            Line line = lines.get(i);
            String t = line.text();
            if (isDurationOnly(t) || isRoleMetadata(t) || isStreetLine(t)) {
                // "Salary: $86,335.00", "Grade: 12", "Supervisor: ...", "1400 Independence Ave SW": rows of a
                // federal or form resume about the job or the employer's address, neither header nor content.
                kinds[i] = Kind.SKIP;
                continue;
            }
            if (line.bullet() && t.length() <= 40 && !t.isEmpty() && Character.isUpperCase(t.charAt(0))
                    && TextShape.splitCount(t) <= 5 && places.isLocation(t)) {
                // "<div> - Columbus, OH</div>" between an Indeed role's employer and its dates: a place, no bullet
                kinds[i] = Kind.HEADER;
                continue;
            }
            if (hasRatingStars(t)) {
                // "★★★★★ 5.00  "Storefront rebuild"  Oct 2023 – Jan 2024": a rated contract or review on a
                // marketplace profile, dated like a role but not one.
                kinds[i] = Kind.CONTENT;
                continue;
            }
            if (!dateLines.isEmpty() && isClientEngagement(t)) {
                // "▸ Cliente: Banca Subalpina S.p.A. · mag 2021 – presente" under a consultancy's role: a client
                // the employer placed the person with, dated like a role but part of the role above.
                kinds[i] = Kind.CONTENT;
                continue;
            }
            // A line of up to 160 characters may hold a period; one of up to 40 may be a lone date.
            DateRange r = t.length() <= 160 ? dates.findOrStandalone(t, 40) : null;
            if (r == null && !line.bullet() && t.length() <= 100 && PromotionLines.mayBe(t)) {
                r = promotionStart(t);
                promoted[i] = r != null;
            }
            if (r == null && t.length() <= 60 && t.indexOf(':') > 0) {
                r = labelledSingleDate(lines, i);
            }
            Boolean headerLike = null; // computed at most once per line: it runs several patterns
            if (r == null && section.type() == SectionType.EXPERIENCE && !line.bullet()) {
                headerLike = isHeaderLike(line);
                if (headerLike) {
                    r = trailingSingleDate(t);
                    if (r == null && t.length() > 7 && t.startsWith(" | ", 4) && LEADING_YEAR.matcher(t).lookingAt()) {
                        // "2013              Summer Research Intern, University of Canterbury": a year alone in the
                        // date column of a dates-first layout.
                        DateRange year = dates.parseStandalone(t.substring(0, 4));
                        r = year == null ? null : year.withSpan(0, 4);
                    }
                }
            }
            if (r != null && r.from() > 0 && i > 0 && !line.bullet() && kinds[i - 1] == Kind.CONTENT
                    && lines.get(i - 1).bullet() && isContinuation(line, lines.get(i - 1), true)
                    && (WrappedLines.startsWithLowerCaseWord(t) || WrappedLines.hasOpenParenthesis(lines.get(i - 1).text()))) {
                // "- ... recall@10 from 0.61 to 0.74, NDCG@10 +3.1% (A/B test" / "2024-03-15 → 2024-04-12, 14M
                // sessions).": the wrapped rest of a bullet, whatever dates it holds
                kinds[i] = Kind.CONTENT;
                continue;
            }
            if (r != null && !dateLines.isEmpty() && !line.bullet() && isEngagementLine(t, r)) {
                // "Kvitfjell Energi (2021–2022) — demand forecasting with LightGBM; error down 17%." under a
                // consultant's role: a client and what was done for it, dated like a role but part of the one above.
                kinds[i] = Kind.CONTENT;
                continue;
            }
            if (r != null && isDateLine(line, r)) {
                kinds[i] = Kind.DATE;
                ranges[i] = r;
                dateLines.add(i);
            } else {
                kinds[i] = (headerLike != null ? headerLike : isHeaderLike(line)) ? Kind.HEADER : Kind.CONTENT;
                if (kinds[i] == Kind.HEADER && i > 0 && kinds[i - 1] == Kind.CONTENT
                        && isContinuation(line, lines.get(i - 1), true)) {
                    // "  - Saved $400K per year in third-party fees by bringing tax" / "calculation in-house": the
                    // wrapped end of a bullet, not the next role's header.
                    kinds[i] = Kind.CONTENT;
                }
            }
        }
        if (dateLines.isEmpty()) {
            return List.of();
        }
        boolean dateFirst = isDateFirst(lines, kinds, ranges, dateLines.get(0));
        int[] owner = new int[n];
        java.util.Arrays.fill(owner, -1);
        List<List<String>> headers = new ArrayList<>();
        for (int k = 0; k < dateLines.size(); k++) {
            int d = dateLines.get(k);
            List<String> header = new ArrayList<>();
            owner[d] = k;
            if (dateFirst) {
                for (int j = d + 1, taken = 0; j < n && kinds[j] != Kind.DATE && taken < MAX_HEADER_LINES; j++) {
                    if (kinds[j] == Kind.SKIP) {
                        continue;
                    }
                    if (kinds[j] != Kind.HEADER) {
                        break;
                    }
                    header.add(lines.get(j).text());
                    owner[j] = k;
                    taken++;
                }
            } else {
                int start = d;
                // "07/2012 – 09/2012   Praktikum Webentwicklung, Medienhaus Allgäu GmbH, Kempten": a date line that
                // holds title, employer and place needs no line above it (there: the row before's description).
                int limit = isWholeHeader(residue(lines.get(d).text(), ranges[d])) ? 0 : MAX_HEADER_LINES;
                for (int j = d - 1, taken = 0; j >= 0 && taken < limit; j--) {
                    if (kinds[j] == Kind.SKIP) {
                        continue;
                    }
                    if (kinds[j] != Kind.HEADER || owner[j] >= 0) {
                        break;
                    }
                    if (j > 0 && kinds[j - 1] == Kind.DATE && isPlaceLine(lines.get(j).text())) {
                        // "Jan 2019 - Present · 5 yrs" / "Berlin, Germany · Hybrid": a place right under the
                        // previous role's dates is that role's (LinkedIn), not a header line of this one.
                        break;
                    }
                    start = j;
                    taken++;
                    // A markdown heading, or a line that names both title and employer, is the whole header;
                    // "### Employer" over "#### Title" (HTML h3/h4) is one header of two headings.
                    if (lines.get(j).isHeading() && j > 0 && taken < MAX_HEADER_LINES && lines.get(j - 1).isHeading()
                            && lines.get(j - 1).headingLevel() < lines.get(j).headingLevel()
                            && kinds[j - 1] == Kind.HEADER && owner[j - 1] < 0) {
                        start = j - 1;
                        break;
                    }
                    if (lines.get(j).isHeading() || taken == 1 && isCompleteHeader(lines.get(j).text())) {
                        break;
                    }
                }
                for (int j = start; j < d; j++) {
                    if (kinds[j] == Kind.HEADER) {
                        header.add(lines.get(j).text());
                        owner[j] = k;
                    }
                }
            }
            if (hasDuration(lines.get(d).text())) {
                joinWrappedTitle(header);
            }
            header.add(promoted[d] ? PromotionLines.title(lines.get(d).text()) : residue(lines.get(d).text(), ranges[d]));
            headers.add(header);
        }
        List<RoleDraft> roles = new ArrayList<>();
        for (int k = 0; k < dateLines.size(); k++) {
            RoleDraft role = new RoleDraft();
            role.dates = ranges[dateLines.get(k)];
            String dateLine = lines.get(dateLines.get(k)).text();
            role.datesWithDuration = hasDuration(dateLine);
            List<String> header = headers.get(k);
            if (role.datesWithDuration && header.size() == 2 && header.get(1).isEmpty() && TitleWords.isTitle(header.get(0))) {
                // A later position under a LinkedIn company: its one line is the title, commas and all ("Staff SRE,
                // Core Banking Platform"); the employer is the company line above the first position.
                fields.fillTitle(role, header.get(0));
            } else {
                fields.fill(role, header);
            }
            roles.add(role);
        }
        assignContent(lines, kinds, owner, roles, unassigned);
        for (int k = 0; k < roles.size(); k++) {
            if (promoted[dateLines.get(k)] && k > 0) {
                endPromotion(roles.get(k), roles.get(k - 1));
            }
        }
        inheritCompanies(roles);
        for (int k = roles.size() - 1; k > 0; k--) {
            RoleDraft r = roles.get(k);
            if (r.title == null && r.company != null && isResultsCaption(r.company)) {
                // "Impact at Øresund Pay, 2021 → 2024" over a before/after table: the rows are the role's results
                roles.get(k - 1).bullets.addAll(r.bullets);
                roles.remove(k);
            }
        }
        roles.removeIf(ExperienceParser::isNotEmployment);
        for (RoleDraft r : roles) {
            r.confidence = confidence(r, section.type());
        }
        return roles;
    }

    /**
     * At most two short lines so far under an employer with no title yet: hh.ru puts the employer's industry there
     * ("Информационные технологии, ..." / "• Разработка программного обеспечения") before the title.
     */
    private static boolean isShortPreface(RoleDraft role) {
        return role.bullets.size() <= 2 && role.bullets.stream().allMatch(b -> b.length() <= 70);
    }

    /**
     * "Staff Site Reliability Engineer, Core Banking Platform and Incident" / "Response" / "Apr 2021 - Feb 2023 (1 yr
     * 11 mos)": in a LinkedIn export (its dates carry the duration) nothing comes between a position's title and its
     * dates, so a short line there that is no place and no employer is the end of a title the PDF wrapped.
     */
    private void joinWrappedTitle(List<String> header) {
        int n = header.size();
        if (n < 2) {
            return;
        }
        String last = header.get(n - 1);
        String before = header.get(n - 2);
        if (TextShape.splitCount(last) <= 3 && before.length() >= 40 && TitleWords.isTitle(before)
                && !places.isLocation(last) && !HeaderFieldParser.endsWithLegalForm(last) && TitleWords.score(last) == 0) {
            header.set(n - 2, before + " " + last);
            header.remove(n - 1);
        }
    }

    /**
     * "Engineering Manager, Payments Platform — Kaveri Fintech Pvt. Ltd.," / "Bengaluru": a header line the wrap cut
     * before its place, joined again (a line ending in a comma reads as wrapped prose, the place alone as no header).
     */
    private List<Line> joinPlaceWrappedOff(List<Line> lines) {
        List<Line> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (next != null && !line.bullet() && !next.bullet() && !next.isHeading() && line.text().endsWith(",")
                    && line.text().length() <= 120 && next.text().length() <= 40 && places.isLocation(next.text())) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                out.add(new Line(line.text() + " " + next.text(), line.headingLevel(), false,
                        line.raw() + " " + next.raw()));
                i++;
            } else if (out != null) {
                out.add(line);
            }
        }
        return out == null ? lines : out;
    }

    /** "Title, Employer GmbH, Town": a title, then two or more further comma parts. */
    private static boolean isWholeHeader(String rest) {
        int first = rest.indexOf(", ");
        return first > 0 && rest.indexOf(", ", first + 2) > 0 && TitleWords.isTitle(rest.substring(0, first));
    }

    /** "Promoted to Staff Engineer, March 2022": the new title's start, its end not known yet (endPromotion). */
    private DateRange promotionStart(String t) {
        int at = PromotionLines.dateStart(t);
        DateRange single = at < 0 ? null : dates.parseStandalone(t.substring(at));
        return single == null ? null : new DateRange(single.start(), null, false, at + single.from(), at + single.to());
    }

    /**
     * A promotion's title lasts until the newer one listed above it started, or, right under its employer's line,
     * as long as the employer's period ("Trailhead Metrics ... 2013 – 2021" / "Promoted to Senior Software Engineer,
     * April 2018": April 2018 to 2021).
     */
    private static void endPromotion(RoleDraft role, RoleDraft above) {
        if (!above.hasDates() || role.company != null) {
            return; // (with an employer line of its own, the role above is another employer's)
        }
        boolean employerLine = above.title == null && above.company != null;
        role.dates = employerLine
                ? new DateRange(role.dates.start(), above.dates.end(), above.dates.current(), role.dates.from(), role.dates.to())
                : new DateRange(role.dates.start(), above.dates.start(), false, role.dates.from(), role.dates.to());
    }

    /** After each role's header: the lines up to the next header belong to it; a place line fills its location. */
    private void assignContent(List<Line> lines, Kind[] kinds, int[] owner, List<RoleDraft> roles,
                               List<Line> unassigned) {
        int n = lines.size();
        int currentRole = -1;
        boolean sawContent = false;
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                currentRole = owner[i];
                sawContent = false;
                continue;
            }
            if (kinds[i] == Kind.SKIP) {
                continue;
            }
            if (currentRole < 0) {
                unassigned.add(lines.get(i));
                continue;
            }
            RoleDraft role = roles.get(currentRole);
            Line line = lines.get(i);
            String t = line.text();
            if ((!sawContent || isShortPreface(role)) && kinds[i] == Kind.HEADER && !line.bullet() && role.title == null
                    && role.company != null && TitleWords.isTitle(t) && !places.isLocation(t)) {
                // "Heartland Grain Cooperative  Salina, KS  Jun 2015 – Feb 2019" / "Business Intelligence Analyst":
                // the title under an employer line that carries the dates.
                fields.fillTitle(role, t);
                continue;
            }
            if (!sawContent && kinds[i] == Kind.HEADER && role.company != null && role.title != null
                    && role.location == null && HeaderFieldParser.isPlaceName(role.title) && TitleWords.isTitle(t)
                    && !places.isLocation(t)) {
                // "INFOLANGHE S.P.A. — Alba (CN) | Set 2014 – Dic 2018" / "Analista Programmatore": the short name
                // after the employer was its town, since the title comes on the line below.
                role.location = role.title;
                role.title = null;
                fields.fillTitle(role, t);
                continue;
            }
            if (!sawContent && kinds[i] == Kind.HEADER && role.datesWithDuration && role.location == null
                    && places.isLocation(t)) {
                // Under "February 2020 - February 2023 (3 years 1 month)" a LinkedIn export puts the place:
                // "Malmö, Skåne County, Sweden" is no employer there.
                role.location = HeaderFieldParser.clean(t);
                continue;
            }
            if (!sawContent && kinds[i] == Kind.HEADER && awaitsEmployerLine(role) && isEmployerWithPlace(t)) {
                // "Senior Firmware Engineer    04.2021 – present" / "Kestrel Avionics GmbH, Munich, Germany": the
                // title line carries the dates, the employer and its place follow on the next line. A company read
                // off "Working Student, Embedded Systems" was part of the title then.
                if (role.company != null) {
                    role.title = role.title + ", " + role.company;
                    role.company = null;
                }
                fields.fill(role, List.of(t));
                continue;
            }
            if (!sawContent && kinds[i] == Kind.HEADER && awaitsEmployerLine(role) && isBareEmployer(t)) {
                // "[ 01/09/2019 – Current ] Data Scientist" / "LusoData Analytics": the employer alone on the
                // line under a title that carries the dates ("Intern, Business Intelligence" is all title then).
                if (role.company != null) {
                    role.title = role.title + ", " + role.company;
                }
                role.company = HeaderFieldParser.clean(t);
                role.companyFromTitle = false;
                fields.splitPlaceAfterLegalForm(role);
                continue;
            }
            if (!sawContent && isCurrentProperty(t)) {
                continue; // "Current: Yes" under a property block's dates: read with them
            }
            String place = !sawContent && role.location == null ? labelledPlace(t) : null;
            if (place != null) {
                role.location = place;
                continue;
            }
            if (!sawContent && kinds[i] == Kind.HEADER && role.location == null && isPlaceLine(t)) {
                int pipe = t.indexOf(" | ");
                role.location = HeaderFieldParser.clean(pipe > 0 ? t.substring(0, pipe) : t);
                continue;
            }
            sawContent = true;
            if (!line.bullet() && t.endsWith(":") && TextShape.splitCount(t) <= 8) {
                continue; // "Duties, Accomplishments and Related Skills:", "Taken en resultaten:": a label, no text
            }
            if (isContinuation(line, i > 0 ? lines.get(i - 1) : null, owner[Math.max(0, i - 1)] < 0)
                    && !role.bullets.isEmpty()) {
                // A PDF export wraps one sentence over several lines; "... from 900 ms to" / "85 ms." is one clause.
                int last = role.bullets.size() - 1;
                role.bullets.set(last, role.bullets.get(last) + " " + t.strip());
                continue;
            }
            if (isTechLabel(t)) {
                role.headerTech.add(t.substring(t.indexOf(t.contains(":") ? ':' : '-') + 1).strip());
            }
            if (t.length() > MAX_BULLET_CHARS || !line.bullet() && t.length() > 160) {
                for (String s : sentences.split(t)) {
                    addBullet(role, s);
                }
            } else {
                addBullet(role, t);
            }
        }
    }

    /** True when {@code line} continues the sentence of the content line before it (a PDF or e-mail wrap). */
    private static boolean isContinuation(Line line, Line previous, boolean previousIsContent) {
        if (previous == null || !previousIsContent || line.bullet() || line.isHeading()) {
            return false;
        }
        String prev = previous.text();
        String t = line.text();
        return prev.length() + t.length() <= MAX_BULLET_CHARS && WrappedLines.continues(prev, t);
    }

    private static void addBullet(RoleDraft role, String text) {
        String t = text.strip();
        // A sentence longer than a bullet (a flattened page) is cut at spaces into several, not truncated: its
        // tail ("... using Php, mysql and Redis") still names skills and figures.
        while (t.length() > MAX_BULLET_CHARS && role.bullets.size() < 60) {
            int cut = t.lastIndexOf(' ', MAX_BULLET_CHARS);
            if (cut < MAX_BULLET_CHARS / 2) {
                cut = MAX_BULLET_CHARS;
            }
            role.bullets.add(t.substring(0, cut).strip());
            t = t.substring(cut).strip();
        }
        if (t.isEmpty() || role.bullets.size() >= 60) {
            return;
        }
        role.bullets.add(t);
    }

    /**
     * Several titles under one company line (LinkedIn, promotions): later titles get the company of the one
     * before; a company line with its own overall dates but no title is a group header, not a role.
     */
    private static void inheritCompanies(List<RoleDraft> roles) {
        List<RoleDraft> groupHeaders = new ArrayList<>();
        RoleDraft group = null;
        for (int i = 1; i < roles.size(); i++) {
            RoleDraft r = roles.get(i);
            RoleDraft prev = roles.get(i - 1);
            if (prev.company != null && prev.title == null && prev.hasDates()
                    && (prev.bullets.isEmpty() || within(r, prev))) {
                // (With lines of its own, "Business: ...", "Employees: 310", only when its period spans the next role.)
                group = prev;
            }
            if (group != null && !within(r, group)) {
                group = null;
            }
            if (group != null && r.company != null && r.title != null && r.team == null
                    && (r.location == null || r.datesWithDuration)) {
                // Under an employer line whose period spans it, "Senior Analyst, Merchandising" is one title
                // (with its department), not a title and another employer.
                r.title = r.title + ", " + r.company;
                r.company = null;
            }
            if (r.company == null && r.title != null && prev.company != null) {
                r.company = prev.company;
                if (r.location == null && !r.datesWithDuration) {
                    // (a LinkedIn position without a place line has none: the one above it is that position's own)
                    r.location = prev.location;
                }
                if (prev.title == null && (prev.bullets.isEmpty() || prev == group)) {
                    // The employer's own lines stay with its first role, for their skills and figures.
                    r.bullets.addAll(0, prev.bullets);
                    groupHeaders.add(prev);
                }
            }
        }
        roles.removeAll(groupHeaders);
    }

    /** True when the role's period lies inside the group's (an employer line's overall period). */
    private static boolean within(RoleDraft r, RoleDraft group) {
        if (!r.hasDates()) {
            return false;
        }
        DateRange g = group.dates;
        if (r.dates.start().monthIndex(false) < g.start().monthIndex(false)) {
            return false;
        }
        if (g.end() == null) {
            return true;
        }
        return r.dates.end() != null && r.dates.end().monthIndex(true) <= g.end().monthIndex(true);
    }

    /**
     * "Career break", "Parental leave" entries have dates but are not jobs; nor is the caption of a results table
     * ("Impact at Øresund Pay, 2021 → 2024").
     */
    private static boolean isNotEmployment(RoleDraft r) {
        return r.title != null && isBreak(r.title) || r.company != null && isBreak(r.company)
                || r.title == null && r.company != null && isResultsCaption(r.company);
    }

    /**
     * True when the section lists dates before titles: the first date line has no header right above it, holds
     * nothing but the dates (and perhaps where: "Jan. 2022 – Present | Remote") and is followed by header lines.
     */
    private boolean isDateFirst(List<Line> lines, Kind[] kinds, DateRange[] ranges, int firstDate) {
        for (int j = firstDate - 1; j >= 0; j--) {
            if (kinds[j] == Kind.SKIP) {
                continue;
            }
            if (kinds[j] == Kind.HEADER) {
                return false;
            }
            break;
        }
        String rest = residue(lines.get(firstDate).text(), ranges[firstDate]);
        int next = firstDate + 1;
        while (next < kinds.length && kinds[next] == Kind.SKIP) {
            next++; // "Январь 2020 — по настоящее время" / "4 года 8 месяцев" / employer: the tenure line between
        }
        boolean nextIsHeader = next < kinds.length && kinds[next] == Kind.HEADER;
        if (!rest.isEmpty() && !places.isLocation(rest)) {
            // "04.2021 – bis dato    Teamleiter Softwareentwicklung" / "Alpenfirn Versicherungen AG, Zürich": a date
            // column on the left with the title beside it and the employer on the next line is date-first too.
            return nextIsHeader && ranges[firstDate].from() == 0 && rest.indexOf(',') < 0 && TitleWords.isTitle(rest)
                    && isEmployerLine(lines.get(next).text());
        }
        return nextIsHeader;
    }

    /**
     * "Acme | Detroit, MI | Summer 2020", "Research Intern, Acme Lab (2015)": a header line ending in one date
     * set off by a pipe or parentheses is a role of that single season or year (internships).
     */
    private DateRange trailingSingleDate(String t) {
        int cut = Math.max(t.lastIndexOf(" | "), t.lastIndexOf('('));
        if (cut <= 0) {
            return null;
        }
        DateRange r = dates.parseStandalone(t.substring(cut));
        if (r == null && t.lastIndexOf(" | ") == cut) {
            // "Intern at Kansai Robotics Lab | Summer 2017 | Kyoto": the date is the field before the place.
            int before = t.lastIndexOf(" | ", cut - 1);
            if (before > 0) {
                r = dates.parseStandalone(t.substring(before, cut));
                return r == null ? null : r.withSpan(before + r.from(), before + r.to());
            }
        }
        return r == null ? null : r.withSpan(cut + r.from(), cut + r.to());
    }

    /**
     * "Dates: August 16, 2021" in a block of "Label: value" properties (a Notion or Airtable export): one date under
     * a date label. With a "Current: Yes" property on one of the next two lines it opens a current role; without one
     * it is a role of that month or year.
     */
    private DateRange labelledSingleDate(List<Line> lines, int i) {
        String t = lines.get(i).text();
        int colon = t.indexOf(':');
        if (!hasLabel(t, 1, t.length(), SINGLE_DATE_LABELS)) {
            return null;
        }
        int valueStart = colon + 1;
        while (valueStart < t.length() && (t.charAt(valueStart) == ' ' || t.charAt(valueStart) == '|')) {
            valueStart++;
        }
        DateRange single = dates.parseStandalone(t.substring(valueStart));
        if (single == null) {
            return null;
        }
        for (int j = i + 1; j <= i + 2 && j < lines.size(); j++) {
            if (isCurrentProperty(lines.get(j).text())) {
                return new DateRange(single.start(), null, true, 0, t.length());
            }
        }
        return single.withSpan(0, t.length());
    }

    private static final Set<String> SINGLE_DATE_LABELS = Set.of("dates", "date", "start", "start date", "started",
            "from", "since", "period", "periode", "zeitraum", "periodo", "período", "période", "datum");

    /**
     * Whether the line under a dated title line may still name the employer: the role has a title but no company,
     * or only a company read off the title's own comma ("Working Student, Embedded Systems") and no place yet.
     */
    private static boolean awaitsEmployerLine(RoleDraft role) {
        return role.title != null && (role.company == null || role.companyFromTitle && role.location == null);
    }

    private static double confidence(RoleDraft r, SectionType type) {
        double c = 0.3;
        if (r.company != null) {
            c += 0.25;
        }
        if (r.title != null) {
            c += 0.25;
        }
        if (r.hasDates() && r.dates.start().hasMonth()) {
            c += 0.15;
        } else if (r.hasDates()) {
            c += 0.1;
        }
        if (type != SectionType.EXPERIENCE) {
            c -= 0.1;
        }
        return Math.round(Math.min(1.0, c) * 100) / 100.0;
    }
}
