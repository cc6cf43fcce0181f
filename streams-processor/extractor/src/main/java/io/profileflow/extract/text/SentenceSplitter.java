package io.profileflow.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at ". ", "! ", "? " and "; " followed by an upper-case letter, digit or
 * bullet, without splitting after common abbreviations (e.g., Inc., Dr.) or inside numbers (2.5).
 */
public final class SentenceSplitter {
    private static final Pattern END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}\\d\"(\\[-])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:e\\.g|i\\.e|etc|inc|ltd|co|corp|dr|mr|mrs|ms|prof|st|vs|approx|no|jr|sr|dept|fig|u\\.s|a\\.m|p\\.m|ca|bzw|z\\.b|usw)|\\b\\p{L})\\.$");

    public List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(paragraph);
        int from = 0;
        while (m.find()) {
            String before = paragraph.substring(Math.max(from, m.start() - 8), m.start());
            if (ABBREVIATION.matcher(before).find()) {
                continue;
            }
            add(out, paragraph.substring(from, m.start()));
            from = m.end();
        }
        add(out, paragraph.substring(from));
        return out;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
