package io.profileflow.extract.skills;

import io.profileflow.extract.model.SourceKind;
import io.profileflow.extract.model.TextSegment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entries of the bundled taxonomy that resumes outside backend engineering name, matched as the engine sees them. */
class BundledTaxonomyMatchingTest {
    private static final SkillMatcher MATCHER = new SkillMatcher(SkillTaxonomy.bundled());

    private static List<String> names(String text, boolean techList) {
        return MATCHER.find(new TextSegment(text, SourceKind.EXPERIENCE, -1, techList)).stream()
                .map(m -> m.entry().canonical()).toList();
    }

    @Test
    void eCommerceStackIsRecognised() {
        assertThat(names("Shopify   Shopify Plus   Liquid   Klaviyo   Recharge", true))
                .containsExactly("Shopify", "Shopify Plus", "Liquid", "Klaviyo", "Recharge");
        assertThat(names("Set up Klaviyo flows and Recharge subscriptions for a beauty brand", false))
                .containsExactly("Klaviyo", "Recharge");
    }

    @Test
    void salesEngineersAndAServiceThatRunsNowAreNoProducts() {
        assertThat(names("Built a demo library used by 25 SEs; top 10 of 85 SEs", false)).isEmpty();
        assertThat(names("onboarding fell to 2 days, and the service now handles 6 million calls", false)).isEmpty();
        assertThat(names("Sent 2M emails a day through Amazon SES and ServiceNow alerts", false))
                .containsExactly("Amazon SES", "ServiceNow");
        assertThat(names("Salesforce, Gong, Outreach", true)).contains("Salesforce", "Gong");
    }

    @Test
    void englishWordsNeedTechnicalContext() {
        assertThat(names("Designed liquid cooling loops; time to recharge after a sprint", false)).isEmpty();
        assertThat(names("Liquid handling robots in the wet lab", false)).isEmpty();
        assertThat(names("Shipped a raft of fixes to the billing service", false)).isEmpty();
        assertThat(names("Theme work in Liquid, GraphQL and Tailwind CSS", false))
                .containsExactly("Liquid", "GraphQL", "Tailwind CSS");
    }

    @Test
    void distributedSystemsAlgorithmsByTheirProperNames() {
        assertThat(names("Implemented the Raft consensus algorithm for the metadata store", false)).containsExactly("Raft");
        assertThat(names("CRDTs for offline-first editing; Paxos in the lock service", false))
                .containsExactly("CRDT", "Paxos");
    }

    @Test
    void practicesAndFieldsCountWhereListedNotWhereProseMentionsThem() {
        assertThat(names("Split the monolith into microservices for high availability, using Kafka and Go", false))
                .containsExactly("Apache Kafka", "Go");
        assertThat(names("Applied machine learning and design patterns to unit testing of the Java services", false))
                .containsExactly("Java");
        assertThat(names("Microservices, Machine Learning, Unit Testing, Kafka", true))
                .containsExactly("Microservices", "Machine Learning", "Unit Testing", "Apache Kafka");
    }

    @Test
    void dataAndMlToolingKeepsTheFrameworkItRunsOn() {
        assertThat(names("Trained with PyTorch FSDP, tracked runs in ClearML, served with vLLM", false))
                .containsExactly("PyTorch", "FSDP", "ClearML", "vLLM");
        assertThat(names("Models in dbt with dbt-utils, dashboards in Looker and Power BI", false))
                .containsExactly("dbt", "dbt-utils", "Looker", "Power BI");
    }

    @Test
    void enterpriseAndEmbeddedPlatforms() {
        assertThat(names("SAP BODS loads into S/4HANA; Dataverse tables behind Power Pages", false))
                .containsExactly("SAP Data Services", "SAP S/4HANA", "Dataverse", "Power Pages");
        assertThat(names("Drivers on Nordic nRF52 with Zephyr RTOS, CAN FD and AUTOSAR Classic", false))
                .containsExactly("Nordic nRF52", "Zephyr RTOS", "CAN FD", "AUTOSAR");
    }

    @Test
    void oneWordAliasesOfAmbiguousSkillsNeedContextToo() {
        assertThat(names("Rebuilt the store in Shopify Hydrogen", false)).containsExactly("Shopify Hydrogen");
        assertThat(names("Hydrogen fuel cell research for the energy lab", false)).isEmpty();
        assertThat(names("Hydrogen, Liquid, Shopify", true)).containsExactly("Shopify Hydrogen", "Liquid", "Shopify");
        assertThat(names("Card issuing platform at American Express", false)).isEmpty();
        assertThat(names("APIs in Node.js with Express and MongoDB", false))
                .containsExactly("Node.js", "Express.js", "MongoDB");
        assertThat(names("Wrote Golang services and ExpressJS gateways", false)).containsExactly("Go", "Express.js");
        assertThat(names("Agents built with LangChain, Claude, Gemini", false))
                .containsExactly("LangChain", "Anthropic Claude", "Google Gemini");
        assertThat(names("Claude Martin, Maya Iyer and Juniper Lee led the workshop", false)).isEmpty();
    }

    @Test
    void splitAndHyphenatedSpellingsReachTheProductNotAPartOfIt() {
        assertThat(names("Power-BI, Git Hub, No SQL, Solid Works, Java Script", true))
                .containsExactly("Power BI", "GitHub", "NoSQL", "SolidWorks", "JavaScript");
        assertThat(names("HTML/CSS, Spring-Boot", true)).containsExactly("HTML", "CSS", "Spring Boot");
    }

    @Test
    void anAmbiguousNameBeforeANounOnlySoftwareTakesIsTheTechnology() {
        assertThat(names("Tail Latency in Raft Deployments.", false)).containsExactly("Raft");
        assertThat(names("Wrote a Rust library for quorum reads", false)).containsExactly("Rust");
        assertThat(names("Raft of new features shipped in March", false)).isEmpty();
        assertThat(names("We took a raft deployment down the river", false)).isEmpty();
    }

    @Test
    void spotCapacityAndBackupToolsByName() {
        assertThat(names("Reduced cloud spend by moving batch jobs to AWS Spot instances", false))
                .containsExactly("AWS Spot Instances");
        assertThat(names("Tried to spot instances of fraud early", false)).isEmpty();
        assertThat(names("Looked after Debian servers and Bacula backups", false)).containsExactly("Debian", "Bacula");
    }

    @Test
    void listsJoinedByAnotherLanguagesAndAndPortugueseWordsThatAreNames() {
        assertThat(names("Desenvolvi as APIs em Java e Spring", false)).containsExactly("Java", "Spring");
        assertThat(names("Gosto de sistemas simples, bem testados", false)).isEmpty();
    }
}
