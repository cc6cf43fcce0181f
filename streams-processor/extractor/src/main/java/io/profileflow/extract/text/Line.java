package io.profileflow.extract.text;

/**
 * One non-blank line of a document after markdown clean-up.
 *
 * @param text         the text without markdown markers, bullet marker or emphasis
 * @param headingLevel markdown heading level (1..6), or 0
 * @param bullet       true when the line was a list item ("- ", "1.", "a)")
 * @param raw          the normalized line before clean-up (link targets still inside)
 */
public record Line(String text, int headingLevel, boolean bullet, String raw) {
    public boolean isHeading() {
        return headingLevel > 0;
    }
}
