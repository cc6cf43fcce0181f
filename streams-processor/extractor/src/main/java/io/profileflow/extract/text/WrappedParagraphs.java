package io.profileflow.extract.text;

/**
 * Joins a paragraph that a PDF export or an e-mail client wrapped at a fixed width back into one line: a speaker bio,
 * a summary, a long bullet. Wrapped, "Amara Osei is a data engineer at Halcyon Freight since 2019, where she" reads
 * as a dated role header and the sentence's other half is lost.
 *
 * <p>Only a run of three or more plain lines (no table cells, column gaps, headings or list markers after its first
 * line) whose lines but the last are "full" (within {@link #SLACK} characters of the run's longest line, which is at
 * least {@link #MIN_WIDTH} long) is joined, and a line only to one it continues ({@link WrappedLines#continues}):
 * header lines of a role are short and ragged, a list of one-line entries starts each with a capital.
 */
public final class WrappedParagraphs {
    /** Narrower text is not wrapped prose (role headers, short lists). */
    private static final int MIN_WIDTH = 60;
    /** How much shorter than the longest line a wrapped line may be: the next word did not fit. */
    private static final int SLACK = 18;
    private static final int MIN_LINES = 3;

    private WrappedParagraphs() {
    }

    public static String join(String text) {
        if (text.indexOf('\n') < 0 || text.length() < MIN_WIDTH * MIN_LINES) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean changed = false;
        while (i < lines.length) {
            int end = runEnd(lines, i);
            int joins = end - i >= MIN_LINES ? joinRun(lines, i, end, out) : -1;
            if (joins >= 0) {
                changed |= joins > 0;
            } else {
                for (int k = i; k < Math.max(end, i + 1); k++) {
                    out.append(lines[k]).append('\n');
                }
            }
            i = Math.max(end, i + 1);
        }
        out.setLength(out.length() - 1); // the split kept the text's last line break as an empty last line
        return changed ? out.toString() : text;
    }

    /** The end (exclusive) of the run of plain lines starting at {@code start}; {@code start} itself if none. */
    private static int runEnd(String[] lines, int start) {
        if (!isPlain(lines[start], true)) {
            return start;
        }
        int end = start + 1;
        while (end < lines.length && isPlain(lines[end], false)) {
            end++;
        }
        return end;
    }

    /**
     * Appends the run with its wrapped lines joined and returns how many were joined; -1 (nothing appended) when the
     * run is no wrapped paragraph.
     */
    private static int joinRun(String[] lines, int start, int end, StringBuilder out) {
        int width = 0;
        for (int k = start; k < end; k++) {
            width = Math.max(width, lines[k].strip().length());
        }
        if (width < MIN_WIDTH) {
            return -1;
        }
        int full = 0;
        for (int k = start; k < end - 1; k++) {
            full += isFull(lines[k], width) ? 1 : 0;
        }
        if (full < MIN_LINES - 1) {
            return -1;
        }
        int joins = 0;
        StringBuilder line = new StringBuilder(lines[start].stripTrailing());
        for (int k = start + 1; k < end; k++) {
            if (isFull(lines[k - 1], width) && WrappedLines.continues(lines[k - 1].strip(), lines[k].strip())) {
                line.append(' ').append(lines[k].strip());
                joins++;
            } else {
                out.append(line).append('\n');
                line = new StringBuilder(lines[k].stripTrailing());
            }
        }
        out.append(line).append('\n');
        return joins;
    }

    private static boolean isFull(String line, int width) {
        return line.strip().length() >= width - SLACK;
    }

    /**
     * A non-blank line with no table cell, tab or column gap; after the run's first line also no list marker or
     * heading (a new bullet starts a new paragraph).
     */
    private static boolean isPlain(String line, boolean first) {
        String t = line.strip();
        if (t.isEmpty() || t.indexOf('|') >= 0 || t.indexOf('\t') >= 0 || t.contains("   ")) {
            return false;
        }
        char c = t.charAt(0);
        if (c == '#' || c == '>') {
            return false;
        }
        return first || !(isListMarker(c) && t.length() > 1 && t.charAt(1) == ' ' || isNumberedItem(t));
    }

    /** "1. Built ...", "12) Led ...": a numbered list item. */
    private static boolean isNumberedItem(String t) {
        int i = 0;
        while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' ';
    }

    private static boolean isListMarker(char c) {
        return c == '-' || c == '*' || c == '+' || c == '•' || c == '▪' || c == '◦' || c == '–' || c == '·'
                || c == '➢' || c == '►' || c == '‣' || c == '○' || c == '■';
    }
}
