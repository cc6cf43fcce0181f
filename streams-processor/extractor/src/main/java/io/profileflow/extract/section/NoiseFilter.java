package io.profileflow.extract.section;

import io.profileflow.extract.text.LiteralScan;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes lines that are not about the person: site navigation, cookie banners, footers, buttons
 * ("Apply now", "Sign in"), image placeholders, and the turns of an interview transcript (Q:/A:, "Interviewer:",
 * timestamps, filler-heavy speech).
 */
public final class NoiseFilter {
    private static final Pattern UI_LINE = Pattern.compile(
            "(?:apply(?: now| for this job)?|easy apply|sign ?in|sign ?up|log ?in|log ?out|register|join now|menu"
                    + "|home|skip to (?:main )?content|back to top|share(?: profile| this)?|save|follow|connect|message"
                    + "|view (?:profile|here|more|all|full profile|resume|cv)|see (?:more|all|less)|show (?:more|less|all)(?: \\d{1,3} [\\p{L} ]{1,30})?"
                    + "|load more|read more|download(?: cv| resume| pdf)?|print|close|next|previous|hire me|contact me"
                    + "|subscribe|toggle navigation|open menu|search|loading\\.*|report(?: this)? profile|send message"
                    + "|vetted talent|verified|top rated|available now|book a call|schedule a call|get started"
                    + "|accept(?: all)?(?: cookies)?|reject all|decline|manage (?:cookies|preferences)|cookie settings"
                    + "|ok|got it|dismiss|icon|logo|avatar|profile[- ]pic(?:ture)?|photo|image|placeholder)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_ARROW = Pattern.compile("\\s*(?:→|->|›|»|>)$");
    private static final Pattern ASSET_NAME = Pattern.compile("^(?:icon|img|image|logo|avatar|svg)[-_][\\w-]+$|^[\\w-]+[-_](?:icon|pic|logo|img|image|avatar)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTER = Pattern.compile(
            "\\buses? cookies|use of cookies|cookie (?:policy|settings|preferences|consent|banner)|accept (?:all )?cookies"
                    + "|cookies (?:to|help|policy|settings)\\b|all rights reserved|©|\\(c\\) ?(?:19|20)\\d\\d|privacy policy|terms of (?:use|service)"
                    + "|powered by|impressum|datenschutz|we use cookies|this (?:site|website) uses"
                    + "|autorizzo il trattamento",
            Pattern.CASE_INSENSITIVE);
    private static final LiteralScan COOKIE = LiteralScan.ignoringCase("cookie");
    /** Every FOOTER alternative but "©" contains one of these. */
    private static final LiteralScan FOOTER_WORDS = LiteralScan.ignoringCase("(c)", "cookie", "all rights reserved",
            "privacy policy", "powered by", "terms of ", "this site", "this website", "impressum", "datenschutz",
            "autorizzo il");
    /**
     * The first word of every UI_LINE alternative, in lower case; with the optional space of "sign ?in" and the
     * like left out too, as the whole leading run of ASCII letters of a line UI_LINE matches is one of these.
     */
    private static final Set<String> UI_FIRST_WORDS = Set.of("apply", "easy", "sign", "signin", "signup", "log",
            "login", "logout", "register", "join", "menu", "home", "skip", "back", "share", "save", "follow", "connect",
            "message", "view", "see", "show", "load", "read", "download", "print", "close", "next", "previous", "hire",
            "contact", "subscribe", "toggle", "open", "search", "loading", "report", "send", "vetted", "verified",
            "top", "available", "book", "schedule", "get", "accept", "reject", "decline", "manage", "cookie", "ok",
            "got", "dismiss", "icon", "logo", "avatar", "profile", "photo", "image", "placeholder");
    /**
     * "Page 1 of 2", "- 3 -": page footers of PDF exports, which land between a role's lines; an OCR'd "Page l of 3"
     * too.
     */
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "^(?:page|seite|página|pagina|strona|sida|side|pagina's) [\\dlI]{1,3}(?: (?:of|von|de|di|sur|z|av|af|van|/) [\\dlI]{1,3})?$"
                    + "|^- ?\\d{1,3} ?-$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Confidential – for recruitment purposes only", "Private & Confidential", "Strictly confidential – do not
     * forward": an agency's or a PDF's page notice. An employer kept secret ("Confidential", "Confidential fintech
     * start-up") is no notice: the word needs "strictly"/"private &" before it or what the notice asks after it.
     */
    private static final String CONFIDENTIAL = "(?:confidential|vertraulich|confidentiel(?:le)?|confidencial|riservato)";
    private static final String NOTICE_TAIL = "\\s*[-–—:|,]?\\s*(?:(?:for|only for|intended for|not for|do not|please do not"
            + "|solely for|für|nur|réservé)\\b.*|(?:document|information|candidate (?:profile|information|details))\\b.*)";
    private static final Pattern CONFIDENTIALITY_NOTICE = Pattern.compile(
            "^(?:(?:strictly|private (?:&|and)|highly) " + CONFIDENTIAL + "(?:" + NOTICE_TAIL + ")?|" + CONFIDENTIAL
                    + NOTICE_TAIL + ")[.!]?$",
            Pattern.CASE_INSENSITIVE);
    /** Header lines of an email that carries a CV (a recruiter's forward, a reply): who wrote to whom, when. */
    private static final Pattern EMAIL_HEADER = Pattern.compile(
            "^(?:(?:from|to|cc|bcc|reply-to|von|an|de|à|para) ?:.*@.*|sent ?: ?(?:mon|tue|wed|thu|fri|sat|sun).*"
                    + "|subject ?: ?(?:re|fw|fwd|aw|wg|tr) ?:.*|-{2,} ?(?:original|forwarded) message ?-*"
                    // transport headers of a raw message: never about the person
                    + "|(?:return-path|message-id|mime-version|content-type|content-transfer-encoding|received"
                    + "|x-[a-z-]+) ?:.*|date ?: ?(?:mon|tue|wed|thu|fri|sat|sun), .*"
                    + "|sent from my \\w+.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRANSCRIPT_TURN = Pattern.compile(
            "^(?:\\[?\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?\\]?\\s*[-:]?\\s*\\S|(?:q|a|question|answer|interviewer|interviewee"
                    + "|candidate|recruiter|host|guest|speaker ?\\d{1,2}|moderator)\\s*\\d{0,2}\\s*[:.)-]\\s)",
            Pattern.CASE_INSENSITIVE);
    /** What follows a speaker label when the line only names someone: two to four capitalised words. */
    private static final Pattern NAME_ONLY = Pattern.compile(
            "\\s*\\|?\\s*\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){1,3}\\s*");
    private static final Pattern FILLER = Pattern.compile("(?<![\\p{L}])(?:uh|um|uhm|erm|hmm|you know)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** FILLER needs one of these with no letter before it. */
    private static final LiteralScan FILLER_WORDS = LiteralScan.ignoringCase("uh", "um", "erm", "hmm", "you know");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|·•/]\\s*|\\s{2,}");
    private static final Set<String> NAV_WORDS = Set.of("home", "about", "about me", "blog", "contact", "projects",
            "resume", "cv", "portfolio", "jobs", "login", "log in", "sign in", "sign up", "work", "services", "faq",
            "pricing", "careers", "team", "news", "press", "talks", "writing", "posts", "articles", "now", "uses",
            "skills", "experience", "education", "search", "menu", "privacy", "terms", "help", "support", "docs");

    /** True for navigation, banners, buttons and footers. */
    public boolean isNoise(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (t.charAt(0) == '…' || t.startsWith("...") || last == '→' || last == '>' || last == '›' || last == '»') {
            // "…see more", "Show all 4 experiences →": a truncation mark before a button label, an arrow after it.
            String label = t.charAt(0) == '…' ? t.substring(1).strip() : t.startsWith("...") ? t.substring(3).strip() : t;
            label = TRAILING_ARROW.matcher(label).replaceAll("");
            if (!label.isEmpty() && mayBeUiLine(label) && UI_LINE.matcher(label).matches()) {
                return true;
            }
        }
        if (t.length() <= 40 && (mayBeUiLine(t) && UI_LINE.matcher(t).matches()
                || isAssetShaped(t) && ASSET_NAME.matcher(t).matches()
                || mayBePageFooter(t) && PAGE_FOOTER.matcher(t).matches())) {
            return true;
        }
        if (t.length() <= 140 && t.indexOf(" | ") > 0 && isPageFooterRow(t)) {
            return true;
        }
        if (t.length() <= 400 && mayBeFooter(t) && FOOTER.matcher(t).find()) {
            return true;
        }
        if (t.length() <= 90 && mayBeNotice(t) && CONFIDENTIALITY_NOTICE.matcher(t).matches()) {
            return true;
        }
        if (t.length() <= 40 && COOKIE.foundIn(t)) {
            return true; // "Cookies", "Cookie settings" links; a bullet about a cookie-matching server is no banner
        }
        if (mayBeEmailHeader(t) && EMAIL_HEADER.matcher(t).matches()) {
            return true;
        }
        return isNavigationMenu(t);
    }

    /** Every EMAIL_HEADER alternative starts with one of EMAIL_LABELS and a ':', with "--" or with "sent from". */
    private static boolean mayBeEmailHeader(String t) {
        int colon = t.indexOf(':');
        if (colon > 1 && colon <= 26) {
            String label = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            return EMAIL_LABELS.contains(label) || label.startsWith("x-");
        }
        return t.startsWith("--") || t.regionMatches(true, 0, "sent from", 0, 9);
    }

    private static final Set<String> EMAIL_LABELS = Set.of("from", "to", "cc", "bcc", "reply-to", "von", "an", "de",
            "à", "para", "sent", "subject", "return-path", "message-id", "mime-version", "content-type",
            "content-transfer-encoding", "received", "date");

    /** True for a line that is a turn of an interview or Q&A transcript. */
    public boolean isTranscriptTurn(String text) {
        // TRANSCRIPT_TURN is anchored at the start: lookingAt finds what find would, without trying every offset.
        if (mayStartTurn(text)) {
            var turn = TRANSCRIPT_TURN.matcher(text);
            if (turn.lookingAt()) {
                // "Candidate: | Samuel J. Whitcombe" in an agency's header block labels a name, it is no turn.
                return !Character.isLetter(text.charAt(0))
                        || !NAME_ONLY.matcher(text).region(turn.end() - 1, text.length()).matches();
            }
        }
        if (text.length() < 40 || !FILLER_WORDS.foundAtWordStartIn(text)) {
            return false;
        }
        var m = FILLER.matcher(text);
        int count = 0;
        while (m.find()) {
            if (++count >= 2) {
                return true;
            }
        }
        return false;
    }

    /** "Home | About | Blog | Contact": three or more separated items, all of them site sections. */
    private static boolean isNavigationMenu(String t) {
        if (t.length() > 200 || !hasOnlyMenuCharacters(t) || menuSeparators(t) < 2) {
            return false;
        }
        String[] items = MENU_SEPARATOR.split(t);
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (!NAV_WORDS.contains(item.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Adaeze Thornquist - Resume | Page 2 of 3", "Page 2 of 3 | Confidential": a page footer or running header, the
     * page number in one cell (set apart by wide gaps or bars) and at most three short cells beside it.
     */
    private static boolean isPageFooterRow(String t) {
        String[] cells = t.split(" \\| ");
        if (cells.length > 4) {
            return false;
        }
        boolean page = false;
        for (String cell : cells) {
            String c = cell.strip();
            if (!page && mayBePageFooter(c) && PAGE_FOOTER.matcher(c).matches()) {
                page = true;
            } else if (c.length() > 60) {
                return false;
            }
        }
        return page;
    }

    /** Every CONFIDENTIALITY_NOTICE opens with one of these letters ("strictly", "private", "highly", the word itself). */
    private static boolean mayBeNotice(String t) {
        return "spchvrSPCHVR".indexOf(t.charAt(0)) >= 0 && t.length() >= 12;
    }

    /** FOOTER runs a case-insensitive alternation at every offset; a line without one of its literals skips it. */
    private static boolean mayBeFooter(String t) {
        return t.indexOf('©') >= 0 || FOOTER_WORDS.foundIn(t);
    }

    /**
     * An upper bound of the separators the menu split finds (each holds a separator character or two whitespace
     * characters): three items need two, so most lines skip the regex split.
     */
    private static int menuSeparators(String t) {
        int count = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '·' || c == '•' || c == '/'
                    || Character.isWhitespace(c) && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))) {
                count++;
            }
        }
        return count;
    }

    /**
     * UI_LINE is a list of short phrases (20 characters at most) plus "loading...", all in ASCII and matched ignoring
     * ASCII case only: a line must start with the first word of one of them, or matches() need not try the
     * alternation.
     */
    private static boolean mayBeUiLine(String t) {
        // Button labels are short; "Show all 19 skills" is the longest kind.
        if (t.length() > (t.regionMatches(true, 0, "show ", 0, 5) ? 40 : 20)
                && !t.regionMatches(true, 0, "loading", 0, 7)) {
            return false;
        }
        int end = 0;
        while (end < t.length() && isAsciiLetter(t.charAt(end))) {
            end++;
        }
        return UI_FIRST_WORDS.contains(t.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** PAGE_FOOTER starts with "page", "seite", "página", "pagina" (ASCII case ignored) or '-'. */
    private static boolean mayBePageFooter(String t) {
        char c = t.charAt(0);
        return c == 'p' || c == 'P' || c == 's' || c == 'S' || c == '-';
    }

    /**
     * TRANSCRIPT_TURN starts with a timestamp ('[', '(' or a digit) or a speaker word (ASCII case ignored): q, a,
     * question, answer, interviewer, interviewee, candidate, recruiter, host, guest, speaker, moderator.
     */
    private static boolean mayStartTurn(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return c == '[' || c == '(' || c >= '0' && c <= '9' || "qaicrhgsmQAICRHGSM".indexOf(c) >= 0;
    }

    /**
     * A menu's items are all NAV_WORDS (ASCII letters and spaces) between separators and white space: any other
     * character stays inside some item, so the line is no menu.
     */
    private static boolean hasOnlyMenuCharacters(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && !Character.isWhitespace(c) && c != '|' && c != '·' && c != '•' && c != '/') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** ASSET_NAME allows only ASCII word characters and '-'. */
    private static boolean isAssetShaped(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
