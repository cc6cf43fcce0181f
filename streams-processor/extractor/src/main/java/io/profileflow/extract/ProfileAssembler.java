package io.profileflow.extract;

import io.profileflow.avro.Contact;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;
import io.profileflow.extract.contact.PiiRedactor;
import io.profileflow.extract.experience.MonthsCalculator;
import io.profileflow.extract.metric.Metric;
import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.model.ProfileDraft;
import io.profileflow.extract.model.RoleDraft;
import io.profileflow.extract.model.TextSegment;
import io.profileflow.extract.skills.LinkMentionFilter;
import io.profileflow.extract.skills.SkillAggregator;
import io.profileflow.extract.skills.SkillMatcher;
import io.profileflow.extract.skills.SkillMention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link ProfileDraft} into the published records: matches skills, extracts metrics, applies the PII
 * rule, computes months and overlaps, and stamps every record with profileId, documentId, revision and index.
 */
final class ProfileAssembler {
    private static final int MAX_OVERLAP_CHECK = 100;
    private final SkillMatcher skills;
    private final SkillAggregator aggregator = new SkillAggregator();
    private final ClauseMetrics metrics;

    ProfileAssembler(SkillMatcher skills, ClauseMetrics metrics) {
        this.skills = skills;
        this.metrics = metrics;
    }

    /** Identity of one extraction. */
    record Stamp(String profileId, String documentId, String revision, String contentSha256, long extractedAt) {
    }

    ParsedProfile assemble(ProfileDraft d, Stamp stamp, PiiRedactor pii, Deadline deadline) {
        int now = monthIndex(stamp.extractedAt());
        List<ExperienceRecord> experiences = experiences(d, stamp, pii, now);
        deadline.check("assembling roles");
        List<SkillRecord> skillRecords = skillRecords(d, stamp, now, deadline, experiences);
        List<MetricRecord> metricRecords = metricRecords(d, stamp, pii, deadline);
        warnOverlaps(d, now);
        List<DateRange> periods = new ArrayList<>();
        for (RoleDraft r : d.roles) {
            if (r.hasDates()) {
                periods.add(r.dates);
            }
        }
        List<String> warnings = new ArrayList<>();
        for (String w : d.warnings) {
            warnings.add(pii.scrub(w));
        }
        Contact contact = Contact.newBuilder()
                .setEmails(pii.apply(d.emails, PiiRedactor.Kind.EMAIL))
                .setPhones(pii.apply(d.phones, PiiRedactor.Kind.PHONE))
                .setLinks(pii.apply(d.links, PiiRedactor.Kind.LINK))
                .setAddresses(pii.apply(d.addresses, PiiRedactor.Kind.ADDRESS))
                .setPiiMode(pii.mode().wireName())
                .build();
        return ParsedProfile.newBuilder()
                .setProfileId(stamp.profileId())
                .setDocumentId(stamp.documentId())
                .setRevision(stamp.revision())
                .setContentSha256(stamp.contentSha256())
                .setName(d.name)
                .setHeadline(pii.scrub(d.headline))
                .setLocation(d.location)
                .setContact(contact)
                .setDeclaredYearsOfExperience(d.declaredYears)
                .setComputedMonthsOfExperience(MonthsCalculator.coveredMonths(periods, now))
                .setExperiences(experiences)
                .setSkills(skillRecords)
                .setMetrics(metricRecords)
                .setWarnings(warnings)
                .setExtractorVersion(ProfileExtractor.VERSION)
                .setExtractedAt(Instant.ofEpochMilli(stamp.extractedAt()))
                .build();
    }

    private List<ExperienceRecord> experiences(ProfileDraft d, Stamp stamp, PiiRedactor pii, int now) {
        List<ExperienceRecord> out = new ArrayList<>();
        for (int i = 0; i < d.roles.size(); i++) {
            RoleDraft r = d.roles.get(i);
            DateRange dates = r.dates;
            List<String> bullets = new ArrayList<>();
            for (String b : r.bullets) {
                bullets.add(pii.scrub(b));
            }
            if (dates == null || dates.start() == null) {
                d.warn("dates not parsed for role " + (i + 1));
            }
            out.add(ExperienceRecord.newBuilder()
                    .setProfileId(stamp.profileId())
                    .setDocumentId(stamp.documentId())
                    .setRevision(stamp.revision())
                    .setIndex(i)
                    .setCompany(r.company)
                    .setTitle(r.title)
                    .setLocation(r.location)
                    .setTeam(r.team)
                    .setStartDate(dates == null || dates.start() == null ? null : dates.start().format())
                    .setEndDate(dates == null || dates.end() == null ? null : dates.end().format())
                    .setCurrent(dates != null && dates.current())
                    .setDurationMonths(dates == null ? null : dates.months(now))
                    .setDescription(bullets)
                    .setSkills(new ArrayList<>())
                    .setConfidence(r.confidence)
                    .build());
        }
        return out;
    }

    private List<SkillRecord> skillRecords(ProfileDraft d, Stamp stamp, int now, Deadline deadline,
                                           List<ExperienceRecord> experiences) {
        List<SkillMention> mentions = new ArrayList<>();
        int count = 0;
        for (TextSegment seg : d.skillText) {
            if ((++count & 63) == 0) {
                deadline.check("matching skills");
            }
            for (SkillMention m : skills.find(seg)) {
                if (!LinkMentionFilter.isLink(m)) {
                    mentions.add(m);
                }
            }
        }
        List<SkillAggregator.SkillSummary> summaries = aggregator.aggregate(mentions, d.roles, now);
        List<SkillRecord> out = new ArrayList<>();
        for (SkillAggregator.SkillSummary s : summaries) {
            for (int role : s.roles()) {
                if (role < experiences.size() && !experiences.get(role).getSkills().contains(s.name())) {
                    experiences.get(role).getSkills().add(s.name());
                }
            }
            out.add(SkillRecord.newBuilder()
                    .setProfileId(stamp.profileId())
                    .setDocumentId(stamp.documentId())
                    .setRevision(stamp.revision())
                    .setIndex(out.size())
                    .setName(s.name())
                    .setCategory(s.category())
                    .setAliases(new ArrayList<>(s.aliases()))
                    .setSources(new ArrayList<>(s.sources()))
                    .setMentions(s.mentions())
                    .setDeclaredYears(s.declaredYears())
                    .setMonths(s.months())
                    .setLastUsed(s.lastUsed())
                    .setConfidence(s.confidence())
                    .build());
        }
        return out;
    }

    private List<MetricRecord> metricRecords(ProfileDraft d, Stamp stamp, PiiRedactor pii, Deadline deadline) {
        List<MetricRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> seenPerRole = new LinkedHashSet<>();
        int count = 0;
        // A clause written twice (a repeated bullet, a pasted block) is read once: extraction is a pure function.
        Map<String, List<Metric>> byClause = new HashMap<>();
        for (TextSegment clause : d.metricClauses) {
            if ((++count & 15) == 0) {
                deadline.check("extracting metrics");
            }
            for (Metric m : byClause.computeIfAbsent(clause.text(), metrics::extract)) {
                String text = pii.scrub(m.text() == null ? clause.text() : m.text());
                String key = m.value() + "|" + m.unit() + "|" + m.per() + "|" + m.baseline() + "|"
                        + wordCharacters(text.toLowerCase(Locale.ROOT));
                String roleKey = m.value() + "|" + m.unit() + "|" + m.per() + "|" + m.baseline() + "|" + clause.roleIndex();
                if (!seen.add(key) || clause.roleIndex() >= 0 && !seenPerRole.add(roleKey)) {
                    continue;
                }
                out.add(MetricRecord.newBuilder()
                        .setProfileId(stamp.profileId())
                        .setDocumentId(stamp.documentId())
                        .setRevision(stamp.revision())
                        .setIndex(out.size())
                        .setValue(m.value())
                        .setUnit(m.unit())
                        .setPer(m.per())
                        .setBaseline(m.baseline())
                        .setDirection(m.direction())
                        .setKind(m.kind() == null ? "other" : m.kind())
                        .setSubject(m.subject())
                        .setText(text)
                        .setExperienceIndex(clause.roleIndex() >= 0 ? clause.roleIndex() : null)
                        .setConfidence(m.confidence())
                        .build());
            }
        }
        return out;
    }

    /** The text without non-word characters (what {@code replaceAll("\\W+", "")} gives, without a regex per call). */
    private static String wordCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void warnOverlaps(ProfileDraft d, int now) {
        // Pairwise, so bounded: no real profile lists more roles than this.
        int n = Math.min(d.roles.size(), MAX_OVERLAP_CHECK);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                RoleDraft a = d.roles.get(i);
                RoleDraft b = d.roles.get(j);
                if (a.hasDates() && b.hasDates() && MonthsCalculator.overlap(a.dates, b.dates, now) > 1) {
                    d.warn("overlapping roles: " + (i + 1) + " and " + (j + 1));
                }
            }
        }
    }

    static int monthIndex(long epochMillis) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
        return t.getYear() * 12 + t.getMonthValue() - 1;
    }
}
