package io.profileflow.extract.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skill taxonomy: canonical names, categories and aliases, loaded once from a TSV
 * ({@code canonical<TAB>category<TAB>aliases|...<TAB>flags}, '#' comments). Flags are empty or a comma-separated
 * list of {@code ambiguous} (the name is also an ordinary word: it needs technical context) and {@code concept}
 * (a practice or field such as Design Patterns or Data Science rather than a named technology: it counts only
 * where the person lists it as a skill, not when prose merely mentions it).
 * Aliases are compiled into a token trie so that a document is matched in one pass whatever the taxonomy size.
 * Immutable after loading, safe to share between threads.
 */
public final class SkillTaxonomy {
    public static final String BUNDLED = "/io/profileflow/extract/skills/taxonomy.tsv";
    private static final String AMBIGUOUS = "ambiguous";
    private static final String CONCEPT = "concept";

    /** One skill of the taxonomy. */
    public record Entry(String canonical, String category, boolean ambiguous, boolean concept) {
    }

    /** Trie node over alias tokens. */
    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Entry entry;
        /** True when this alias needs technical context (a short or common-word name of an ambiguous skill). */
        boolean needsContext;
    }

    private final Node root = new Node();
    private final Map<String, Entry> byKey = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    private SkillTaxonomy() {
    }

    /** The taxonomy bundled with the engine. */
    public static SkillTaxonomy bundled() {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled skill taxonomy " + BUNDLED + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled skill taxonomy: " + e.getMessage(), e);
        }
    }

    /** A taxonomy from a file in the same format, e.g. a team's own list or an ESCO export. */
    public static SkillTaxonomy load(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(r, path.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read skill taxonomy " + path + ": " + e.getMessage(), e);
        }
    }

    static SkillTaxonomy parse(Reader reader, String origin) throws IOException {
        SkillTaxonomy t = new SkillTaxonomy();
        SkillTokenizer tokenizer = new SkillTokenizer();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[0].isBlank()) {
                throw new IllegalArgumentException(origin + " line " + number
                        + ": expected canonical<TAB>category<TAB>aliases<TAB>flags");
            }
            String canonical = cols[0].strip();
            String category = cols[1].isBlank() ? "other" : cols[1].strip();
            Set<String> flags = flags(cols.length > 3 ? cols[3] : "", origin, number);
            Entry entry = new Entry(canonical, category, flags.contains(AMBIGUOUS), flags.contains(CONCEPT));
            t.entries.add(entry);
            t.add(tokenizer, canonical, entry);
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String alias : cols[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        t.add(tokenizer, alias.strip(), entry);
                    }
                }
            }
        }
        return t;
    }

    private static Set<String> flags(String column, String origin, int line) {
        Set<String> flags = new HashSet<>();
        for (String flag : column.split(",")) {
            String f = flag.strip().toLowerCase(Locale.ROOT);
            if (f.isEmpty()) {
                continue;
            }
            if (!f.equals(AMBIGUOUS) && !f.equals(CONCEPT)) {
                throw new IllegalArgumentException(origin + " line " + line + ": unknown flag '" + flag.strip()
                        + "' (known: " + AMBIGUOUS + ", " + CONCEPT + ")");
            }
            flags.add(f);
        }
        return flags;
    }

    private void add(SkillTokenizer tokenizer, String alias, Entry entry) {
        List<SkillTokenizer.Token> tokens = tokenizer.tokenize(alias);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        StringBuilder key = new StringBuilder();
        for (SkillTokenizer.Token tok : tokens) {
            node = node.next.computeIfAbsent(tok.text(), k -> new Node());
            key.append(tok.text());
        }
        if (node.entry == null) {
            // The first skill that claims an alias keeps it; the file promises aliases are unique.
            node.entry = entry;
            node.needsContext = entry.ambiguous() && tokens.size() == 1
                    && (alias.equalsIgnoreCase(entry.canonical()) || alias.length() <= 4
                    || !extendsCanonicalWord(tokenizer, alias, entry.canonical()));
        }
        byKey.putIfAbsent(key.toString(), entry);
    }

    /**
     * True for a one-word alias that is the canonical's first word with something glued on ("Golang" for Go,
     * "ExpressJS" for Express.js, "Unity3D" for Unity): such spellings are not ordinary words. Any other one-word
     * alias of an ambiguous skill ("Express", "Hydrogen" for Shopify Hydrogen, "Octave" for GNU Octave) is as
     * ambiguous as the skill and needs technical context too.
     */
    private static boolean extendsCanonicalWord(SkillTokenizer tokenizer, String alias, String canonical) {
        List<SkillTokenizer.Token> words = tokenizer.tokenize(canonical);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0).text();
        String lower = alias.toLowerCase(Locale.ROOT);
        return lower.length() > first.length() && lower.contains(first);
    }

    Node root() {
        return root;
    }

    /** The skill a name stands for, through its aliases, case-insensitively ("k8s" -> Kubernetes). */
    public Optional<Entry> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        for (SkillTokenizer.Token tok : new SkillTokenizer().tokenize(name)) {
            key.append(tok.text());
        }
        return Optional.ofNullable(byKey.get(key.toString().toLowerCase(Locale.ROOT)));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }
}
