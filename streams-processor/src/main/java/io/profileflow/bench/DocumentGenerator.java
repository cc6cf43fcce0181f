package io.profileflow.bench;

import io.profileflow.avro.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic benchmark documents of fictional people: plain-text resumes, Markdown CVs, HTML portfolio pages and
 * JSON Resume files, from the templates in {@code bench-templates/}, with 1-6 roles, 1-5 quantified bullets per
 * role, 4-15 skills and a summary of varying length, so sizes run from under 1 KB to several KB.
 * Document {@code i} depends only on the seed and {@code i}, so two runs see exactly the same documents without
 * holding them in memory.
 */
public final class DocumentGenerator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z0-9_]+)\\}");
    private static final Pattern PART = Pattern.compile("^##PART (\\w+)$", Pattern.MULTILINE);

    private static final String[] FIRST = {"Alva", "Bram", "Cleo", "Dario", "Elin", "Farid", "Greta", "Hugo",
            "Ines", "Jarek", "Kaia", "Lorenzo", "Mira", "Nilo", "Odile", "Pavel", "Quinn", "Rosa", "Sami", "Tove",
            "Ugo", "Vera", "Wendel", "Xenia", "Yara", "Zeno"};
    private static final String[] LAST = {"Abernath", "Brightwater", "Castellane", "Dunmore", "Eskildor", "Falkvey",
            "Garrowby", "Holmquist", "Ivanek", "Jessamine", "Kettleby", "Lindgarth", "Morrowfield", "Nettleford",
            "Oakhanger", "Pellucci", "Quarrington", "Ravensholt", "Stavrinou", "Thornbury", "Ulvenstad", "Vexmoor"};
    private static final String[] COMPANIES = {"Tidewater Logistics", "Brightpath Health", "Quillsoft",
            "Lonestar Retail Group", "Pecan Analytics", "Kestrel Fintech", "Monsoon Labs", "Nordvolt Energy",
            "Fjordline Media", "Harborlight Insurance", "Copperleaf Games", "Saltmarsh Biotech", "Granite Peak Bank",
            "Bluefern Travel", "Ironbark Robotics", "Wrenfield Foods", "Silvercrest Telecom", "Marigold Mobility"};
    private static final String[] CITIES = {"Lisbon", "Porto", "Austin, TX", "Stockholm", "Gothenburg", "Bengaluru",
            "Chennai", "Berlin", "Toronto", "Melbourne", "Dublin", "Warsaw", "Nairobi", "Lyon", "Denver, CO"};
    private static final String[] TITLES = {"Software Engineer", "Senior Software Engineer", "Staff Software Engineer",
            "Data Engineer", "Senior Data Engineer", "Site Reliability Engineer", "Backend Engineer",
            "Machine Learning Engineer", "Platform Engineer", "Engineering Manager", "Data Scientist",
            "DevOps Engineer"};
    private static final String[] SKILLS = {"Java", "Python", "Go", "Kotlin", "Scala", "Rust", "TypeScript", "SQL",
            "Kafka", "Kubernetes", "Terraform", "Docker", "PostgreSQL", "Redis", "AWS", "GCP", "Azure", "Spark",
            "Airflow", "dbt", "Snowflake", "BigQuery", "gRPC", "Prometheus", "Grafana", "React", "Spring Boot",
            "PyTorch", "TensorFlow", "scikit-learn", "Elasticsearch", "Helm", "Linux", "Flink", "MongoDB"};
    private static final String[] SYSTEMS = {"pricing API", "checkout service", "claims pipeline",
            "shipment tracking service", "search cluster", "recommendation engine", "billing platform",
            "event ingestion layer", "fraud detection service", "reporting warehouse", "identity service"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] SUMMARY_SENTENCES = {
            "Engineer who likes turning slow batch jobs into streaming systems.",
            "Comfortable owning services from design review to on-call.",
            "Has worked in small startups and in large regulated companies.",
            "Enjoys mentoring and writing clear design documents.",
            "Focus on reliability, observability and cost-aware architecture.",
            "Prefers simple designs that are easy to operate at three in the morning.",
            "Open to remote roles across European and American time zones."};
    private static final String[] DEGREES = {"B.S. Computer Science", "MSc Computer Science", "BEng Software Engineering",
            "B.S. Statistics", "MSc Data Science"};
    private static final String[] UNIVERSITIES = {"University of Westmarch", "Northfield Institute of Technology",
            "Lakeshore University", "Technical University of Eastvale"};
    private static final String[] TEMPLATE_FILES = {"plain.txt", "markdown.md", "portfolio.html", "jsonresume.json"};
    private static final String[] CONTENT_TYPES = {"text/plain", "text/markdown", "text/html", "application/json"};

    private final long seed;
    private final List<Map<String, String>> templates = new ArrayList<>();
    private final List<String> bullets;

    public DocumentGenerator(long seed) {
        this.seed = seed;
        for (String file : TEMPLATE_FILES) {
            templates.add(parts(resource(file)));
        }
        bullets = resource("bullets.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** Document number {@code index}: id {@code bench-<index>}, one of the four layouts. */
    public RawDocument document(String idPrefix, int index) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        int layout = rnd.nextInt(templates.size());
        String content = render(templates.get(layout), TEMPLATE_FILES[layout].endsWith(".json"), rnd);
        return RawDocument.newBuilder()
                .setDocumentId(idPrefix + index)
                .setSource("bench:" + TEMPLATE_FILES[layout] + "#" + index)
                .setContentType(CONTENT_TYPES[layout])
                .setContent(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)))
                .setReceivedAt(Instant.now())
                .setMetadata(Map.of())
                .build();
    }

    private String render(Map<String, String> t, boolean json, SplittableRandom rnd) {
        String separator = json ? ",\n" : "\n";
        String first = pick(FIRST, rnd);
        String last = pick(LAST, rnd);
        String name = first + " " + last;
        List<String> skills = distinct(SKILLS, 4 + rnd.nextInt(12), rnd);
        int roles = 1 + rnd.nextInt(6);
        int year = 2025;
        List<String> roleTexts = new ArrayList<>();
        for (int r = 0; r < roles; r++) {
            int length = 1 + rnd.nextInt(4);
            int startYear = year - length;
            int startMonth = rnd.nextInt(12);
            List<String> bulletTexts = new ArrayList<>();
            int n = 1 + rnd.nextInt(5);
            for (int b = 0; b < n; b++) {
                bulletTexts.add(fill(t.get("bullet"), Map.of("BULLET", bullet(skills, rnd))));
            }
            boolean current = r == 0;
            String endMonth = MONTHS[rnd.nextInt(12)];
            String end = current ? "Present" : endMonth + " " + year;
            roleTexts.add(fill(t.get("role"), Map.ofEntries(
                    Map.entry("ROLE_TITLE", pick(TITLES, rnd)),
                    Map.entry("COMPANY", pick(COMPANIES, rnd)),
                    Map.entry("ROLE_CITY", pick(CITIES, rnd)),
                    Map.entry("START_MONTH", MONTHS[startMonth]),
                    Map.entry("START_MONTH_SHORT", MONTHS[startMonth].substring(0, 3)),
                    Map.entry("START_YEAR", String.valueOf(startYear)),
                    Map.entry("START_ISO", String.format("%d-%02d", startYear, startMonth + 1)),
                    Map.entry("END", end),
                    Map.entry("END_SHORT", current ? "Present" : endMonth.substring(0, 3) + " " + year),
                    Map.entry("END_JSON", current ? "" : String.format("\"endDate\": \"%d-%02d\",\n      ", year,
                            rnd.nextInt(12) + 1)),
                    Map.entry("BULLETS", String.join(separator, bulletTexts)))));
            year = startYear - rnd.nextInt(2);
        }
        StringBuilder summary = new StringBuilder("Professional with " + (2025 - year) + " years of experience.");
        for (int s = rnd.nextInt(5); s > 0; s--) {
            summary.append(' ').append(pick(SUMMARY_SENTENCES, rnd));
        }
        String handle = first.toLowerCase() + "." + last.toLowerCase();
        return fill(t.get("document"), Map.ofEntries(
                Map.entry("NAME", name),
                Map.entry("NAME_UPPER", name.toUpperCase()),
                Map.entry("TITLE", pick(TITLES, rnd)),
                Map.entry("CITY", pick(CITIES, rnd)),
                Map.entry("EMAIL", handle + "@example.org"),
                Map.entry("PHONE", "+1 555 01" + (10 + rnd.nextInt(90)) + " " + (1000 + rnd.nextInt(9000))),
                Map.entry("YEARS", String.valueOf(2025 - year)),
                Map.entry("SUMMARY", summary.toString()),
                Map.entry("ROLES", String.join(separator, roleTexts)),
                Map.entry("DEGREE", pick(DEGREES, rnd)),
                Map.entry("UNIVERSITY", pick(UNIVERSITIES, rnd)),
                Map.entry("EDU_START", String.valueOf(year - 4)),
                Map.entry("EDU_END", String.valueOf(year)),
                Map.entry("SKILLS", String.join(", ", skills)),
                Map.entry("SKILLS_JSON", "\"" + String.join("\", \"", skills) + "\"")));
    }

    private String bullet(List<String> skills, SplittableRandom rnd) {
        int b = 2 + rnd.nextInt(40);
        int a = b + 1 + rnd.nextInt(900);
        return fill(bullets.get(rnd.nextInt(bullets.size())), Map.of(
                "A", String.valueOf(a), "B", String.valueOf(b), "B1", String.valueOf(rnd.nextInt(10)),
                "P", String.valueOf(5 + rnd.nextInt(80)),
                "S", skills.get(rnd.nextInt(skills.size())), "S2", skills.get(rnd.nextInt(skills.size())),
                "SYS", pick(SYSTEMS, rnd)));
    }

    /** Replaces {@code {KEY}} placeholders in one linear pass; unknown keys stay as they are. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> parts(String template) {
        Map<String, String> parts = new java.util.HashMap<>();
        Matcher m = PART.matcher(template);
        String name = null;
        int start = 0;
        while (m.find()) {
            if (name != null) parts.put(name, trimNewline(template.substring(start, m.start())));
            name = m.group(1);
            start = m.end() + 1;
        }
        if (name != null) parts.put(name, trimNewline(template.substring(Math.min(start, template.length()))));
        return parts;
    }

    private static String trimNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String pick(String[] values, SplittableRandom rnd) {
        return values[rnd.nextInt(values.length)];
    }

    private static List<String> distinct(String[] values, int count, SplittableRandom rnd) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < Math.min(count, values.length)) {
            out.add(pick(values, rnd));
        }
        return new ArrayList<>(out);
    }

    private static String resource(String name) {
        try (InputStream in = DocumentGenerator.class.getResourceAsStream("/bench-templates/" + name)) {
            if (in == null) throw new IllegalStateException("missing bench template " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
