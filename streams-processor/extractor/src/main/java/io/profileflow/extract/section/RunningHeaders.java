package io.profileflow.extract.section;

import io.profileflow.extract.text.Line;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The running header or footer a PDF repeats on every page ("Marisol Achterberg-Nwosu   Resume   marisol@mail.test",
 * "J. Okafor – CV – page 2"): a line written twice or more that names the document, an e-mail address or a page.
 * It falls between a role's lines, so every copy but one at the top of the document is dropped; that one may be
 * where the name is.
 */
final class RunningHeaders {
    /** The top lines of the first page, where a copy of the header is the document's own header. */
    private static final int TOP_LINES = 5;
    private static final Pattern DOCUMENT_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:resume|résumé|cv|curriculum vitae|lebenslauf|page \\d)(?![\\p{L}])");

    /** An e-mail address ("Title @ Company" repeated over roles is no header). */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]@[\\w-]+\\.\\w");

    private final Set<String> repeated;

    private RunningHeaders(Set<String> repeated) {
        this.repeated = repeated;
    }

    static RunningHeaders of(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            if (!line.bullet() && line.text().length() >= 12 && line.text().length() <= 140) {
                counts.merge(line.text(), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((text, n) -> {
            if (n >= 2 && (EMAIL.matcher(text).find() || DOCUMENT_WORD.matcher(text).find())) {
                repeated.add(text);
            }
        });
        return new RunningHeaders(repeated);
    }

    /** Whether the line at {@code index} is a page's copy of the running header (not the document's own at the top). */
    boolean isPageCopy(Line line, int index, Set<String> seen) {
        String text = line.text();
        if (repeated.isEmpty() || !repeated.contains(text)) {
            return false;
        }
        return !seen.add(text.toLowerCase(Locale.ROOT)) || index >= TOP_LINES;
    }
}
