package io.profileflow.extract.metric;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversions from written units to the SPEC units: ISO 4217 codes, seconds, decimal bytes, period names. */
final class Units {

    static final double MINUTE = 60;
    static final double HOUR = 3600;
    static final double DAY = 86_400;
    static final double WEEK = 7 * DAY;
    /** Thirty days, as the gold data converts "four months". */
    static final double MONTH = 30 * DAY;
    /** Julian year, 365.25 days. */
    static final double YEAR = 31_557_600;

    /**
     * Codes that also spell an English word or a tech acronym ("ALL 3 regions", "PHP 8", "AMD 64 cores", "MRO 2
     * contracts"): written before a number they are far more often that than the currency.
     */
    private static final Set<String> CODES_THAT_ARE_WORDS = Set.of(
            "ADP", "ALL", "AMD", "ATS", "BAM", "BOB", "BTN", "CUP", "CVE", "DEM", "ESP", "GEL", "GWP", "MAD", "MOP",
            "MRO", "NIO", "PEN", "PHP", "SIT", "SOS", "STD", "SVC", "TOP", "TPE", "TRY", "USS", "YUM");
    /** Every ISO 4217 code the JDK knows, except precious metals and test codes (no minor unit). */
    private static final Set<String> ISO_CURRENCIES = Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getDefaultFractionDigits() >= 0)
            .map(Currency::getCurrencyCode)
            .filter(code -> !CODES_THAT_ARE_WORDS.contains(code))
            .collect(Collectors.toUnmodifiableSet());
    /** Currencies of Spanish and Portuguese speaking countries, where "mil" after a number means thousand. */
    private static final Set<String> MIL_IS_THOUSAND = Set.of(
            "BRL", "ARS", "CLP", "COP", "MXN", "UYU", "PYG", "CRC", "DOP", "GTQ", "HNL", "VES", "AOA", "MZN");

    private Units() {
    }

    /** An upper-case three-letter code that names a currency when written before an amount ("DKK 14 million"). */
    static boolean isCurrencyCodeBeforeAmount(String code) {
        return ISO_CURRENCIES.contains(code);
    }

    /**
     * "mil" is a thousand in Portuguese and Spanish ("180 mil €", "40 mil utilizadores", "R$ 85 mil"); only English
     * money in dollars or pounds ("$2 mil") means a million by it.
     */
    static boolean milMeansThousand(String unit) {
        return unit == null || !MIL_IS_MILLION.contains(unit) || MIL_IS_THOUSAND.contains(unit);
    }

    private static final Set<String> MIL_IS_MILLION = Set.of("USD", "CAD", "AUD", "NZD", "GBP", "SGD", "HKD");

    static String currencyCode(String written) {
        String w = written.replace(".", "").trim();
        switch (w) {
            case "$", "US$" -> {
                return "USD";
            }
            case "A$", "AU$" -> {
                return "AUD";
            }
            case "C$", "CA$" -> {
                return "CAD";
            }
            case "S$" -> {
                return "SGD";
            }
            case "R$" -> {
                return "BRL";
            }
            case "NZ$" -> {
                return "NZD";
            }
            case "HK$" -> {
                return "HKD";
            }
            case "€" -> {
                return "EUR";
            }
            case "£" -> {
                return "GBP";
            }
            case "₹", "Rs", "RS", "rs" -> {
                return "INR";
            }
            case "¥" -> {
                return "JPY";
            }
            case "₦" -> {
                return "NGN";
            }
            case "₩" -> {
                return "KRW";
            }
            case "₺" -> {
                return "TRY";
            }
            case "₱" -> {
                return "PHP";
            }
            case "₽", "руб", "рублей", "рубля" -> {
                return "RUB";
            }
            case "₪" -> {
                return "ILS";
            }
            case "฿" -> {
                return "THB";
            }
            case "zł", "zl" -> {
                return "PLN";
            }
            default -> {
                String lower = w.toLowerCase(Locale.ROOT);
                if (lower.startsWith("dollar")) {
                    return "USD";
                }
                if (lower.startsWith("euro")) {
                    return "EUR";
                }
                if (lower.startsWith("rupee")) {
                    return "INR";
                }
                return lower.equals("rmb") ? "CNY" : w.toUpperCase(Locale.ROOT);
            }
        }
    }

    static double scale(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.startsWith("thousand") || w.equals("k") || w.startsWith("tys") || w.startsWith("тыс")) {
            return 1e3;
        }
        if (w.startsWith("lakh") || w.startsWith("lac")) {
            return 1e5;
        }
        if (w.startsWith("crore") || w.equals("cr")) {
            return 1e7;
        }
        if (w.equals("mila") || w.equals("duizend")) {
            return 1e3;
        }
        if (w.startsWith("b") || w.startsWith("mrd") || w.equals("mld") || w.startsWith("milliard") || w.startsWith("miliard")
                || w.startsWith("miljard") || w.equals("млрд")) {
            return 1e9;
        }
        if (w.startsWith("t")) {
            return 1e12;
        }
        return 1e6;  // m, mm, mn, mil, million
    }

    /** Decimal prefixes (1 TB = 1e12) as SPEC says; the binary ones (GiB) keep their powers of 1024. */
    static double bytes(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.startsWith("byte")) {
            return 1;
        }
        int power = "kmgtpe".indexOf(w.charAt(0)) + 1;
        boolean binary = w.length() == 3 && w.charAt(1) == 'i';
        return Math.pow(binary ? 1024 : 1000, power);
    }

    static double seconds(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        double foreign = foreignSeconds(w);
        if (foreign > 0) {
            return foreign;
        }
        if (w.equals("µs") || w.equals("μs") || w.startsWith("micro")) {
            return 1e-6;
        }
        if (w.equals("ns") || w.startsWith("nano")) {
            return 1e-9;
        }
        if (w.startsWith("ms") || w.startsWith("milli")) {
            return 1e-3;
        }
        return switch (w.charAt(0)) {
            case 's' -> 1;
            case 'h' -> HOUR;
            case 'd' -> DAY;
            case 'w' -> WEEK;
            case 'y' -> YEAR;
            default -> w.startsWith("mo") ? MONTH : MINUTE;
        };
    }

    /**
     * German, Spanish and French time units whose first letter would mislead the English rule below: "Stunden"
     * is hours not seconds, "semanas" weeks, "meses" months, "Tage" days. 0 when the word is not one of them.
     */
    private static double foreignSeconds(String w) {
        if (w.charAt(0) >= 'а' && w.charAt(0) <= 'я') {
            return russianSeconds(w);
        }
        if (w.startsWith("stund") || w.equals("uur") || w.equals("uren") || w.equals("ore")) {
            return HOUR;
        }
        if (w.startsWith("giorn")) {
            return DAY;
        }
        if (w.startsWith("settiman")) {
            return WEEK;
        }
        if (w.startsWith("maand") || w.equals("mesi")) {
            return MONTH;
        }
        if (w.startsWith("sem")) {
            return WEEK;
        }
        if (w.startsWith("seg") || w.startsWith("sek")) {
            return 1;
        }
        if (w.startsWith("tag") || w.startsWith("jour") || w.startsWith("día") || w.startsWith("dia")) {
            return DAY;
        }
        if (w.startsWith("mes") || w.startsWith("mois") || w.startsWith("monat")) {
            return MONTH;
        }
        return 0;
    }

    /** "мс", "сек", "мин", "часов", "дней", "суток", "недель", "месяцев", "лет": Russian units of time. */
    private static double russianSeconds(String w) {
        if (w.startsWith("мс") || w.startsWith("милли")) {
            return 1e-3;
        }
        if (w.startsWith("сек")) {
            return 1;
        }
        if (w.startsWith("мин")) {
            return MINUTE;
        }
        if (w.startsWith("ч")) {
            return HOUR;
        }
        if (w.startsWith("д") || w.startsWith("сут")) {
            return DAY;
        }
        if (w.startsWith("нед")) {
            return WEEK;
        }
        if (w.startsWith("мес")) {
            return MONTH;
        }
        return YEAR; // лет, год, года
    }

    /** "MAU" counts users per month, "DAU" per day, "WAU" per week; null for any other noun. */
    static String activeUsersPeriod(String noun) {
        return switch (noun) {
            case "MAU", "MAUs" -> "month";
            case "DAU", "DAUs" -> "day";
            case "WAU", "WAUs" -> "week";
            default -> null;
        };
    }

    /** Day and longer: the units of tenures and schedules rather than of latencies. */
    static boolean isCalendarUnit(String written) {
        return seconds(written) >= DAY;
    }

    static String ratePeriod(String rateUnit) {
        String w = rateUnit.toLowerCase(Locale.ROOT);
        return w.endsWith("pm") ? "minute" : "second";
    }

    static String period(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.startsWith("per ") || w.startsWith("a ")) {
            w = w.substring(w.indexOf(' ') + 1);
        }
        String foreign = foreignPeriod(w);
        if (foreign != null) {
            return foreign;
        }
        if (w.indexOf(' ') > 0 && !w.equals("per annum")) {
            w = w.substring(w.lastIndexOf(' ') + 1); // "por segundo", "par minute": the period noun decides
        }
        if (w.equals("arr") || w.startsWith("ann") || w.startsWith("y") || w.equals("pa")) {
            return "year";
        }
        if (w.equals("mrr") || w.startsWith("mo")) {
            return "month";
        }
        if (w.startsWith("min")) {
            return "minute";
        }
        return switch (w.charAt(0)) {
            case 's' -> "second";
            case 'h' -> "hour";
            case 'd', 'n' -> "day";
            case 'w' -> "week";
            default -> "month";
        };
    }

    /**
     * "semanales", "par mois", "pro Jahr", "al año", "por mês": Spanish, Portuguese, French and German period words
     * (after their preposition) whose first letters the English rule reads wrongly. Null for other words.
     */
    private static String foreignPeriod(String written) {
        String w = written.substring(written.lastIndexOf(' ') + 1);
        switch (w) {
            case "год" -> {
                return "year";
            }
            case "месяц" -> {
                return "month";
            }
            case "сутки", "день" -> {
                return "day";
            }
            case "неделю" -> {
                return "week";
            }
            case "час" -> {
                return "hour";
            }
            case "минуту" -> {
                return "minute";
            }
            case "секунду" -> {
                return "second";
            }
            default -> {
            }
        }
        if (w.endsWith("anno") || w.equals("jaar")) {
            return "year";
        }
        if (w.equals("giorno") || w.equals("dag")) {
            return "day";
        }
        if (w.equals("uur") || w.equals("ora")) {
            return "hour";
        }
        if (w.startsWith("settiman")) {
            return "week";
        }
        if (w.equals("maand") || w.equals("mese")) {
            return "month";
        }
        if (w.startsWith("sem") || w.startsWith("woch") || w.startsWith("wöch") || w.startsWith("hebdo")) {
            return "week";
        }
        if (w.startsWith("mes") || w.equals("mês") || w.startsWith("mens") || w.startsWith("mois")
                || w.startsWith("monat")) {
            return "month";
        }
        if (w.startsWith("año") || w.startsWith("anu") || w.equals("an") || w.equals("ano") || w.startsWith("anné")
                || w.startsWith("jahr") || w.startsWith("jähr")) {
            return "year";
        }
        if (w.startsWith("día") || w.startsWith("dia") || w.startsWith("jour") || w.startsWith("quotid")
                || w.startsWith("tag") || w.startsWith("tägl")) {
            return "day";
        }
        if (w.startsWith("hora") || w.startsWith("heure") || w.startsWith("stund")) {
            return "hour";
        }
        return null;
    }

    /** 1900..2099 written without grouping or decimals: more likely a year than a quantity. */
    static boolean isYearLike(double raw) {
        return raw >= 1900 && raw <= 2099 && raw == Math.rint(raw);
    }
}
