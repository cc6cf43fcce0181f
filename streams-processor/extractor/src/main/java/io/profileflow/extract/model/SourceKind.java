package io.profileflow.extract.model;

import java.util.Locale;

/** Where in a document a piece of text was found; names the sources of a SkillRecord. */
public enum SourceKind {
    SKILLS, EXPERIENCE, SUMMARY, PROJECTS, OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
