package io.profileflow.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypesTest {
    @Test
    void sniffsFromBytesBeforeTheExtension() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ContentTypes.sniff(pdf, "resume.txt")).isEqualTo("application/pdf");
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThat(ContentTypes.sniff(zip, "cv.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void markdownJsonHtmlAndText() {
        byte[] text = "# Jane\nEngineer".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentTypes.sniff(text, "jane.md")).isEqualTo("text/markdown");
        assertThat(ContentTypes.sniff("{\"basics\":{}}".getBytes(StandardCharsets.UTF_8), "r.json")).isEqualTo("application/json");
        assertThat(ContentTypes.sniff("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), "page"))
                .isEqualTo("text/html");
        assertThat(ContentTypes.sniff(text, "jane.txt")).isEqualTo("text/plain");
    }
}
