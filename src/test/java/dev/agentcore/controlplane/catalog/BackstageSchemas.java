package dev.agentcore.controlplane.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/** Backstage's published entity schemas (vendored under src/test/resources/backstage, see its README). */
final class BackstageSchemas {

	static final List<String> FILES = List.of("Entity", "EntityEnvelope", "EntityMeta", "common", "Resource.v1alpha1",
			"API.v1alpha1", "API.v1alpha1.mcp-server");

	static final String BASE = "https://backstage.io/schema/";

	private final SchemaRegistry registry;

	BackstageSchemas() {
		Map<String, String> byId = new HashMap<>();
		for (String file : FILES) {
			String text = read("/backstage/" + file + ".schema.json");
			String id = text.replaceAll("(?s).*?\"\\$id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
			// Backstage registers the schemas with Ajv under relative ids ("Entity", "common"); the validator wants
			// absolute ones. Given one base, the schemas' relative $refs ("EntityMeta", "common#relation") resolve
			// to the same schemas as in Backstage.
			byId.put(BASE + id, text.replace("\"$id\": \"" + id + "\"", "\"$id\": \"" + BASE + id + "\""));
		}
		this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder.schemas(byId));
	}

	/** The violations of {@code entity} against the schema with this {@code $id}; empty when it is valid. */
	List<Error> violations(String schemaId, JsonNode entity) {
		Schema schema = registry.getSchema(SchemaLocation.of(BASE + schemaId));
		return schema.validate(entity);
	}

	private static String read(String resource) {
		try (InputStream in = BackstageSchemas.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
