package io.profileflow.extract.skills;

import io.profileflow.extract.model.TextSegment;
import io.profileflow.extract.text.LiteralScan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds taxonomy skills in text: whole tokens, case-insensitive, longest alias first, versions folded
 * ("Python3", "Java 17", "C++17"). Walks the taxonomy's token trie from every token, so the cost is linear in the
 * text and independent of the number of skills. Ambiguous names (Go, C, R, Swift, Spring...) count only with
 * technical context: a tech-list segment, a "Tech used:" style label before them, or another skill next to
 * them in a list ("C/C++", "Go, Kafka", "(C, Aerospike)").
 */
public final class SkillMatcher {
    private static final Pattern LIST_GAP = Pattern.compile(
            "[\\s,;/|&+()\\[\\]:.-]{0,4}(?:(?:and|or|und|oder|e|y|et|en|ou|o|&)[\\s,;/|()]{1,3})?");
    private static final Pattern TECH_LABEL = Pattern.compile(
            "(?i)\\b(?:tech(?:nolog(?:y|ies))?(?: used| stack)?|stack|tools(?: used)?|environment|skills(?: used)?|languages"
                    + "|built (?:with|using)|using|frameworks|platforms|databases)\\s*[:-]");
    private static final Pattern YEARS_AFTER = Pattern.compile(
            "^\\s*(?:[-:(|,]\\s*)?(\\d{1,2}(?:\\.\\d{1,2})?)\\s*\\+?\\s*(?:years?|yrs?|jahre?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS_BEFORE = Pattern.compile(
            "(\\d{1,2}(?:\\.\\d{1,2})?)\\s*\\+?\\s*(?:years?|yrs?|jahre?)\\s+(?:of\\s+)?(?:(?:hands-on|professional|commercial"
                    + "|industry|working|production)\\s+)?(?:(?:experience|expertise)\\s+(?:in|with|using|on)\\s+)?(?:using\\s+|with\\s+|in\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** "Go 1.21", "C 99": a version number right after an ambiguous name. */
    private static final Pattern VERSION_AFTER = Pattern.compile("^ ?\\d+(?:\\.\\d+)*\\b.*");

    private final SkillTaxonomy taxonomy;
    private final SkillTokenizer tokenizer = new SkillTokenizer();
    /**
     * A bit per hash bucket of the tokens that start an alias. Most tokens of a text ("the", "reduced") start
     * none; testing one bit of this 8 KB table, instead of walking the root map of thousands of entries
     * (a cache miss each), rules them out. A set bit only means "maybe": the map decides.
     */
    private final long[] firstTokens = new long[FIRST_TOKEN_BITS / 64];
    private static final int FIRST_TOKEN_BITS = 1 << 16;

    public SkillMatcher(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (String token : taxonomy.root().next.keySet()) {
            int bit = firstTokenBit(token);
            firstTokens[bit >>> 6] |= 1L << bit;
        }
    }

    private static int firstTokenBit(String token) {
        int h = token.hashCode();
        return (h ^ h >>> 16) & (FIRST_TOKEN_BITS - 1);
    }

    private boolean mayStartAlias(String token) {
        int bit = firstTokenBit(token);
        return (firstTokens[bit >>> 6] & 1L << bit) != 0;
    }

    /** The root's child for a token, or null; the bit table answers most misses without touching the map. */
    private SkillTaxonomy.Node rootChild(SkillTaxonomy.Node root, String token) {
        return mayStartAlias(token) ? root.next.get(token) : null;
    }

    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    private record Candidate(SkillTaxonomy.Node node, int startToken, int endToken, int start, int end) {
    }

    /** "Fall 2015 – Spring 2016", "from Spring 2024": a season with its year is a date, not the framework. */
    /** "Less than 1 year", "more than": a comparative, never the method or tool named like it (LeSS). */
    private static boolean isComparative(String text, Candidate c) {
        return text.regionMatches(true, c.end, " than ", 0, 6) || text.regionMatches(true, c.end, " than", 0, 5)
                && c.end + 5 == text.length();
    }

    private static boolean isSeasonOfAYear(String text, Candidate c) {
        int n = c.end - c.start;
        if (n < 4 || n > 6 || !SEASONS.contains(text.substring(c.start, c.end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = c.end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
            k++;
        }
        return k + 1 < text.length() && (text.charAt(k) == '\'' || text.startsWith("19", k) || text.startsWith("20", k))
                && Character.isDigit(text.charAt(k + 1));
    }

    private static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn", "winter");

    /** The skills mentioned in one segment, in text order. */
    public List<SkillMention> find(TextSegment segment) {
        String text = segment.text();
        List<SkillTokenizer.Token> tokens = tokenizer.tokenize(text);
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Candidate best = longestAt(tokens, i);
            if (best != null) {
                candidates.add(best);
                i = best.endToken + 1;
            } else {
                i++;
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        boolean[] accepted = new boolean[candidates.size()];
        boolean[] barred = new boolean[candidates.size()];
        int labelEnd = labelEnd(text);
        List<int[]> otherNames = otherNameSpans(text);
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (isInside(otherNames, c) || isSeasonOfAYear(text, c) || c.node.needsContext && isComparative(text, c)) {
                barred[k] = true;
                continue;
            }
            if (c.node.entry.concept() && !isListedAsSkill(segment, c, labelEnd)) {
                // "improved code review turnaround" describes work; "Skills: Code Review" claims a skill.
                barred[k] = true;
                continue;
            }
            accepted[k] = !c.node.needsContext
                    ? !isLoneLowercaseLetter(text, c)
                    : hasOwnContext(segment, text, c, labelEnd);
        }
        // An ambiguous name next to an accepted skill in a list counts too; repeat so "Go, Rust, Kafka" chains.
        for (int pass = 0; pass < 3; pass++) {
            boolean changed = false;
            for (int k = 0; k < candidates.size(); k++) {
                if (accepted[k] || barred[k] || !isUpperCaseStartOrLong(text, candidates.get(k))) {
                    continue;
                }
                if (k > 0 && accepted[k - 1] && listGap(text, candidates.get(k - 1).end, candidates.get(k).start)
                        || k + 1 < candidates.size() && accepted[k + 1]
                        && listGap(text, candidates.get(k).end, candidates.get(k + 1).start)) {
                    accepted[k] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        List<SkillMention> out = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (!accepted[k]) {
                continue;
            }
            Candidate c = candidates.get(k);
            out.add(new SkillMention(c.node.entry, text.substring(c.start, c.end), c.start, c.end,
                    declaredYears(text, c.start, c.end), c.node.needsContext, segment));
        }
        return out;
    }

    /**
     * Names that hold a skill's name but name something else: "The Linux Foundation" (an organisation, e.g. the
     * provider of a certification), "Largest Contentful Paint" (a web-performance metric, not the Contentful CMS).
     */
    private static final Pattern OTHER_NAME = Pattern.compile(
            "\\b(?:[A-Z][\\w.+#-]*\\s){1,2}Foundation\\b|(?i:\\blargest contentful paint\\b)");
    private static final LiteralScan OTHER_NAME_WORDS = LiteralScan.ignoringCase("foundation", "contentful paint");

    private static List<int[]> otherNameSpans(String text) {
        if (!OTHER_NAME_WORDS.foundIn(text)) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = OTHER_NAME.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static boolean isInside(List<int[]> spans, Candidate c) {
        for (int[] span : spans) {
            if (c.start >= span[0] && c.end <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest alias starting at token i. A first token with a version ("html5") that only begins longer aliases
     * ("HTML5 Canvas") is tried folded too ("html"), when the longer ones do not match.
     */
    private Candidate longestAt(List<SkillTokenizer.Token> tokens, int i) {
        Candidate best = longestAt(tokens, i, false);
        String first = tokens.get(i).text();
        if (best == null && Character.isDigit(first.charAt(first.length() - 1))) {
            best = longestAt(tokens, i, true);
        }
        return best;
    }

    private Candidate longestAt(List<SkillTokenizer.Token> tokens, int i, boolean foldFirst) {
        SkillTaxonomy.Node node = taxonomy.root();
        Candidate best = null;
        for (int j = i; j < tokens.size(); j++) {
            SkillTokenizer.Token tok = tokens.get(j);
            if (j > i && tok.breakBefore()) {
                break;
            }
            boolean atRoot = j == i;
            if (atRoot && foldFirst) {
                String folded = foldVersion(tok.text());
                node = folded == null ? null : rootChild(node, folded);
                if (node == null) {
                    return null;
                }
                if (node.entry != null) {
                    best = new Candidate(node, i, j, tok.start(), tok.end());
                }
                continue;
            }
            SkillTaxonomy.Node next = atRoot ? rootChild(node, tok.text()) : node.next.get(tok.text());
            if (next == null) {
                String folded = foldVersion(tok.text());
                next = folded == null ? null : atRoot ? rootChild(node, folded) : node.next.get(folded);
            }
            if (next == null) {
                break;
            }
            node = next;
            if (node.entry != null && !isConnector(tok.text())) {
                best = new Candidate(node, i, j, tokens.get(i).start(), tok.end());
            }
        }
        if (best != null && isConnector(tokens.get(i).text()) && !tokens.get(i).text().equals(".")) {
            return null;
        }
        return best;
    }

    private static boolean isConnector(String t) {
        return t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0));
    }

    /** "python3" -> "python", "java17" -> "java"; null when nothing to fold or too short to be safe. */
    private static String foldVersion(String token) {
        int end = token.length();
        while (end > 0 && (Character.isDigit(token.charAt(end - 1)))) {
            end--;
        }
        if (end == token.length() || end < 3 || !Character.isLetter(token.charAt(end - 1))
                && token.charAt(end - 1) != '+' && token.charAt(end - 1) != '#') {
            return null;
        }
        return token.substring(0, end);
    }

    private boolean hasOwnContext(TextSegment segment, String text, Candidate c, int labelEnd) {
        if (!isUpperCaseStartOrLong(text, c)) {
            return false;
        }
        if (segment.techList()) {
            return true;
        }
        if (labelEnd >= 0 && c.start >= labelEnd) {
            return true;
        }
        String surface = text.substring(c.start, c.end);
        // "Golang"-style spellings are unambiguous; for the bare name an explicit language mention helps.
        int after = Math.min(text.length(), c.end + 12);
        String tail = text.substring(c.end, after).toLowerCase();
        return tail.startsWith(" programming") || tail.startsWith(" language") || tail.startsWith(" lang")
                || surface.length() > 1 && (VERSION_AFTER.matcher(tail).matches()
                || techNounAfter(text, c.end) && !(c.start == 0 && OPENING_VERBS.contains(surface.toLowerCase(java.util.Locale.ROOT))));
    }

    /**
     * "Raft deployments", "Rust library", "Swift SDK": a name followed by a noun that only software takes is the
     * technology, while "a raft of changes" or "Swift action" is English. The noun must be the next whole word.
     */
    static boolean techNounAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int from = end + 1;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        if (to - from < 3 || to - from > 14) {
            return false;
        }
        String noun = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        // "Cypress end-to-end tests"
        return TECH_NOUNS.contains(noun) || noun.equals("end") && text.startsWith("-to-end", to);
    }

    /** Ambiguous names that open a sentence as verbs: "Make tests pass", "Express interest". */
    private static final java.util.Set<String> OPENING_VERBS = java.util.Set.of("make", "express", "go", "spring");

    private static final java.util.Set<String> TECH_NOUNS = java.util.Set.of("deployment", "deployments", "cluster",
            "clusters", "consensus", "protocol", "library", "libraries", "framework", "sdk", "api", "apis", "compiler",
            "runtime", "codebase", "codebases", "bindings", "crate", "crates", "microservice", "microservices",
            "implementation", "implementations", "replicas", "nodes", "toolchain", "plugin", "plugins", "tests",
            "suite", "suites", "specs", "audits", "performance");

    /** A concept counts only in a skills section or after a "Skills:" / "Tech stack:" style label. */
    private static boolean isListedAsSkill(TextSegment segment, Candidate c, int labelEnd) {
        return segment.techList() || labelEnd >= 0 && c.start >= labelEnd;
    }

    /** Ambiguous names must be written with a capital ("Go", "C", "Rust"), never "go"/"c" in prose. */
    private static boolean isUpperCaseStartOrLong(String text, Candidate c) {
        return Character.isUpperCase(text.charAt(c.start)) || c.node.entry != null && !c.node.needsContext;
    }

    private static boolean isLoneLowercaseLetter(String text, Candidate c) {
        return c.end - c.start == 1 && !Character.isUpperCase(text.charAt(c.start));
    }

    private static boolean listGap(String text, int from, int to) {
        return to >= from && to - from <= 8 && LIST_GAP.matcher(text.substring(from, to)).matches();
    }

    private static int labelEnd(String text) {
        // TECH_LABEL ends in ':' or '-'; without one the case-insensitive alternation need not run at every offset.
        if (text.indexOf(':') < 0 && text.indexOf('-') < 0) {
            return -1;
        }
        Matcher m = TECH_LABEL.matcher(text);
        return m.find() ? m.end() : -1;
    }

    private static Double declaredYears(String text, int start, int end) {
        // Called for every mention: both patterns need a digit and a years word, so look for those first, and match
        // on a region of the text (as on a substring: opaque, anchoring bounds) rather than copying the window.
        int afterEnd = Math.min(text.length(), end + 20);
        if (mayDeclareYears(text, end, afterEnd)) {
            Matcher after = YEARS_AFTER.matcher(text).region(end, afterEnd);
            if (after.find()) {
                return Double.parseDouble(after.group(1));
            }
        }
        int beforeStart = Math.max(0, start - 60);
        if (mayDeclareYears(text, beforeStart, start)) {
            Matcher before = YEARS_BEFORE.matcher(text).region(beforeStart, start);
            if (before.find()) {
                return Double.parseDouble(before.group(1));
            }
        }
        return null;
    }

    /** A digit and "yr", "year" or "jahr" in any case within [from, to): what YEARS_AFTER and YEARS_BEFORE both require. */
    private static boolean mayDeclareYears(String text, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to && !digit; i++) {
            digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digit) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (startsWithIgnoreCase(text, i, to, "yr") || startsWithIgnoreCase(text, i, to, "year")
                    || startsWithIgnoreCase(text, i, to, "jahr")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoreCase(String text, int at, int limit, String word) {
        return at + word.length() <= limit && text.regionMatches(true, at, word, 0, word.length());
    }
}
