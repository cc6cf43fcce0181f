package io.profileflow.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * One entry of the skill index: a profile that has a skill, with what the lookup shows about it.
 * Keys are {@code lower(skill) + '\u0000' + profileId}, so one prefix scan returns every profile with a skill.
 */
public record SkillIndexEntry(String profileId, String name, String skill, Integer months, Double declaredYears) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char SEPARATOR = '\u0000';

    static SkillIndexEntry of(ParsedProfile profile, SkillRecord skill) {
        return new SkillIndexEntry(profile.getProfileId(), profile.getName(), skill.getName(), skill.getMonths(),
                skill.getDeclaredYears());
    }

    public static String prefix(String canonicalSkill) {
        return canonicalSkill.toLowerCase(Locale.ROOT) + SEPARATOR;
    }

    static String key(String canonicalSkill, String profileId) {
        return prefix(canonicalSkill) + profileId;
    }

    /** Years with the skill: the document's own figure when given, else the months computed from roles. */
    public Double years() {
        if (declaredYears != null) return declaredYears;
        return months == null ? null : Math.round(months / 12.0 * 10) / 10.0;
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SkillIndexEntry fromJson(String json) {
        try {
            return JSON.readValue(json, SkillIndexEntry.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
