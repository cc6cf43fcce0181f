package io.profileflow.extract.metric;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words the grammar reacts to: qualifiers, direction words, achievement verbs, non-nouns. */
final class Vocabulary {

    /** Hedges written between "from"/"to" and a number: "from over 5 hours to under 45 minutes". */
    static final String QUALIFIER = "(?:(?:over|under|about|around|approximately|approx\\.?|nearly|almost|roughly|just"
            + "|only|more\\sthan|less\\sthan|up\\sto|>=?|<=?|~|≈)\\s*)?";

    /** Verb forms only: "services" must not count as "served", nor "process" as "processed". */
    static final GatedPattern ACHIEVEMENT_VERB = new GatedPattern(Pattern.compile(
            "(?i)\\b(?:reduc|improv|increas|sav|scal|achiev|handl|serv|generat|decreas|accelerat|rais|driv|enabl"
                    + "|optimi[sz]|migrat|eliminat|doubl|tripl|halv)(?:e|es|ed|ing)\\b"
                    + "|\\b(?:deliver|boost|lift|lower|shorten|slash|trimm|launch|onboard|expand|support|sustain|maintain"
                    + "|process|grow|deploy)(?:ed|ing|s)?\\b|\\bshipp(?:ed|ing)\\b|\\b(?:cut|cutting|grew|drove|sped)\\b"),
            WordPrefixes.atWordStart("reduc", "improv", "increas", "sav", "scal", "achiev", "handl", "serv", "generat",
                    "decreas", "accelerat", "rais", "driv", "enabl", "optimi", "migrat", "eliminat", "doubl", "tripl",
                    "halv", "deliver", "boost", "lift", "lower", "shorten", "slash", "trimm", "launch", "onboard",
                    "expand", "support", "sustain", "maintain", "process", "grow", "deploy", "shipp", "cut", "grew",
                    "drove", "sped"));

    /** Words before a number that make it lower: "reduced latency by 30%", "down 65%". */
    static final GatedPattern DECREASE_BEFORE = new GatedPattern(Pattern.compile(
            "(?i)\\b(?:reduc\\w*|cut|cutting|decreas\\w*|lower(?:ed|ing)?|down|dropp\\w*|drop|declin\\w*|shr[aiu]nk\\w*"
                    + "|minimi[sz]\\w*|trimm\\w*|slash\\w*|sav(?:ed|ing|ings|e)|eliminat\\w*|shorten\\w*|halv\\w*)\\b"),
            WordPrefixes.atWordStart("reduc", "cut", "decreas", "lower", "down", "drop", "declin", "shr", "minimi",
                    "trimm", "slash", "sav", "eliminat", "shorten", "halv"));
    /** Words before a number that make it higher: "grew revenue by 30%", "scaled to 2M users". */
    static final GatedPattern INCREASE_BEFORE = new GatedPattern(Pattern.compile(
            "(?i)\\b(?:increas\\w*|improv\\w*|grew|grow\\w*|boost\\w*|up(?!\\sto\\b)|scal(?:ed|ing|e)|rais\\w*"
                    + "|accelerat\\w*|doubl\\w*|tripl\\w*|expand\\w*|enhanc\\w*|lift\\w*|maximi[sz]\\w*|rose|jump\\w*"
                    + "|surg\\w*|uplift\\w*)\\b"),
            WordPrefixes.atWordStart("increas", "improv", "grew", "grow", "boost", "up", "scal", "rais", "accelerat",
                    "doubl", "tripl", "expand", "enhanc", "lift", "maximi", "rose", "jump", "surg"));
    /** Nouns and comparatives right after a number: "500% reduction", "50% faster". */
    static final Pattern DIRECTION_AFTER = Pattern.compile(
            "(?i)^\\s?(?:[a-z]+\\s)?(?<down>reduction|decrease|drop|decline|cut|fewer|less|lower|smaller|cheaper|savings?)\\b"
                    + "|^\\s?(?:[a-z]+\\s)?(?<speed>faster|quicker|shorter)\\b"
                    + "|^\\s?(?:[a-z]+\\s)?(?<up>increase|improvement|boost|growth|gain|uplift|lift|rise|jump|higher|more"
                    + "|better|greater|bigger|larger|speed-?up)\\b");

    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "to", "from", "by", "of", "in", "into", "on", "at", "for", "with",
            "within", "across", "over", "under", "than", "as", "is", "are", "was", "were", "be", "been", "this", "that",
            "these", "those", "which", "while", "who", "it", "its", "their", "our", "my", "his", "her", "your", "per",
            "plus", "more", "less", "most", "least", "times", "out", "vs", "via", "through", "during", "after",
            "before", "since", "until", "till", "each", "every", "all", "other", "others", "such", "also", "then",
            "up", "down", "about", "around", "approx", "nearly", "almost", "only", "just", "new", "same", "different",
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "st", "nd", "rd", "th", "x", "am", "pm", "years", "year", "old", "yo", "fold",
            // the "to" of changes in other languages: "van 12 naar 2", "von 9 auf 3", "del 12 al 4", "de 5 à 2"
            "naar", "tot", "auf", "bis", "al", "à", "para", "hasta", "op", "em", "en");

    /** Counts of these are social-profile vanity or ratings, never achievements of the work. */
    static final Set<String> NON_ACHIEVEMENT_NOUNS = Set.of(
            "followers", "follower", "connections", "connection", "endorsements", "endorsement", "subscribers",
            "contacts", "kontakte", "kontakty", "kontakter",
            "stars", "star", "rating", "ratings", "reviews", "reputation", "badges", "percentile",
            // sizes of a photo or a page: "[Photo 30 mm x 40 mm]"
            "mm", "cm", "px", "marks", "points", "cgpa", "gpa", "rank", "position",
            "place", "subjects", "students", "batch", "grade", "std", "class", "standard", "semester", "street",
            "st.", "road", "rd.", "avenue", "ave", "lane", "blvd", "floor", "suite",
            // a scholar's profile counters and a speaker kit's word limits
            "citations", "words",
            // a job board's "+5 skills" link
            "skills",
            // hobbies
            "marathons", "half-marathons", "ultramarathons", "triathlons");

    private Vocabulary() {
    }

    static boolean isCountNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !STOP_WORDS.contains(w) && !w.endsWith("ly");
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
