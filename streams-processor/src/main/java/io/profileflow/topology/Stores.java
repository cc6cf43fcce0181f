package io.profileflow.topology;

/** Names of the state stores the HTTP API queries. */
public final class Stores {
    private Stores() {
    }

    /** profileId -> latest ParsedProfile (RocksDB). */
    public static final String PROFILES = "profiles-store";

    /** "canonical skill name \u0000 profileId" -> SkillHit (RocksDB); prefix-scanned by skill. */
    public static final String SKILL_INDEX = "skill-index-store";
}
