package io.profileflow.extract.model;

import java.util.ArrayList;
import java.util.List;

/** A role while it is being put together from header lines, dates and bullets. Mutable, single-threaded. */
public final class RoleDraft {
    public String company;
    public String title;
    public String location;
    public String team;
    public DateRange dates;
    /** True when the company was only read off a "Title, Name" header, so a later employer line may override it. */
    public boolean companyFromTitle;
    /** True when the date line gave the role's length too ("March 2023 - Present (1 year 11 months)", LinkedIn). */
    public boolean datesWithDuration;
    /** Years a bio gives a spell without its dates ("spent five years at X"), dated later from its neighbour; or 0. */
    public int spellYears;
    public final List<String> bullets = new ArrayList<>();
    /** Technology named in the header, e.g. the "(Python, Redis)" after a company. */
    public final List<String> headerTech = new ArrayList<>();
    public double confidence;

    public boolean hasDates() {
        return dates != null && dates.start() != null;
    }

    @Override
    public String toString() {
        return "Role{" + title + " @ " + company + ", " + location + ", " + (dates == null ? "?" : dates.start() + ".."
                + (dates.current() ? "now" : dates.end())) + ", bullets=" + bullets.size() + '}';
    }
}
