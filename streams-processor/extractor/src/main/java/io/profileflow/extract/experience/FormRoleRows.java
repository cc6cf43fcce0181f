package io.profileflow.extract.experience;

import io.profileflow.extract.text.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites the labelled rows of a Europass-style form CV ("Dates (from – to)  Mar 2020 – present",
 * "Name and address of employer  Acme S.p.A., Bologna", "Occupation or position held  Developer",
 * "Main activities and responsibilities  ...", in any of the form's languages) into the "Company: ..." /
 * "Title: ..." / "Period: ..." lines the role finder reads, the activities becoming the role's bullets. The labels
 * are set apart only by a wide gap (gone once white space is folded), so they are recognised by their wording.
 */
final class FormRoleRows {
    private static final List<String> DATES = List.of("date (da - a)", "dates (from - to)", "fechas (de - a)",
            "datum (van - tot)", "dates (de - à)", "dates (de - a)", "datum (von - bis)", "data (od - do)",
            "datas (de - a)",
            // the English template of 2004-2012 labels the period "Dates" alone
            "dates");
    private static final List<String> EMPLOYER = List.of("nome e indirizzo del datore di lavoro",
            "name and address of employer", "nombre y dirección del empleador", "naam en adres van de werkgever",
            "nom et adresse de l'employeur", "name und adresse des arbeitgebers", "nome e endereço do empregador");
    private static final List<String> SECTOR = List.of("tipo di azienda o settore", "type of business or sector",
            "tipo de empresa o sector", "type bedrijf of sector", "type d'entreprise ou secteur",
            "art oder branche des unternehmens", "tipo de empresa ou sector");
    private static final List<String> TITLE = List.of("tipo di impiego", "occupation or position held",
            "lavoro o posizione ricoperti", "posizione ricoperta", "profesión o cargo desempeñado",
            "beroep of functie", "fonction ou poste occupé", "beruf oder funktion", "função ou cargo ocupado");
    private static final List<String> DUTIES = List.of("principali mansioni e responsabilità",
            "main activities and responsibilities", "funciones y responsabilidades principales",
            "belangrijkste taken en verantwoordelijkheden", "activités et responsabilités principales",
            "wichtigste tätigkeiten und zuständigkeiten", "principais actividades e responsabilidades",
            // the label wrapped over two rows of the form ("Main activities and" / "responsibilities")
            "main activities and");

    /** The first letters of all labels. */
    private static final String FIRST_LETTERS = firstLetters(DATES, EMPLOYER, SECTOR, TITLE, DUTIES);

    @SafeVarargs
    private static String firstLetters(List<String>... lists) {
        StringBuilder sb = new StringBuilder();
        for (List<String> list : lists) {
            for (String label : list) {
                if (sb.indexOf(label.substring(0, 1)) < 0) {
                    sb.append(label.charAt(0));
                }
            }
        }
        return sb.toString();
    }

    private FormRoleRows() {
    }

    /** The lines with every form block rewritten; a section without a dates row is returned unchanged. */
    static List<Line> rewrite(List<Line> lines) {
        List<Line> out = null;
        boolean inDuties = false;
        boolean inAddress = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            // Every label is at least 13 characters and opens with one of FIRST_LETTERS.
            String value = t.length() > 13 && FIRST_LETTERS.indexOf(Character.toLowerCase(t.charAt(0))) >= 0
                    ? null : NO_LABEL;
            if (out == null && (value != null || t.indexOf('(') < 0 && !t.regionMatches(true, 0, "dates ", 0, 6))) {
                continue; // no form block yet, and this line cannot open one
            }
            String lower = value == null ? t.toLowerCase(Locale.ROOT) : null;
            // Every DATES label but the bare "Dates" holds a '('; a bare one needs a figure or a month after it.
            String dates = value == null && (t.indexOf('(') > 0 || isBareDatesRow(lower))
                    ? valueAfter(lower, t, DATES) : null;
            if (dates == null && out == null) {
                continue;
            }
            if (dates != null) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                out.add(new Line("Period: " + dates, 0, false, line.raw()));
                inDuties = false;
                continue;
            }
            if (out == null) {
                continue;
            }
            String employer = lower == null ? null : valueAfter(lower, t, EMPLOYER);
            String title = lower == null || employer != null ? null : valueAfter(lower, t, TITLE);
            String duties = lower == null || employer != null || title != null ? null : valueAfter(lower, t, DUTIES);
            if (employer != null || title != null) {
                // The role finder reads the header lines before a date line: put them before the period.
                int period = lastPeriod(out);
                int at = period < 0 ? out.size() : period;
                if (employer != null) {
                    // "Carpatica Telecom SRL, Str. Lungă 110, 500058 Brașov (Romania)": the name, then its address.
                    int comma = employer.indexOf(", ");
                    String town = comma > 0 ? townOfAddress(employer.substring(comma + 2)) : null;
                    if (town != null) {
                        out.add(at, new Line("Location: " + town, 0, false, line.raw()));
                        employer = employer.substring(0, comma);
                    }
                    inAddress = town == null;
                }
                out.add(at, new Line((employer != null ? "Company: " + employer : "Title: " + title), 0, false,
                        line.raw()));
                inDuties = false;
                continue;
            }
            String town = inAddress && duties == null ? townOfAddress(t) : null;
            inAddress = false;
            if (town != null) {
                // The address row under the employer's name: where the job was, not a line of the role.
                int period = lastPeriod(out);
                out.add(period < 0 ? out.size() : period, new Line("Location: " + town, 0, false, line.raw()));
            } else if (duties != null) {
                out.add(new Line(duties, 0, true, line.raw()));
                inDuties = true;
            } else if (lower != null && valueAfter(lower, t, SECTOR) != null) {
                inDuties = false;
            } else if (inDuties && !line.bullet() && !line.isHeading()) {
                // The activities wrap over indented lines: one clause with the row before.
                Line prev = out.get(out.size() - 1);
                out.set(out.size() - 1, new Line(prev.text() + " " + withoutLabelTail(t.strip()), 0, true, prev.raw()));
            } else {
                inDuties = false;
                out.add(line);
            }
        }
        return out == null ? lines : out;
    }

    private static final String NO_LABEL = "";

    /** "responsibilities | AUTOSAR Classic; ...": the second row of a wrapped label, without the label's end. */
    private static String withoutLabelTail(String t) {
        return t.regionMatches(true, 0, "responsibilities |", 0, 18) ? t.substring(18).strip() : t;
    }

    /** "dates 01 march 2019 - to date", "dates september 2014 - ...": the bare label and a date after it. */
    private static boolean isBareDatesRow(String lower) {
        if (!lower.startsWith("dates ") || lower.length() < 8) {
            return false;
        }
        String rest = lower.substring(6).strip();
        if (rest.startsWith("|") || rest.startsWith(":")) {
            rest = rest.substring(1).strip(); // the form's wide gap reads as " | "
        }
        return !rest.isEmpty() && (Character.isDigit(rest.charAt(0)) || Character.isLetter(rest.charAt(0)))
                && rest.chars().anyMatch(Character::isDigit);
    }

    /** A postcode, then the town: "Str. Fabricii 93, 400632 Cluj-Napoca (Romania)" -> "Cluj-Napoca". */
    private static final java.util.regex.Pattern POSTCODE_TOWN = java.util.regex.Pattern.compile(
            "(?:^|[ ,])\\d{4,6} (\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+)?)(?: ?\\(|,|$)");

    private static String townOfAddress(String address) {
        java.util.regex.Matcher m = address.indexOf(' ') < 0 ? null : POSTCODE_TOWN.matcher(address.strip());
        return m != null && m.find() ? m.group(1) : null;
    }

    /** The index of the last "Period:" line, the current block's, so header fields go before it; -1 for none. */
    private static int lastPeriod(List<Line> out) {
        for (int j = out.size() - 1; j >= 0; j--) {
            if (out.get(j).text().startsWith("Period: ")) {
                return j;
            }
        }
        return -1;
    }

    /** The text after one of the labels at the start of the line (the label itself need not be followed by ':'). */
    private static String valueAfter(String lower, String text, List<String> labels) {
        for (String label : labels) {
            if (lower.startsWith(label)) {
                String rest = text.substring(label.length()).strip();
                if (rest.startsWith(":") || rest.startsWith("|")) {
                    rest = rest.substring(1).strip();
                }
                return rest.isEmpty() ? null : rest;
            }
        }
        return null;
    }
}
