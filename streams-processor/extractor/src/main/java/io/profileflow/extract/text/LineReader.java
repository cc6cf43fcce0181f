package io.profileflow.extract.text;

import io.profileflow.extract.Deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts normalized text into {@link Line}s and strips markdown: heading hashes, list markers, emphasis,
 * link syntax (the link text stays), inline-code backticks, backslash escapes, table pipes and rules.
 */
public final class LineReader {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) +");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-+*>] +|\\(?(?:\\d{1,2}|[ivx]{1,4}|[a-h])[.)] +)");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,2000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\(([^)\\s]{0,2000})\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+.!$&|<>~%-])");
    /** The end of a LaTeX table row: "\\\\", optionally with extra spacing ("\\\\[4pt]"). */
    private static final Pattern LATEX_ROW_END = Pattern.compile("\\s*\\\\\\\\(?:\\[[\\w.]{1,8}\\])?$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])");
    /** Inline HTML of Markdown files (GitHub profile READMEs): tags with or without attributes. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:br|b|i|u|em|strong|span|p|div|sup|sub|h[1-6]|a|picture|source|center|details|summary|small|big"
                    + "|code|kbd|hr|table|tr|td|th|thead|tbody|ul|ol|li)(?:\\s[^<>]{0,1000})?\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static String withCellBreaks(String row) {
        return CELL_BREAK.matcher(row).replaceAll(mr -> {
            char before = mr.start() > 0 ? row.charAt(mr.start() - 1) : ' ';
            char after = mr.end() < row.length() ? row.charAt(mr.end()) : ' ';
            return before == '-' || before == ' ' || before == '|' || !Character.isLetterOrDigit(after) ? " " : ", ";
        });
    }

    private static final Pattern CELL_BREAK = Pattern.compile("\\s*<br\\s*/?>\\s*", Pattern.CASE_INSENSITIVE);
    /** An image tag stands for its alt text: a badge's alt="Rust" names a skill, its URL names nothing. */
    private static final Pattern IMG_TAG = Pattern.compile(
            "<img\\b[^<>]{0,1000}?\\balt=\"([^\"<>]{0,100})\"[^<>]{0,1000}>|<img\\b[^<>]{0,2000}>",
            Pattern.CASE_INSENSITIVE);
    private static final String RULE_CHARS = "-=*_|: ";
    private static final Pattern RULE = Pattern.compile("^[" + RULE_CHARS + "]{3,}$");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** A quoted empty line of an email reply: ">" alone. */
    private static final Pattern EMPTY_QUOTED_LINE = Pattern.compile("(?m)^> *$");
    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^> ?");

    public List<Line> read(String text, Deadline deadline) {
        String normalized = unquoteReply(text);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int count = 0;
        int n = normalized.length();
        while (start <= n) {
            int end = normalized.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if ((++count & 255) == 0) {
                deadline.check("reading lines");
            }
            Line line = clean(withoutUiControls(normalized.substring(start, end)));
            if (line != null) {
                lines.add(line);
            }
            start = end + 1;
        }
        unmarkParentItems(lines);
        joinDanglingHeaders(lines);
        readBeforeAfterTables(lines);
        return lines;
    }

    /**
     * A profile editor's controls printed with the text of a job-board page: "Career history | + Add role",
     * "Edit | Delete", "... Show more" at a line's end. They name nothing of the person, and left in place they
     * read as an employer or turn a bullet into a header. The ellipsis of a cut text stays: it marks a description.
     */
    private static final Pattern UI_CONTROLS = Pattern.compile(
            "(?i)(?:\\s*\\|)?\\s*(?:\\+ ?add (?:role|position|experience|education|skill|section|certification|language)s?"
                    // "Employment        Add employment", "Add 2 missing details": a button set apart by a gap
                    + "|(?<=\\|\\s|\\s{2})add(?: \\d+)? (?:missing )?(?:employment|role|position|experience|education|skill"
                    + "|section|certification|language|project|detail|it skill)s?"
                    + "|edit(?:\\s*\\|?\\s*delete)?|delete|(?<=…|\\.\\.\\.|\\s)(?:show|see|read) more"
                    // "Show 1 more role ▾", "See all 4 experiences"
                    + "|(?:show|see)(?: all)? \\d+ more(?: \\p{L}+)?|(?:show|see) all \\d+ \\p{L}+"
                    // an editor's pencil after a name or heading: "Vikram Iyer ✎"
                    + "|[✎✏✐🖉]+)\\s*[▾▼⌄›→]?\\s*$");

    /** The line without trailing UI controls; only lines holding one of their words run the pattern. */
    static String withoutUiControls(String line) {
        if (!(line.contains("dd ") || line.contains("dit") || line.contains("elete") || line.contains(" more")
                || line.contains(" all ") || line.indexOf('✎') >= 0 || line.indexOf('✏') >= 0 || line.indexOf('✐') >= 0
                || line.contains("🖉"))) {
            return line;
        }
        String stripped = UI_CONTROLS.matcher(line).replaceFirst("");
        return stripped.isBlank() && !line.isBlank() ? "" : stripped;
    }

    /** The header of a before/after table: "Metric | Before | After", "KPI | From | To", "| Old | New". */
    private static final Pattern BEFORE_AFTER_HEADER = Pattern.compile(
            "(?i)(?:(?:metric|kpi|measure|indicator|what)\\s*\\|\\s*)?(?:before|from|old|baseline)\\s*\\|\\s*(?:after|to|new|now|result)");
    private static final Pattern CELLS = Pattern.compile("\\s*\\|\\s*");

    /**
     * "| MTTR | 3 h | 25 min |" under "| Metric | Before | After |": each row is one change, written out as the
     * sentence the metric grammar reads ("MTTR from 3 h to 25 min"), a bullet of the role it stands in.
     */
    private static void readBeforeAfterTables(List<Line> lines) {
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.indexOf('|') < 0) {
                inTable = false;
                continue;
            }
            if (BEFORE_AFTER_HEADER.matcher(t).matches()) {
                inTable = true;
                lines.set(i, new Line(t, 0, false, lines.get(i).raw()));
                continue;
            }
            String[] cells = CELLS.split(t);
            if (inTable && cells.length == 3) {
                lines.set(i, new Line(cells[0] + " from " + cells[1] + " to " + cells[2], 0, true, lines.get(i).raw()));
            } else {
                inTable = false;
            }
        }
    }

    /**
     * "Frontend Engineering Lead, Design Systems &" / "Accessibility", "AWS Certified Solutions Architect -" /
     * "Professional": a short line that ends in a connector was cut by the export's column width; its end is the
     * short capitalised line below it.
     */
    private static void joinDanglingHeaders(List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            String t = line.text();
            String n = next.text();
            if (!line.bullet() && !next.bullet() && t.length() <= 80 && n.length() <= 40 && !n.isEmpty()
                    && Character.isUpperCase(n.charAt(0)) && next.headingLevel() == 0 && endsWithConnector(t)) {
                lines.set(i, new Line(t + " " + n, line.headingLevel(), false, line.raw()));
                lines.remove(i + 1);
            }
        }
    }

    /** (A dash after a year is an open period, "2021 -", not a cut.) */
    private static boolean endsWithConnector(String t) {
        return t.endsWith(" &") || t.endsWith(" and") || t.endsWith(" of") || t.endsWith(" for")
                || t.endsWith(" -") && t.length() > 2 && Character.isLetter(t.charAt(t.length() - 3));
    }

    /**
     * A list item with items nested under it is their label, not a bullet of its own: "- **Mercadito Tech** —
     * Buenos Aires" over "  - *Staff ML Engineer* · 2022-06 – present" names the employer of the roles below it.
     */
    private static void unmarkParentItems(List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            if (line.bullet() && next.bullet() && indent(next.raw()) > indent(line.raw()) + 1) {
                lines.set(i, new Line(line.text(), line.headingLevel(), false, line.raw()));
            }
        }
    }

    private static int indent(String raw) {
        int i = 0;
        while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * A CV pasted into an email and quoted in the reply ("> EXPERIENCE", "> - Moved 180 services"): the quote marks
     * go. A quoted empty line ("&gt;" alone) tells a reply from '>' bullets, which never stand alone.
     */
    static String unquoteReply(String text) {
        if (text.indexOf('>') < 0) {
            return text;
        }
        var empty = EMPTY_QUOTED_LINE.matcher(text);
        int count = 0;
        while (count < 2 && empty.find()) {
            count++;
        }
        return count < 2 ? text : QUOTE_MARK.matcher(text).replaceAll("");
    }

    /** The cleaned line, or null when nothing is left (blank lines, rules). */
    public Line clean(String raw) {
        String s = raw.strip();
        if (s.isEmpty() || isRule(s) || s.length() == 1 && "-*+•>".indexOf(s.charAt(0)) >= 0) {
            return null; // (an empty list item of an HTML page: "-" alone)
        }
        boolean latexContinuation = false;
        if (s.endsWith("\\\\") || s.endsWith("]") && s.contains("\\\\[")) {
            // A LaTeX table row left by detex: "2019--2022 & Title & Company & City \\" is a header line with
            // '&' between its fields; " & Shipped a model ... \\" continues the row above as a bullet.
            var row = LATEX_ROW_END.matcher(s);
            if (row.find()) {
                s = s.substring(0, row.start()).strip();
                latexContinuation = s.startsWith("& ");
                s = (latexContinuation ? s.substring(2) : s).replace(" & ", " | ");
                if (s.isEmpty()) {
                    return null;
                }
            }
        }
        int level = 0;
        var h = s.charAt(0) == '#' ? HEADING.matcher(s) : null;
        if (h != null && h.lookingAt()) {
            level = h.group(1).length();
            s = s.substring(h.end());
        }
        boolean bullet = latexContinuation;
        var b = level == 0 && mayStartListMarker(s) ? LIST_MARKER.matcher(s) : null;
        if (b != null && b.lookingAt()) {
            bullet = true;
            s = s.substring(b.end());
        }
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll(mr -> isBadge(mr.group()) ? " " + java.util.regex.Matcher.quoteReplacement(
                    mr.group(1)) + " " : "");
            s = LINK.matcher(s).replaceAll(mr -> java.util.regex.Matcher.quoteReplacement(
                    mr.group(1).isBlank() ? mr.group(2) : mr.group(1)));
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('_') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("");
        } else if (s.indexOf('*') >= 0) {
            // Without '_' EMPHASIS matches every run of '*' and nothing else.
            s = s.replace("*", "");
        }
        if (s.indexOf('`') >= 0) {
            // Inline code ("`2022-08` → `present`", "`Kotlin`"): the text inside is plain text here.
            s = s.replace("`", "");
        }
        if (s.indexOf('<') >= 0 && s.startsWith("|")) {
            // "| **Wisła Payments S.A.**<br>Kraków |": lines of one table cell, read as its comma-separated parts
            // ("2022-07 –<br>today" stays one range).
            s = withCellBreaks(s);
        }
        if (s.indexOf('<') >= 0) {
            s = IMG_TAG.matcher(s).replaceAll(mr -> mr.group(1) == null ? " "
                    : " " + java.util.regex.Matcher.quoteReplacement(mr.group(1)) + " ");
            s = HTML_TAG.matcher(s).replaceAll(" ");
        }
        if (s.startsWith("|") || s.endsWith("|")) {
            s = stripTablePipes(s);
        }
        if (s.contains("  ")) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        s = s.strip();
        if (s.isEmpty() || isRule(s)) {
            return null;
        }
        return new Line(s, level, bullet, raw);
    }

    /** A badge image ("![Rust](https://img.shields.io/badge/Rust-000000)") stands for its alt text, a skill. */
    private static boolean isBadge(String image) {
        return image.contains("shields.io") || image.contains("/badge") || image.contains("skillicons")
                || image.contains("devicon");
    }

    /** RULE allows only its own characters, so a line starting with anything else skips the pattern. */
    private static boolean isRule(String s) {
        return RULE_CHARS.indexOf(s.charAt(0)) >= 0 && RULE.matcher(s).matches();
    }

    /** LIST_MARKER starts with a bullet character, '(', a digit or one of the letters a-h, i, v, x. */
    private static boolean mayStartListMarker(String s) {
        char c = s.isEmpty() ? ' ' : s.charAt(0);
        return "-+*>(".indexOf(c) >= 0 || c >= '0' && c <= '9' || c >= 'a' && c <= 'i' || c == 'v' || c == 'x';
    }

    private static String stripTablePipes(String s) {
        String t = s;
        while (t.startsWith("|")) {
            t = t.substring(1).strip();
        }
        while (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
