package io.profileflow.extract.text;

/**
 * Finds where a place name ends when a flattened document runs it into the next sentence:
 * "Cupertino, California, United States Developer in the data team" -> the place ends before "Developer",
 * because a capitalised word directly followed by a lower-case word starts a sentence.
 */
final class LocationTail {
    private LocationTail() {
    }

    /** Index in {@code text} where the location ends (the whole text when it never stops looking like one). */
    static int endOfLocation(String text) {
        int i = 0;
        int n = text.length();
        int lastCapitalStart = -1;
        while (i < n) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                return n;
            }
            int wordStart = i;
            while (i < n && text.charAt(i) != ' ' && text.charAt(i) != ',') {
                i++;
            }
            char first = text.charAt(wordStart);
            if (Character.isUpperCase(first)) {
                lastCapitalStart = wordStart;
                continue;
            }
            if (isConnector(text.substring(wordStart, i))) {
                continue;
            }
            // A lower-case word: the sentence began at the capitalised word just before it, if any.
            return lastCapitalStart > 0 ? lastCapitalStart : wordStart;
        }
        return n;
    }

    private static boolean isConnector(String word) {
        return word.equals("of") || word.equals("de") || word.equals("am") || word.equals("upon") || word.equals("del");
    }
}
