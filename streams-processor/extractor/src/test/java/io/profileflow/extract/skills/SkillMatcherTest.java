package io.profileflow.extract.skills;

import io.profileflow.extract.model.SourceKind;
import io.profileflow.extract.model.TextSegment;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillMatcherTest {
    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.load(Path.of("src/test/resources/test-taxonomy.tsv"));
    private final SkillMatcher matcher = new SkillMatcher(TAXONOMY);

    private List<String> names(String text, boolean techList) {
        return matcher.find(new TextSegment(text, SourceKind.EXPERIENCE, -1, techList)).stream()
                .map(m -> m.entry().canonical()).toList();
    }

    @Test
    void longestAliasWinsAndCaseIsIgnored() {
        assertThat(names("Built services with spring boot and POSTGRES", false))
                .containsExactly("Spring Boot", "PostgreSQL");
    }

    @Test
    void ambiguousNamesNeedTechnicalContext() {
        assertThat(names("Ready to go live with the Rust belt client", false)).isEmpty();
        assertThat(names("Go", true)).containsExactly("Go");
        assertThat(names("Services in Go, Kafka and Kubernetes", false))
                .containsExactly("Go", "Apache Kafka", "Kubernetes");
        assertThat(names("Tech used: Rust, C", false)).containsExactly("Rust", "C");
        assertThat(names("Wrote Golang services", false)).containsExactly("Go");
    }

    @Test
    void conceptsCountOnlyWhereListedAsSkills() {
        assertThat(names("Applied design patterns and led code reviews for the Kafka team", false))
                .containsExactly("Apache Kafka");
        assertThat(names("Kafka, code reviews", false)).containsExactly("Apache Kafka");
        assertThat(names("Design Patterns, Code Review, Java", true))
                .containsExactly("Design Patterns", "Code Review", "Java");
        assertThat(names("Skills: design patterns, Java", false)).containsExactly("Design Patterns", "Java");
    }

    @Test
    void flagsAreACommaSeparatedListOfKnownFlags() {
        SkillTaxonomy.Entry scala = TAXONOMY.lookup("scala").orElseThrow();
        assertThat(scala.ambiguous()).isTrue();
        assertThat(scala.concept()).isTrue();
        assertThatThrownBy(() -> SkillTaxonomy.parse(new java.io.StringReader("X\ttool\t\tfamous\n"), "inline"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown flag 'famous'");
    }

    @Test
    void slashListsGiveBothSkills() {
        assertThat(names("C/C++ on embedded boards", false)).containsExactly("C", "C++");
        assertThat(names("owned the CI/CD pipelines", false)).containsExactly("CI/CD");
    }

    @Test
    void versionsAreFolded() {
        assertThat(names("Python3 and Java 17, moving to Java21", false)).containsExactly("Python", "Java", "Java");
        assertThat(names("modern C++17 codebase", false)).containsExactly("C++");
    }

    @Test
    void dottedAndShortAliases() {
        assertThat(names("NodeJS, node.js? Stored blobs in S3.", false)).containsExactly("Node.js", "Node.js", "Amazon S3");
        assertThat(names("a simple c program", false)).isEmpty();
    }

    @Test
    void punctuationBreaksMultiWordAliases() {
        assertThat(names("Spring, Framework teams", true)).containsExactly("Spring");
    }

    @Test
    void declaredYearsAreRead() {
        List<SkillMention> m = matcher.find(new TextSegment("Python - 4 Years", SourceKind.SKILLS, -1, true));
        assertThat(m.get(0).declaredYears()).isEqualTo(4.0);
        m = matcher.find(new TextSegment("Java (5 yrs), 3+ years of Kubernetes", SourceKind.SKILLS, -1, true));
        assertThat(m).extracting(SkillMention::declaredYears).containsExactly(5.0, 3.0);
    }

    @Test
    void lookupCanonicalizesAliases() {
        assertThat(TAXONOMY.lookup("k8s")).get().extracting(SkillTaxonomy.Entry::canonical).isEqualTo("Kubernetes");
        assertThat(TAXONOMY.lookup("golang")).get().extracting(SkillTaxonomy.Entry::canonical).isEqualTo("Go");
        assertThat(TAXONOMY.lookup("cobol")).isEmpty();
    }

    @Test
    void bundledTaxonomyLoads() {
        SkillTaxonomy bundled = SkillTaxonomy.bundled();
        assertThat(bundled.size()).isGreaterThan(100);
        assertThat(bundled.lookup("Postgres")).isPresent();
    }

    @Test
    void aSiteNamedForItsStarsOrFollowersIsNoSkill() {
        String text = "Quorumsim, 1,100 GitHub stars; 800 stars on GitLab; deployed with GitHub Actions";
        assertThat(LinkMentionFilter.isPopularityCount(text, text.indexOf("GitHub"), text.indexOf("GitHub") + 6)).isTrue();
        assertThat(LinkMentionFilter.isPopularityCount(text, text.indexOf("GitLab"), text.indexOf("GitLab") + 6)).isTrue();
        int last = text.lastIndexOf("GitHub");
        assertThat(LinkMentionFilter.isPopularityCount(text, last, last + 6)).isFalse();
    }
}
