package io.profileflow.extract.metric;

import io.profileflow.extract.text.LiteralScan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers and reads what is written after each one: scale (K, million, lakh), range upper bound, unit,
 * count noun and rate period. Every pattern is anchored at a cursor ({@code lookingAt} on a short region), and
 * repetition is bounded or possessive, so a clause costs time linear in its length whatever it contains.
 */
final class QuantityScanner {

    /** How far past a number the unit, noun and period may reach; keeps each lookup bounded. */
    private static final int WINDOW = 120;
    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
    private static final String SPACE = " \t\n\u000B\f\r";

    private static final String CURRENCY = "US\\$|AU\\$|A\\$|CA\\$|C\\$|S\\$|NZ\\$|HK\\$|R\\$|\\$|€|£|₹|¥|₦|₩|₺|₱|₽|₪|฿"
            + "|(?:Rs|RS|rs)(?![A-Za-z])\\.?"
            // Any three capitals: an ISO 4217 code or RMB, checked by isUnknownCode once matched.
            + "|[A-Z]{3}(?![A-Za-z])";
    /**
     * Units a decimal comma may stand before ("4,1 %", "2,5 Stunden", "1,5 M"): only there is "4,1" a decimal
     * rather than a list or a grouping typo.
     */
    private static final String DECIMAL_COMMA_UNIT = "\\s?(?:%|€|(?i:[kmgtp]i?b|ms|s|h|hrs?|min|mins|minut[a-z]{0,3}"
            + "|sekunden?|segundos?|secondes?|seconds?|stunden?|horas?|heures?|hours?|días?|jours?|tage?n?|days?"
            + "|semanas?|semaines?|wochen?|weeks?|meses|mois|monate?n?|months?|k|m|mio|mrd|mil|millones|milhões|millions?"
            + "|miljoner|miljon|millioner|miljarder|milliarder"
            + "|milioni|miljoen|miljard|miliardi|uur|uren|ore|minuti|dagen|giorni|weken|settimane|maanden|mesi"
            + "|milliards?|bn|x|pp|points?)(?![\\p{L}]))";
    /**
     * Western grouping, Indian grouping (12,34,567), or plain digits, then a decimal point or a continental decimal
     * comma; never a piece of a longer number.
     */
    private static final String DIGITS = "(?<i>\\d{1,3}(?:,\\d{3}){1,5}+|\\d{1,2}(?:,\\d{2}){1,3},\\d{3}"
            // Swiss grouping: "CHF 380'000"
            + "|\\d{1,3}(?:'\\d{3}){1,4}+"
            // "45 000 €", "1 200 000 SEK": thin-space grouping, only right before a currency written after the amount
            + "|\\d{1,3}(?: \\d{3}){1,4}+(?=\\s?(?:€|₽|руб|(?i:eur|euros?|sek|nok|dkk|chf|pln|kr|rub)(?![a-z]))"
            // or before a lower-case word: "40 000 meddelanden", "12 000 utilisateurs"
            + "| \\p{Ll})|\\d{1,13}+)"
            + "(?<f>\\.\\d{1,6}+|,\\d{1,2}+(?=" + DECIMAL_COMMA_UNIT + "))?(?!\\d|[,.:]\\d)";
    private static final String NUMBER_WORDS = "a\\sdozen|dozen|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
            Map.entry("a dozen", 12), Map.entry("dozen", 12), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20));

    /**
     * Not after a letter, digit, dot, slash, colon or hyphen: that would be a version, fraction, time or id.
     */
    static final GatedPattern START = new GatedPattern(Pattern.compile(
            "(?<![\\w.,/#@:$€£₹¥+-])(?<sign>[-+])?(?:(?<cur>" + CURRENCY + ")(?<gap>\\s?))?" + DIGITS
                    + "|(?<![\\w-])(?<word>(?i:" + NUMBER_WORDS + "))(?![\\w-])"),
            QuantityScanner::canStartQuantity);
    /** Where a number word can start; "a" stands for "a dozen". */
    private static final WordPrefixes NUMBER_WORD_STARTS = WordPrefixes.atWordStart("a", "dozen", "two", "three",
            "four", "five", "fifteen", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "twenty");
    private static final Pattern SCALE = Pattern.compile(
            "(?i)(?:\\s?(thousand|millions?|millones|millón|milhões|milhão|milioni|milione|miljoen|miliardi|miljard|mila"
                    // Nordic: "1,2 miljoner", "3 millioner", "2 miljarder"
                    + "|miljoner|miljon|millioner|milliarder|miljarder"
                    // "40 M daily events", "2 M€": a scale letter after a space, before a lower-case word or the euro
                    + "|(?-i:[MBK])(?= \\p{Ll})|(?-i:[MBKk])(?=€)"
                    + "|mn|mil|mio|mrd|milliards?|billions?|bn"
                    + "|trillions?|tn|lakhs?|lacs?|crores?|cr"
                    // Polish: "240 tys. zł", "1,5 mln", "2 mld"
                    + "|tys\\.?|mln|mld"
                    // Russian: "15 млн", "350 тыс.", "2 млрд"
                    + "|тыс\\.?|млн|млрд)|(mm|k|m|b))(?![\\p{L}])");
    private static final Pattern RANGE = Pattern.compile(
            "(?:\\s?-\\s?|\\sto\\s)(?:(?<cur>" + CURRENCY + ")\\s?)?" + DIGITS);
    private static final Pattern HYPHEN_RANGE = Pattern.compile("\\s?-\\s?(?:(?<cur>" + CURRENCY + ")\\s?)?" + DIGITS);
    private static final Pattern FRACTION = Pattern.compile("\\s?/\\s?\\d");
    /** Points of a rate are percentage points: "raised clearance margin by 3.5 points". */
    static final Unit POINTS = new Unit(Pattern.compile("(?i)\\s?(?:points?|pts?)(?![a-z])"), "p", SPACE);
    /** A rate or share named shortly before the number, the only place where bare "points" mean percent. */
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "(?i)\\b(?:margins?|rates?|share|conversion|churn|retention|yield|utili[sz]ation|occupancy|penetration"
                    + "|ctr|roi|accuracy|precision|recall|attendance)\\b");
    static final Unit CURRENCY_SUFFIX = new Unit(
            Pattern.compile("(?i)(?:\\. |\\s)?(usd|eur|gbp|inr|pln|zł|dollars?|euros?|rupees?|€|£|₽|руб(?:\\.|лей|ля)?)(?![a-z\\p{L}])"),
            "uegidrpz€£₽р", SPACE + ".");
    static final Unit PERCENT = new Unit(
            Pattern.compile("\\s?(?:%|(?i:per\\s?cent|pct|percentage\\spoints?|pp)(?![a-z]))"), "%p", SPACE);
    /** "fell 120 bps", "40 basis points": a hundredth of a percentage point each. */
    static final Unit BASIS_POINTS = new Unit(Pattern.compile("(?i)\\s?(?:bps|basis\\spoints?)(?![a-z])"), "b", SPACE);
    static final Unit MULTIPLIER = new Unit(Pattern.compile(
            "\\s?[xX×](?!\\w|\\.\\d|\\s?\\d)|(?i)[\\s-]?fold(?![a-z])|(?i)\\stimes(?=\\s(?:faster|higher|more|larger|bigger"
                    + "|better|quicker|greater|lower|fewer|less|smaller|cheaper|over|increase|improvement|growth|speed"
                    + "|throughput|as)(?![a-z]))"), "xft×", SPACE + "-");
    static final Unit RATE = new Unit(Pattern.compile(
            "(?i)\\s?(qps|rps|tps|iops|ops/s(?:ec)?|reqs?/s(?:ec)?|requests/s(?:ec)?|rpm|qpm|tpm)(?![a-z])"),
            "qrtio", SPACE);
    static final Unit BITRATE = new Unit(Pattern.compile("(?i)\\s?([kmgt])bps(?![a-z])"), "kmgt", SPACE);
    static final Unit BYTES = new Unit(Pattern.compile(
            "(?i)\\s?([kmgtpe]i?b|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?)(?![a-z])"),
            "kmgtpeb", SPACE);
    private static final Pattern DURATION = Pattern.compile(
            "(?i)[\\s-]?(milliseconds?|millisecs?|msecs?|millis|ms|microseconds?|µs|μs|nanoseconds?|secs?|seconds?|mins?|minutes?"
                    + "|hrs?|hours?|days?|wks?|weeks?|mos|months?|yrs?|years?"
                    // German, Spanish and French; Units.seconds reads them.
                    + "|stunden?|minuten?|minutos?|sekunden?|segundos?|secondes?|tage?n?|wochen?|monate?n?|horas?|heures?"
                    + "|días?|dias?|jours?|semanas?|semaines?|meses|mois"
                    // Dutch and Italian
                    + "|uur|uren|dagen|weken|maanden|ore|minuti|secondi|giorni|settimane|mesi"
                    // Russian
                    + "|мс|мсек|миллисекунд[аы]?|сек|секунд[аы]?|мин|минут[аы]?|часов|часа|час|ч|дней|дня|день|суток"
                    + "|недель|недели|неделю|неделя|месяцев|месяца|месяц|лет|года|год)(?![\\p{L}])"
                    // "4h", "4 h" (a lone h after a space too), "250µs", "3d"
                    + "|(?: (?=h(?![A-Za-z])))?(µs|μs|ns|s|h|d)(?![A-Za-z])(?!\\sof\\b)|\\s(s)(?![\\w'])");
    /**
     * Hours right before a figure ending in a bare "m": "MTTR 4h → 25m", "1h 20m", "from 2 hrs to 45m". The m is
     * minutes there, not millions.
     */
    private static final Pattern HOURS_BEFORE = Pattern.compile(
            "(?i)\\d\\s?(?:h|hrs?|hours?)(?![a-z])\\s?(?:\\d{1,2}\\s?m(?:in)?\\s?)?[^\\d\\p{L}]{0,4}(?:to|down to)?[^\\d\\p{L}]{0,4}$");
    private static final Pattern NOUN = Pattern.compile("[\\s-]([A-Za-z][\\p{L}0-9+#&'-]{0,30}+)");
    private static final Pattern SLASH_PER = Pattern.compile(
            "(?i)\\s?/\\s?(s|secs?|second|min|minute|h|hr|hour|d|day|wk|week|mo|mon|month|yr|year|annum)(?![a-z])");
    private static final Pattern WORD_PER = Pattern.compile(
            "(?i)\\s(?:per|a|an|each|every)\\s(second|sec|minute|min|hour|hr|day|week|month|year|annum)(?![a-z])");
    private static final Pattern IN_PERIOD = Pattern.compile(
            "(?i)\\sin\\s(?:an?|a\\ssingle|one)\\s(second|minute|hour|day|week|month|year)(?![a-z])");
    private static final Pattern ADVERB_PER = Pattern.compile(
            "(?i)\\s(hourly|daily|nightly|weekly|monthly|annually|yearly|per\\sannum|p\\.a\\."
                    + "|semanal(?:es)?|mensual(?:es)?|anual(?:es)?|diari[oa]s?|wöchentlich|monatlich|jährlich|täglich"
                    + "|hebdomadaires?|mensuel(?:le)?s?|annuel(?:le)?s?|quotidien(?:ne)?s?)(?![\\p{L}])");
    /** "par mois", "pro Tag", "por semana", "al año": a preposition and a period noun in French, German, Spanish. */
    private static final Pattern FOREIGN_PER = Pattern.compile(
            "(?i)\\s((?:par|pro|por|al|a\\sla)\\s(?:semaine|mois|jour|an|année|heure|seconde|minute|tag|woche|monat|jahr"
                    + "|stunde|sekunde|minute|semana|segundo|minuto|mes"
                    + "|mês|día|dia|año|ano|hora|giorno|mese|anno|settimana|ora)|per\\s(?:jaar|maand|dag|uur)"
                    + "|all'anno|l'anno|a\\ssettimana"
                    // Russian "в год", "в сутки", "в месяц"
                    + "|в\\s(?:год|месяц|сутки|день|час|секунду|минуту|неделю))(?![\\p{L}])");
    /** A word the period may skip over ("2M API calls per day"), but not a preposition starting a new phrase. */
    private static final Pattern SKIPPABLE_WORD = Pattern.compile(
            "\\s(?!(?i:to|from|by|of|and|or|than|with|for|at|on|in|within)\\b)\\p{L}[\\p{L}\\p{N}_-]{0,30}+");
    private static final Pattern MONEY_PERIOD_AFTER = Pattern.compile(
            "(?i)(?:\\s[a-z]{1,15}){0,2}?\\s(?:in\\s)?(annual(?:ly|ized)?|yearly|arr|monthly|mrr|per\\s(?:year|annum|month)|a\\s(?:year|month))(?![a-z])");
    private static final Pattern MONEY_PERIOD_BEFORE = Pattern.compile("(?i)\\b(annual(?:ly|ized)?|yearly|monthly)\\b");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+" + Vocabulary.QUALIFIER + "$");
    /** Stems every multiplying verb holds: a text without any cannot have one. */
    private static final LiteralScan MULTIPLYING_STEMS = LiteralScan.ignoringCase("halv", "doubl", "tripl", "quadrupl",
            "dimezz", "halbier", "halveer", "gehalveerd", "verdoppel", "raddoppi", "verdubbel");
    /** English verbs, and Italian, German and Dutch halving and doubling ("Dimezzati i tempi", "verdoppelt"). */
    static final GatedPattern MULTIPLYING_VERB = new GatedPattern(Pattern.compile(
            "(?i)\\b(halved|halving|doubled|doubling|tripled|tripling|quadrupled|quadrupling|dimezzat[oaie]|dimezzando"
                    + "|halbiert(?:e|en)?|halveerde|halveerden|gehalveerd|verdoppelt(?:e|en)?|raddoppiat[oaie]"
                    + "|verdubbeld(?:e|en)?|verdubbelde)\\b"),
            WordPrefixes.atWordStart("halv", "doubl", "tripl", "quadrupl", "dimezz", "halbier", "halveer", "gehalveerd",
                    "verdoppel", "raddoppi", "verdubbel"));
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * Lower-case fragments one of which every number word and multiplying verb contains ("fourteen" holds "four");
     * a clause without them and without a digit cannot hold a quantity.
     */
    private static final String[] WORD_QUANTITY_FRAGMENTS = {"dozen", "two", "three", "four", "five", "fifteen",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "twenty", "halv", "doubl", "tripl",
            "quadrupl", "dimezz", "halbier", "halveer", "verdoppel", "raddoppi", "verdubbel", "third", "quarter",
            "half", "magnitude"};

    private QuantityScanner() {
    }

    /**
     * False only when {@link #scan} certainly finds nothing: no ASCII digit (START's {@code \d}) and no number
     * word or multiplying verb. A few indexOf calls instead of running every quantity regex over the clause.
     */
    static boolean mayHoldQuantity(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        // The word patterns are ASCII case-insensitive, which lower-casing covers.
        String lower = text.toLowerCase(Locale.ROOT);
        for (String fragment : WORD_QUANTITY_FRAGMENTS) {
            if (lower.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    /** All quantities of the masked clause, in text order. */
    static List<Quantity> scan(String text) {
        List<Quantity> found = new ArrayList<>();
        GatedPattern.Scan starts = START.scan(text);
        Cursor cursor = new Cursor(text);
        int from = 0;
        while (from < text.length() && starts.find(from)) {
            Matcher start = starts.matcher;
            cursor.segmentStart = found.isEmpty() ? 0 : found.get(found.size() - 1).end;
            Quantity q = read(start, cursor);
            if (q != null) {
                found.add(q);
            }
            from = Math.max(start.end(), q == null ? start.end() : q.end);
        }
        addMultiplyingVerbs(text, found);
        addFractionsAndFactors(text, found);
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return found;
    }

    /**
     * Both of START's look-behinds exclude a word character before the start. Its first alternative begins with a
     * digit, or reaches one within five characters of a sign ("+US$ 5"), four of a currency code or name ("Rs. 5",
     * "USD 5", "R$ 5") or two of a currency symbol ("$ 5"); its second begins a number word.
     */
    /** Naira, won, lira, peso, rouble, shekel, baht: the rarer signs CURRENCY knows. */
    private static boolean isOtherCurrencySign(char c) {
        return c == '₦' || c == '₩' || c == '₺' || c == '₱' || c == '₽' || c == '₪' || c == '฿';
    }

    private static boolean canStartQuantity(String text, int i) {
        if (i > 0 && AsciiChars.isWordChar(text.charAt(i - 1))) {
            return false;
        }
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        int reach = c == '-' || c == '+' ? 5
                : c >= 'A' && c <= 'Z' || c == 'r' ? 4
                : c == '$' || c == '€' || c == '£' || c == '₹' || c == '¥' || isOtherCurrencySign(c) ? 2 : 0;
        return hasDigitWithin(text, i + 1, reach) || NUMBER_WORD_STARTS.canStart(text, i);
    }

    /** Whether one of the {@code reach} characters from offset {@code from} on is an ASCII digit. */
    private static boolean hasDigitWithin(String text, int from, int reach) {
        int end = Math.min(text.length(), from + reach);
        for (int k = from; k < end; k++) {
            if (AsciiChars.isDigitAt(text, k)) {
                return true;
            }
        }
        return false;
    }

    private static Quantity read(Matcher start, Cursor cursor) {
        Quantity q = new Quantity();
        q.start = start.start();
        if (start.group("word") != null) {
            q.wordNumber = true;
            q.raw = WORD_VALUES.get(WHITE_SPACE.matcher(start.group("word").toLowerCase(Locale.ROOT)).replaceAll(" "));
        } else {
            q.raw = parseNumber(start.group("i"), start.group("f"));
            q.sign = start.group("sign") == null ? 0 : start.group("sign").charAt(0);
            String cur = start.group("cur");
            if (cur != null && isUnknownCode(cur)) {
                if (start.group("gap").isEmpty()) {
                    return null;  // "ABC2019": the digits belong to the name
                }
                // "SQL 2019", "AWS 3 regions": the letters are a name, the number stands alone.
                q.start = start.start("i");
                q.sign = 0;
            } else if (cur != null) {
                q.measure = Quantity.Measure.MONEY;
                q.unit = Units.currencyCode(cur);
            }
        }
        int pos = start.end();
        if (!q.wordNumber && cursor.at(FRACTION, pos) != null) {
            return null;
        }
        pos = readScale(q, cursor, pos);
        if (!q.wordNumber) {
            // After "from", "X to Y" is a change for the linker; only a hyphenated range stays a range.
            pos = readRange(q, cursor, pos, cursor.precededBy(FROM_BEFORE, q.start) ? HYPHEN_RANGE : RANGE);
        }
        q.numberEnd = pos;
        if (cursor.startsWith("+", pos)) {
            q.plus = true;
            pos++;
        }
        pos = readUnit(q, cursor, pos);
        if (q.milScale && Units.milMeansThousand(q.unit)) {
            q.scale = 1e3;
        }
        if (!q.wordNumber && (q.measure == Quantity.Measure.BARE && endsWithFactorOf(cursor.text, q.start)
                || (q.measure == Quantity.Measure.BARE || q.measure == Quantity.Measure.COUNT)
                && endsWithForeignFactor(cursor.text, q.start))) {
            // "increased throughput by a factor of 4", "temps de build divisé par 3", "multiplicamos por 4"
            set(q, Quantity.Measure.MULTIPLIER, "multiplier", 1);
        } else if (q.measure == Quantity.Measure.BARE && q.scaled && q.sign == 0) {
            // "Grew MAU from 120k to 1.1M": a figure written with K/M/B counts things even without a noun.
            set(q, Quantity.Measure.COUNT, "count", 1);
        }
        if (!q.wordNumber && isDotGrouping(start.group("i"), start.group("f"), q)) {
            // "2.400 windturbines", "€ 310.000": a continental thousands dot. A count or a sum of money with
            // exactly three decimals is no fraction (counts are whole, money has cents).
            q.raw = Double.parseDouble(start.group("i") + start.group("f").substring(1));
        }
        if (q.measure == Quantity.Measure.BARE && pos < cursor.text.length()
                && Character.isLetter(cursor.text.charAt(pos)) && pos == q.numberEnd) {
            return null;  // 5G, 2FA, 1st, 3D: the digits are part of a name
        }
        q.end = pos;
        q.end = readPeriod(q, cursor, pos);
        return q;
    }

    private static int readScale(Quantity q, Cursor cursor, int pos) {
        Matcher m = cursor.at(SCALE, pos);
        if (m == null) {
            return pos;
        }
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        if (word.equals("m") && cursor.precededBy(HOURS_BEFORE, q.start)) {
            set(q, Quantity.Measure.DURATION, "seconds", 60);
            return m.end();
        }
        Matcher seconds = word.equals("m") ? cursor.at(GLUED_SECONDS, m.end()) : null;
        if (seconds != null) {
            // "1m45s": minutes and seconds of one duration, not 1 million
            set(q, Quantity.Measure.DURATION, "seconds", 60);
            q.raw += Integer.parseInt(seconds.group(1)) / 60.0;
            return seconds.end();
        }
        q.scale = Units.scale(word);
        q.scaled = true;
        q.milScale = word.equalsIgnoreCase("mil");
        return m.end();
    }

    private static int readRange(Quantity q, Cursor cursor, int pos, Pattern range) {
        Matcher m = cursor.at(range, pos);
        if (m == null || m.group("cur") != null && isUnknownCode(m.group("cur"))) {
            return pos;
        }
        double upper = parseNumber(m.group("i"), m.group("f"));
        if (upper <= q.raw) {
            return pos;
        }
        double lower = q.raw;
        double lowerScale = q.scale;
        boolean lowerScaled = q.scaled;
        q.raw = upper;
        q.scale = 1;
        q.scaled = false;
        int end = readScale(q, cursor, m.end());
        // "$1-2M": an unscaled lower bound borrows the upper bound's scale.
        q.lowerRaw = lowerScaled ? lower * lowerScale / q.scale : lower;
        if (!q.scaled && lowerScaled) {
            q.scale = lowerScale;
            q.scaled = true;
            q.lowerRaw = lower;
        }
        return end;
    }

    private static int readUnit(Quantity q, Cursor cursor, int pos) {
        if (q.measure == Quantity.Measure.MONEY || q.measure == Quantity.Measure.DURATION) {
            return pos;
        }
        Matcher m;
        if ((m = cursor.at(CURRENCY_SUFFIX, pos)) != null) {
            q.measure = Quantity.Measure.MONEY;
            q.unit = Units.currencyCode(m.group(1));
        } else if ((m = cursor.at(PERCENT, pos)) != null
                || (m = cursor.at(POINTS, pos)) != null && cursor.precededBy(RATE_BEFORE, q.start)) {
            set(q, Quantity.Measure.PERCENT, "percent", 1);
        } else if ((m = cursor.at(BASIS_POINTS, pos)) != null) {
            set(q, Quantity.Measure.PERCENT, "percent", 0.01);
        } else if ((m = cursor.at(MULTIPLIER, pos)) != null) {
            set(q, Quantity.Measure.MULTIPLIER, "multiplier", 1);
        } else if ((m = cursor.at(RATE, pos)) != null) {
            set(q, Quantity.Measure.RATE, "count", 1);
            q.per = Units.ratePeriod(m.group(1));
        } else if ((m = cursor.at(BITRATE, pos)) != null) {
            set(q, Quantity.Measure.RATE, "bytes", Units.bytes(m.group(1) + "b") / 8);
            q.per = "second";
        } else if ((m = cursor.at(BYTES, pos)) != null) {
            set(q, Quantity.Measure.BYTES, "bytes", Units.bytes(m.group(1)));
        } else if ((m = cursor.at(DURATION, pos)) != null) {
            String unit = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (unit.equals("s") && Units.isYearLike(q.raw)) {
                return pos;  // "the 1990s"
            }
            set(q, Quantity.Measure.DURATION, "seconds", Units.seconds(unit));
            q.calendarDuration = Units.isCalendarUnit(unit);
            return readSmallerUnit(q, cursor, m.end());
        } else if (startsLabourWord(cursor.text, pos) && (m = cursor.at(LABOUR_DURATION, pos)) != null) {
            // "freeing about 25 analyst hours per week", "1,200 staff hours": time of people, in that unit
            set(q, Quantity.Measure.DURATION, "seconds", Units.seconds(m.group(1)));
        } else if ((m = countNounAt(cursor, pos)) != null) {
            q.measure = Quantity.Measure.COUNT;
            q.unit = "count";
            q.noun = m.group(1);
            q.per = Units.activeUsersPeriod(q.noun); // "400k MAU": monthly active users
        } else {
            return pos;
        }
        return m.end();
    }

    /** The seconds glued to "1m" in "1m45s". */
    private static final Pattern GLUED_SECONDS = Pattern.compile("([0-5]?\\d)s(?![A-Za-z])");

    /** The minutes after hours or the seconds after minutes of one duration: "3 h 10 min", "1h 20m", "2 min 30 s". */
    private static final Pattern SMALLER_UNIT = Pattern.compile(
            "(?i),?\\s?(?:and\\s)?(\\d{1,2})\\s?(mins?|minutes?|m|secs?|seconds?|s)(?![\\p{L}\\d])");

    /**
     * "3 h 10 min" is one duration of 3 h 10 min, "1 hour and 20 minutes" too: minutes under 60 after hours, seconds
     * under 60 after minutes are added to the figure (in its own unit), and the quantity ends after them.
     */
    private static int readSmallerUnit(Quantity q, Cursor cursor, int pos) {
        Matcher m = q.unitFactor == Units.HOUR || q.unitFactor == Units.MINUTE ? cursor.at(SMALLER_UNIT, pos) : null;
        if (m == null) {
            return pos;
        }
        double smaller = Units.seconds(m.group(2).equalsIgnoreCase("m") ? "min" : m.group(2));
        double amount = Double.parseDouble(m.group(1));
        if (smaller >= q.unitFactor || amount >= 60 || q.lowerRaw != null) {
            return pos; // "2 min 30 min" is no compound; neither is a range "2-3 h 10 min"
        }
        q.raw += amount * smaller / q.unitFactor;
        return m.end();
    }

    private static final Pattern LABOUR_DURATION = Pattern.compile(
            "(?i)\\s(?:analyst|engineer|engineering|developer|staff|person|man|team|support|manual|employee|agent"
                    + "|people|ops|on-call|business|working|work|calendar)[\\s-](hours?|days?|weeks?|months?)(?![a-z])");

    /** LABOUR_DURATION's words start with one of these letters after a single space. */
    private static boolean startsLabourWord(String text, int pos) {
        return pos + 1 < text.length() && text.charAt(pos) == ' '
                && "aAeEdDsSpPmMtToObBwWcC".indexOf(text.charAt(pos + 1)) >= 0;
    }

    /** Words between a number and what it counts: "17 new services", "3 additional regions". */
    private static final Set<String> COUNT_ADJECTIVES = Set.of("new", "additional", "extra", "more",
            "unique", "distinct", "separate", "active", "major", "legacy", "shared", "mutual");

    /** The noun a count counts, after at most one adjective of COUNT_ADJECTIVES; null if none. */
    private static Matcher countNounAt(Cursor cursor, int pos) {
        Matcher m = cursor.at(NOUN, pos);
        if (m != null && COUNT_ADJECTIVES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            m = cursor.at(NOUN, m.end());
        }
        return m != null && Vocabulary.isCountNoun(m.group(1)) ? m : null;
    }

    /**
     * A unit pattern and the lower-case first characters of its units, which stand at the cursor or after one of
     * the skippable characters its optional leading space (or hyphen) allows: after "5 years" the cursor sees " y"
     * and skips the currency, percent, multiplier, rate and byte patterns without running them.
     */
    record Unit(Pattern pattern, String firsts, String skippable) {
        /** False only where the pattern cannot match: neither pos nor, after a skippable character, pos + 1 leads. */
        boolean mayStartAt(String text, int pos) {
            if (pos >= text.length()) {
                return false;
            }
            char c = text.charAt(pos);
            if (leads(c) || skippable.indexOf(c) >= 0 && pos + 1 < text.length() && leads(text.charAt(pos + 1))) {
                return true;
            }
            // "1,2 Mio. €": the currency pattern allows a '.' and a space before its unit.
            return c == '.' && skippable.indexOf('.') >= 0 && pos + 2 < text.length() && text.charAt(pos + 1) == ' '
                    && leads(text.charAt(pos + 2));
        }

        /**
         * OR-ing 0x20 folds ASCII case as (?i) does; what else it maps onto a first character only lets more through.
         * A character is also taken as it is: '×' (U+00D7) would fold onto '÷'.
         */
        private boolean leads(char c) {
            return firsts.indexOf(c | 0x20) >= 0 || firsts.indexOf(c) >= 0;
        }
    }

    private static void set(Quantity q, Quantity.Measure measure, String unit, double factor) {
        q.measure = measure;
        q.unit = unit;
        q.unitFactor = factor;
    }

    private static int readPeriod(Quantity q, Cursor cursor, int pos) {
        if (q.per != null || q.measure == Quantity.Measure.MULTIPLIER) {
            return pos;
        }
        int at = pos;
        for (int skipped = 0; skipped <= 2; skipped++) {
            Matcher m = period(q, cursor, at);
            if (m != null) {
                q.per = Units.period(m.group(1));
                if (q.measure == Quantity.Measure.BARE) {
                    q.measure = Quantity.Measure.COUNT;
                    q.unit = "count";
                }
                // Skipped words stay outside the quantity so that the subject finder still sees them.
                return skipped == 0 ? m.end() : pos;
            }
            Matcher word = q.measure == Quantity.Measure.BARE ? null : cursor.at(SKIPPABLE_WORD, at);
            if (word == null) {
                break;
            }
            at = word.end();
        }
        if (q.measure == Quantity.Measure.MONEY) {
            readMoneyPeriod(q, cursor, pos);
        }
        return pos;
    }

    private static Matcher period(Quantity q, Cursor cursor, int at) {
        Matcher m = cursor.at(SLASH_PER, at);
        if (m == null) {
            m = cursor.at(WORD_PER, at);
        }
        if (m == null) {
            m = cursor.at(ADVERB_PER, at);
        }
        if (m == null) {
            m = cursor.at(FOREIGN_PER, at);
        }
        // "in an hour" is a rate only for counted things: "processed 1.6M records in an hour".
        if (m == null && (q.measure == Quantity.Measure.COUNT || q.measure == Quantity.Measure.BARE)) {
            m = cursor.at(IN_PERIOD, at);
        }
        return m;
    }

    /** "$2M annual savings", "$5M ARR", "annual cost savings of $2 million". */
    private static void readMoneyPeriod(Quantity q, Cursor cursor, int pos) {
        Matcher after = cursor.at(MONEY_PERIOD_AFTER, pos);
        if (after != null) {
            q.per = Units.period(after.group(1));
            return;
        }
        String before = cursor.text.substring(Math.max(cursor.segmentStart, q.start - 50), q.start);
        before = before.substring(Math.max(before.lastIndexOf(';'), before.lastIndexOf(". ")) + 1);
        Matcher m = MONEY_PERIOD_BEFORE.matcher(before);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last != null) {
            q.per = Units.period(last);
        }
    }

    /** "by a third", "by two-thirds", "by a quarter", "by half": a share written as a fraction word. */
    private static final Pattern FRACTION_SHARE = Pattern.compile(
            "(?i)\\bby (?:(a|one)[ -](third|quarter|half)|(two)[ -]thirds|(three)[ -]quarters|(half))\\b");
    /** "One-third fewer support tickets", "a quarter less spend": the fraction a thing shrank by, before it. */
    private static final Pattern FRACTION_FEWER = Pattern.compile(
            "(?i)\\b(?:(a|one)[ -](third|quarter)|(two)[ -]thirds|(three)[ -]quarters)(?=\\s+(?:fewer|less|lower|smaller"
                    + "|shorter|cheaper)\\b)");
    /** "an order of magnitude", "two orders of magnitude". */
    private static final Pattern MAGNITUDE = Pattern.compile("(?i)\\b(an?|one|two|three) orders? of magnitude\\b");
    /** "conversion x3", "×2 throughput": a factor written before its number (not x86/x64/x32, the architectures). */
    private static final Pattern PREFIX_FACTOR = Pattern.compile("(?<![\\w.])[x×](\\d{1,2}(?:\\.\\d)?)(?![\\w.])");
    private static final LiteralScan FRACTION_WORDS = LiteralScan.ignoringCase("third", "quarter", "half", "magnitude");

    private static void addFractionsAndFactors(String text, List<Quantity> found) {
        if (FRACTION_WORDS.foundIn(text)) {
            Matcher m = FRACTION_SHARE.matcher(text);
            while (m.find()) {
                String word = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT) : m.group(3) != null ? "2/3"
                        : m.group(4) != null ? "3/4" : "half";
                double share = switch (word) {
                    case "third" -> 33.3;
                    case "quarter" -> 25;
                    case "2/3" -> 66.7;
                    case "3/4" -> 75;
                    default -> 50;
                };
                // "by two thirds": the fraction's words are no count of their own
                found.removeIf(q -> q.start < m.end() && m.start() + 3 < q.end);
                found.add(wordQuantity(m.start() + 3, m.end(), share, Quantity.Measure.PERCENT, "percent"));
            }
            Matcher f = FRACTION_FEWER.matcher(text);
            while (f.find()) {
                double share = f.group(3) != null ? 66.7 : f.group(4) != null ? 75
                        : f.group(2).equalsIgnoreCase("third") ? 33.3 : 25;
                int from = f.start();
                int to = f.end();
                found.removeIf(q -> q.start < to && from < q.end);
                found.add(wordQuantity(from, to, share, Quantity.Measure.PERCENT, "percent"));
            }
            Matcher o = MAGNITUDE.matcher(text);
            while (o.find()) {
                String n = o.group(1).toLowerCase(Locale.ROOT);
                double factor = n.equals("two") ? 100 : n.equals("three") ? 1000 : 10;
                found.add(wordQuantity(o.start(), o.end(), factor, Quantity.Measure.MULTIPLIER, "multiplier"));
            }
        }
        if (text.indexOf('x') >= 0 || text.indexOf('×') >= 0) {
            Matcher x = PREFIX_FACTOR.matcher(text);
            while (x.find()) {
                double factor = Double.parseDouble(x.group(1));
                if (factor >= 2 && factor != 32 && factor != 64 && factor != 86 && !overlaps(found, x.start(), x.end())) {
                    found.add(wordQuantity(x.start(), x.end(), factor, Quantity.Measure.MULTIPLIER, "multiplier"));
                }
            }
        }
    }

    private static Quantity wordQuantity(int start, int end, double value, Quantity.Measure measure, String unit) {
        Quantity q = new Quantity();
        q.start = start;
        q.end = end;
        q.numberEnd = end;
        q.raw = value;
        set(q, measure, unit, 1);
        return q;
    }

    private static boolean overlaps(List<Quantity> found, int start, int end) {
        for (Quantity q : found) {
            if (q.start < end && start < q.end) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stem of a multiplying verb or a fraction word occurs in the text (whether it is one is decided by
     * MULTIPLYING_VERB, FRACTION_SHARE and MAGNITUDE).
     */
    static boolean mayHoldFactorWord(String text) {
        return MULTIPLYING_STEMS.foundIn(text) || FRACTION_WORDS.foundIn(text);
    }

    private static void addMultiplyingVerbs(String text, List<Quantity> found) {
        if (!MULTIPLYING_STEMS.foundIn(text)) {
            return;  // a few indexOf calls spare finding the word starts of a clause without these verbs
        }
        MULTIPLYING_VERB.forEachMatch(new WordStarts(text), (start, end) -> {
            Quantity q = new Quantity();
            q.start = start;
            q.end = end;
            q.numberEnd = end;
            String verb = text.substring(start, end).toLowerCase(Locale.ROOT);  // the match is the verb alone
            if (verb.startsWith("halv") || verb.startsWith("dimezz") || verb.startsWith("halbier")
                    || verb.startsWith("halveer") || verb.startsWith("gehalveer")) {
                // "Halved build time": a 50 % cut, as people annotate it (not a factor of 0.5).
                q.raw = 50;
                q.fixedDirection = "decrease";
                set(q, Quantity.Measure.PERCENT, "percent", 1);
            } else {
                boolean doubled = verb.startsWith("doubl") || verb.startsWith("verdoppel") || verb.startsWith("raddoppi")
                        || verb.startsWith("verdubbel");
                q.raw = doubled ? 2 : verb.startsWith("tripl") ? 3 : 4;
                q.fixedDirection = "increase";
                set(q, Quantity.Measure.MULTIPLIER, "multiplier", 1);
            }
            found.add(q);
        });
    }

    /** "divisé par 3", "multiplié par 4", "multiplicamos por 4", "dividido por 2": French and Spanish factors. */
    private static final Pattern FOREIGN_FACTOR_BEFORE = Pattern.compile(
            "(?i)(?:multipli|divis|divid)\\p{L}*\\s+(?:par|por)\\s+$");

    static boolean endsWithForeignFactor(String text, int start) {
        boolean parOrPor = start >= 4 && (text.regionMatches(true, start - 4, "par ", 0, 4)
                || text.regionMatches(true, start - 4, "por ", 0, 4));
        return parOrPor && FOREIGN_FACTOR_BEFORE.matcher(text).region(Math.max(0, start - 30), start).find();
    }

    /** "factor of " (and an optional "about "/"~") right before the number, ASCII case ignored. */
    static boolean endsWithFactorOf(String text, int start) {
        int end = start;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '~')) {
            end--;
        }
        if (end >= 6 && text.regionMatches(true, end - 6, " about", 0, 6)) {
            end -= 6;
        }
        return end >= 9 && text.regionMatches(true, end - 9, "factor of", 0, 9)
                && (end == 9 || !Character.isLetter(text.charAt(end - 10)));
    }

    /** "2.400" before a count noun or after a currency: digits, then a dot and exactly three digits, no scale. */
    static boolean isDotGrouping(String integer, String fraction, Quantity q) {
        return fraction != null && fraction.length() == 4 && fraction.charAt(0) == '.' && integer.indexOf(',') < 0
                && integer.length() <= 3 && integer.charAt(0) != '0' && q.scale == 1
                && (q.measure == Quantity.Measure.MONEY || q.measure == Quantity.Measure.COUNT);
    }

    /** The fraction keeps its separator: ".5", or ",5" for a decimal comma. */
    static double parseNumber(String integer, String fraction) {
        String digits = integer.indexOf(' ') >= 0 ? integer.replace(" ", "")
                : integer.indexOf('\'') >= 0 ? integer.replace("'", "") : integer.replace(",", "");
        return Double.parseDouble(fraction == null ? digits : digits + '.' + fraction.substring(1));
    }

    /** Three capitals read as a currency by START that are no currency (or an English word): "SQL", "AWS", "ALL". */
    private static boolean isUnknownCode(String cur) {
        return cur.length() == 3 && Character.isUpperCase(cur.charAt(0)) && Character.isUpperCase(cur.charAt(2))
                && !cur.equals("RMB") && !Units.isCurrencyCodeBeforeAmount(cur);
    }

    /** Anchored, bounded lookups at an offset of one clause; reuses one matcher per pattern. */
    private static final class Cursor {
        final String text;
        /** End of the previous quantity: context before it belongs to that one. */
        int segmentStart;
        private final Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();

        Cursor(String text) {
            this.text = text;
        }

        /** The unit's pattern matched at pos, or null; not run where no unit of it can start. */
        Matcher at(Unit unit, int pos) {
            return unit.mayStartAt(text, pos) ? at(unit.pattern(), pos) : null;
        }

        Matcher at(Pattern pattern, int pos) {
            if (pos >= text.length()) {
                return null;
            }
            Matcher m = matcher(pattern);
            m.region(pos, Math.min(text.length(), pos + WINDOW));
            return m.lookingAt() ? m : null;
        }

        boolean startsWith(String s, int pos) {
            return text.startsWith(s, pos);
        }

        boolean precededBy(Pattern pattern, int pos) {
            Matcher m = matcher(pattern);
            m.region(Math.max(0, pos - 40), pos);
            return m.find();
        }

        private Matcher matcher(Pattern pattern) {
            Matcher m = matchers.get(pattern);
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true);
                matchers.put(pattern, m);
            }
            return m;
        }
    }
}
