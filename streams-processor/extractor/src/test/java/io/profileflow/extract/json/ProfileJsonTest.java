package io.profileflow.extract.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileJsonTest {
    @Test
    void keepsNullsRecursesAndOmitsBytes() {
        ExperienceRecord e = ExperienceRecord.newBuilder().setProfileId("p").setDocumentId("d").setRevision("r")
                .setIndex(0).setCompany("Acme").setDescription(List.of("did x")).setSkills(List.of()).build();
        ObjectNode json = ProfileJson.toJson(e);
        assertThat(json.get("company").asText()).isEqualTo("Acme");
        assertThat(json.has("title")).isTrue();
        assertThat(json.get("title").isNull()).isTrue();
        assertThat(json.get("description").get(0).asText()).isEqualTo("did x");
        DeadLetter dl = DeadLetter.newBuilder().setStage("normalize").setErrorClass("X").setMessage("m")
                .setOriginal(ByteBuffer.wrap(new byte[]{1})).setFailedAt(Instant.ofEpochMilli(5)).build();
        ObjectNode dj = ProfileJson.toJson(dl);
        assertThat(dj.has("original")).isFalse();
        assertThat(dj.get("failedAt").asLong()).isEqualTo(5);
    }
}
