package io.profileflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the jar and failing to start; the registry itself runs in the integration tests. */
class EmbeddedSchemaRegistryTest {

  private final String previous = System.getProperty(EmbeddedSchemaRegistry.JAR_SETTING);

  @AfterEach
  void restore() {
    if (previous == null) {
      System.clearProperty(EmbeddedSchemaRegistry.JAR_SETTING);
    } else {
      System.setProperty(EmbeddedSchemaRegistry.JAR_SETTING, previous);
    }
  }

  @Test
  void systemPropertyWins(@TempDir Path dir) throws IOException {
    Path jar = Files.createFile(dir.resolve("registry.jar"));
    System.setProperty(EmbeddedSchemaRegistry.JAR_SETTING, jar.toString());

    assertThat(EmbeddedSchemaRegistry.locateJar()).isEqualTo(jar);
  }

  @Test
  void missingNamedJarSaysHowToBuildIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.jar");
    System.setProperty(EmbeddedSchemaRegistry.JAR_SETTING, missing.toString());

    assertThatThrownBy(EmbeddedSchemaRegistry::locateJar)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SCHEMA_REGISTRY_JAR names " + missing + ", which does not exist; build it with ./mvnw -pl"
            + " deploy/schema-registry install (or set SCHEMA_REGISTRY_JAR to its path)");
  }

  @Test
  void childThatDiesReportsItsExitStatusAndLastOutput(@TempDir Path dir) throws IOException {
    Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");

    assertThatThrownBy(() -> new EmbeddedSchemaRegistry(notAJar))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("schema registry (" + notAJar.toAbsolutePath() + ") exited with status 1 before"
            + " listening; its last output lines:\n  Error: Invalid or corrupt jarfile");
  }

  @Test
  void childOutputGoesToTheLogFile(@TempDir Path dir) throws IOException {
    Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
    Path log = dir.resolve("logs/registry.log");

    assertThatThrownBy(() -> new EmbeddedSchemaRegistry(notAJar, log)).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(log)).startsWith("Error: Invalid or corrupt jarfile");
  }

  @Test
  void constructorRefusesAMissingJar(@TempDir Path dir) {
    assertThatThrownBy(() -> new EmbeddedSchemaRegistry(dir.resolve("absent.jar")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("absent.jar does not exist; build it with ./mvnw -pl deploy/schema-registry install");
  }
}
