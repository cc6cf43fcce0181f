package io.profileflow.extract.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything read from one document before skills, metrics and PII handling: the common ground of the text path
 * and the JSON Resume path. Mutable, single-threaded.
 */
public final class ProfileDraft {
    public String name;
    public String headline;
    public String location;
    public Double declaredYears;
    public final List<RoleDraft> roles = new ArrayList<>();
    /** Text to search for skills. */
    public final List<TextSegment> skillText = new ArrayList<>();
    /** Clauses to search for metrics (bullets, summary sentences, project bullets). */
    public final List<TextSegment> metricClauses = new ArrayList<>();
    public final Set<String> emails = new LinkedHashSet<>();
    public final Set<String> phones = new LinkedHashSet<>();
    public final Set<String> links = new LinkedHashSet<>();
    public final Set<String> addresses = new LinkedHashSet<>();
    public final List<String> warnings = new ArrayList<>();

    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }
}
