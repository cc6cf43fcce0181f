package io.profileflow.extract.section;

import io.profileflow.extract.text.Line;

import java.util.List;

/** A heading and the lines under it. {@code heading} is null for the preamble. */
public record Section(SectionType type, String heading, List<Line> lines) {
}
