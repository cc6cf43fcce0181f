package io.profileflow.extract.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.model.PartialDate;
import io.profileflow.extract.model.ProfileDraft;
import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.model.SourceKind;
import io.profileflow.extract.model.TextSegment;
import io.profileflow.extract.person.ProfileFacts;
import io.profileflow.extract.text.Line;
import io.profileflow.extract.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a JSON Resume (https://jsonresume.org/schema) field by field: basics (name, label, location, email, phone,
 * url, profiles), work (name or company, position, location, startDate, endDate, highlights, summary), skills
 * (name, keywords) and projects. Education, volunteering and the rest are never taken for employment.
 */
final class JsonResumeMapper {
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*((?:19|20)\\d\\d)(?:[-/.](\\d{1,2}))?");
    private static final Pattern OPEN_END = Pattern.compile("(?i)^\\s*(?:present|current|now|today|ongoing)?\\s*$");

    private final SentenceSplitter sentences = new SentenceSplitter();

    /** True when the JSON has the shape of a JSON Resume. */
    static boolean isJsonResume(JsonNode root) {
        if (root == null || !root.isObject()) {
            return false;
        }
        JsonNode schema = root.path("$schema");
        if (schema.isTextual() && schema.asText().contains("jsonresume")) {
            return true;
        }
        return root.path("basics").isObject() || root.path("work").isArray() && hasAnyObject(root.path("work"));
    }

    private static boolean hasAnyObject(JsonNode array) {
        for (JsonNode n : array) {
            if (n.isObject()) {
                return true;
            }
        }
        return false;
    }

    ProfileDraft map(JsonNode root) {
        ProfileDraft d = new ProfileDraft();
        JsonNode basics = root.path("basics");
        d.name = text(basics, "name");
        d.headline = text(basics, "label");
        d.location = location(basics.path("location"));
        addIfPresent(d.emails, text(basics, "email"));
        addIfPresent(d.phones, text(basics, "phone"));
        addIfPresent(d.links, text(basics, "url"));
        addIfPresent(d.links, text(basics, "website"));
        for (JsonNode p : basics.path("profiles")) {
            addIfPresent(d.links, text(p, "url"));
        }
        String summary = text(basics, "summary");
        if (summary != null) {
            d.declaredYears = new ProfileFacts().declaredYears(List.of(new Line(summary, 0, false, summary)));
            for (String s : sentences.split(summary)) {
                d.skillText.add(new TextSegment(s, SourceKind.SUMMARY, -1, false));
                d.metricClauses.add(new TextSegment(s, SourceKind.SUMMARY, -1, false));
            }
        }
        for (JsonNode w : root.path("work")) {
            mapWork(w, d);
        }
        for (JsonNode s : root.path("skills")) {
            List<String> names = new ArrayList<>();
            addIfPresent(names, text(s, "name"));
            for (JsonNode k : s.path("keywords")) {
                addIfPresent(names, k.isTextual() ? k.asText() : null);
            }
            if (!names.isEmpty()) {
                d.skillText.add(new TextSegment(String.join(", ", names), SourceKind.SKILLS, -1, true));
            }
        }
        for (JsonNode p : root.path("projects")) {
            List<String> parts = new ArrayList<>();
            addIfPresent(parts, text(p, "description"));
            for (JsonNode h : p.path("highlights")) {
                addIfPresent(parts, h.isTextual() ? h.asText() : null);
            }
            for (String part : parts) {
                d.skillText.add(new TextSegment(part, SourceKind.PROJECTS, -1, false));
                d.metricClauses.add(new TextSegment(part, SourceKind.PROJECTS, -1, false));
            }
            List<String> keywords = new ArrayList<>();
            for (JsonNode k : p.path("keywords")) {
                addIfPresent(keywords, k.isTextual() ? k.asText() : null);
            }
            if (!keywords.isEmpty()) {
                d.skillText.add(new TextSegment(String.join(", ", keywords), SourceKind.PROJECTS, -1, true));
            }
        }
        if (d.name == null) {
            d.warn("no name found");
        }
        if (d.roles.isEmpty()) {
            d.warn("no experience found");
        }
        return d;
    }

    private void mapWork(JsonNode w, ProfileDraft d) {
        if (!w.isObject()) {
            return;
        }
        RoleDraft r = new RoleDraft();
        r.company = firstNonNull(text(w, "name"), text(w, "company"), text(w, "organization"));
        r.title = firstNonNull(text(w, "position"), text(w, "title"));
        r.location = text(w, "location");
        r.team = text(w, "department");
        PartialDate start = date(text(w, "startDate"));
        String endText = text(w, "endDate");
        PartialDate end = date(endText);
        boolean current = end == null && (endText == null || OPEN_END.matcher(endText).matches());
        if (start != null) {
            r.dates = new DateRange(start, end, current && start != null, 0, 0);
        } else {
            d.warn("role without a parsable startDate: " + (r.title == null ? "?" : r.title));
        }
        for (JsonNode h : w.path("highlights")) {
            if (h.isTextual() && !h.asText().isBlank()) {
                r.bullets.add(h.asText().strip());
            }
        }
        String summary = firstNonNull(text(w, "summary"), text(w, "description"));
        if (summary != null) {
            r.bullets.addAll(sentences.split(summary));
        }
        for (JsonNode k : w.path("keywords")) {
            addIfPresent(r.headerTech, k.isTextual() ? k.asText() : null);
        }
        r.confidence = (r.company != null ? 0.35 : 0) + (r.title != null ? 0.35 : 0) + (start != null ? 0.3 : 0);
        d.roles.add(r);
    }

    private static PartialDate date(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return new PartialDate(Integer.parseInt(m.group(1)), month >= 1 && month <= 12 ? month : 0);
    }

    private static String location(JsonNode loc) {
        if (loc.isTextual()) {
            return loc.asText().isBlank() ? null : loc.asText().strip();
        }
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, text(loc, "city"));
        addIfPresent(parts, text(loc, "region"));
        String country = text(loc, "countryCode");
        addIfPresent(parts, country == null ? text(loc, "country") : country.toUpperCase(Locale.ROOT));
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual() && !v.isNumber()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static void addIfPresent(java.util.Collection<String> target, String value) {
        if (value != null && !value.isBlank()) {
            target.add(value.strip());
        }
    }
}
