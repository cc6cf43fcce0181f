package io.profileflow.extract.experience;

import java.util.Locale;
import java.util.Set;

/** Tells a job title from a company or place by the role nouns it contains (engineer, manager, SDE, Leiter...). */
public final class TitleWords {
    private static final Set<String> ROLE_NOUNS = Set.of(
            "engineer", "engineers", "developer", "programmer", "architect", "manager", "lead", "leader", "head",
            "director", "vp", "svp", "evp", "president", "chief", "cto", "ceo", "cfo", "coo", "cio", "ciso", "cpo",
            "founder", "cofounder", "co", "consultant", "analyst", "scientist", "researcher", "intern", "internship",
            "trainee", "apprentice", "specialist", "administrator", "designer", "officer", "associate", "assistant",
            "sde", "sre", "swe", "mts", "devops", "technician", "coordinator", "owner", "partner", "fellow",
            "professor", "lecturer", "teacher", "tutor", "instructor", "editor", "writer", "advisor", "adviser",
            "expert", "executive", "strategist", "tester", "representative", "supervisor", "entwickler",
            "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "leiter", "leiterin", "werkstudent",
            "werkstudentin", "praktikant", "praktikantin", "praktikum", "geschäftsführer", "freelancer", "freelance",
            "contractor", "evangelist", "advocate", "recruiter", "accountant", "controller", "operator", "nurse",
            "physician", "attorney", "lawyer", "paralegal", "ingénieur", "développeur", "développeuse", "chef",
            "responsable", "stagiaire", "desarrollador", "ingeniero", "jefe", "gerente", "postdoc", "postdoctoral",
            "phd", "doctoral", "student", "volunteer", "member", "staff", "sdet", "qa", "ux", "ui", "mle", "dba",
            "hacker", "maintainer", "sysadmin", "webmaster", "analista", "desarrolladora", "ingeniera", "consultor",
            "consultora", "ingénieure", "chercheur", "chercheuse", "investigador", "investigadora", "principal", "mentor", "coach", "trader", "banker", "auditor",
            // Dutch, Italian and Portuguese
            "ontwikkelaar", "medewerker", "beheerder", "adviseur", "stagiair", "programmeur", "sviluppatore",
            "sviluppatrice", "programmatore", "programmatrice", "tirocinante", "stagista", "impiegato", "impiegata",
            "progettista", "desenvolvedor", "desenvolvedora", "engenheiro", "engenheira", "estagiário", "estagiária",
            // German compounds and staff words; Polish; Nordic; Czech
            "mitarbeiter", "mitarbeiterin", "referent", "referentin", "softwareentwickler", "softwareentwicklerin",
            "teamleiter", "teamleiterin", "projektleiter", "projektleiterin", "abteilungsleiter", "abteilungsleiterin",
            "programista", "programistka", "inżynier", "inżynierka", "praktykant", "praktykantka", "stażysta",
            "stażystka", "kierownik", "kierowniczka", "specjalista", "specjalistka", "analityk", "analityczka",
            "architekt", "konsultant", "konsultantka", "projektant", "projektantka", "dyrektor", "dyrektorka",
            "lider", "liderka", "utvecklare", "systemutvecklare", "ingenjör", "konsult", "utvikler", "systemutvikler",
            "rådgiver", "udvikler", "vývojář", "vývojářka", "programátor", "programátorka", "inženýr", "inženýrka",
            // Romance forms, feminine ones too
            "architecte", "arquitecto", "arquitecta", "architetto", "directeur", "directrice", "directora", "diretor",
            "diretora", "direttore", "direttrice", "jefa", "cheffe", "programadora", "programador", "diseñadora",
            "diseñador", "consultante", "gerenta", "coordinadora", "coordinador", "analyste", "técnico", "técnica",
            "tecnico", "becaria", "becario", "practicante",
            // research posts and more Romance staff words
            "borsista", "ricercatore", "ricercatrice", "assegnista", "dottorando", "dottoranda", "consulente",
            "ingegnere", "sistemista", "pesquisador", "pesquisadora", "bolsista", "gestor", "gestora",
            "doctorant", "doctorante", "promovendus", "onderzoeker", "doktorand", "doktorandin",
            "dozent", "dozentin", "lehrbeauftragter", "lehrbeauftragte", "sachbearbeiter", "sachbearbeiterin",
            // Russian ("Ведущий backend-разработчик", "Руководитель группы")
            "разработчик", "разработчица", "программист", "инженер", "руководитель", "менеджер", "аналитик",
            "архитектор", "директор", "тестировщик", "специалист", "администратор", "консультант", "тимлид",
            "стажер", "стажёр", "дизайнер");
    /** Nouns that only make a title together with another role noun or alone in a short phrase. */
    private static final Set<String> WEAK = Set.of("member", "staff", "principal", "student", "volunteer", "qa", "ux",
            "ui", "co", "partner", "owner", "head", "chef");

    private TitleWords() {
    }

    /** True when the phrase reads like a job title. */
    public static boolean isTitle(String phrase) {
        return score(phrase) >= 2;
    }

    /** 0 = no role noun; 1 = only a weak one; 2+ = a title. */
    public static int score(String phrase) {
        // The words are the runs of letters, walked by hand: this runs for most short lines of a document.
        String lower = phrase.toLowerCase(Locale.ROOT);
        int strong = 0;
        int weak = 0;
        int count = 0;
        String previous = null;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && Character.isLetter(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i == start) {
                i += Character.charCount(lower.codePointAt(i));
                continue;
            }
            String w = lower.substring(start, i);
            count++;
            if (w.equals("of") && "head".equals(previous)) {
                strong++; // "Head of Data Platform": "head" alone is weak (a "Head Chef", a "head count")
            } else if (ROLE_NOUNS.contains(w)) {
                if (WEAK.contains(w) && !(w.equals("student") && "working".equals(previous))) {
                    weak++;
                } else {
                    strong++; // "Working Student" is the English "Werkstudent"
                }
            }
            previous = w;
        }
        if (count == 0 || count > 10) {
            return 0;
        }
        if (strong > 0) {
            return 2 + strong;
        }
        return weak > 0 && count <= 3 ? 1 : 0;
    }
}
