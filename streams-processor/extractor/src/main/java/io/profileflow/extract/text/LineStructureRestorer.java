package io.profileflow.extract.text;

import io.profileflow.extract.Deadline;
import io.profileflow.extract.experience.DateRangeParser;
import io.profileflow.extract.experience.LocationDetector;
import io.profileflow.extract.model.DateRange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a flattened document (a whole profile, or a whole section, on one line) its lines back: breaks very long
 * lines before markdown headings, list markers ("- ", "2. ", "ii. ", "b) ") and known section headings; inside
 * a flattened document also around date ranges, so "### Engineer @ Acme Jan 2020 - Present | Berlin Built X"
 * becomes a header line, a date line with its location, and the description.
 * Lines of ordinary length are left alone.
 */
public final class LineStructureRestorer {
    /** Lines shorter than this are never split: real bullets and paragraphs stay whole. */
    static final int LONG_LINE = 400;
    /**
     * Longer than any flattened profile: a table, log or base64 blob pasted as one line, or hostile input. Cutting
     * it at headings and date ranges would make thousands of fake role headers, so it is read as prose instead.
     */
    static final int MAX_STRUCTURED_LINE = 20_000;
    /** Prose lines are packed up to this length: longer than any role header line, so none is taken for one. */
    static final int PROSE_LINE = 1_000;
    private static final Pattern SPLIT_POINT = Pattern.compile(
            " (?=#{1,6} \\S)"
                    + "| (?=- [\\p{Lu}(\\[\"])"
                    + "| (?=\\(?(?:1?\\d|[ivx]{1,4}|[a-h])[.)] \\p{Lu})"
                    + "| (?=(?:EXPERIENCE|EDUCATION|SKILLS|PROJECTS|CERTIFICATIONS|LANGUAGES|SUMMARY)\\b)"
                    + "| (?=(?:Work Experience|Professional Experience|Employment History|Work History|Technical Skills"
                    + "|Core Competencies|Education|Certifications|Projects|Summary|Highlights|Specialties|Skills|Languages"
                    + "|Experience|Awards|Publications|Interests|Contact)(?: [&A-Z][\\p{L}&]*){0,3}:? (?=\\p{Lu}|\\d|#|-))");
    private static final Pattern DATE_WORD_BEFORE = Pattern.compile(
            "(?:(?:19|20)\\d\\d(?:[-/.](?:0[1-9]|1[0-2]))?|'\\d\\d|\\p{L}{3,9}\\.?)$");
    private static final Pattern DATE_WORD_AFTER = Pattern.compile(
            "^- (?:present|current|now|today|heute|(?:19|20)\\d\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_START = Pattern.compile("^#{1,6} ");

    private final DateRangeParser dates = new DateRangeParser();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final LocationDetector places = new LocationDetector();

    /** End of the longest word prefix of {@code tail} that is a known place, else the sentence-start rule. */
    private int placeEnd(String tail) {
        int best = -1;
        int end = 0;
        for (int words = 0; words < 8; words++) {
            int next = tail.indexOf(' ', end + 1);
            end = next < 0 ? tail.length() : next;
            if (places.isLocation(tail.substring(0, end))) {
                best = end;
            }
            if (next < 0) {
                break;
            }
        }
        return best > 0 ? best : LocationTail.endOfLocation(tail);
    }

    public String restore(String text, Deadline deadline) {
        if (!hasLongLine(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 256);
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end);
            if (line.length() > MAX_STRUCTURED_LINE) {
                deadline.check("restoring line structure");
                appendProse(out, line);
            } else if (line.length() >= LONG_LINE) {
                deadline.check("restoring line structure");
                for (String piece : splitLongLine(line)) {
                    appendPiece(out, piece);
                }
            } else {
                out.append(line).append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean hasLongLine(String text) {
        int last = 0;
        int n = text.length();
        while (last < n) {
            int nl = text.indexOf('\n', last);
            if (nl < 0) {
                nl = n;
            }
            if (nl - last >= LONG_LINE) {
                return true;
            }
            last = nl + 1;
        }
        return false;
    }

    /** Whole sentences packed into lines of at most PROSE_LINE chars; a longer sentence is cut at spaces. */
    private void appendProse(StringBuilder out, String line) {
        StringBuilder packed = new StringBuilder(PROSE_LINE);
        for (String sentence : sentences.split(line)) {
            String rest = sentence;
            while (rest.length() > PROSE_LINE) {
                flush(out, packed);
                int cut = rest.lastIndexOf(' ', PROSE_LINE);
                if (cut <= 0) {
                    cut = Character.isHighSurrogate(rest.charAt(PROSE_LINE - 1)) ? PROSE_LINE - 1 : PROSE_LINE;
                }
                out.append(rest, 0, cut).append('\n');
                rest = rest.substring(cut).strip();
            }
            if (packed.length() > 0 && packed.length() + 1 + rest.length() > PROSE_LINE) {
                flush(out, packed);
            }
            if (!rest.isEmpty()) {
                packed.append(packed.length() > 0 ? " " : "").append(rest);
            }
        }
        flush(out, packed);
    }

    private static void flush(StringBuilder out, StringBuilder packed) {
        if (packed.length() > 0) {
            out.append(packed).append('\n');
            packed.setLength(0);
        }
    }

    private List<String> splitLongLine(String line) {
        List<String> pieces = new ArrayList<>();
        Matcher m = SPLIT_POINT.matcher(line);
        int from = 0;
        while (m.find()) {
            int at = m.start();
            if (at <= from || isInsideDateRange(line, at)) {
                continue;
            }
            pieces.add(line.substring(from, at));
            from = at + 1;
        }
        pieces.add(line.substring(from));
        return pieces;
    }

    /** "Jan 2020 - Present" must not be cut at its " - ". */
    private static boolean isInsideDateRange(String line, int at) {
        if (at + 1 >= line.length() || line.charAt(at + 1) != '-') {
            return false;
        }
        String before = line.substring(Math.max(0, at - 12), at);
        String after = line.substring(at + 1, Math.min(line.length(), at + 16));
        return DATE_WORD_BEFORE.matcher(before).find() && DATE_WORD_AFTER.matcher(after).find();
    }

    /** A heading piece that carries a date range and a description is cut into header, dates and the rest. */
    private void appendPiece(StringBuilder out, String piece) {
        String p = piece.strip();
        if (p.isEmpty()) {
            return;
        }
        if (!HEADING_START.matcher(p).find()) {
            out.append(p).append('\n');
            return;
        }
        DateRange r = dates.find(p);
        if (r == null) {
            out.append(p).append('\n');
            return;
        }
        String header = p.substring(0, r.from()).strip();
        String datePart = p.substring(r.from(), r.to());
        String rest = p.substring(r.to()).strip();
        out.append(header).append('\n');
        if (rest.startsWith("|")) {
            String tail = rest.substring(1).strip();
            int cut = placeEnd(tail);
            out.append(datePart).append(" | ").append(tail, 0, cut).append('\n');
            rest = tail.substring(cut).strip();
        } else {
            out.append(datePart).append('\n');
        }
        if (!rest.isEmpty()) {
            out.append(rest).append('\n');
        }
    }
}
