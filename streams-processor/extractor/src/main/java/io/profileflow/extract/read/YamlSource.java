package io.profileflow.extract.read;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a resume kept as YAML (RenderCV and similar "resume as data" files): a key that opens a block
 * ("experience:", "education:") becomes a section heading, a record's fields become the labelled rows the role
 * finder reads ("Company: ...", "Position: ...", "start_date: 2021-03" / "end_date: present"), a free-text field its
 * content and list items bullets. Comments (editor directives naming "yaml" or "json") are dropped.
 */
final class YamlSource {
    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(- )?([A-Za-z][\\w-]{0,30}):(?:\\s+(.*?))?\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)- (.*?)\\s*$");
    /** A YAML resume: a top-level "cv:" or "basics:", or several records opened by "- key: value". */
    private static final Pattern MARKERS = Pattern.compile("(?m)^(?:cv|resume|basics|sections):\\s*$");
    private static final Pattern RECORD_START = Pattern.compile("(?m)^\\s*- [a-z_]{2,20}: \\S");
    /** Keys whose value is the record's own text rather than a labelled field. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("company", "Company"), Map.entry("employer", "Company"), Map.entry("organization", "Company"),
            Map.entry("organisation", "Company"), Map.entry("position", "Position"), Map.entry("title", "Position"),
            Map.entry("role", "Position"), Map.entry("location", "Location"), Map.entry("institution", "Institution"),
            Map.entry("name", "Name"), Map.entry("email", "Email"), Map.entry("phone", "Phone"),
            Map.entry("website", "Website"), Map.entry("date", "Date"));
    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("summary", "description", "details",
            "area", "degree", "studytype", "label", "headline");
    private static final java.util.Set<String> SKIPPED_BLOCKS = java.util.Set.of("cv", "sections", "design", "locale",
            "rendercv_settings", "highlights", "keywords", "social_networks", "profiles", "meta");

    private static final Pattern QUOTED_ITEM = Pattern.compile("(?m)^- (['\"])(.*)\\1$");

    private YamlSource() {
    }

    static boolean isYaml(String text) {
        if (!(text.startsWith("cv:") || text.contains("\ncv:") || text.contains("sections:") || text.contains("basics:")
                || text.contains("resume:") || countRecordStarts(text) >= 3)) {
            return false; // neither a YAML resume's keys nor "- key: value" records: most texts
        }
        if (MARKERS.matcher(text).find()) {
            return true;
        }
        Matcher m = RECORD_START.matcher(text);
        int records = 0;
        while (m.find() && records < 3) {
            records++;
        }
        return records >= 3 && text.indexOf('{') < 0;
    }

    /** Lines opening with "- key: " (lower-case key), counted up to three in one pass over the line starts. */
    private static int countRecordStarts(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < 3; ) {
            int k = i;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (text.startsWith("- ", k)) {
                int c = k + 2;
                while (c < text.length() && (text.charAt(c) >= 'a' && text.charAt(c) <= 'z' || text.charAt(c) == '_')) {
                    c++;
                }
                if (c > k + 3 && text.startsWith(": ", c)) {
                    count++;
                }
            }
            int next = text.indexOf('\n', i);
            if (next < 0) {
                break;
            }
            i = next + 1;
        }
        return count;
    }

    static String toText(String yaml) {
        StringBuilder out = new StringBuilder(yaml.length());
        boolean design = false;
        int designIndent = -1;
        for (String raw : yaml.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.stripTrailing();
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.equals("---")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (design && indent > designIndent) {
                continue; // the layout settings of a "design:" block
            }
            design = false;
            Matcher k = KEY_LINE.matcher(line);
            if (k.matches()) {
                String key = k.group(3).toLowerCase(Locale.ROOT);
                String value = unquote(k.group(4));
                if (k.group(2) != null) {
                    out.append('\n'); // a new record of a list
                }
                if (value.isEmpty()) {
                    if (key.equals("design") || key.equals("rendercv_settings") || key.equals("locale")) {
                        design = true;
                        designIndent = indent;
                    } else if (!SKIPPED_BLOCKS.contains(key)) {
                        out.append('\n').append(heading(k.group(3))).append('\n');
                    }
                } else if (TEXT_FIELDS.contains(key)) {
                    out.append(value).append('\n');
                } else if (LABELS.containsKey(key)) {
                    out.append(LABELS.get(key)).append(": ").append(value).append('\n');
                } else {
                    out.append(k.group(3)).append(": ").append(value).append('\n');
                }
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                out.append("- ").append(unquote(item.group(2))).append('\n');
            } else {
                // a folded continuation of the line before
                if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                    out.setLength(out.length() - 1);
                }
                out.append(' ').append(unquote(t)).append('\n');
            }
        }
        // a quoted item folded over lines is unquoted once whole
        String text = QUOTED_ITEM.matcher(out).replaceAll("- $2");
        return text.replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    /** "social_networks" -> "Social networks". */
    private static String heading(String key) {
        String words = key.replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String unquote(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (v.length() >= 2 && (v.charAt(0) == '\'' && v.endsWith("'") || v.charAt(0) == '"' && v.endsWith("\""))) {
            v = v.substring(1, v.length() - 1);
        }
        return v.replace("''", "'");
    }
}
