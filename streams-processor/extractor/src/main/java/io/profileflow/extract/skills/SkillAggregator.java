package io.profileflow.extract.skills;

import io.profileflow.extract.experience.MonthsCalculator;
import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.model.SourceKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds the mentions of a document into one summary per skill: spellings seen, sources, mention count, declared
 * years, months of use from the roles that mention it (overlaps merged), last use and a confidence.
 */
public final class SkillAggregator {

    /** One skill of a profile, ready to become a SkillRecord. */
    public record SkillSummary(String name, String category, List<String> aliases, List<String> sources, int mentions,
                               Double declaredYears, Integer months, String lastUsed, double confidence,
                               Set<Integer> roles) {
    }

    private static final class Acc {
        final SkillTaxonomy.Entry entry;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> aliasKeys = new LinkedHashSet<>();
        final Set<SourceKind> sources = EnumSet.noneOf(SourceKind.class);
        final Set<Integer> roles = new TreeSet<>();
        int mentions;
        Double declaredYears;
        boolean onlyContextual = true;

        Acc(SkillTaxonomy.Entry entry) {
            this.entry = entry;
        }
    }

    public List<SkillSummary> aggregate(List<SkillMention> mentions, List<RoleDraft> roles, int nowMonthIndex) {
        Map<String, Acc> byName = new LinkedHashMap<>();
        for (SkillMention m : mentions) {
            Acc acc = byName.computeIfAbsent(m.entry().canonical(), k -> new Acc(m.entry()));
            acc.mentions++;
            if (acc.aliasKeys.add(m.surface().toLowerCase(Locale.ROOT))) {
                acc.aliases.add(m.surface());
            }
            acc.sources.add(m.segment().source());
            if (m.segment().roleIndex() >= 0) {
                acc.roles.add(m.segment().roleIndex());
            }
            if (m.declaredYears() != null) {
                acc.declaredYears = acc.declaredYears == null ? m.declaredYears() : Math.max(acc.declaredYears, m.declaredYears());
            }
            acc.onlyContextual &= m.contextual();
        }
        List<SkillSummary> out = new ArrayList<>();
        for (Acc acc : byName.values()) {
            List<DateRange> periods = new ArrayList<>();
            String lastUsed = null;
            boolean current = false;
            int lastIndex = -1;
            for (int r : acc.roles) {
                DateRange d = r < roles.size() ? roles.get(r).dates : null;
                if (d == null || d.start() == null) {
                    continue;
                }
                periods.add(d);
                if (d.current() || d.end() == null) {
                    current = true;
                } else if (d.end().monthIndex(true) > lastIndex) {
                    lastIndex = d.end().monthIndex(true);
                    lastUsed = d.end().format();
                }
            }
            Integer months = MonthsCalculator.coveredMonths(periods, nowMonthIndex);
            List<String> sources = new ArrayList<>();
            for (SourceKind s : acc.sources) {
                sources.add(s.wireName());
            }
            out.add(new SkillSummary(acc.entry.canonical(), acc.entry.category(), List.copyOf(acc.aliases), sources,
                    acc.mentions, acc.declaredYears, months, current ? null : lastUsed, confidence(acc),
                    Set.copyOf(acc.roles)));
        }
        return out;
    }

    private static double confidence(Acc acc) {
        double c;
        if (acc.sources.contains(SourceKind.SKILLS)) {
            c = 0.9;
        } else if (acc.sources.contains(SourceKind.EXPERIENCE)) {
            c = 0.8;
        } else {
            c = 0.65;
        }
        if (acc.mentions > 1) {
            c += 0.05;
        }
        if (acc.sources.size() > 1) {
            c += 0.05;
        }
        if (acc.onlyContextual) {
            c -= 0.15;
        }
        return Math.round(Math.max(0.1, Math.min(1.0, c)) * 100) / 100.0;
    }
}
