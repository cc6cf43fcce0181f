package io.profileflow.extract.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into lower-case tokens for skill matching. Words keep an attached "++" or "#" (C++, C#, F#);
 * '.', '/', '-', '&', '\'' and '_' between two word characters become tokens of their own ("node.js" -> node . js,
 * "CI/CD" -> ci / cd, "C/C++" -> c / c++), so aliases and text are cut the same way and "C/C++" yields both
 * skills. A token remembers whether punctuation such as ',' or '(' stood before it: a multi-word alias may not
 * span it ("Google, Cloud" is not Google Cloud).
 */
public final class SkillTokenizer {

    /** One token with its character span in the text. */
    public record Token(String text, int start, int end, boolean breakBefore) {
    }

    public List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        boolean breakBefore = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                if (i < n && s.charAt(i) == '+') {
                    int p = i;
                    while (p < n && p - i < 2 && s.charAt(p) == '+') {
                        p++;
                    }
                    i = p;
                } else if (i < n && s.charAt(i) == '#' && (i + 1 >= n || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Token(s.substring(start, i).toLowerCase(Locale.ROOT), start, i, breakBefore));
                breakBefore = false;
                continue;
            }
            boolean joinsWords = (c == '.' || c == '/' || c == '-' || c == '&' || c == '\'' || c == '_')
                    && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))
                    && (c == '.' || i > 0 && isWordEnd(s.charAt(i - 1)));
            if (joinsWords) {
                out.add(new Token(String.valueOf(c), i, i + 1, breakBefore));
                breakBefore = false;
            } else if (c != ' ') {
                breakBefore = true;
            }
            i++;
        }
        return out;
    }

    private static boolean isWordEnd(char c) {
        return Character.isLetterOrDigit(c) || c == '+' || c == '#';
    }
}
