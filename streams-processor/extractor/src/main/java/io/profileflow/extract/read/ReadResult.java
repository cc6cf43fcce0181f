package io.profileflow.extract.read;

import io.profileflow.extract.model.ProfileDraft;

/**
 * What a document turned into when read: plain text for the text pipeline, or (JSON Resume) an already
 * structured draft plus the text used for contact and skill search.
 *
 * @param format    short name of the format read (text, markdown, html, pdf, docx, json-resume)
 * @param text      the document text (for JSON Resume: all its strings, one per line)
 * @param structured the draft built field by field from a JSON Resume, or null
 * @param truncated true when the text was cut at the size limit
 */
public record ReadResult(String format, String text, ProfileDraft structured, boolean truncated) {
}
