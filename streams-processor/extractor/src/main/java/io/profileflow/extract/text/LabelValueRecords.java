package io.profileflow.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites an ATS print (Workday and similar "label on one line, value on the next" forms) into the "Label: value"
 * lines the rest of the engine reads: "Job Title" / "Senior SRE" becomes "Title: Senior SRE", "First Name" /
 * "Tomasz" and "Last Name" / "Hale" become "Name: Tomasz Hale", and a role's "From" / "06/2021", "To" / "05/2023"
 * and "I currently work here" / "Yes" become one "Period: 06/2021 - Present" line. A label is only read as one when
 * the document holds at least three of them standing alone, so ordinary one-word lines ("Location", "Company") of
 * other layouts are left as they are.
 */
public final class LabelValueRecords {
    /** The form's labels, and the label the rest of the engine knows them by. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("job title", "Title"), Map.entry("position title", "Title"), Map.entry("company", "Company"),
            Map.entry("company name", "Company"), Map.entry("employer", "Company"), Map.entry("location", "Location"),
            Map.entry("from", "From"), Map.entry("to", "To"), Map.entry("start date", "From"), Map.entry("end date", "To"),
            Map.entry("i currently work here", "Current"), Map.entry("currently working here", "Current"),
            Map.entry("role description", "Description"), Map.entry("first name", "First Name"),
            Map.entry("last name", "Last Name"), Map.entry("given name", "First Name"),
            Map.entry("family name", "Last Name"), Map.entry("email address", "Email"),
            Map.entry("phone number", "Phone"), Map.entry("school or university", "School"),
            Map.entry("degree", "Degree"), Map.entry("field of study", "Field of Study"));
    /**
     * Labels too common as ordinary one-word lines ("Location", "Company") to count towards recognising the form;
     * once it is recognised they are read like the others.
     */
    private static final Set<String> WEAK = Set.of("location", "company", "from", "to", "degree", "employer");
    private static final int MIN_STRONG_LABELS = 3;

    private LabelValueRecords() {
    }

    public static String rewrite(String text) {
        if (!mayBeForm(text)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int strong = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String key = lines[i].strip().toLowerCase(java.util.Locale.ROOT);
            if (LABELS.containsKey(key) && !WEAK.contains(key) && !lines[i + 1].isBlank()) {
                strong++;
            }
        }
        if (strong < MIN_STRONG_LABELS) {
            return text;
        }
        List<String> out = new ArrayList<>(lines.length);
        String firstName = null;
        int nameAt = -1;
        int fromAt = -1;
        boolean current = false;
        for (int i = 0; i < lines.length; i++) {
            String key = lines[i].strip().toLowerCase(java.util.Locale.ROOT);
            String label = LABELS.get(key);
            String value = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (label == null || value.isEmpty() || LABELS.containsKey(value.toLowerCase(java.util.Locale.ROOT))) {
                out.add(lines[i]);
                continue;
            }
            i++; // the value line is taken
            switch (label) {
                case "First Name" -> {
                    firstName = value;
                    nameAt = out.size();
                    out.add("Name: " + value);
                }
                case "Last Name" -> {
                    if (nameAt >= 0) {
                        out.set(nameAt, "Name: " + firstName + " " + value);
                    } else {
                        out.add("Last Name: " + value);
                    }
                }
                case "Title" -> {
                    current = false; // a new record
                    fromAt = -1;
                    out.add("Title: " + value);
                }
                case "Current" -> {
                    current = value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true");
                    if (current && fromAt >= 0) {
                        out.set(fromAt, out.get(fromAt) + " - Present");
                    }
                }
                case "From" -> {
                    fromAt = out.size();
                    out.add("Period: " + value + (current ? " - Present" : ""));
                }
                case "To" -> {
                    if (fromAt >= 0 && !current) {
                        out.set(fromAt, out.get(fromAt) + " - " + value);
                    } else if (fromAt < 0) {
                        out.add("To: " + value);
                    }
                }
                default -> out.add(label + ": " + value);
            }
        }
        return String.join("\n", out);
    }

    /** "Job Title" or "First Name" on a line of its own: the cheap sign of such a form. */
    private static boolean mayBeForm(String text) {
        return text.contains("\nJob Title\n") || text.contains("\nFirst Name\n") || text.contains("\nStart Date\n")
                || text.contains("\nI currently work here\n");
    }
}
