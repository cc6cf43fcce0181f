package io.profileflow.extract.contact;

import io.profileflow.extract.model.ProfileDraft;
import io.profileflow.extract.text.LiteralScan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds contact details in document text: email addresses, phone numbers, personal links (LinkedIn, GitHub,
 * GitLab, personal sites) and street addresses. The patterns are also used by {@link PiiRedactor} to scrub free
 * text, so both agree on what counts as personal data.
 */
public final class ContactExtractor {
    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\\.){1,4}[A-Za-z]{2,12}(?![\\w-])");
    /** International or national numbers: 9-15 digits, optional +country, separators . - space ( ). */
    static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.+/-])(?:\\+|00)?\\(?\\d{1,4}\\)?(?:[ .-]?\\(?\\d{1,5}\\)?){1,5}(?![\\w/-]|\\.\\d)");
    static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\w@.])(?:https?://|www\\.)[^\\s<>()\\[\\]\"']{2,300}"
                    + "|(?<![\\w@./])(?:linkedin\\.com|github\\.com|gitlab\\.com|bitbucket\\.org|stackoverflow\\.com|medium\\.com"
                    + "|twitter\\.com|x\\.com|behance\\.net|dribbble\\.com|kaggle\\.com)/[^\\s<>()\\[\\]\"']{1,200}");
    static final Pattern STREET = Pattern.compile(
            "\\b\\d{1,5}[a-z]?\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
                    + "|Court|Ct|Way|Place|Pl|Square|Sq|Parkway|Pkwy|Terrace|Highway|Hwy)\\b\\.?(?:,?\\s*(?:Apt|Suite|Unit|#)\\s*\\w+)?"
                    // (a vowel before "ring" is an English gerund: "Mentoring 4 engineers", not "Kaiserring 4")
                    + "|\\b[A-Z][\\p{L}-]{2,40}(?:straße|strasse|str\\.|weg|gasse|platz|allee|(?<![aeiouyäöü])ring|damm|ufer)"
                    + "\\s+\\d{1,4}[a-z]?\\b"
                    + "|\\b\\d{1,4}[a-z]?,?\\s+(?:rue|avenue|boulevard|chemin|place|impasse|allée)\\s+[\\p{L} '-]{2,40}");
    /** Every URL alternative without "://" holds one of these. */
    private static final LiteralScan URL_WORDS = LiteralScan.ignoringCase("www.", ".com/", ".org/", ".net/");
    /** All that is left of them in a text without a slash. */
    private static final LiteralScan WWW = LiteralScan.ignoringCase("www.");

    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]]+$");
    private static final Pattern YEAR_RUN = Pattern.compile("^(?:(?:19|20)\\d\\d[ .-]{0,3}){2,}$");
    private static final Pattern DATE_LIKE = Pattern.compile("^(?:19|20)\\d\\d\\s*-\\s*(?:19|20)\\d\\d$|^\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}$");

    /** Adds every contact detail found in {@code text} to the draft. */
    public void extract(String text, ProfileDraft draft) {
        // Every line of a document comes through here: run a pattern only when the character it needs is present.
        if (mayHoldEmail(text)) {
            Matcher e = EMAIL.matcher(text);
            while (e.find()) {
                draft.emails.add(e.group().toLowerCase(Locale.ROOT));
            }
        }
        Matcher u = mayHoldUrl(text) ? URL.matcher(text) : null;
        while (u != null && u.find()) {
            String url = TRAILING.matcher(u.group()).replaceFirst("");
            if (url.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                continue;
            }
            if (isPersonalLink(url)) {
                draft.links.add(url);
            }
        }
        // Matchers are made only when needed: building one allocates its group arrays, for every line.
        Matcher p = mayHoldPhone(text) ? PHONE.matcher(text) : null;
        while (p != null && p.find()) {
            String phone = p.group().strip();
            if (isPhone(phone)) {
                draft.phones.add(phone);
            }
        }
        Matcher s = mayHoldStreet(text) ? STREET.matcher(text) : null;
        while (s != null && s.find()) {
            draft.addresses.add(s.group().strip());
        }
    }

    /**
     * False only when EMAIL cannot match: no '@' is preceded by an address character and followed by a domain with
     * a dot and two letters ("a@b.c" is not one). EMAIL tries up to 64 characters at every position, so a text
     * full of stray '@' is checked this way first.
     */
    static boolean mayHoldEmail(String text) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at == 0 || !isAddressChar(text.charAt(at - 1))) {
                continue;
            }
            for (int i = at + 1; i + 2 < text.length() && isDomainChar(text.charAt(i)); i++) {
                if (text.charAt(i) == '.' && isAsciiLetter(text.charAt(i + 1)) && isAsciiLetter(text.charAt(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAddressChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Every URL alternative holds "://", "www." or one of the listed domains (.com/, .org/, .net/) and a slash. */
    static boolean mayHoldUrl(String text) {
        if (text.indexOf('/') < 0) {
            // Without a slash only "www." is left, and it holds a dot.
            return text.indexOf('.') >= 0 && WWW.foundIn(text);
        }
        return text.contains("://") || URL_WORDS.foundIn(text);
    }

    /**
     * False only when no phone can be accepted: isPhone wants nine digits in a PHONE match, and those lie in one run
     * of digits joined by the gaps PHONE allows. Date ranges ("2019 - 2021") and figures never get to the pattern.
     */
    static boolean mayHoldPhone(String text) {
        return ContactShapes.hasPhoneDigitRun(text, 9);
    }

    /** False only when STREET cannot match (see {@link ContactShapes#mayHoldStreet}). */
    static boolean mayHoldStreet(String text) {
        return ContactShapes.mayHoldStreet(text);
    }

    /** The text without its emails, URLs and phone numbers: what metric search may read. */
    public static String stripContacts(String text) {
        String s = text;
        if (mayHoldEmail(s)) {
            s = EMAIL.matcher(s).replaceAll(" ");
        }
        if (mayHoldUrl(s)) {
            s = URL.matcher(s).replaceAll(" ");
        }
        if (!mayHoldPhone(s)) {
            return s;
        }
        Matcher p = PHONE.matcher(s);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        while (p.find()) {
            if (isPhone(p.group().strip())) {
                p.appendReplacement(sb, " ");
                changed = true;
            }
        }
        if (!changed) {
            return s;
        }
        p.appendTail(sb);
        return sb.toString();
    }

    /** True for a run of digits that is a phone number and not a year range, a date or a big figure. */
    static boolean isPhone(String candidate) {
        int digits = 0;
        for (int i = 0; i < candidate.length(); i++) {
            if (Character.isDigit(candidate.charAt(i))) {
                digits++;
            }
        }
        if (digits < 9 || digits > 15 || DATE_LIKE.matcher(candidate).matches()) {
            return false;
        }
        // "2019 - 2021 2022" style runs of years are not phones.
        return !YEAR_RUN.matcher(candidate).matches();
    }

    /** Links to profiles and personal sites; links to the page the text was scraped from are kept too. */
    private static boolean isPersonalLink(String url) {
        String l = url.toLowerCase(Locale.ROOT);
        return !l.endsWith(".png") && !l.endsWith(".jpg") && !l.endsWith(".svg") && !l.endsWith(".css")
                && !l.endsWith(".js");
    }
}
