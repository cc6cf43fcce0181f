package io.profileflow.extract.experience;

import io.profileflow.extract.text.Line;
import io.profileflow.extract.text.WordScan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rewrites a role table ("Company | Title | From | To" header row, one row per role, as the line reader leaves a
 * markdown or HTML table) into one "Title | Company | Location | From - To" line per row, the shape the role
 * finder reads, and a bullet line for a row's highlights column. Without this the start and end sit in separate
 * cells and are never paired into a range. A table without an employer column ("Period | Project and duties |
 * Position", under a company block of a Japanese career history) gives title and period; its rows' continuation
 * lines (an empty first cell) become bullets of the row above.
 */
final class RoleTableRows {
    private static final Pattern CELL_SPLIT = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern COMPANY = Pattern.compile(
            "(?i)company|employer|organi[sz]ation|firm|client|empresa|société|unternehmen|arbeitgeber");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)(?:job )?title|role|position|designation|poste|puesto|cargo|funktion|rolle|(?:position|role) ?/ ?team");
    /** "Company & Role", "Role / Employer": one column with both, the cell "Borealis Freight, Staff Engineer". */
    private static final Pattern COMPANY_AND_TITLE = Pattern.compile(
            "(?i)(?:company|employer|organi[sz]ation)\\s*(?:&|and|/|\\+)\\s*(?:role|title|position)"
                    + "|(?:role|title|position)\\s*(?:&|and|/|@|at)\\s*(?:company|employer|organi[sz]ation)");
    private static final Pattern START = Pattern.compile("(?i)from|start(?: date)?|since|begin|von|desde|début");
    private static final Pattern END = Pattern.compile("(?i)to|end(?: date)?|until|till|bis|hasta|fin");
    private static final Pattern PERIOD = Pattern.compile("(?i)dates?|period|duration|years?|tenure|when|zeitraum|période|periodo");
    private static final Pattern LOCATION = Pattern.compile("(?i)location|city|place|ort|lieu|ciudad");
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)(?:key )?(?:highlights|achievements|impact|results)"
            + "|description|details|summary|notes|responsibilities|duties|projects?(?: (?:and|&) (?:duties|responsibilities))?");
    private static final int COMPANY_COLUMN = 0;
    private static final int TITLE_COLUMN = 1;
    private static final int START_COLUMN = 2;
    private static final int END_COLUMN = 3;
    private static final int PERIOD_COLUMN = 4;
    private static final int LOCATION_COLUMN = 5;
    private static final int DESCRIPTION_COLUMN = 6;

    /** "Junior PHP Developer (then PHP Developer from 2016)": a dated note in a cell is no period of the row. */
    private static final Pattern DATED_NOTE = Pattern.compile("\\s*\\([^()]*(?:19|20)\\d\\d[^()]*\\)");

    private RoleTableRows() {
    }

    private static String withoutDatedNote(String cell) {
        String c = cell.strip();
        return c.indexOf('(') >= 0 ? DATED_NOTE.matcher(c).replaceAll("").strip() : c;
    }

    /** The lines with every role-table row rewritten; other lines (and a section without a table) unchanged. */
    static List<Line> rewrite(List<Line> lines) {
        List<Line> out = null;
        int[] columns = null;
        int width = 0;
        boolean dropEmpty = false;
        boolean headerLeadingPipe = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            if (columns != null && isContinuation(line, headerLeadingPipe)) {
                // "                  | Migrated 420 COBOL batch jobs ... | Team of 12": a wrapped row of an aligned table.
                out.add(new Line(String.join(" ", nonEmpty(CELL_SPLIT.split(t, -1))), 0, true, line.raw()));
                continue;
            }
            if (t.indexOf('|') < 0) {
                columns = null;
                if (out != null) {
                    out.add(line);
                }
                continue;
            }
            String[] all = CELL_SPLIT.split(t, -1);
            boolean gaps = hasEmptyCell(all);
            // A header row names its columns: no figures in it (most lines with bars are rows or fields).
            int[] header = WordScan.hasDigit(t) ? null : headerColumns(gaps ? nonEmpty(all) : all);
            if (header != null) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                columns = header;
                width = gaps ? nonEmpty(all).length : all.length;
                // Columns set apart by wide gaps leave empty cells; the rows are then read by their filled cells.
                dropEmpty = gaps;
                headerLeadingPipe = line.raw().strip().startsWith("|");
                continue;
            }
            String[] cells = dropEmpty ? nonEmpty(all) : all;
            if (columns != null && cells.length == width) {
                out.add(new Line(row(cells, columns), 0, false, line.raw()));
                String description = columns[DESCRIPTION_COLUMN] >= 0 ? cells[columns[DESCRIPTION_COLUMN]].strip() : "";
                if (!description.isEmpty()) {
                    out.add(new Line(description, 0, true, line.raw()));
                }
            } else if (out != null) {
                out.add(line);
            }
        }
        return out == null ? lines : out;
    }

    /**
     * A line of an aligned text table that continues the row above: its first column is empty (it starts with the
     * column bar where the header did not), or its cells were trimmed away entirely but the raw line had bars.
     */
    private static boolean isContinuation(Line line, boolean headerLeadingPipe) {
        String raw = line.raw().strip();
        boolean rawBar = raw.indexOf('|') >= 0;
        return !headerLeadingPipe && raw.startsWith("|") || line.text().indexOf('|') < 0 && rawBar;
    }

    private static boolean hasEmptyCell(String[] cells) {
        for (String c : cells) {
            if (c.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String[] nonEmpty(String[] cells) {
        return java.util.Arrays.stream(cells).filter(c -> !c.isBlank()).toArray(String[]::new);
    }

    /**
     * Column indexes {company, title, start, end, period, location, description} (-1 when absent), or null for a
     * row that is no role-table header.
     */
    private static int[] headerColumns(String[] cells) {
        int[] c = {-1, -1, -1, -1, -1, -1, -1};
        Pattern[] kinds = {COMPANY, TITLE, START, END, PERIOD, LOCATION, DESCRIPTION};
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip().toLowerCase(Locale.ROOT);
            boolean known = false;
            if (c[COMPANY_COLUMN] < 0 && c[TITLE_COLUMN] < 0 && COMPANY_AND_TITLE.matcher(cell).matches()) {
                c[COMPANY_COLUMN] = i;
                c[TITLE_COLUMN] = i;
                known = true;
            }
            for (int k = 0; k < kinds.length && !known; k++) {
                if (c[k] < 0 && kinds[k].matcher(cell).matches()) {
                    c[k] = i;
                    known = true;
                }
            }
            if (!known) {
                return null;
            }
        }
        boolean hasDates = c[START_COLUMN] >= 0 || c[PERIOD_COLUMN] >= 0;
        boolean named = c[COMPANY_COLUMN] >= 0 || c[DESCRIPTION_COLUMN] >= 0;
        return c[TITLE_COLUMN] >= 0 && hasDates && named ? c : null;
    }

    private static String row(String[] cells, int[] c) {
        String titleCell = withoutDatedNote(cells[c[TITLE_COLUMN]]);
        if (c[COMPANY_COLUMN] == c[TITLE_COLUMN]) {
            // "Université du Nord - IT Services, Student Sysadmin (part-time)": the employer, then the role after
            // the last comma that starts a title
            int comma = titleCell.lastIndexOf(", ");
            if (comma > 0 && TitleWords.isTitle(titleCell.substring(comma + 2))) {
                titleCell = titleCell.substring(comma + 2) + " | " + titleCell.substring(0, comma);
            }
        }
        StringBuilder sb = new StringBuilder(titleCell);
        if (c[COMPANY_COLUMN] >= 0 && c[COMPANY_COLUMN] != c[TITLE_COLUMN]) {
            sb.append(" | ").append(withoutDatedNote(cells[c[COMPANY_COLUMN]]));
        }
        if (c[LOCATION_COLUMN] >= 0 && !cells[c[LOCATION_COLUMN]].isBlank()) {
            sb.append(" | ").append(cells[c[LOCATION_COLUMN]].strip());
        }
        sb.append(" | ");
        if (c[PERIOD_COLUMN] >= 0) {
            sb.append(cells[c[PERIOD_COLUMN]].strip());
        } else {
            sb.append(cells[c[START_COLUMN]].strip());
            if (c[END_COLUMN] >= 0) {
                sb.append(" - ").append(cells[c[END_COLUMN]].strip());
            }
        }
        return sb.toString();
    }
}
