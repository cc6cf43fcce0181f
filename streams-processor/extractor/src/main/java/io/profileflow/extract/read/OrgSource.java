package io.profileflow.extract.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a resume kept as an Emacs org-mode file: outline stars become Markdown headings (without their
 * {@code :tags:}), property drawers become "Label: value" lines, timestamps {@code <2021-09>} plain dates,
 * {@code #+AUTHOR:} the name line and the other {@code #+KEYWORD:} lines go.
 */
final class OrgSource {
    private static final Pattern MARKERS = Pattern.compile("(?m)^(?:#\\+(?:TITLE|AUTHOR|OPTIONS|STARTUP):|\\s*:PROPERTIES:\\s*$)");
    private static final Pattern HEADING = Pattern.compile("^(\\*{1,6}) +(.*?)(?:\\s+:[\\w@#%:]+:)?\\s*$");
    private static final Pattern PROPERTY = Pattern.compile("^\\s*:([A-Za-z][\\w-]*):\\s*(.*)$");
    private static final Pattern TIMESTAMP = Pattern.compile("[<\\[](\\d{4}-\\d{2}(?:-\\d{2})?)(?: \\p{L}{2,3}\\.?)?(?: \\d{1,2}:\\d{2})?[>\\]]");
    private static final Pattern KEYWORD = Pattern.compile("^#\\+([A-Za-z_]+):\\s*(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]]+)](?:\\[([^\\]]+)])?]");
    /** "- Location :: Trondheim": an org description list item. */
    private static final Pattern DESCRIPTION_ITEM = Pattern.compile("^(\\s*)[-+] (.+?) :: (.*)$");

    private OrgSource() {
    }

    static boolean isOrg(String text) {
        return (text.contains("#+") || text.contains(":PROPERTIES:")) && MARKERS.matcher(text).find();
    }

    static String toText(String org) {
        StringBuilder out = new StringBuilder(org.length());
        String author = null;
        StringBuilder body = new StringBuilder();
        for (String raw : org.replace("\r\n", "\n").split("\n", -1)) {
            String line = TIMESTAMP.matcher(raw).replaceAll("$1");
            line = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(1)));
            Matcher k = KEYWORD.matcher(line);
            if (k.matches()) {
                if (k.group(1).equalsIgnoreCase("AUTHOR")) {
                    author = k.group(2).strip();
                } else if (k.group(1).equalsIgnoreCase("EMAIL")) {
                    body.append(k.group(2).strip()).append('\n');
                }
                continue; // TITLE ("Curriculum Vitae"), OPTIONS, LATEX_HEADER ...: settings of the export
            }
            String t = line.strip();
            if (t.equalsIgnoreCase(":PROPERTIES:") || t.equalsIgnoreCase(":END:")) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                body.append("#".repeat(h.group(1).length())).append(' ').append(h.group(2)).append('\n');
                continue;
            }
            Matcher p = PROPERTY.matcher(line);
            if (p.matches()) {
                String key = p.group(1).charAt(0) + p.group(1).substring(1).toLowerCase(java.util.Locale.ROOT);
                body.append(key).append(": ").append(p.group(2).strip()).append('\n');
                continue;
            }
            Matcher d = DESCRIPTION_ITEM.matcher(line);
            if (d.matches()) {
                body.append(d.group(1)).append(d.group(2).strip()).append(": ").append(d.group(3).strip()).append('\n');
                continue;
            }
            body.append(line).append('\n');
        }
        if (author != null && !author.isEmpty()) {
            out.append(author).append("\n\n");
        }
        return out.append(body).toString();
    }
}
