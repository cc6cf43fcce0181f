package io.profileflow.topology;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.HashSet;
import java.util.Set;

/**
 * Keeps the two queryable stores of one partition in step: profiles by id, and the skill index
 * (skill -> profiles). When a profile is re-sent with other skills, the entries of skills it no longer has are
 * removed, using the previous version from the profile store.
 */
final class ProfileIndexer implements Processor<String, ParsedProfile, Void, Void> {
    private KeyValueStore<String, ParsedProfile> profiles;
    private KeyValueStore<String, String> skillIndex;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        profiles = context.getStateStore(Stores.PROFILES);
        skillIndex = context.getStateStore(Stores.SKILL_INDEX);
    }

    @Override
    public void process(Record<String, ParsedProfile> record) {
        String profileId = record.key();
        if (profileId == null) return;
        ParsedProfile previous = profiles.get(profileId);
        ParsedProfile current = record.value();
        Set<String> keep = new HashSet<>();
        if (current != null) {
            for (SkillRecord skill : current.getSkills()) {
                String key = SkillIndexEntry.key(skill.getName(), profileId);
                keep.add(key);
                skillIndex.put(key, SkillIndexEntry.of(current, skill).toJson());
            }
            profiles.put(profileId, current);
        } else {
            profiles.delete(profileId);
        }
        if (previous != null) {
            for (SkillRecord skill : previous.getSkills()) {
                String key = SkillIndexEntry.key(skill.getName(), profileId);
                if (!keep.contains(key)) {
                    skillIndex.delete(key);
                }
            }
        }
    }
}
