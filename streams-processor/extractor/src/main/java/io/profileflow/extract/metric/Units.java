package io.profileflow.extract.metric;

import java.util.Locale;

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

    private Units() {
    }

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
        if (w.startsWith("thousand") || w.equals("k")) {
            return 1e3;
        }
        if (w.startsWith("lakh") || w.startsWith("lac")) {
            return 1e5;
        }
        if (w.startsWith("crore") || w.equals("cr")) {
            return 1e7;
        }
        if (w.startsWith("b")) {
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

    /** Day and longer: the units of tenures and schedules rather than of latencies. */
    static boolean isCalendarUnit(String written) {
        char c = Character.toLowerCase(written.charAt(0));
        return c == 'd' || c == 'w' || c == 'y' || written.toLowerCase(Locale.ROOT).startsWith("mo");
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

    /** 1900..2099 written without grouping or decimals: more likely a year than a quantity. */
    static boolean isYearLike(double raw) {
        return raw >= 1900 && raw <= 2099 && raw == Math.rint(raw);
    }
}
