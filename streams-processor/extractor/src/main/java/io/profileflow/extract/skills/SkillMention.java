package io.profileflow.extract.skills;

import io.profileflow.extract.model.TextSegment;

/**
 * One mention of a skill in a text segment.
 *
 * @param entry         the taxonomy skill
 * @param surface       the spelling in the document
 * @param start         start of the mention in the segment text
 * @param end           end of the mention in the segment text
 * @param declaredYears years stated next to it ("Python - 4 Years", "3+ years of Kubernetes"), or null
 * @param contextual    true when the name is ambiguous and counted only thanks to technical context
 * @param segment       where it was found
 */
public record SkillMention(SkillTaxonomy.Entry entry, String surface, int start, int end, Double declaredYears,
                           boolean contextual, TextSegment segment) {
}
