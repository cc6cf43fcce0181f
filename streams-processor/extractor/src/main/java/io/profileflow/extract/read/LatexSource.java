package io.profileflow.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a resume written as LaTeX source (a .tex file sent as is): the entry macros of the common resume
 * classes become role lines the text pipeline reads, the rest of the markup is dropped.
 *
 * <ul>
 *   <li>moderncv {@code \cventry{dates}{title}{employer}{town}{grade}{description}} (six arguments),</li>
 *   <li>Awesome-CV {@code \cventry{title}{employer}{town}{dates}{description}} (five),</li>
 *   <li>"Jake's resume" {@code \resumeSubheading{employer}{town}{title}{dates}} and {@code \resumeItem{...}},</li>
 *   <li>{@code \name{first}{last}}, {@code \section{...}}, {@code \cvitem{label}{text}}, {@code \item}.</li>
 * </ul>
 * Each entry becomes "title — employer, town" over its dates, then its description; the pipeline tells roles from
 * education by the section they stand in.
 */
final class LatexSource {
    /** A LaTeX resume: the document class or body, or the entry macros of a resume class. */
    private static final Pattern MARKERS = Pattern.compile(
            "\\\\documentclass|\\\\begin\\{document}|\\\\cventry\\s*\\{|\\\\resumeSubheading\\s*\\{");
    private static final Pattern MACRO = Pattern.compile("\\\\([A-Za-z]+)\\*?");
    private static final Pattern COMMENT = Pattern.compile("(?m)(?<!\\\\)%.*$");
    /** Macros whose arguments are formatting or set-up, dropped with the macro. */
    private static final List<String> DROPPED = List.of("documentclass", "usepackage", "moderncvstyle",
            "moderncvcolor", "geometry", "setlength", "photo", "pagestyle", "newcommand", "renewcommand",
            "definecolor", "colorlet", "vspace", "hspace", "titleformat", "addtolength", "input", "include",
            "extrainfo", "quote", "setmainfont", "fontsize", "color", "fancyhf", "raggedright", "centering");
    /** Macros that name a contact field or the headline: their last argument is kept on a line of its own. */
    private static final List<String> FIELDS = List.of("title", "email", "phone", "homepage", "social", "address",
            "position", "mobile", "github", "linkedin", "quote");
    private static final Map<String, String> SYMBOLS = Map.of("\\%", "%", "\\$", "$", "\\&", "&", "\\_", "_",
            "\\#", "#", "\\textbar", "|", "\\textendash", "–", "\\textemdash", "—");

    /** Accent macros and the combining marks they put on the next letter. */
    private static final String ACCENTS = "\"'`^~";
    private static final String COMBINING = "\u0308\u0301\u0300\u0302\u0303";

    private LatexSource() {
    }

    static boolean isLatex(String text) {
        return text.indexOf('\\') >= 0 && MARKERS.matcher(text).find();
    }

    static String toText(String source) {
        String text = COMMENT.matcher(source.replace("\r\n", "\n")).replaceAll("");
        int body = text.indexOf("\\begin{document}");
        String preamble = body >= 0 ? text.substring(0, body) : "";
        StringBuilder out = new StringBuilder(text.length());
        // moderncv names the person in the preamble: \name{First}{Last}, \firstname{..}\familyname{..}
        convert(preamble, out, true, 0);
        convert(body >= 0 ? text.substring(body) : text, out, false, 0);
        // White space runs are one space in LaTeX; ``quotes'' are typographic quotes.
        return out.toString().replace("``", "“").replace("''", "”").replaceAll("[ \\t]{2,}", " ")
                .replaceAll(" \\n", "\n").replaceAll("\\n ", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    /** Markup nested deeper than this (only a hostile text has it) is kept as it is. */
    private static final int MAX_DEPTH = 12;

    private static void convert(String text, StringBuilder out, boolean preamble, int depth) {
        if (depth > MAX_DEPTH) {
            out.append(text);
            return;
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = macro(text, i, out, preamble, depth);
            } else if (c == '{' || c == '}') {
                i++;
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else if (c == '-' && text.startsWith("--", i)) {
                boolean em = text.startsWith("---", i);
                out.append(em ? '—' : '–');
                i += em ? 3 : 2;
            } else if (c == '\n') {
                // One line break is a space in LaTeX; an empty line ends a paragraph.
                int next = i + 1;
                while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                    next++;
                }
                boolean paragraph = next < text.length() && text.charAt(next) == '\n';
                if (!preamble) {
                    out.append(paragraph ? "\n\n" : " ");
                }
                i = paragraph ? next + 1 : i + 1;
            } else if (c == '&' && !preamble) {
                out.append(" | "); // a tabular cell
                i++;
            } else {
                if (!preamble) {
                    out.append(c);
                }
                i++;
            }
        }
    }

    /** Handles the macro at {@code at} and returns where the text goes on. */
    private static int macro(String text, int at, StringBuilder out, boolean preamble, int depth) {
        for (Map.Entry<String, String> s : SYMBOLS.entrySet()) {
            if (text.startsWith(s.getKey(), at) && !startsWord(text, at + s.getKey().length(), s.getKey())) {
                if (!preamble) {
                    out.append(s.getValue());
                }
                return at + s.getKey().length();
            }
        }
        if (at + 2 < text.length() && ACCENTS.indexOf(text.charAt(at + 1)) >= 0) {
            // \"a, \'e, \`e, \^o, \~n (and \"{a}): the accented letter
            int letter = text.charAt(at + 2) == '{' && at + 4 < text.length() ? at + 3 : at + 2;
            String composed = java.text.Normalizer.normalize(text.charAt(letter) + COMBINING.substring(
                    ACCENTS.indexOf(text.charAt(at + 1)), ACCENTS.indexOf(text.charAt(at + 1)) + 1),
                    java.text.Normalizer.Form.NFC);
            if (!preamble) {
                out.append(composed);
            }
            return letter + (letter == at + 3 && text.charAt(at + 4) == '}' ? 2 : 1);
        }
        if (text.startsWith("\\ss", at) && !startsWord(text, at + 3, "ss")) {
            out.append("ß");
            return at + 3;
        }
        if (text.startsWith("\\\\", at)) {
            out.append('\n');
            return at + 2;
        }
        Matcher m = MACRO.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return at + 1;
        }
        String name = m.group(1);
        int pos = m.end();
        List<String> args = new ArrayList<>();
        pos = arguments(text, pos, args);
        switch (name) {
            case "name" -> out.append('\n').append(String.join(" ", args)).append('\n');
            case "firstname" -> out.append('\n').append(args.isEmpty() ? "" : args.get(0)).append(' ');
            case "familyname" -> out.append(args.isEmpty() ? "" : args.get(0)).append('\n');
            case "cventry" -> entry(args, out, depth + 1);
            case "resumeSubheading" -> {
                if (args.size() >= 4) {
                    roleLines(args.get(2), args.get(0), args.get(1), args.get(3), out, depth + 1);
                }
            }
            case "resumeProjectHeading" -> out.append('\n').append(plain(depth + 1, String.join(" | ", args))).append('\n');
            case "resumeItem", "cvlistitem" -> out.append("\n- ").append(plain(depth + 1, args.isEmpty() ? "" : args.get(0)));
            case "cvitem", "cvitemwithcomment", "cvskill" -> {
                String label = plain(depth + 1, args.isEmpty() ? "" : args.get(0));
                String value = plain(depth + 1, String.join(" ", args.subList(Math.min(1, args.size()), args.size())));
                out.append('\n').append(label.isEmpty() ? "" : label + ": ").append(value).append('\n');
            }
            case "section", "subsection", "cvsection", "part" ->
                    out.append("\n\n").append(plain(depth + 1, args.isEmpty() ? "" : args.get(0))).append("\n");
            case "item" -> {
                out.append("\n- ");
                for (String a : args) {
                    convert(a, out, false, depth + 1); // Awesome-CV writes "\item {text}"
                }
            }
            case "begin", "end" -> out.append('\n');
            case "href" -> out.append(plain(depth + 1, args.size() > 1 ? args.get(1) : args.isEmpty() ? "" : args.get(0)));
            case "newline", "par", "linebreak", "cvline" -> out.append('\n');
            default -> {
                if (DROPPED.contains(name)) {
                    return pos;
                }
                if (FIELDS.contains(name)) {
                    if (!args.isEmpty()) {
                        out.append('\n').append(plain(depth + 1, args.get(args.size() - 1))).append('\n');
                    }
                    return pos;
                }
                if (preamble) {
                    return pos;
                }
                // textbf, emph, url, small ...: the markup goes, the text stays
                for (String a : args) {
                    convert(a, out, false, depth + 1);
                }
            }
        }
        return pos;
    }

    /** moderncv (six arguments: dates first) or Awesome-CV (five: title, employer, town, dates, description). */
    private static void entry(List<String> args, StringBuilder out, int depth) {
        if (args.size() >= 6) {
            roleLines(args.get(1), args.get(2), args.get(3), args.get(0), out, depth);
            convert(args.get(5), out, false, depth);
            out.append('\n');
        } else if (args.size() == 5) {
            roleLines(args.get(0), args.get(1), args.get(2), args.get(3), out, depth);
            convert(args.get(4), out, false, depth);
            out.append('\n');
        }
    }

    private static void roleLines(String title, String employer, String town, String dates, StringBuilder out,
                                  int depth) {
        StringBuilder header = new StringBuilder(plain(depth + 1, title));
        String e = plain(depth + 1, employer);
        String t = plain(depth + 1, town);
        if (!e.isEmpty()) {
            header.append(header.length() > 0 ? " — " : "").append(e);
        }
        if (!t.isEmpty()) {
            header.append(", ").append(t);
        }
        out.append("\n\n").append(header).append('\n').append(plain(depth + 1, dates)).append('\n');
    }

    /** The text of an argument on one line. */
    private static String plain(int depth, String latex) {
        StringBuilder inner = new StringBuilder();
        convert(latex, inner, false, depth);
        return inner.toString().replace('\n', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Reads the macro's optional [..] and braced {..} arguments from {@code pos}; returns the offset after them. */
    private static int arguments(String text, int pos, List<String> args) {
        int p = pos;
        while (true) {
            int q = p;
            int breaks = 0;
            while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\t'
                    || text.charAt(q) == '\n' && ++breaks < 2)) {
                q++; // arguments may stand on the next line ("\resumeSubheading" / "  {Harbor Labs}{Austin, TX}")
            }
            if (q < text.length() && text.charAt(q) == '[') {
                int close = text.indexOf(']', q);
                if (close < 0 || close - q > 200) {
                    return p; // no option: a '[' in the text
                }
                p = close + 1;
                continue;
            }
            if (q >= text.length() || text.charAt(q) != '{') {
                return p;
            }
            int depth = 0;
            int k = q;
            for (; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '\\') {
                    k++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            if (k >= text.length()) {
                args.add(text.substring(q + 1));
                return text.length();
            }
            args.add(text.substring(q + 1, k));
            p = k + 1;
        }
    }

    /** "\%" is a symbol; "\textbar" is one only when no letter follows (else it starts a longer macro name). */
    private static boolean startsWord(String text, int end, String symbol) {
        return Character.isLetter(symbol.charAt(symbol.length() - 1)) && end < text.length()
                && Character.isLetter(text.charAt(end));
    }
}
