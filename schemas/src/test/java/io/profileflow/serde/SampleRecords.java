package io.profileflow.serde;

import io.profileflow.avro.Contact;
import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.avro.SkillRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One filled-in instance of every record of the data contract, about a fictional person. */
final class SampleRecords {

  static final Instant RECEIVED_AT = Instant.ofEpochMilli(1_760_000_000_123L);

  private SampleRecords() {
  }

  static RawDocument rawDocument() {
    return RawDocument.newBuilder()
        .setDocumentId("doc-7")
        .setSource("file:///inbox/ada-quill.txt")
        .setContentType("text/plain")
        .setContent(ByteBuffer.wrap("Ada Quill\nStaff Engineer at Nimbus Widgets".getBytes(StandardCharsets.UTF_8)))
        .setReceivedAt(RECEIVED_AT)
        .setMetadata(Map.of("profileId", "p-ada", "origin", "test"))
        .build();
  }

  static ExperienceRecord experience() {
    return ExperienceRecord.newBuilder()
        .setProfileId("p-ada").setDocumentId("doc-7").setRevision("rev-1").setIndex(0)
        .setCompany("Nimbus Widgets").setTitle("Staff Engineer").setLocation("Remote").setTeam("Platform")
        .setStartDate("2019-03").setEndDate(null).setCurrent(true).setDurationMonths(80)
        .setDescription(List.of("Cut p99 latency from 800 ms to 120 ms"))
        .setSkills(List.of("Kafka", "Java"))
        .setConfidence(0.9)
        .build();
  }

  static SkillRecord skill() {
    return SkillRecord.newBuilder()
        .setProfileId("p-ada").setDocumentId("doc-7").setRevision("rev-1").setIndex(0)
        .setName("Kubernetes").setCategory("cloud").setAliases(List.of("k8s"))
        .setSources(List.of("skills", "experience")).setMentions(3).setDeclaredYears(4.0).setMonths(48)
        .setLastUsed(null).setConfidence(0.8)
        .build();
  }

  static MetricRecord metric() {
    return MetricRecord.newBuilder()
        .setProfileId("p-ada").setDocumentId("doc-7").setRevision("rev-1").setIndex(0)
        .setValue(0.12).setUnit("seconds").setPer(null).setBaseline(0.8).setDirection("decrease")
        .setKind("latency").setSubject("p99 latency").setText("Cut p99 latency from 800 ms to 120 ms")
        .setExperienceIndex(0).setConfidence(0.95)
        .build();
  }

  static ParsedProfile parsedProfile() {
    return ParsedProfile.newBuilder()
        .setProfileId("p-ada").setDocumentId("doc-7").setRevision("rev-1")
        .setContentSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        .setName("Ada Quill").setHeadline("Staff Engineer").setLocation("Lisbon")
        .setContact(Contact.newBuilder().setEmails(List.of("hmac:1f2e")).setPhones(List.of())
            .setLinks(List.of("hmac:77aa")).setAddresses(List.of()).setPiiMode("redact").build())
        .setDeclaredYearsOfExperience(8.0).setComputedMonthsOfExperience(80)
        .setExperiences(List.of(experience())).setSkills(List.of(skill())).setMetrics(List.of(metric()))
        .setWarnings(List.of("no end date for role 0"))
        .setExtractorVersion("0.1.0").setExtractedAt(RECEIVED_AT)
        .build();
  }

  static DeadLetter deadLetter() {
    return DeadLetter.newBuilder()
        .setDocumentId("doc-9").setStage("deserialize").setErrorClass("org.apache.kafka.common.errors.SerializationException")
        .setMessage("Unknown magic byte 0x7b").setSourceTopic("profiles.raw").setSourcePartition(2).setSourceOffset(41L)
        .setOriginal(ByteBuffer.wrap(new byte[] {0x7b, 0x22})).setOriginalSize(2L).setFailedAt(RECEIVED_AT)
        .build();
  }
}
