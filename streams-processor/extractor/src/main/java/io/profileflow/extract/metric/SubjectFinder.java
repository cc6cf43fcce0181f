package io.profileflow.extract.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Best-effort noun phrase naming what was measured. Resume bullets put it in three places: after a change noun
 * ("30% reduction in <build time>"), before a preposition that leads to the number ("reduced <build time> by
 * 30%", "<hit rate> from 28% to 58%", "<availability> of 99.99%"), or right after the number ("99.9%
 * <uptime>", "2M <users>").
 */
final class SubjectFinder {

    private static final int MAX_WORDS = 4;
    private static final Pattern CHANGE_NOUN_THEN_PHRASE = Pattern.compile(
            "(?i)^\\s?(?:[a-z]+\\s)?(?:reduction|decrease|increase|improvement|boost|growth|drop|decline|gain|uplift|lift"
                    + "|rise|jump|cut|savings?)\\s(?:in|of|on|to)\\s");
    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
    private static final String REGEX_SPACE = " \t\n\u000B\f\r";
    /** Tried only at white space, where it starts. */
    static final GatedPattern LEADS_TO_NUMBER = new GatedPattern(Pattern.compile(
            "(?i)\\s(?:(?:went|moved|rose|fell|grew|climbed|jumped|dropped)\\s)?(?:by|from|of|at|to|around|:|-|is|was|="
                    + "|von|um|del|desde|depuis)\\s*" + Vocabulary.QUALIFIER + "$"),
            (text, i) -> REGEX_SPACE.indexOf(text.charAt(i)) >= 0);
    private static final Pattern COMPARATIVE = Pattern.compile(
            "(?i)^\\s?(?:faster|quicker|higher|lower|more|less|fewer|better|greater|shorter|smaller|cheaper|bigger|larger)(?:\\s|$)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+#&'/.-]{0,30}+");
    private static final Pattern ENDS_A_CLAUSE_PART = Pattern.compile(".*[,;:(]");
    private static final Pattern COUNTED_HEAD = Pattern.compile("^(?:number|volume|amount|count|share|percentage|size) of .*");
    /** Words that are never part of the measured thing's name. */
    private static final Set<String> BOUNDARY = Set.of(
            "helped", "led", "leading", "resulting", "ensuring", "enabling", "maintaining", "achieving", "reaching",
            "handling", "serving", "managing", "supporting", "successfully", "significantly", "overall", "total",
            "while", "which", "thereby", "effectively", "consistently", "approximately", "achieved", "delivered",
            "propelling", "driving", "bringing", "brought", "making", "using", "with", "across", "over", "under", "ahead",
            "early", "earlier", "faster", "quicker", "higher", "lower", "better", "greater", "shorter", "smaller", "cheaper");
    /** Base forms of the direction verbs; their -ed and -ing forms are caught by suffix. */
    private static final Set<String> DIRECTION_VERBS = Set.of(
            "cut", "grew", "rose", "reduce", "increase", "improve", "boost", "lift", "scale", "save", "drop", "lower",
            "raise", "double", "triple", "halve", "expand", "accelerate", "slash", "trim", "shrink", "minimize",
            "minimise", "maximize", "maximise", "eliminate", "decrease", "enhance", "grow", "shorten");

    private SubjectFinder() {
    }

    static String find(Quantity q, String text, int segmentStart) {
        String after = text.substring(q.end, Math.min(text.length(), q.end + 80));
        // CHANGE_NOUN_THEN_PHRASE and COMPARATIVE start with ^: lookingAt() is their find().
        Matcher change = CHANGE_NOUN_THEN_PHRASE.matcher(after);
        if (change.lookingAt()) {
            String phrase = phraseForward(after.substring(change.end()));
            if (phrase != null) {
                return phrase;
            }
        }
        // A multiplying verb can start inside the previous quantity ("3 doubled"), so the segment may begin after it.
        String before = text.substring(Math.min(q.start, Math.max(segmentStart, q.start - 80)), q.start);
        GatedPattern.Scan lead = LEADS_TO_NUMBER.scan(before);
        if (lead.find(0)) {
            String phrase = phraseBackward(before.substring(0, lead.matcher.start()));
            if (phrase != null) {
                return phrase;
            }
        }
        Matcher comparative = COMPARATIVE.matcher(after);
        String forward = phraseForward(comparative.lookingAt() ? after.substring(comparative.end()) : after);
        if (forward != null) {
            return forward;
        }
        return q.noun;
    }

    private static String phraseForward(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int expected = 0;
        while (words.size() < MAX_WORDS - 1 && m.find()) {
            if (!text.substring(expected, m.start()).isBlank() || !isPhraseWord(m.group())) {
                break;
            }
            words.add(strip(m.group()));
            expected = m.end();
            if (m.group().endsWith(".") || m.group().endsWith("/")) {
                break;
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static String phraseBackward(String text) {
        String[] tokens = text.split(" ");
        List<String> words = new ArrayList<>();
        for (int i = tokens.length - 1; i >= 0 && words.size() < MAX_WORDS; i--) {
            String token = tokens[i];
            if (token.isEmpty()) {
                continue;
            }
            if (!WORD.matcher(token).matches() || !isPhraseWord(token) && !token.equalsIgnoreCase("of")) {
                break;
            }
            words.add(0, token);
            if (i > 0 && ENDS_A_CLAUSE_PART.matcher(tokens[i - 1]).matches()) {
                break;
            }
        }
        while (!words.isEmpty() && words.get(0).equalsIgnoreCase("of")) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return null;
        }
        String phrase = String.join(" ", words);
        // "processing time of scripts" -> "processing time"; but "number of users" keeps its head noun.
        int of = phrase.toLowerCase(Locale.ROOT).indexOf(" of ");
        if (of > 0 && !COUNTED_HEAD.matcher(phrase.toLowerCase(Locale.ROOT)).matches()) {
            phrase = phrase.substring(0, of);
        }
        return strip(phrase);
    }

    private static boolean isPhraseWord(String word) {
        String w = strip(word).toLowerCase(Locale.ROOT);
        if (w.isEmpty() || Vocabulary.isStopWord(w) || BOUNDARY.contains(w) || DIRECTION_VERBS.contains(w)) {
            return false;
        }
        // Verbs end the phrase ("reduced", "migrated", "reducing"); "speed", "need" and "processing time" are nouns.
        return !(w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) && !(w.endsWith("ing") && isDirectionWord(w));
    }

    private static boolean isDirectionWord(String w) {
        return Vocabulary.DECREASE_BEFORE.matches(w) || Vocabulary.INCREASE_BEFORE.matches(w);
    }

    private static String strip(String word) {
        int end = word.length();
        while (end > 0 && ".,;:/-'".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }
}
