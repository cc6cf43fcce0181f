package io.profileflow.extract.experience;

import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.model.RoleDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Merges roles listed twice (a scraped page with a summary list and a detailed list, a header repeated in a
 * projects block): same dates and the same company or title make one role, keeping the richer fields and the
 * position of the first listing.
 */
public final class RoleMerger {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    public List<RoleDraft> merge(List<RoleDraft> roles) {
        List<RoleDraft> out = new ArrayList<>();
        // Only roles with equal dates can merge: bucket by dates so hostile input with thousands of roles stays linear.
        Map<String, List<RoleDraft>> byDates = new HashMap<>();
        for (RoleDraft r : roles) {
            RoleDraft same = null;
            List<RoleDraft> bucket = byDates.computeIfAbsent(datesKey(r.dates), k -> new ArrayList<>());
            for (RoleDraft o : bucket) {
                if (isSameRole(o, r)) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(r);
                bucket.add(r);
            } else {
                absorb(same, r);
            }
        }
        return out;
    }

    static boolean isSameRole(RoleDraft a, RoleDraft b) {
        if (!sameDates(a.dates, b.dates)) {
            return false;
        }
        boolean companyEqual = a.company != null && b.company != null && key(a.company).equals(key(b.company));
        boolean titleEqual = a.title != null && b.title != null && key(a.title).equals(key(b.title));
        boolean companyOpen = a.company == null || b.company == null;
        boolean titleOpen = a.title == null || b.title == null;
        return companyEqual && (titleEqual || titleOpen) || titleEqual && companyOpen;
    }

    private static boolean sameDates(DateRange a, DateRange b) {
        if (a == null || b == null) {
            return false;
        }
        return Objects.equals(a.start(), b.start()) && Objects.equals(a.end(), b.end()) && a.current() == b.current();
    }

    private static void absorb(RoleDraft keep, RoleDraft other) {
        keep.company = keep.company != null ? keep.company : other.company;
        keep.title = keep.title != null ? keep.title : other.title;
        keep.location = keep.location != null ? keep.location : other.location;
        keep.team = keep.team != null ? keep.team : other.team;
        for (String b : other.bullets) {
            if (!keep.bullets.contains(b)) {
                keep.bullets.add(b);
            }
        }
        for (String t : other.headerTech) {
            if (!keep.headerTech.contains(t)) {
                keep.headerTech.add(t);
            }
        }
        keep.confidence = Math.max(keep.confidence, other.confidence);
    }

    private static String datesKey(DateRange d) {
        return d == null ? "" : d.start() + "|" + d.end() + "|" + d.current();
    }

    static String key(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
