package io.profileflow.extract.experience;

import io.profileflow.extract.text.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rewrites a role table ("Company | Title | From | To" header row, one row per role, as the line reader leaves a
 * markdown or HTML table) into one "Title | Company | Location | From - To" line per row, the shape the role
 * finder reads. Without this the start and end sit in separate cells and are never paired into a range.
 */
final class RoleTableRows {
    private static final Pattern CELL_SPLIT = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern COMPANY = Pattern.compile(
            "(?i)company|employer|organi[sz]ation|firm|client|empresa|société|unternehmen|arbeitgeber");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)(?:job )?title|role|position|designation|poste|puesto|cargo|funktion|rolle");
    private static final Pattern START = Pattern.compile("(?i)from|start(?: date)?|since|begin|von|desde|début");
    private static final Pattern END = Pattern.compile("(?i)to|end(?: date)?|until|till|bis|hasta|fin");
    private static final Pattern PERIOD = Pattern.compile("(?i)dates?|period|duration|years?|tenure|zeitraum|période|periodo");
    private static final Pattern LOCATION = Pattern.compile("(?i)location|city|place|ort|lieu|ciudad");

    private RoleTableRows() {
    }

    /** The lines with every role-table row rewritten; other lines (and a section without a table) unchanged. */
    static List<Line> rewrite(List<Line> lines) {
        List<Line> out = null;
        int[] columns = null;
        int width = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            if (t.indexOf('|') < 0) {
                columns = null;
                if (out != null) {
                    out.add(line);
                }
                continue;
            }
            String[] cells = CELL_SPLIT.split(t, -1);
            int[] header = headerColumns(cells);
            if (header != null) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                columns = header;
                width = cells.length;
                continue;
            }
            if (columns != null && cells.length == width) {
                out.add(new Line(row(cells, columns), 0, false, line.raw()));
            } else if (out != null) {
                out.add(line);
            }
        }
        return out == null ? lines : out;
    }

    /** Column indexes {company, title, start, end, period, location} (-1 when absent), or null for a non-header. */
    private static int[] headerColumns(String[] cells) {
        int[] c = {-1, -1, -1, -1, -1, -1};
        Pattern[] kinds = {COMPANY, TITLE, START, END, PERIOD, LOCATION};
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip().toLowerCase(Locale.ROOT);
            boolean known = false;
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
        boolean hasDates = c[2] >= 0 || c[4] >= 0;
        return c[0] >= 0 && c[1] >= 0 && hasDates ? c : null;
    }

    private static String row(String[] cells, int[] c) {
        StringBuilder sb = new StringBuilder(cells[c[1]].strip()).append(" | ").append(cells[c[0]].strip());
        if (c[5] >= 0 && !cells[c[5]].isBlank()) {
            sb.append(" | ").append(cells[c[5]].strip());
        }
        sb.append(" | ");
        if (c[4] >= 0) {
            sb.append(cells[c[4]].strip());
        } else {
            sb.append(cells[c[2]].strip());
            if (c[3] >= 0) {
                sb.append(" - ").append(cells[c[3]].strip());
            }
        }
        return sb.toString();
    }
}
