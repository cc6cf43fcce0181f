package io.profileflow.extract.text;

/**
 * Cheap character pre-checks that let a line skip a costly regex: every pattern gated by them needs what they look
 * for, so a line they reject can never match. Literals are looked for with {@link LiteralScan}.
 */
public final class WordScan {
    private WordScan() {
    }

    /**
     * Whether text holds {@code n} digits in one run of digits, white space and the phone punctuation
     * {@code + ( ) . -}: the only shape a phone number or a long bare number can take, so patterns for those need
     * not run on text without one.
     */
    public static boolean hasPhoneLikeDigitRun(String text, int n) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= n) {
                    return true;
                }
            } else if ("+().- \t\n\u000B\f\r".indexOf(c) < 0) {
                digits = 0;
            }
        }
        return false;
    }

    /** Whether text holds an ASCII digit. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
