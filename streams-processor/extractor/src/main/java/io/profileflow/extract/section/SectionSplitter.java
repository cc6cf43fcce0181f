package io.profileflow.extract.section;

import io.profileflow.extract.Deadline;
import io.profileflow.extract.text.Line;
import io.profileflow.extract.text.WrappedLines;
import io.profileflow.extract.text.TextShape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups lines under their headings. Noise lines (menus, banners, buttons) are dropped here; transcript turns
 * and everything under a transcript heading land in a TRANSCRIPT section that later stages ignore.
 */
public final class SectionSplitter {
    private static final Pattern ROLE_LIKE = Pattern.compile("[,|@]| - | at | bei |\\d{4}");
    private static final Pattern INLINE_HEADING = Pattern.compile("^([^:]{3,40}):\\s*(\\S.*)$");
    /** "EXPERIENCE Senior Engineer Acme ...": an ALL CAPS heading glued to its text when a PDF line was flattened. */
    private static final Pattern CAPS_LEAD_HEADING = Pattern.compile(
            "^(\\p{Lu}{3,}(?: (?:&|\\p{Lu}{2,})){0,3}) (\\S*\\p{Ll}.{18,})$");

    private static final Pattern DUTIES_LABEL = Pattern.compile(
            "(?iu)\\b(?:duties|responsibilities|accomplishments|tasks|aufgaben|taken|mansioni|tâches|funciones|atribuições)\\b");

    private final SectionHeadings headings = new SectionHeadings();
    private final NoiseFilter noise = new NoiseFilter();

    public List<Section> split(List<Line> lines, Deadline deadline) {
        List<Section> sections = new ArrayList<>();
        SectionType type = SectionType.PREAMBLE;
        String heading = null;
        List<Line> current = new ArrayList<>();
        // The section an inline "Technologies: Rust, Go" line interrupted: a paragraph after such a one-line list
        // is no part of it ("Location: ... / Technologies: ... / Backend engineer, 11 yrs. Now: ..." in a post).
        SectionType interruptedType = null;
        String interruptedHeading = null;
        int count = 0;
        RunningHeaders runningHeaders = RunningHeaders.of(lines);
        Set<String> headersSeen = new HashSet<>();
        for (int index = 0; index < lines.size(); index++) {
            Line line = lines.get(index);
            if ((++count & 255) == 0) {
                deadline.check("splitting sections");
            }
            String text = line.text();
            if (noise.isNoise(text) || runningHeaders.isPageCopy(line, index, headersSeen)) {
                continue;
            }
            if (interruptedType != null && isParagraph(line)) {
                flush(sections, type, heading, current);
                type = interruptedType;
                heading = interruptedHeading;
                current = new ArrayList<>();
                interruptedType = null;
            }
            int cell = line.bullet() || line.isHeading() ? -1 : text.indexOf(" | ");
            SectionType cellType = cell > 2 && cell <= 40 ? headings.classifyExact(text.substring(0, cell).strip()) : null;
            // ("Languages | Java | 6 years" inside a skills table is a category of the skills, not spoken languages.)
            if (cellType != null && cellType != SectionType.OTHER && type != SectionType.TRANSCRIPT && cellType != type
                    && !(type == SectionType.SKILLS && cellType == SectionType.LANGUAGES)) {
                // "Skills | Perl, Python, Django": a two-column layout table, its first cell the section's heading.
                interruptedType = null;
                flush(sections, type, heading, current);
                type = cellType;
                heading = text.substring(0, cell).strip();
                current = new ArrayList<>();
                String rest = text.substring(cell + 3).strip();
                if (!rest.isEmpty()) {
                    current.add(new Line(rest, 0, false, line.raw()));
                }
                continue;
            }
            SectionType headingType = headingType(line);
            if (headingType != null && type == SectionType.VOLUNTEER && !line.isHeading() && !isAllCaps(text)
                    && !current.isEmpty() && holdsYear(current.get(current.size() - 1).text())
                    && index + 1 < lines.size() && isSentence(lines.get(index + 1).text())) {
                // LinkedIn's volunteer entry: "Mentor" / "CodeClub" / "September 2018 - Present" / "Education" /
                // "Taught Python basics to 40 teenagers.": the cause under the dates, not the EDUCATION heading.
                headingType = null;
            }
            if (headingType != null && !line.isHeading() && !line.bullet() && index > 0
                    && (text.endsWith(".") && !text.endsWith("..") || WrappedLines.continues(lines.get(index - 1).text(), text))) {
                // "... performance-focused backend" / "platforms.": the wrapped end of a sentence (or any line
                // ending in a full stop) holds a heading word but is no heading.
                headingType = null;
            }
            if (type == SectionType.EXPERIENCE && isRoleLabel(line) && DUTIES_LABEL.matcher(text).find()) {
                // "Duties, Accomplishments and Related Skills:" (USAJOBS), "Taken en resultaten:": the label of a
                // role's own text, whatever section word it also holds.
                headingType = null;
            }
            if (headingType == SectionType.ACHIEVEMENTS && type == SectionType.EXPERIENCE
                    && (isRoleLabel(line) || !line.isHeading() && !isAllCaps(text))) {
                // "Highlights:" / "Key achievements:" / a bold "**Impact**" under a role: a label inside the role,
                // whose bullets stay its own (an ALL CAPS or '#' heading still opens a section).
                headingType = null;
            }
            if (headingType != null && !(type == SectionType.TRANSCRIPT && headingType == SectionType.OTHER)) {
                interruptedType = null;
                flush(sections, type, heading, current);
                type = headingType;
                heading = text;
                current = new ArrayList<>();
                continue;
            }
            var inline = line.bullet() || line.isHeading() || !mayBeInlineHeading(text) ? null
                    : INLINE_HEADING.matcher(text);
            if (inline != null && inline.matches()) {
                SectionType t = headings.classify(inline.group(1), true);
                // "Skills: PyTorch · Python" under a role of a LinkedIn-style scrape lists that role's tools; it
                // does not end the experience section.
                boolean roleSkills = type == SectionType.EXPERIENCE && t == SectionType.SKILLS;
                if (t != null && t != SectionType.OTHER && t != type && type != SectionType.TRANSCRIPT
                        && isSectionLevel(t) && !roleSkills) {
                    flush(sections, type, heading, current);
                    interruptedType = interruptedType == null ? type : interruptedType;
                    interruptedHeading = interruptedType == type ? heading : interruptedHeading;
                    type = t;
                    heading = inline.group(1);
                    current = new ArrayList<>();
                    current.add(new Line(inline.group(2), 0, false, line.raw()));
                    continue;
                }
            }
            var capsLead = line.bullet() || line.isHeading() || !mayBeCapsLead(text) ? null
                    : CAPS_LEAD_HEADING.matcher(text);
            if (capsLead != null && capsLead.matches() && type != SectionType.TRANSCRIPT) {
                SectionType t = headings.classify(capsLead.group(1), true);
                if (t != null && t != SectionType.OTHER) {
                    flush(sections, type, heading, current);
                    type = t;
                    heading = capsLead.group(1);
                    current = new ArrayList<>();
                    current.add(new Line(capsLead.group(2), 0, false, line.raw()));
                    continue;
                }
            }
            if (type != SectionType.TRANSCRIPT && noise.isTranscriptTurn(text)) {
                // A transcript without a heading: its turns are set aside one by one.
                flush(sections, type, heading, current);
                sections.add(new Section(SectionType.TRANSCRIPT, null, List.of(line)));
                current = new ArrayList<>();
                continue;
            }
            current.add(line);
        }
        flush(sections, type, heading, current);
        return sections;
    }

    /** INLINE_HEADING needs the first ':' after 3 to 40 other characters; most lines skip building its matcher. */
    private static boolean mayBeInlineHeading(String text) {
        int colon = text.indexOf(':');
        return colon >= 3 && colon <= 40;
    }

    private static boolean isSentence(String text) {
        return text.endsWith(".") || TextShape.splitCount(text) > 8;
    }

    private static boolean holdsYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            if ((text.startsWith("19", i) || text.startsWith("20", i)) && Character.isDigit(text.charAt(i + 2))
                    && Character.isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** A line of prose, not an item of a list: more than twelve words with a sentence end inside or at its end. */
    private static boolean isParagraph(Line line) {
        String t = line.text();
        return !line.bullet() && TextShape.splitCount(t) > 12 && (t.contains(". ") || t.endsWith("."));
    }

    /** CAPS_LEAD_HEADING needs three upper-case letters first and 23 characters in all. */
    private static boolean mayBeCapsLead(String text) {
        return text.length() >= 23 && Character.isUpperCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1))
                && Character.isUpperCase(text.charAt(2));
    }

    /** Inline "Skills: Java, Go" opens a section; "Location: Berlin" or "Tech used: Go" does not. */
    private static boolean isSectionLevel(SectionType t) {
        return t == SectionType.SKILLS || t == SectionType.SUMMARY || t == SectionType.EDUCATION
                || t == SectionType.LANGUAGES || t == SectionType.CERTIFICATIONS || t == SectionType.INTERESTS;
    }

    private SectionType headingType(Line line) {
        String text = line.text();
        if (text.length() > 60) {
            return null;
        }
        if (line.bullet()) {
            // "■ Employment History", "▶ SKILLS": Japanese and some designed resumes mark headings with a glyph that
            // reads as a bullet; only a known heading word for word counts then.
            return headings.classifyExact(text);
        }
        boolean strong = line.isHeading() || text.endsWith(":") || isAllCaps(text);
        SectionType t = headings.classify(text, strong);
        if (t != null) {
            return t;
        }
        if (line.headingLevel() == 2 && !ROLE_LIKE.matcher(text).find()) {
            return SectionType.OTHER;
        }
        return null;
    }

    /** A plain "Label:" line (no markdown heading, not ALL CAPS). */
    private static boolean isRoleLabel(Line line) {
        String t = line.text();
        return !line.isHeading() && t.endsWith(":") && !isAllCaps(t);
    }

    private static boolean isAllCaps(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static void flush(List<Section> sections, SectionType type, String heading, List<Line> lines) {
        if (!lines.isEmpty() || heading != null) {
            sections.add(new Section(type, heading, List.copyOf(lines)));
        }
    }
}
