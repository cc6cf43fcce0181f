package io.profileflow.extract.skills;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the header of the bundled taxonomy.tsv promises, checked on every row, so that a hand edit of the
 * file cannot quietly break them (a shared alias would silently go to whichever skill comes first).
 */
class BundledTaxonomyRulesTest {
    private static final Set<String> CATEGORIES = Set.of("language", "framework", "library", "database", "cloud",
            "devops", "data", "ml", "messaging", "observability", "testing", "frontend", "mobile", "os", "protocol",
            "security", "tool", "platform", "methodology", "design");
    /** The flags SkillTaxonomy reads (it refuses others); a row may combine them with commas. */
    private static final Set<String> KNOWN_FLAGS = Set.of("ambiguous", "concept");
    private static final Pattern SECTION = Pattern.compile("^# --- ([a-z]+) \\((\\d+)\\) ---$");
    private static final Pattern NUMBER = Pattern.compile("[\\d.]+");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(.*[a-z+#])\\d+");

    private record Row(int line, String canonical, String category, List<String> aliases, String flags) {
        List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(canonical);
            names.addAll(aliases);
            return names;
        }
    }

    private static final SkillTokenizer TOKENIZER = new SkillTokenizer();
    private static final List<Row> ROWS = new ArrayList<>();
    /** Section header counts in file order: category -> declared number of rows. */
    private static final Map<String, Integer> SECTIONS = new LinkedHashMap<>();
    private static final List<String> MALFORMED = new ArrayList<>();

    @BeforeAll
    static void readBundledFile() throws IOException {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream(SkillTaxonomy.BUNDLED)) {
            assertThat(in).as("bundled taxonomy on the classpath").isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    Matcher m = SECTION.matcher(line);
                    if (m.matches()) {
                        SECTIONS.put(m.group(1), Integer.parseInt(m.group(2)));
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    MALFORMED.add(number + ": " + cols.length + " columns");
                    continue;
                }
                List<String> aliases = cols[2].isEmpty() ? List.of() : List.of(cols[2].split("\\|", -1));
                ROWS.add(new Row(number, cols[0], cols[1], aliases, cols[3]));
            }
        }
    }

    /** The key SkillTaxonomy looks names up by: the alias's tokens, concatenated. */
    private static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (SkillTokenizer.Token t : TOKENIZER.tokenize(name)) {
            key.append(t.text());
        }
        return key.toString();
    }

    @Test
    void everyRowHasFourColumnsAKnownCategoryAndAKnownFlag() {
        assertThat(MALFORMED).isEmpty();
        assertThat(ROWS).hasSizeGreaterThan(3000);
        List<String> bad = new ArrayList<>();
        for (Row row : ROWS) {
            if (!CATEGORIES.contains(row.category())) {
                bad.add(row.line() + " category " + row.category());
            }
            if (!row.flags().isEmpty() && !KNOWN_FLAGS.containsAll(List.of(row.flags().split(",")))) {
                bad.add(row.line() + " flags " + row.flags());
            }
            for (String name : row.names()) {
                if (name.isBlank() || !name.equals(name.strip()) || key(name).isEmpty()) {
                    bad.add(row.line() + " blank or padded name '" + name + "'");
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void noCanonicalNameTwiceAndNoAliasSharedByTwoSkills() {
        Map<String, Row> owner = new HashMap<>();
        Set<String> canonicals = new HashSet<>();
        List<String> clashes = new ArrayList<>();
        for (Row row : ROWS) {
            if (!canonicals.add(row.canonical().toLowerCase(Locale.ROOT))) {
                clashes.add("canonical " + row.canonical() + " twice (line " + row.line() + ")");
            }
            for (String name : row.names()) {
                Row previous = owner.putIfAbsent(key(name), row);
                if (previous != null && previous != row) {
                    clashes.add("'" + name + "' in " + previous.canonical() + " and " + row.canonical());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void pureCaseVariantsAreNotListed() {
        List<String> variants = new ArrayList<>();
        for (Row row : ROWS) {
            Set<String> seen = new HashSet<>();
            for (String name : row.names()) {
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    variants.add(row.canonical() + ": " + name);
                }
            }
        }
        assertThat(variants).isEmpty();
    }

    @Test
    void rowsAreGroupedByCategorySortedByCanonicalAndCountedInTheirSectionHeader() {
        assertThat(SECTIONS.keySet()).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        Map<String, Integer> counted = new LinkedHashMap<>();
        List<String> unsorted = new ArrayList<>();
        Set<String> closed = new HashSet<>();
        Row previous = null;
        for (Row row : ROWS) {
            if (previous != null && !previous.category().equals(row.category())) {
                closed.add(previous.category());
            }
            assertThat(closed).as("category %s appears in one block", row.category()).doesNotContain(row.category());
            if (previous != null && previous.category().equals(row.category())
                    && previous.canonical().toLowerCase(Locale.ROOT).compareTo(row.canonical().toLowerCase(Locale.ROOT)) > 0) {
                unsorted.add(previous.canonical() + " before " + row.canonical());
            }
            counted.merge(row.category(), 1, Integer::sum);
            previous = row;
        }
        assertThat(unsorted).isEmpty();
        assertThat(counted).containsExactlyInAnyOrderEntriesOf(SECTIONS);
    }

    @Test
    void noAliasIsOnlyAnotherNameOfItsSkillWithAVersion() {
        List<String> versions = new ArrayList<>();
        for (Row row : ROWS) {
            Set<String> keys = new HashSet<>();
            for (String name : row.names()) {
                keys.add(key(name));
            }
            for (String alias : row.aliases()) {
                for (String stripped : withoutVersion(alias)) {
                    if (!stripped.isEmpty() && !stripped.equals(key(alias)) && keys.contains(stripped)) {
                        versions.add(row.canonical() + ": " + alias);
                    }
                }
            }
        }
        assertThat(versions).isEmpty();
    }

    /** "Python 3" -> "python", "Python3" -> "python", "Angular 2.0" -> "angular": what the matcher folds itself. */
    private static List<String> withoutVersion(String alias) {
        List<SkillTokenizer.Token> tokens = new ArrayList<>(TOKENIZER.tokenize(alias));
        while (!tokens.isEmpty() && NUMBER.matcher(tokens.get(tokens.size() - 1).text()).matches()) {
            tokens.remove(tokens.size() - 1);
        }
        StringBuilder key = new StringBuilder();
        tokens.forEach(t -> key.append(t.text()));
        List<String> out = new ArrayList<>(List.of(key.toString()));
        Matcher glued = TRAILING_DIGITS.matcher(key);
        if (glued.matches()) {
            out.add(glued.group(1));
        }
        return out;
    }

    @Test
    void theRuleCheckCatchesAVersionAlias() {
        assertThat(withoutVersion("Python 3")).contains("python");
        assertThat(withoutVersion("Python3")).contains("python");
        assertThat(withoutVersion("Angular 2.0")).contains("angular");
        assertThat(withoutVersion("Amazon Route 53")).containsExactly("amazonroute");
    }
}
