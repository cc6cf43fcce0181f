package io.profileflow.topology;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps the skill index (skill -> profiles) in step with the profile table. When a profile is re-sent with other
 * skills, the entries of skills it no longer has are removed: the keys written for each profile's previous
 * version are kept in a small store of their own, because the profile table already holds the new version when
 * its change reaches this processor.
 */
final class SkillIndexer implements Processor<String, ParsedProfile, Void, Void> {
    /** Separates the keys in a profile's entry; skill names and profile ids never contain it. */
    private static final String KEY_SEPARATOR = "\n";

    private KeyValueStore<String, String> skillIndex;
    private KeyValueStore<String, String> profileSkills;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        skillIndex = context.getStateStore(Stores.SKILL_INDEX);
        profileSkills = context.getStateStore(Stores.PROFILE_SKILLS);
    }

    @Override
    public void process(Record<String, ParsedProfile> record) {
        String profileId = record.key();
        if (profileId == null) return;
        ParsedProfile current = record.value();
        Set<String> keys = new LinkedHashSet<>();
        if (current != null) {
            for (SkillRecord skill : current.getSkills()) {
                String key = SkillIndexEntry.key(skill.getName(), profileId);
                keys.add(key);
                skillIndex.put(key, SkillIndexEntry.of(current, skill).toJson());
            }
        }
        String previous = profileSkills.get(profileId);
        if (previous != null) {
            for (String key : previous.split(KEY_SEPARATOR)) {
                if (!key.isEmpty() && !keys.contains(key)) {
                    skillIndex.delete(key);
                }
            }
        }
        if (keys.isEmpty()) {
            profileSkills.delete(profileId);
        } else {
            profileSkills.put(profileId, String.join(KEY_SEPARATOR, keys));
        }
    }
}
