package io.profileflow.topology;

/** Names of the state stores the HTTP API queries. */
public final class Stores {
    private Stores() {
    }

    /**
     * profileId -> latest ParsedProfile (RocksDB): the table of profiles.parsed. With the source-topic
     * optimization it has no changelog of its own; it is restored from profiles.parsed.
     */
    public static final String PROFILES = "profiles-store";

    /** profileId -> the skill-index keys written for its latest version, one per line (RocksDB, changelogged). */
    public static final String PROFILE_SKILLS = "profile-skills-store";

    /** "canonical skill name \u0000 profileId" -> SkillHit (RocksDB); prefix-scanned by skill. */
    public static final String SKILL_INDEX = "skill-index-store";
}
