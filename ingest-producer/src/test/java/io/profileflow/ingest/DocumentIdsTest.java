package io.profileflow.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIdsTest {
    @Test
    void idIsStableReadableAndUrlSafe() {
        String id = DocumentIds.fromPath(Path.of("inbox", "Jane Doe CV (2024).pdf"));
        assertThat(id).isEqualTo(DocumentIds.fromPath(Path.of("inbox/./Jane Doe CV (2024).pdf")));
        assertThat(id).startsWith("jane-doe-cv-2024-").matches("[a-z0-9-]+");
    }

    @Test
    void sameFileNameInDifferentFoldersGivesDifferentIds() {
        assertThat(DocumentIds.fromPath(Path.of("a", "cv.pdf"))).isNotEqualTo(DocumentIds.fromPath(Path.of("b", "cv.pdf")));
    }

    @Test
    void fileNamesWithoutLettersStillGetAnId() {
        assertThat(DocumentIds.fromPath(Path.of("___.txt"))).startsWith("document-");
    }
}
