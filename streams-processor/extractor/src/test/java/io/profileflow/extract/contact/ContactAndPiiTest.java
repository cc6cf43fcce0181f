package io.profileflow.extract.contact;

import io.profileflow.extract.PiiMode;
import io.profileflow.extract.model.ProfileDraft;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactAndPiiTest {
    private static final byte[] KEY = "test-key".getBytes(StandardCharsets.UTF_8);

    @Test
    void findsEmailsPhonesLinksAndAddresses() {
        ProfileDraft d = new ProfileDraft();
        new ContactExtractor().extract("Mira Holt | mira.holt@example.test | +49 170 1234567 | "
                + "linkedin.com/in/mira-holt | https://github.com/mholt | Lindenstraße 12, 10115 Berlin", d);
        new ContactExtractor().extract("Worked 2019 - 2021 on 250 ms latency for 100K QPS", d);
        assertThat(d.emails).containsExactly("mira.holt@example.test");
        assertThat(d.phones).containsExactly("+49 170 1234567");
        assertThat(d.links).containsExactly("linkedin.com/in/mira-holt", "https://github.com/mholt");
        assertThat(d.addresses).containsExactly("Lindenstraße 12");
    }

    @Test
    void redactHashesNormalizedValues() {
        PiiRedactor r = new PiiRedactor(PiiMode.REDACT, KEY);
        List<String> a = r.apply(List.of("Mira.Holt@Example.test"), PiiRedactor.Kind.EMAIL);
        List<String> b = r.apply(List.of("mira.holt@example.test"), PiiRedactor.Kind.EMAIL);
        assertThat(a).hasSize(1).isEqualTo(b);
        assertThat(a.get(0)).matches("hmac:[0-9a-f]{16}");
        assertThat(r.apply(List.of("+49 170 1234567"), PiiRedactor.Kind.PHONE))
                .isEqualTo(r.apply(List.of("0049-170-1234567"), PiiRedactor.Kind.PHONE));
        assertThat(new PiiRedactor(PiiMode.REDACT, "other".getBytes(StandardCharsets.UTF_8))
                .apply(List.of("mira.holt@example.test"), PiiRedactor.Kind.EMAIL)).isNotEqualTo(a);
    }

    @Test
    void keepAndDropModes() {
        assertThat(new PiiRedactor(PiiMode.KEEP, KEY).apply(List.of("a@b.test"), PiiRedactor.Kind.EMAIL))
                .containsExactly("a@b.test");
        assertThat(new PiiRedactor(PiiMode.DROP, KEY).apply(List.of("a@b.test"), PiiRedactor.Kind.EMAIL)).isEmpty();
    }

    @Test
    void scrubRemovesContactsFromFreeText() {
        PiiRedactor redact = new PiiRedactor(PiiMode.REDACT, KEY);
        String s = redact.scrub("Mail me at a@b.test or call +1 415 555 0100, see https://mira.dev; cut latency by 40%");
        assertThat(s).doesNotContain("a@b.test", "415 555", "mira.dev").contains("hmac:", "by 40%");
        assertThat(new PiiRedactor(PiiMode.DROP, KEY).scrub("a@b.test wrote it")).isEqualTo("[redacted] wrote it");
        assertThat(redact.scrub("Served 1,000,000 users from 2019 - 2021")).isEqualTo("Served 1,000,000 users from 2019 - 2021");
    }
}
