package io.profileflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.profileflow.config.ProcessorConfig;
import io.profileflow.config.Setting;
import io.profileflow.config.Settings;
import io.profileflow.ingest.IngestConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no Docker engine or cluster in CI, so the deployment files are checked against the apps instead: every
 * PROFILEFLOW_* variable they set is a real setting of the app that reads it, ports, paths and jar names agree with
 * the apps' settings and builds, and the Kafka image is the version the apps are built with.
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern POM_KAFKA_VERSION = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>");
    private static final Pattern DOCKER_ENV = Pattern.compile("\\b(PROFILEFLOW_[A-Z0-9_]+)=(\\S+)");
    private static final Pattern DOCKER_COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern SHADE_OUTPUT = Pattern.compile("<outputFile>\\$\\{project\\.build\\.directory}/([^<]+)</outputFile>");

    private static final Set<String> PROCESSOR_SETTINGS = names(ProcessorConfig.ALL);
    private static final Set<String> INGEST_SETTINGS = names(IngestConfig.ALL);

    private static Set<String> names(List<Setting<?>> settings) {
        return settings.stream().map(Setting::name).collect(Collectors.toSet());
    }

    /** The setting an environment variable sets, read the way {@link Settings#load} reads it. */
    private static String settingOf(String envName) {
        return envName.substring(Settings.ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static List<String> unknownSettings(Iterable<String> envNames, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (String env : envNames) {
            if (!env.startsWith(Settings.ENV_PREFIX)) continue;
            String setting = settingOf(env);
            if (!known.contains(setting) && !setting.startsWith(Settings.KAFKA_PREFIX)) unknown.add(env);
        }
        return unknown;
    }

    private static JsonNode yaml(String path) throws IOException {
        return YAML.readTree(ROOT.resolve(path).toFile());
    }

    private static List<JsonNode> yamlDocuments(String path) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(ROOT.resolve(path).toFile())) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull()) docs.add(doc);
            }
        }
        return docs;
    }

    private static Map<String, String> fields(JsonNode map) {
        Map<String, String> out = new HashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    // ------------------------------------------------------------------------------------------------ compose

    @Test
    void composeProcessorsUseRealSettingsPortsAndPaths() throws IOException {
        JsonNode services = yaml("docker-compose.yml").path("services");
        List<String> processors = new ArrayList<>();
        services.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("processor-")) processors.add(name);
        });
        assertThat(processors).containsExactly("processor-1", "processor-2");
        for (String name : processors) {
            JsonNode service = services.get(name);
            Map<String, String> env = fields(service.path("environment"));
            assertThat(unknownSettings(env.keySet(), PROCESSOR_SETTINGS)).as("unknown settings of %s", name).isEmpty();
            String port = env.get("PROFILEFLOW_HTTP_PORT");
            assertThat(env.get("PROFILEFLOW_HTTP_HOST")).isEqualTo("0.0.0.0");
            assertThat(env.get("PROFILEFLOW_APPLICATION_SERVER")).isEqualTo(name + ":" + port);
            assertThat(env.get("PROFILEFLOW_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(env.get("PROFILEFLOW_SCHEMA_REGISTRY_URL")).isEqualTo("http://schema-registry:8080/apis/ccompat/v7");
            assertThat(service.path("ports").get(0).asText()).endsWith(":" + port);
            assertThat(service.path("volumes").get(0).asText()).endsWith(":" + env.get("PROFILEFLOW_STATE_DIR"));
            assertThat(service.path("build").asText()).isEqualTo("./streams-processor");
        }
        assertThat(services.path("processor-1").path("ports").get(0).asText()).isEqualTo("8081:8080");
        assertThat(services.path("processor-2").path("ports").get(0).asText()).isEqualTo("8082:8080");
    }

    @Test
    void composeProducerPublishesTheSamplesWithRealSettings() throws IOException {
        JsonNode producer = yaml("docker-compose.yml").path("services").path("producer");
        Map<String, String> env = fields(producer.path("environment"));
        assertThat(unknownSettings(env.keySet(), INGEST_SETTINGS)).isEmpty();
        assertThat(env).containsKeys("PROFILEFLOW_BOOTSTRAP_SERVERS", "PROFILEFLOW_SCHEMA_REGISTRY_URL");
        assertThat(producer.path("build").asText()).isEqualTo("./ingest-producer");
        String volume = producer.path("volumes").get(0).asText();
        String[] parts = volume.split(":");
        assertThat(ROOT.resolve(parts[0])).isDirectory();
        assertThat(producer.path("command").get(0).asText()).isEqualTo("publish");
        assertThat(producer.path("command").get(producer.path("command").size() - 1).asText()).isEqualTo(parts[1]);
    }

    @Test
    void composeInfrastructureMatchesTheApps() throws IOException {
        JsonNode services = yaml("docker-compose.yml").path("services");
        Matcher kafkaVersion = POM_KAFKA_VERSION.matcher(read("pom.xml"));
        assertThat(kafkaVersion.find()).isTrue();
        assertThat(services.path("kafka").path("image").asText()).isEqualTo("apache/kafka:" + kafkaVersion.group(1));
        assertThat(services.path("kafka").path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText())
                .contains("PLAINTEXT://kafka:9092");
        assertThat(services.path("schema-registry").path("image").asText())
                .isEqualTo("apicurio/apicurio-registry-mem:2.4.2.Final");
        // Grafana and Prometheus mount files that exist.
        for (String service : List.of("grafana", "prometheus")) {
            for (JsonNode volume : services.path(service).path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) assertThat(ROOT.resolve(source)).as("%s mounts %s", service, source).exists();
            }
        }
    }

    @Test
    void prometheusScrapesEveryComposeProcessor() throws IOException {
        JsonNode services = yaml("docker-compose.yml").path("services");
        List<String> expected = new ArrayList<>();
        for (String name : List.of("processor-1", "processor-2")) {
            expected.add(name + ":" + fields(services.path(name).path("environment")).get("PROFILEFLOW_HTTP_PORT"));
        }
        JsonNode job = yaml("deploy/prometheus/prometheus.yml").path("scrape_configs").get(0);
        assertThat(job.path("metrics_path").asText()).isEqualTo("/metrics");
        List<String> targets = new ArrayList<>();
        job.path("static_configs").get(0).path("targets").forEach(t -> targets.add(t.asText()));
        assertThat(targets).containsExactlyElementsOf(expected);
    }

    // ------------------------------------------------------------------------------------------------ images

    @Test
    void dockerfilesCopyTheJarsTheBuildsProduceAndSetRealSettings() throws IOException {
        for (String module : List.of("streams-processor", "ingest-producer")) {
            String dockerfile = read(module + "/Dockerfile");
            assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre");
            Matcher shade = SHADE_OUTPUT.matcher(read(module + "/pom.xml"));
            assertThat(shade.find()).as("shaded jar of %s", module).isTrue();
            Matcher copy = DOCKER_COPY.matcher(dockerfile);
            assertThat(copy.find()).isTrue();
            assertThat(copy.group(1)).isEqualTo("target/" + shade.group(1));
            assertThat(dockerfile).contains("\"-jar\", \"" + copy.group(2) + "\"");
            assertThat(read(module + "/.dockerignore")).contains("!target/" + shade.group(1));
            List<String> envNames = new ArrayList<>();
            Matcher env = DOCKER_ENV.matcher(dockerfile);
            while (env.find()) envNames.add(env.group(1));
            assertThat(unknownSettings(envNames, module.equals("ingest-producer") ? INGEST_SETTINGS : PROCESSOR_SETTINGS))
                    .as("unknown settings in %s/Dockerfile", module).isEmpty();
        }
        String processor = read("streams-processor/Dockerfile");
        Matcher env = DOCKER_ENV.matcher(processor);
        Map<String, String> values = new HashMap<>();
        while (env.find()) values.put(env.group(1), env.group(2));
        assertThat(processor).contains("VOLUME " + values.get("PROFILEFLOW_STATE_DIR"))
                .contains("EXPOSE " + values.get("PROFILEFLOW_HTTP_PORT"));
    }

    // ------------------------------------------------------------------------------------------------ k8s

    @Test
    void kubernetesProcessorIsConsistentWithItsServicesConfigAndTheApp() throws IOException {
        Map<String, String> config = fields(yamlDocuments("deploy/k8s/configmap.yaml").get(0).path("data"));
        assertThat(unknownSettings(config.keySet(), PROCESSOR_SETTINGS)).isEmpty();
        Map<String, String> secret = fields(yamlDocuments("deploy/k8s/secret.example.yaml").get(0).path("stringData"));
        assertThat(unknownSettings(secret.keySet(), PROCESSOR_SETTINGS)).isEmpty();
        assertThat(secret.values()).as("the example Secret carries no values").allMatch(String::isEmpty);

        JsonNode statefulSet = yamlDocuments("deploy/k8s/processor-statefulset.yaml").stream()
                .filter(d -> d.path("kind").asText().equals("StatefulSet")).findFirst().orElseThrow();
        JsonNode pod = statefulSet.path("spec").path("template");
        JsonNode container = pod.path("spec").path("containers").get(0);
        String port = config.get("PROFILEFLOW_HTTP_PORT");
        assertThat(container.path("ports").get(0).path("containerPort").asText()).isEqualTo(port);
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
        assertThat(container.path("volumeMounts").get(0).path("mountPath").asText())
                .isEqualTo(config.get("PROFILEFLOW_STATE_DIR"));
        assertThat(container.path("volumeMounts").get(0).path("name").asText())
                .isEqualTo(statefulSet.path("spec").path("volumeClaimTemplates").get(0).path("metadata").path("name").asText());
        Map<String, String> annotations = fields(pod.path("metadata").path("annotations"));
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/port", port)
                .containsEntry("prometheus.io/path", "/metrics");

        List<String> env = new ArrayList<>();
        String applicationServer = null;
        for (JsonNode e : container.path("env")) {
            env.add(e.path("name").asText());
            if (e.path("name").asText().equals("PROFILEFLOW_APPLICATION_SERVER")) applicationServer = e.path("value").asText();
        }
        assertThat(unknownSettings(env, PROCESSOR_SETTINGS)).isEmpty();
        String headless = statefulSet.path("spec").path("serviceName").asText();
        assertThat(applicationServer).isEqualTo("$(POD_NAME)." + headless + ".$(POD_NAMESPACE).svc.cluster.local:" + port);

        List<JsonNode> services = yamlDocuments("deploy/k8s/processor-services.yaml");
        JsonNode headlessService = services.stream().filter(s -> s.path("metadata").path("name").asText().equals(headless))
                .findFirst().orElseThrow();
        assertThat(headlessService.path("spec").path("clusterIP").asText()).isEqualTo("None");
        String appLabel = pod.path("metadata").path("labels").path("app.kubernetes.io/name").asText();
        for (JsonNode service : services) {
            assertThat(service.path("spec").path("selector").path("app.kubernetes.io/name").asText()).isEqualTo(appLabel);
            assertThat(service.path("spec").path("ports").get(0).path("port").asText()).isEqualTo(port);
        }
        JsonNode secretRef = container.path("envFrom").get(1).path("secretRef");
        assertThat(secretRef.path("name").asText())
                .isEqualTo(yamlDocuments("deploy/k8s/secret.example.yaml").get(0).path("metadata").path("name").asText());
    }

    @Test
    void kubernetesProducerUsesRealSettings() throws IOException {
        JsonNode job = yamlDocuments("deploy/k8s/producer-job.yaml").get(0);
        JsonNode container = job.path("spec").path("template").path("spec").path("containers").get(0);
        List<String> env = new ArrayList<>();
        container.path("env").forEach(e -> env.add(e.path("name").asText()));
        assertThat(unknownSettings(env, INGEST_SETTINGS)).isEmpty();
        assertThat(env).contains("PROFILEFLOW_BOOTSTRAP_SERVERS", "PROFILEFLOW_SCHEMA_REGISTRY_URL");
        assertThat(container.path("args").get(0).asText()).isEqualTo("publish");
        // Everything the kustomization applies exists.
        for (JsonNode resource : yaml("deploy/k8s/kustomization.yaml").path("resources")) {
            assertThat(ROOT.resolve("deploy/k8s").resolve(resource.asText())).exists();
        }
    }
}
