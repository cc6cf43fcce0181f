package io.profileflow.extract.section;

/** What a part of a document is about, judged by its heading. */
public enum SectionType {
    /** Text before the first heading: name, headline, contact, often a summary. */
    PREAMBLE,
    SUMMARY, EXPERIENCE, SKILLS, EDUCATION, PROJECTS, CERTIFICATIONS, LANGUAGES, AWARDS, ACHIEVEMENTS, PUBLICATIONS,
    INTERESTS, VOLUNTEER, CONTACT,
    /** Interview transcripts and Q&A: nothing in them becomes a record. */
    TRANSCRIPT,
    /**
     * Sidebars about other people ("People also viewed", "Similar profiles", "Other freelancers you may like"):
     * nothing in them becomes a record.
     */
    UNRELATED,
    /** A heading the engine does not know (Courses, How I think...). */
    OTHER
}
