package io.profileflow.extract.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatexSourceTest {
    @Test
    void moderncvEntriesBecomeRoleLinesAndTheNameComesFromThePreamble() {
        String tex = """
                \\documentclass[11pt,a4paper]{moderncv}
                \\moderncvstyle{classic}
                \\name{Tobias}{Wrenfield-Achebe}
                \\title{Senior Backend Engineer}
                \\email{tobias@mail.test}
                \\begin{document}
                \\makecvtitle
                \\section{Experience}
                \\cventry{2019--Present}{Senior Backend Engineer}{Lastfracht GmbH}{Berlin}{}{%
                \\begin{itemize}
                \\item Cut tracking lag from 15~minutes to 40~seconds by replacing polling
                      with Kafka consumers.
                \\item Reduced AWS spend by 23\\% (about \\$310k per year).
                \\end{itemize}}
                \\section{Education}
                \\cventry{2012--2014}{M.Sc. Computer Science}{Technische Universit\\"at Havelberg}{Berlin}{}{}
                \\end{document}
                """;
        assertThat(LatexSource.isLatex(tex)).isTrue();
        assertThat(LatexSource.toText(tex).split("\\n")).containsSubsequence(
                "Tobias Wrenfield-Achebe",
                "Senior Backend Engineer",
                "tobias@mail.test",
                "Experience",
                "Senior Backend Engineer — Lastfracht GmbH, Berlin",
                "2019–Present",
                "- Cut tracking lag from 15 minutes to 40 seconds by replacing polling with Kafka consumers.",
                "- Reduced AWS spend by 23% (about $310k per year).",
                "Education",
                "M.Sc. Computer Science — Technische Universität Havelberg, Berlin",
                "2012–2014");
    }

    @Test
    void awesomeCvAndJakesResumeEntriesKeepTheirFieldOrder() {
        String awesome = "\\cventry{Data Engineer}{Albufera Analytics}{Madrid, Spain}{Jun. 2018 -- Feb. 2021}"
                + "{\\begin{cvitems}\\item {Airflow DAGs for 40 clients}\\end{cvitems}}";
        assertThat(LatexSource.toText(awesome).split("\\n")).containsSubsequence(
                "Data Engineer — Albufera Analytics, Madrid, Spain", "Jun. 2018 – Feb. 2021",
                "- Airflow DAGs for 40 clients");
        String jake = """
                \\resumeSubheading
                  {Harbor Labs}{Austin, TX}
                  {Software Engineer Intern}{May 2023 -- Aug 2023}
                  \\resumeItemListStart
                    \\resumeItem{Cut p99 latency from 900 ms to 120 ms with \\textbf{Redis}}
                  \\resumeItemListEnd
                """;
        assertThat(LatexSource.isLatex(jake)).isTrue();
        assertThat(LatexSource.toText(jake).split("\\n")).containsSubsequence(
                "Software Engineer Intern — Harbor Labs, Austin, TX", "May 2023 – Aug 2023",
                "- Cut p99 latency from 900 ms to 120 ms with Redis");
    }

    @Test
    void plainTextWithABackslashIsNoLatexAndHostileNestingEnds() {
        assertThat(LatexSource.isLatex("Paths like C:\\Users\\me and \\n escapes")).isFalse();
        String hostile = "\\cventry{" + "\\textbf{".repeat(50_000);
        assertThat(LatexSource.toText(hostile)).isNotNull();
    }
}
