package io.profileflow.extract.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recasts a profile exported as JSON by an ATS, HR system or scraper (Lever, Greenhouse, Workday, LinkedIn-style
 * APIs: any JSON that is no JSON Resume) as a JSON Resume, so that one mapper reads both. It looks for the person
 * (the shallowest object with a name and a contact field), role arrays anywhere (objects with an employer key and a
 * title key: {@code positions}, {@code employments}, {@code work_history}, ...), and skill arrays; role dates may be
 * ISO strings, {@code {year, month}} objects or epoch milliseconds, and a missing or null end means current.
 * Education arrays (school, degree keys) never become roles, and recruiter data (owner, tags, notes, applications,
 * postings) is not searched: it names other people's jobs.
 */
final class ProfileJsonShapes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EMPLOYER_KEYS = List.of("company", "org", "organization", "organisation",
            "employer", "company_name", "companyName", "employerName", "employer_name", "companyname");
    private static final List<String> TITLE_KEYS = List.of("title", "position", "role", "job_title", "jobTitle",
            "designation", "positionTitle", "position_title");
    private static final List<String> START_KEYS = List.of("start", "startDate", "start_date", "from", "startedAt",
            "started_at", "startedOn", "started_on", "begin", "dateFrom", "date_from");
    private static final List<String> END_KEYS = List.of("end", "endDate", "end_date", "to", "endedAt", "ended_at",
            "endedOn", "ended_on", "until", "dateTo", "date_to");
    private static final List<String> SUMMARY_KEYS = List.of("summary", "description", "responsibilities", "details");
    private static final List<String> HIGHLIGHT_KEYS = List.of("highlights", "achievements", "accomplishments", "bullets");
    private static final List<String> NAME_KEYS = List.of("name", "fullName", "full_name", "candidateName", "candidate_name");
    private static final Set<String> CONTACT_KEYS = Set.of("email", "emails", "phone", "phones", "location", "links",
            "emailAddresses", "phoneNumbers", "email_addresses", "phone_numbers", "headline", "contact");
    /** Parts of an export about the hiring process, never about the candidate's own career. */
    private static final Set<String> RECRUITER_KEYS = Set.of("owner", "owners", "tags", "notes", "applications",
            "application", "posting", "postings", "sources", "source", "referrer", "recruiter", "hiringManager",
            "hiring_manager", "followers", "stage", "feedback", "interviews", "offers", "jobs_applied", "requisition");
    private static final Set<String> EDUCATION_KEYS = Set.of("school", "degree", "institution", "university",
            "schoolName", "school_name", "field", "fieldOfStudy", "field_of_study");
    /** Epoch milliseconds from 1971 on; smaller numbers are years or months. */
    private static final long EPOCH_MILLIS_FLOOR = 31_536_000_000L;

    private ProfileJsonShapes() {
    }

    /** The export recast as a JSON Resume, or null when it holds neither a named person nor a role. */
    static JsonNode asJsonResume(JsonNode root) {
        if (root == null || !root.isContainerNode()) {
            return null;
        }
        ObjectNode resume = NODES.objectNode();
        ArrayNode work = resume.putArray("work");
        ArrayNode skills = resume.putArray("skills");
        JsonNode person = findPerson(root);
        if (person != null) {
            resume.set("basics", basics(person));
        }
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < 10_000) {
            JsonNode node = queue.poll();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.isObject() ? node.fields() : java.util.Collections.emptyIterator();
                 it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (RECRUITER_KEYS.contains(key)) {
                    continue;
                }
                if (value.isArray() && key.toLowerCase(Locale.ROOT).contains("skill")) {
                    addSkills(value, skills);
                } else if (value.isArray() && isRoleArray(value)) {
                    for (JsonNode role : value) {
                        work.add(role(role));
                    }
                } else if (value.isContainerNode()) {
                    queue.add(value);
                }
            }
            if (node.isArray()) {
                node.forEach(queue::add);
            }
        }
        return person == null && work.isEmpty() ? null : resume;
    }

    /** The shallowest object with a name and a contact field (the candidate, not a recruiter deeper down). */
    private static JsonNode findPerson(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                if (name(node) != null && hasAny(node, CONTACT_KEYS)) {
                    return node;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (field.getValue().isObject() && !RECRUITER_KEYS.contains(field.getKey())) {
                        queue.add(field.getValue());
                    }
                }
            }
        }
        return null;
    }

    private static ObjectNode basics(JsonNode person) {
        ObjectNode basics = NODES.objectNode();
        basics.put("name", name(person));
        String headline = text(person, List.of("headline", "label"));
        if (headline != null) {
            basics.put("label", headline);
        }
        String email = firstText(person, List.of("email", "emails", "emailAddresses", "email_addresses"));
        if (email != null) {
            basics.put("email", email);
        }
        String phone = firstText(person, List.of("phone", "phones", "phoneNumbers", "phone_numbers"));
        if (phone != null) {
            basics.put("phone", phone);
        }
        JsonNode location = person.path("location");
        if (location.isTextual() || location.isObject()) {
            basics.set("location", location);
        }
        String summary = text(person, List.of("summary", "about", "objective"));
        if (summary != null) {
            basics.put("summary", summary);
        }
        return basics;
    }

    private static String name(JsonNode node) {
        String name = text(node, NAME_KEYS);
        if (name != null) {
            return name;
        }
        String first = text(node, List.of("firstName", "first_name", "givenName", "given_name"));
        String last = text(node, List.of("lastName", "last_name", "familyName", "family_name", "surname"));
        return first != null && last != null ? first + " " + last : null;
    }

    /** An array of objects most of which name an employer and a title, and none of which is a school. */
    private static boolean isRoleArray(JsonNode array) {
        int roles = 0;
        for (JsonNode n : array) {
            if (!n.isObject() || hasAny(n, EDUCATION_KEYS)) {
                return false;
            }
            if (text(n, EMPLOYER_KEYS) != null && text(n, TITLE_KEYS) != null) {
                roles++;
            }
        }
        return roles > 0 && roles * 2 >= array.size();
    }

    private static ObjectNode role(JsonNode n) {
        ObjectNode w = NODES.objectNode();
        w.put("name", text(n, EMPLOYER_KEYS));
        w.put("position", text(n, TITLE_KEYS));
        String location = text(n, List.of("location", "city"));
        if (location != null) {
            w.put("location", location);
        }
        String start = date(first(n, START_KEYS));
        if (start != null) {
            w.put("startDate", start);
        }
        String end = date(first(n, END_KEYS));
        boolean current = n.path("current").asBoolean(false) || n.path("isCurrent").asBoolean(false)
                || n.path("is_current").asBoolean(false);
        if (end != null && !current) {
            w.put("endDate", end);
        }
        String summary = text(n, SUMMARY_KEYS);
        if (summary != null) {
            w.put("summary", summary);
        }
        ArrayNode highlights = w.putArray("highlights");
        for (String key : HIGHLIGHT_KEYS) {
            for (JsonNode h : n.path(key)) {
                if (h.isTextual()) {
                    highlights.add(h.asText());
                }
            }
        }
        return w;
    }

    /** "2021-04", {year: 2021, month: 4}, 1617235200000 (epoch ms), 2021: as "YYYY-MM" or "YYYY"; null for none. */
    private static String date(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText().isBlank() ? null : v.asText().strip();
        }
        if (v.isObject()) {
            int year = v.path("year").asInt(0);
            int month = v.path("month").asInt(0);
            return year == 0 ? null : month >= 1 && month <= 12 ? String.format("%04d-%02d", year, month) : String.valueOf(year);
        }
        if (v.isNumber()) {
            long n = v.asLong();
            if (n >= EPOCH_MILLIS_FLOOR) {
                ZonedDateTime t = Instant.ofEpochMilli(n).atZone(ZoneOffset.UTC);
                return String.format("%04d-%02d", t.getYear(), t.getMonthValue());
            }
            return n >= 1900 && n <= 2100 ? String.valueOf(n) : null;
        }
        return null;
    }

    private static void addSkills(JsonNode array, ArrayNode skills) {
        ArrayNode keywords = NODES.arrayNode();
        for (JsonNode s : array) {
            String name = s.isTextual() ? s.asText() : text(s, List.of("name", "skill", "title"));
            if (name != null && !name.isBlank()) {
                keywords.add(name.strip());
            }
        }
        if (!keywords.isEmpty()) {
            ObjectNode group = NODES.objectNode();
            group.set("keywords", keywords);
            skills.add(group);
        }
    }

    private static JsonNode first(JsonNode node, List<String> keys) {
        for (String k : keys) {
            if (node.has(k)) {
                return node.get(k);
            }
        }
        return null;
    }

    private static String text(JsonNode node, List<String> keys) {
        for (String k : keys) {
            JsonNode v = node.path(k);
            if (v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    /** A text field, or the first text (or {value: text}) of an array field: "emails": ["a@b.c"]. */
    private static String firstText(JsonNode node, List<String> keys) {
        String direct = text(node, keys);
        if (direct != null) {
            return direct;
        }
        for (String k : keys) {
            for (JsonNode item : node.path(k)) {
                String s = item.isTextual() ? item.asText() : text(item, List.of("value", "address", "number"));
                if (s != null && !s.isBlank()) {
                    return s.strip();
                }
            }
        }
        return null;
    }

    private static boolean hasAny(JsonNode node, Set<String> keys) {
        for (String k : keys) {
            if (node.has(k)) {
                return true;
            }
        }
        return false;
    }
}
