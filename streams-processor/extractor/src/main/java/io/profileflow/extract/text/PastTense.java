package io.profileflow.extract.text;

import java.util.Locale;
import java.util.Set;

/** Whether a line opens with a verb in the past tense, as achievement bullets do ("Cut ...", "Deployed ..."). */
public final class PastTense {
    /** Irregular past tenses that open achievement bullets; regular ones end in "ed". */
    private static final Set<String> IRREGULAR = Set.of("cut", "built", "led", "grew", "ran", "drove", "brought",
            "won", "wrote", "took", "sped", "made", "set", "kept", "held", "rebuilt", "rewrote", "sold", "taught",
            "spent", "found", "shipped");

    private PastTense() {
    }

    /** The first word of the text in lower case when it is a capitalised past tense, else null. */
    public static String openingVerb(String text) {
        int space = text.indexOf(' ');
        if (space < 2 || !Character.isUpperCase(text.charAt(0))) {
            return null;
        }
        String first = text.substring(0, space).toLowerCase(Locale.ROOT);
        return first.endsWith("ed") || IRREGULAR.contains(first) ? first : null;
    }
}
