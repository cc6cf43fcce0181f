package io.profileflow.extract.model;

/**
 * A piece of document text to search for skills or metrics.
 *
 * @param text      the text (one line or clause)
 * @param source    where it was found
 * @param roleIndex index of the role it belongs to, or -1
 * @param techList  true when the text is known to be a list of technologies (skills section, "Tech used:"),
 *                  which lets ambiguous names like Go or R count
 */
public record TextSegment(String text, SourceKind source, int roleIndex, boolean techList) {
}
