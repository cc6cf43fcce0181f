package io.profileflow.app;

import io.profileflow.config.ProcessorConfig;
import io.profileflow.config.Settings;
import io.profileflow.embedded.EmbeddedKafkaBroker;
import io.profileflow.registry.EmbeddedSchemaRegistry;

import java.nio.file.Path;

/**
 * Where Kafka and the schema registry are: the configured ones, or, when a setting is empty, an in-process KRaft
 * broker and the Apicurio registry as a child process, both stopped on close.
 */
final class EmbeddedInfrastructure implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;
    private final EmbeddedSchemaRegistry registry;
    private final String bootstrapServers;
    private final String registryUrl;

    private EmbeddedInfrastructure(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry,
                                   String bootstrapServers, String registryUrl) {
        this.broker = broker;
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    static EmbeddedInfrastructure resolve(Settings settings) {
        EmbeddedKafkaBroker broker = null;
        EmbeddedSchemaRegistry registry = null;
        try {
            String bootstrap = settings.get(ProcessorConfig.BOOTSTRAP_SERVERS);
            if (bootstrap == null) {
                String dir = settings.get(ProcessorConfig.EMBEDDED_DATA_DIR);
                broker = dir == null ? EmbeddedKafkaBroker.start() : EmbeddedKafkaBroker.start(Path.of(dir), false, 0);
                bootstrap = broker.bootstrapServers();
            }
            String registryUrl = settings.get(ProcessorConfig.SCHEMA_REGISTRY_URL);
            if (registryUrl == null) {
                registry = EmbeddedSchemaRegistry.start();
                registryUrl = registry.url();
            }
            return new EmbeddedInfrastructure(broker, registry, bootstrap, registryUrl);
        } catch (RuntimeException e) {
            if (registry != null) registry.close();
            if (broker != null) broker.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    String registryUrl() {
        return registryUrl;
    }

    /** An embedded broker whose log is deleted on exit: every start is a new, empty cluster. */
    boolean hasThrowawayBroker() {
        return broker != null && !broker.keepsData();
    }

    boolean isEmbedded() {
        return broker != null || registry != null;
    }

    @Override
    public void close() {
        if (registry != null) registry.close();
        if (broker != null) broker.close();
    }
}
