package io.profileflow.extract.experience;

import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.text.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Unfolds an experience section that a PDF viewer flattened onto one line: "Senior Engineer Acme Ltd Leeds, UK
 * Feb 2021 - Present | Did this | Did that Engineer Beta plc York, UK May 2018 - Jan 2021 | ...". Each piece between
 * bullet separators that ends in a date range carries a role header: the run of capitalised words before the
 * range, which starts where the previous bullet's lower-case prose stops. The header becomes a
 * "Title | Company | Place | dates" line and the other pieces become bullets.
 */
final class FlattenedRoleLines {
    private static final int MIN_FLATTENED_CHARS = 200;
    private static final Pattern PIECES = Pattern.compile(" \\| ");
    private static final Pattern CONNECTOR = Pattern.compile("&|and|of|de|du|der|und|y|-");
    /** Words of a title that may come before its first role noun ("Senior", "Lead", "Site Reliability"). */
    private static final int MAX_WORDS_BEFORE_ROLE_NOUN = 2;

    private final DateRangeParser dates = new DateRangeParser();

    /** The lines with every flattened run of roles unfolded; other lines unchanged. */
    List<Line> rewrite(List<Line> lines) {
        List<Line> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<Line> unfolded = line.text().length() >= MIN_FLATTENED_CHARS ? unfold(line) : null;
            if (unfolded != null && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (out != null) {
                out.addAll(unfolded != null ? unfolded : List.of(line));
            }
        }
        return out == null ? lines : out;
    }

    private List<Line> unfold(Line line) {
        String[] pieces = PIECES.split(line.text());
        List<Line> out = new ArrayList<>();
        int headers = 0;
        for (String piece : pieces) {
            DateRange r = endingRange(piece);
            String[] words = r == null ? null : piece.substring(0, r.from()).strip().split(" ");
            int start = words == null ? -1 : headerStart(words);
            if (start < 0) {
                out.add(new Line(piece.strip(), 0, true, line.raw()));
                continue;
            }
            if (start > 0) {
                out.add(new Line(String.join(" ", List.of(words).subList(0, start)), 0, true, line.raw()));
            }
            out.add(new Line(header(words, start) + " | " + piece.substring(r.from(), r.to()).strip(), 0, false,
                    line.raw()));
            headers++;
        }
        return headers >= 2 ? out : null;
    }

    /** The date range that ends the piece, or null. */
    private DateRange endingRange(String piece) {
        List<DateRange> all = dates.findAll(piece);
        if (all.isEmpty()) {
            return null;
        }
        DateRange last = all.get(all.size() - 1);
        return piece.substring(last.to()).isBlank() && last.from() > 0 ? last : null;
    }

    /** Index of the first word of the header in {@code words}, or -1 when the words before the date hold none. */
    private static int headerStart(String[] words) {
        int run = words.length;
        while (run > 0 && isHeaderWord(words[run - 1])) {
            run--;
        }
        for (int i = run; i < words.length; i++) {
            if (TitleWords.score(words[i]) >= 2) {
                return Math.max(run, i - MAX_WORDS_BEFORE_ROLE_NOUN);
            }
        }
        return -1;
    }

    private static boolean isHeaderWord(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || CONNECTOR.matcher(w).matches());
    }

    /** "Senior Engineer Acme Ltd Leeds, UK" -> "Senior Engineer | Acme Ltd | Leeds, UK". */
    private static String header(String[] words, int start) {
        // The title runs to its last role noun; "Lead Data Analyst" has a gap, the employer after it a longer one.
        int titleEnd = start;
        for (int i = start; i < words.length && i < start + 6; i++) {
            if (TitleWords.score(words[i]) >= 2) {
                titleEnd = i + 1;
            } else if (titleEnd > start && i - titleEnd >= MAX_WORDS_BEFORE_ROLE_NOUN) {
                break;
            }
        }
        int placeStart = words.length;
        for (int i = words.length - 1; i > titleEnd; i--) {
            if (words[i - 1].endsWith(",")) {
                placeStart = i - 1;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(String.join(" ", List.of(words).subList(start, titleEnd)));
        if (placeStart > titleEnd) {
            sb.append(" | ").append(String.join(" ", List.of(words).subList(titleEnd, placeStart)));
        }
        if (placeStart < words.length) {
            sb.append(" | ").append(String.join(" ", List.of(words).subList(placeStart, words.length)));
        }
        return sb.toString();
    }
}
