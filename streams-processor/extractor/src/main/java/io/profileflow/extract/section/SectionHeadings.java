package io.profileflow.extract.section;

import io.profileflow.extract.text.TextShape;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes section headings in their many spellings (English, German, French, Spanish, Dutch, Italian,
 * Portuguese, Polish, Nordic, Czech, Turkish), e.g. "Work Experience",
 * "EMPLOYMENT HISTORY", "Berufserfahrung", "Technical Skills:", "Tech Stack", "## Projects".
 */
public final class SectionHeadings {
    private static final Map<String, SectionType> EXACT = new HashMap<>();
    /** Words that may appear in a heading; a plain line with any other word is not one. */
    private static final Set<String> VOCABULARY = new HashSet<>();
    private static final Map<String, SectionType> KEYWORDS = new HashMap<>();
    private static final Pattern TRAILING_COUNT = Pattern.compile("[ (]*\\d+[ )]*(?:years?|yrs?|projects?|skills?)?\\)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DASHED_TENURE = Pattern.compile(
            "(?:\\s*[—–]|\\s+-)\\s*\\d+\\s*(?:лет|года?|год|years?|yrs?|jahre?|ans?)(?:\\s*\\d+\\s*(?:месяц(?:а|ев)?|months?|monate?|mois))?\\s*$"
                    + "|(?:\\s*[—–]|\\s+-)\\s*\\d+\\s*(?:месяц(?:а|ев)?|months?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** TRAILING_COUNT's count words; a word ending in 's' comes before its singular. */
    private static final List<String> COUNT_WORDS = List.of("years", "year", "yrs", "yr", "projects", "project",
            "skills", "skill");
    private static final Set<String> FILLERS = Set.of("and", "&", "my", "key", "relevant", "selected", "additional",
            "other", "professional", "technical", "core", "main", "major", "personal", "recent", "select", "notable",
            "of", "the", "/", "+", "areas", "known", "applications", "used", "i", "details", "list",
            "overview", "information", "info", "section", "history", "tech", "profile", "highlights", "und");

    static {
        put(SectionType.EXPERIENCE, "experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career", "career history", "career summary", "positions",
                "positions held", "professional background", "relevant experience", "industry experience",
                "experience summary", "work", "jobs", "professional history", "berufserfahrung", "berufliche erfahrung",
                "beruflicher werdegang", "werdegang", "berufspraxis", "expérience professionnelle", "experiencia",
                "experiencia profesional", "internships", "internship", "employment record", "roles", "career highlights",
                "academic appointments", "appointments", "experiencia laboral", "expérience", "expériences",
                "expériences professionnelles", "parcours professionnel", "esperienza lavorativa",
                "esperienze professionali", "freelance experience", "employment experience",
                // contractors and career changers
                "contract history", "contract roles", "contract experience", "contracting history", "contracts",
                "contract engagements", "client engagements", "engagements", "permanent roles",
                "permanent positions", "permanent employment", "freelance work", "freelance history",
                "military experience", "military service", "consulting experience", "earlier career", "early career",
                "previous experience", "prior experience", "earlier experience", "additional experience",
                "other experience", "previous roles", "previous positions", "selected experience",
                "career timeline", "timeline", "work timeline", "experience timeline", "career path", "career journey",
                "career overview", "professional journey", "my journey", "employment timeline",
                // the older roles set apart under a heading of their own
                "earlier", "previously", "earlier roles", "earlier positions", "prior roles", "prior positions");
        put(SectionType.SKILLS, "skills", "technical skills", "core competencies", "competencies", "tech stack",
                "stack", "technologies", "technology", "tools", "tools and technologies", "technologies and tools",
                "skill set", "skillset", "skillsets", "skill sets", "expertise", "areas of expertise", "key skills",
                "it skills", "programming languages", "programming", "frameworks", "kenntnisse", "fähigkeiten",
                "technische kenntnisse", "it kenntnisse", "kompetenzen", "tools i use", "toolbox", "toolkit",
                "technical proficiencies", "proficiencies", "software", "platforms", "languages and tools",
                "languages and frameworks", "specialties", "specialities", "stack and tools", "top skills",
                "conocimientos", "conocimientos informáticos", "conocimientos técnicos", "habilidades", "aptitudes",
                "competencias", "compétences", "compétences techniques", "competenze", "competenze tecniche",
                // the Europass template's skill rows
                "personal skills and competences", "skills and competences", "technical skills and competences",
                "computer skills and competences", "technical skills and", "computer skills");
        put(SectionType.EDUCATION, "education", "academic background", "academics", "qualifications",
                "academic qualifications", "educational background", "educational qualification",
                "educational qualifications", "educational details", "education and training", "ausbildung",
                "studium", "bildungsweg", "schulbildung", "formation", "educación", "training", "degrees",
                "formación", "formación académica", "estudios", "formation académique", "diplômes", "istruzione",
                "formazione");
        put(SectionType.PROJECTS, "projects", "personal projects", "side projects", "project experience",
                "key projects", "open source", "open source contributions", "portfolio", "projekte", "proyectos", "projets");
        put(SectionType.SUMMARY, "summary", "professional summary", "about", "about me", "profile", "objective",
                "career objective", "overview", "introduction", "bio", "biography", "who i am", "personal statement",
                "executive summary", "profil", "kurzprofil", "über mich", "zusammenfassung", "résumé", "summary of qualifications",
                "perfil", "perfil profesional", "sobre mí", "profil professionnel", "resumen", "profilo");
        put(SectionType.CERTIFICATIONS, "certifications", "certificates", "certification", "licenses and certifications",
                "licenses", "courses", "coursework", "specializations", "trainings", "zertifikate", "weiterbildung",
                "accreditations", "credentials", "certificaciones", "cursos");
        put(SectionType.LANGUAGES, "languages", "spoken languages", "language skills", "sprachen", "sprachkenntnisse",
                "langues", "idiomas", "lenguas", "lingue");
        put(SectionType.AWARDS, "awards", "honors", "honours", "awards and honors", "honors and awards",
                "awards and achievements", "recognition", "auszeichnungen", "scholarships", "grants", "grants and awards", "funding",
                "research grants", "fellowships", "premios");
        put(SectionType.ACHIEVEMENTS, "achievements", "accomplishments", "key achievements", "highlights", "impact",
                "results", "erfolge");
        put(SectionType.PUBLICATIONS, "publications", "papers", "talks", "publications and talks", "patents",
                "veröffentlichungen", "research", "selected publications", "invited talks", "publicaciones");
        put(SectionType.INTERESTS, "interests", "hobbies", "hobbies and interests", "activities", "hobbys",
                "interessen", "beyond work", "outside work", "centres d intérêt", "loisirs", "intereses", "aficiones");
        put(SectionType.VOLUNTEER, "volunteering", "volunteer", "volunteer experience", "community", "ehrenamt",
                "board positions", "boards", "board memberships", "board roles", "non-executive roles", "trusteeships",
                "volunteering and boards", "boards and volunteering", "volunteer work", "community involvement",
                "civic engagement", "pro bono", "advising", "advisory", "advisory roles", "advising & angel investing",
                "advising and angel investing", "angel investing", "investments", "advisory boards", "board roles",
                "advisory positions", "board seats");
        put(SectionType.CONTACT, "contact", "contact me", "contact information", "contact details", "contact and social",
                "get in touch", "kontakt", "links", "social", "find me online", "references", "referenzen",
                // what others say of the person: their names and jobs are not the profile's roles
                "recommendations", "reviews", "client reviews", "testimonials", "what clients say", "endorsements",
                "recommendations received", "feedback",
                "personal details", "personal information", "personal data", "personal info", "datos personales",
                "persönliche daten", "persönliche angaben", "informations personnelles", "données personnelles",
                "dati personali");
        put(SectionType.TRANSCRIPT, "interview", "interview transcript", "transcript", "questions and answers",
                "q and a", "q&a", "interview questions", "interview questions and answers", "ai interview questions and answers",
                "ai interview", "screening interview", "interview notes");

        // Dutch, Italian and Portuguese headings.
        put(SectionType.EXPERIENCE, "werkervaring", "werkervaringen", "professionele ervaring", "loopbaan",
                "arbeidsverleden", "relevante werkervaring", "esperienze lavorative", "esperienza professionale",
                "experiência profissional", "experiência");
        put(SectionType.EDUCATION, "opleiding", "opleidingen", "opleiding en cursussen", "istruzione e formazione",
                "titoli di studio", "formação", "formação acadêmica", "formação académica", "educação");
        put(SectionType.SKILLS, "vaardigheden", "competenties", "kennis en vaardigheden", "technische vaardigheden",
                "ict vaardigheden", "it vaardigheden", "capacità e competenze tecniche", "capacità e competenze informatiche",
                "capacità e competenze personali", "competenze informatiche", "competências", "competências técnicas");
        put(SectionType.LANGUAGES, "talen", "talenkennis", "lingue straniere", "conoscenze linguistiche");
        put(SectionType.SUMMARY, "profiel", "persoonlijk profiel", "over mij", "profilo personale", "sobre mim", "resumo");
        put(SectionType.CONTACT, "persoonlijke gegevens", "personalia", "contactgegevens", "informazioni personali",
                "dati anagrafici", "dados pessoais", "referenties");
        put(SectionType.CERTIFICATIONS, "certificaten", "cursussen", "certificazioni", "corsi", "certificações");
        put(SectionType.INTERESTS, "hobby s", "hobby", "interesses", "interessi", "hobby e interessi");

        // Polish, Swedish, Norwegian, Danish, Finnish, Czech and Turkish headings.
        put(SectionType.EXPERIENCE, "doświadczenie zawodowe", "doświadczenie", "przebieg kariery",
                "historia zatrudnienia", "przebieg pracy zawodowej", "arbetslivserfarenhet", "yrkeserfarenhet",
                "erfarenhet", "arbeidserfaring", "yrkeserfaring", "erhvervserfaring", "arbejdserfaring", "työkokemus",
                "pracovní zkušenosti", "profesní zkušenosti", "iş deneyimi", "deneyim",
                // GitHub-profile and portfolio headings, emoji stripped: "💼 Where I've worked"
                "where i ve worked", "where i have worked", "places i ve worked", "work experience and roles");
        put(SectionType.SKILLS, "umiejętności", "umiejętności techniczne", "kompetencje", "kompetencje techniczne",
                "technologie", "färdigheter", "kompetenser", "tekniska färdigheter", "ferdigheter", "kompetanse",
                "kompetencer", "taidot", "osaaminen", "dovednosti", "znalosti", "technické znalosti", "yetenekler",
                "beceriler", "teknik beceriler", "tools and languages", "what i work with",
                "tech i use", "my stack");
        put(SectionType.EDUCATION, "wykształcenie", "edukacja", "utbildning", "utdanning", "uddannelse", "koulutus",
                "vzdělání", "eğitim", "eğitim bilgileri");
        put(SectionType.LANGUAGES, "języki", "języki obce", "znajomość języków", "språk", "språkkunskaper", "sprog",
                "kielitaito", "jazyky", "jazykové znalosti", "diller", "yabancı diller");
        put(SectionType.CONTACT, "dane kontaktowe", "dane osobowe", "kontaktinformation", "kontaktuppgifter",
                "personuppgifter", "kontaktinformasjon", "yhteystiedot", "kontaktní údaje", "osobní údaje",
                "iletişim", "iletişim bilgileri", "kişisel bilgiler");
        put(SectionType.SUMMARY, "podsumowanie", "o mnie", "profil zawodowy", "sammanfattning", "om mig", "om meg",
                "sammendrag", "yhteenveto", "o mně", "shrnutí", "hakkımda", "özet");
        put(SectionType.CERTIFICATIONS, "certyfikaty", "szkolenia", "kursy i szkolenia", "certifieringar", "kurser",
                "sertifikater", "certifikace", "sertifikalar");
        put(SectionType.PROJECTS, "projekty", "projekter", "prosjekter", "projeler");
        // Russian (hh.ru and others)
        put(SectionType.EXPERIENCE, "опыт работы", "профессиональный опыт", "трудовая деятельность", "места работы");
        put(SectionType.EDUCATION, "образование", "высшее образование", "повышение квалификации",
                "повышение квалификации курсы", "курсы");
        put(SectionType.CERTIFICATIONS, "сертификаты");
        // LinkedIn's sidebar in its French, Spanish, Italian and Portuguese UIs
        put(SectionType.SKILLS, "compétences principales", "aptitudes principales", "competenze principali",
                "principais competências");
        put(SectionType.CONTACT, "coordonnées", "información de contacto", "informazioni di contatto", "contato");
        put(SectionType.LANGUAGES, "langues", "idiomas", "lingue");
        // German internships and side jobs, set apart from the main employment
        put(SectionType.EXPERIENCE, "praktika", "praktikum", "praktika und werkstudententätigkeit",
                "nebentätigkeiten", "werkstudententätigkeiten");
        put(SectionType.SKILLS, "ключевые навыки", "навыки", "профессиональные навыки", "технические навыки");
        put(SectionType.LANGUAGES, "знание языков", "языки", "иностранные языки");
        put(SectionType.SUMMARY, "обо мне", "о себе", "дополнительная информация");
        put(SectionType.INTERESTS, "zainteresowania", "intressen", "interesser", "zájmy", "ilgi alanları", "hobiler");

        // Not put(): their words ("you", "may", "like") must not make other lines look like headings.
        for (String p : List.of("people also viewed", "people also search", "people also search for",
                "people you may know", "similar profiles", "similar freelancers", "similar candidates",
                "other freelancers you may like", "freelancers you may like", "other freelancers",
                "you may also like", "others also viewed", "viewers also viewed", "recommended profiles",
                "more profiles like this", "more freelancers like this", "explore similar profiles",
                "other similar profiles", "people who viewed this profile also viewed")) {
            EXACT.put(p, SectionType.UNRELATED);
        }

        KEYWORDS.put("experience", SectionType.EXPERIENCE);
        KEYWORDS.put("employment", SectionType.EXPERIENCE);
        KEYWORDS.put("berufserfahrung", SectionType.EXPERIENCE);
        KEYWORDS.put("skills", SectionType.SKILLS);
        KEYWORDS.put("skillsets", SectionType.SKILLS);
        KEYWORDS.put("technologies", SectionType.SKILLS);
        KEYWORDS.put("tools", SectionType.SKILLS);
        KEYWORDS.put("frameworks", SectionType.SKILLS);
        KEYWORDS.put("competencies", SectionType.SKILLS);
        KEYWORDS.put("stack", SectionType.SKILLS);
        KEYWORDS.put("education", SectionType.EDUCATION);
        KEYWORDS.put("educational", SectionType.EDUCATION);
        KEYWORDS.put("projects", SectionType.PROJECTS);
        KEYWORDS.put("certifications", SectionType.CERTIFICATIONS);
        KEYWORDS.put("certificates", SectionType.CERTIFICATIONS);
        KEYWORDS.put("awards", SectionType.AWARDS);
        KEYWORDS.put("achievements", SectionType.ACHIEVEMENTS);
        KEYWORDS.put("publications", SectionType.PUBLICATIONS);
        KEYWORDS.put("interview", SectionType.TRANSCRIPT);
        KEYWORDS.put("transcript", SectionType.TRANSCRIPT);
        KEYWORDS.put("summary", SectionType.SUMMARY);
        KEYWORDS.put("contact", SectionType.CONTACT);
        KEYWORDS.put("languages", SectionType.SKILLS);
        KEYWORDS.put("interests", SectionType.INTERESTS);
        // "HABILIDADES TÉCNICAS", "Top-Kenntnisse", "Compétences clés": the skills word of other languages
        for (String w : List.of("habilidades", "kenntnisse", "compétences", "competenze", "competencias",
                "conocimientos", "vaardigheden", "umiejętności", "färdigheter", "competências")) {
            KEYWORDS.put(w, SectionType.SKILLS);
        }
    }

    private static void put(SectionType type, String... phrases) {
        for (String p : phrases) {
            EXACT.put(p, type);
            VOCABULARY.addAll(List.of(p.split(" ")));
        }
    }

    /** The heading text reduced to lower-case words: "## **Work Experience:**" -> "work experience". */
    static String key(String text) {
        String s = text.strip();
        if (mayEndWithCount(s)) {
            // TRAILING_COUNT is tried at every offset, so most headings skip it.
            s = TRAILING_COUNT.matcher(s).replaceFirst("");
        }
        if (s.indexOf(" - ") > 0 || s.indexOf('—') > 0 || s.indexOf('–') > 0) {
            // "Опыт работы — 9 лет 3 месяца": hh.ru writes the total tenure after the heading
            s = DASHED_TENURE.matcher(s).replaceFirst("");
        }
        String ascii = asciiKey(s);
        return ascii != null ? ascii : lettersOnly(s.toLowerCase(Locale.ROOT).replace("&", " and "));
    }

    /**
     * The key of an ASCII text in one pass: what lower-casing, "&" -> " and " and {@link #lettersOnly} give, without
     * the two strings in between. Null for a text with other characters (String.toLowerCase does not lower-case all
     * of Unicode char by char).
     */
    private static String asciiKey(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c == '&') {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append("and");
                pendingSpace = true;
            } else if (c >= 'a' && c <= 'z' || c == '/' || c == '+') {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * Whether TRAILING_COUNT can match: it ends the text (or stands before a final line terminator, where $ also
     * matches) with a digit, then spaces or ')', an optional count word (ASCII case ignored) and an optional ')'.
     */
    static boolean mayEndWithCount(String s) {
        if (TextShape.endsWithLineTerminator(s)) {
            return true;
        }
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == ')') {
            end--;
        }
        for (String w : COUNT_WORDS) {
            if (end >= w.length() && s.regionMatches(true, end - w.length(), w, 0, w.length())) {
                end -= w.length();
                break;
            }
        }
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == ')')) {
            end--;
        }
        return end > 0 && s.charAt(end - 1) >= '0' && s.charAt(end - 1) <= '9';
    }

    /**
     * Runs of characters other than letters, '&', '/', '+' and ' ' become one space, runs of spaces one space,
     * and the ends are trimmed, in one pass without regexes (this runs for every short line of every document).
     */
    private static String lettersOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || !(Character.isLetter(cp) || cp == '&' || cp == '/' || cp == '+')) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * "Board & Advisory Roles", "Cursos y certificaciones", "Awards and Honours": known headings joined by a
     * conjunction name one section when every part is a heading of the same type; a bare first part borrows the last
     * part's final word ("board" + "roles"). Null when a part is unknown or the types differ.
     */
    private static SectionType compound(String key) {
        String[] parts = CONJUNCTION.split(key);
        if (parts.length < 2) {
            return null;
        }
        String lastPart = parts[parts.length - 1];
        String lastWord = lastPart.substring(lastPart.lastIndexOf(' ') + 1);
        SectionType type = null;
        for (String part : parts) {
            SectionType t = EXACT.get(part);
            if (t == null && part.indexOf(' ') < 0) {
                t = EXACT.get(part + " " + lastWord);
            }
            if (t == null || type != null && t != type) {
                return null;
            }
            type = t;
        }
        return type;
    }

    private static final Pattern CONJUNCTION = Pattern.compile(" (?:and|y|und|et|e|en|och|og|i|ve|/) ");

    /**
     * The type of a heading, or null when the text is not one.
     *
     * @param text   line text without markdown markers
     * @param strong true when the line is set apart as a heading (markdown #, ALL CAPS, trailing colon)
     */
    /** The section a heading names, only when the text is one of the known headings word for word. */
    public SectionType classifyExact(String text) {
        return text.length() > 60 ? null : EXACT.get(key(text));
    }

    public SectionType classify(String text, boolean strong) {
        if (text.length() > 60) {
            return null;
        }
        String key = key(text);
        if (key.isEmpty()) {
            return null;
        }
        SectionType exact = EXACT.get(key);
        if (exact != null) {
            return exact;
        }
        SectionType compound = key.indexOf(' ') > 0 ? compound(key) : null;
        if (compound != null) {
            return compound;
        }
        String[] words = key.split(" ");
        if (words.length > 6) {
            return null;
        }
        SectionType found = null;
        boolean allKnown = true;
        for (String w : words) {
            SectionType t = KEYWORDS.get(w);
            if (t != null && found == null) {
                found = t;
            }
            if (!VOCABULARY.contains(w) && !FILLERS.contains(w)) {
                allKnown = false;
            }
        }
        if (found == null) {
            return null;
        }
        return strong || allKnown ? found : null;
    }
}
