package io.profileflow.extract.experience;

import io.profileflow.extract.Deadline;
import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.section.Section;
import io.profileflow.extract.section.SectionSplitter;
import io.profileflow.extract.section.SectionType;
import io.profileflow.extract.text.LineReader;
import io.profileflow.extract.text.LineStructureRestorer;
import io.profileflow.extract.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/** The text-to-roles part of the engine, as the role-finder tests drive it. */
final class ExperienceTestSupport {
    private ExperienceTestSupport() {
    }

    static List<RoleDraft> roles(String text) {
        String t = new LineStructureRestorer().restore(new TextNormalizer().normalize(text), Deadline.none());
        List<Section> sections = new SectionSplitter().split(new LineReader().read(t, Deadline.none()), Deadline.none());
        List<RoleDraft> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() == SectionType.EXPERIENCE) {
                out.addAll(new ExperienceParser().parse(s, Deadline.none()));
            }
        }
        return new RoleMerger().merge(out);
    }
}
