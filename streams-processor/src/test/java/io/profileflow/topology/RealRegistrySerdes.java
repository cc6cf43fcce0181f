package io.profileflow.topology;

import io.profileflow.registry.EmbeddedSchemaRegistry;
import io.profileflow.registry.SchemaRegistryClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The pipeline's serdes against a real schema registry (the Apicurio child process), started once per test class:
 * {@code @RegisterExtension static final RealRegistrySerdes REGISTRY = new RealRegistrySerdes();}.
 */
final class RealRegistrySerdes implements BeforeAllCallback, AfterAllCallback {
    private EmbeddedSchemaRegistry registry;
    private PipelineSerdes serdes;

    @Override
    public void beforeAll(ExtensionContext context) {
        registry = EmbeddedSchemaRegistry.start();
        serdes = PipelineSerdes.using(SchemaRegistryClient.builder(registry.url()).build());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        registry.close();
    }

    PipelineSerdes serdes() {
        return serdes;
    }
}
