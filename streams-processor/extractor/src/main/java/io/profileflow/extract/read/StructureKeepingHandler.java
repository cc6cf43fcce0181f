package io.profileflow.extract.read;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the XHTML events Tika emits (for HTML, PDF and DOCX alike) into text lines that keep the structure:
 * headings become "## Heading", list items "- item", table cells are joined with " | ", block elements end a line.
 * Skips what is never about the person: scripts, styles, navigation, footers, forms, cookie and consent banners,
 * menus, modals. Stops at a character limit so a decompression bomb cannot fill the heap.
 */
final class StructureKeepingHandler extends DefaultHandler {
    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "footer", "noscript", "svg", "button",
            "form", "select", "option", "template", "iframe", "head", "title", "meta", "link", "aside", "dialog",
            "menu", "object", "canvas", "map");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "main", "ul", "ol",
            "table", "tbody", "thead", "dl", "dt", "dd", "blockquote", "pre", "address", "figure", "figcaption",
            "body", "html", "hr", "center", "details", "summary", "fieldset", "caption");
    private static final Set<String> INLINE = Set.of("span", "a", "code", "kbd", "em", "strong", "b", "i", "small",
            "mark", "label", "abbr", "time");
    /** A class attribute naming a field of a role (HTML resume templates): title, company, dates, location. */
    private static final Pattern FIELD_CLASS = Pattern.compile(
            "(?i)(?<![a-z])(?:job-?title|title|position|role|company|employer|organi[sz]ation|org|dates?|period"
                    + "|duration|location|place|city)(?![a-z])");
    private static final Pattern NOISE_ATTRIBUTE = Pattern.compile(
            "(?i)cookie|consent|gdpr|banner|navbar|\\bnav\\b|nav-|-nav|menu|footer|breadcrumb|modal|popup|sidebar-ad|advert"
                    + "|\\bads?\\b|navigation|contentinfo|skip-link|share-|social-share|newsletter|signup|sign-up|login"
                    // screen-reader copies of the visible text (job boards print every field twice)
                    + "|visually-hidden|visuallyhidden|sr-only|screen-reader-text");

    static final class LimitReached extends SAXException {
        LimitReached() {
            super("text limit reached");
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final int maxChars;
    private final Deque<Boolean> skipStack = new ArrayDeque<>();
    private int skipDepth;
    private boolean truncated;
    private boolean firstCell;
    /** Open table rows: inside one, the source's line breaks and tabs between cells are only layout. */
    private int rowDepth;
    /** Where the last inline element (span, a, code...) ended: a sibling starting right there is another item. */
    private int inlineEnd = -1;
    private boolean separatorDue;

    StructureKeepingHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    String text() {
        return out.toString();
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        boolean skip = SKIPPED.contains(name) || isNoiseContainer(atts);
        skipStack.push(skip);
        if (skip) {
            skipDepth++;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        // <span>React</span><span>TypeScript</span>: chips laid out by CSS, with nothing between them in the markup,
        // are items of a list, not one word; decided when the new element's text shows whether it starts a word.
        separatorDue = INLINE.contains(name) && inlineEnd == out.length() && inlineEnd > 0
                && Character.isLetterOrDigit(out.charAt(inlineEnd - 1));
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            newLine();
            out.append("#".repeat(Math.max(1, Math.min(6, name.charAt(1) - '0')))).append(' ');
        } else if (name.equals("li")) {
            newLine();
            out.append("- ");
        } else if (name.equals("tr")) {
            newLine();
            firstCell = true;
            rowDepth++;
        } else if (name.equals("td") || name.equals("th")) {
            if (!firstCell) {
                out.append(" | ");
            }
            firstCell = false;
        } else if (name.equals("br")) {
            out.append('\n');
        } else if (BLOCKS.contains(name) || name.equals("p")) {
            newLine();
        }
        if (atts != null && isFieldElement(atts) && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            // <span class="title">Engineer</span> <span class="company">Acme</span>: template fields of one line
            // are set apart like table cells.
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') {
                len--;
            }
            out.setLength(len);
            if (len > 0 && out.charAt(len - 1) != '\n') {
                out.append(" | ");
            }
        }
        if (name.equals("a") && atts != null) {
            String href = atts.getValue("href");
            if (href != null && (href.startsWith("mailto:") || href.contains("linkedin.com") || href.contains("github.com"))) {
                // Keep contact targets that only live in the link, e.g. <a href="mailto:...">Email me</a>.
                out.append(' ').append(href.startsWith("mailto:") ? href.substring(7) : href).append(' ');
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        Boolean skip = skipStack.isEmpty() ? Boolean.FALSE : skipStack.pop();
        if (skip) {
            skipDepth--;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        if (name.equals("tr") && rowDepth > 0) {
            rowDepth--;
        }
        if (INLINE.contains(name)) {
            inlineEnd = out.length();
        }
        if (BLOCKS.contains(name) || name.equals("li") || name.equals("tr") || name.startsWith("h") && name.length() == 2) {
            newLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        if (out.length() + length > maxChars) {
            out.append(ch, start, Math.max(0, maxChars - out.length()));
            truncated = true;
            throw new LimitReached();
        }
        if (separatorDue) {
            separatorDue = false;
            if (length > 0 && Character.isLetterOrDigit(ch[start]) && out.length() == inlineEnd) {
                out.append(", ");
            }
        }
        if (rowDepth > 0) {
            // "<tr>\n  <td>Jun 2022</td>\n  <td>Engineer</td>": one row stays on one line.
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
            return;
        }
        out.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void newLine() {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) != '\n') {
            out.append('\n');
        }
    }

    /** An element whose class names a field of a role: title, company, dates, location. */
    private static boolean isFieldElement(Attributes atts) {
        String v = atts.getValue("class");
        return v != null && !v.isEmpty() && FIELD_CLASS.matcher(v).find();
    }


    private static boolean isNoiseContainer(Attributes atts) {
        if (atts == null) {
            return false;
        }
        for (String attr : new String[]{"class", "id", "role", "aria-label"}) {
            String v = atts.getValue(attr);
            if (v != null && !v.isEmpty() && NOISE_ATTRIBUTE.matcher(v).find()) {
                return true;
            }
        }
        return false;
    }
}
