package dev.agentcore.controlplane.gatewaytarget;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an inline schema (JSON, or YAML) into a tree with every cost bounded before the OpenAPI
 * parser sees it. YAML anchors and aliases share nodes, so a few hundred bytes can stand for a
 * tree of billions of nodes (an "alias bomb"): the parser here counts aliases, nesting and size
 * while composing, and the tree is built with a budget of nodes and time, so that sharing can
 * never expand beyond what a 1 MB document could honestly hold.
 */
final class InlineSchemaReader {

	static final int MAX_ALIASES = 50;

	static final int MAX_DEPTH = 64;

	static final int MAX_NODES = 200_000;

	static final long MAX_NANOS = 2_000_000_000L;

	static final int MAX_CODE_POINTS = TargetRules.INLINE_LIMIT_BYTES + 1024;

	private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");

	private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
		.build());

	private final long startedAt = System.nanoTime();

	private int nodes;

	private InlineSchemaReader() {
	}

	/** A document the reader refuses, with what to tell the caller. */
	static final class Unreadable extends Exception {

		Unreadable(String message) {
			super(message, null, false, false);
		}

	}

	static JsonNode read(String text) throws Unreadable {
		String trimmed = text.stripLeading();
		if (trimmed.startsWith("{")) {
			try {
				return JSON.readTree(trimmed);
			}
			catch (JsonProcessingException ex) {
				throw ex.getMessage() != null && ex.getMessage().contains("nesting depth")
						? new Unreadable("is nested deeper than " + MAX_DEPTH + " levels")
						: new Unreadable("is not valid JSON" + (ex.getLocation() == null ? ""
								: " (line " + ex.getLocation().getLineNr() + ")"));
			}
		}
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(MAX_ALIASES);
		options.setNestingDepthLimit(MAX_DEPTH);
		options.setCodePointLimit(MAX_CODE_POINTS);
		options.setAllowRecursiveKeys(false);
		options.setAllowDuplicateKeys(false);
		Node root;
		try {
			root = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
					new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options)
				.compose(new StringReader(text));
		}
		catch (YAMLException ex) {
			throw explain(ex);
		}
		if (root == null) {
			throw new Unreadable("is empty");
		}
		return new InlineSchemaReader().tree(root, 0);
	}

	private JsonNode tree(Node node, int depth) throws Unreadable {
		if (depth > MAX_DEPTH) {
			throw new Unreadable("is nested deeper than " + MAX_DEPTH + " levels (or an alias refers to itself)");
		}
		if (++nodes > MAX_NODES) {
			throw new Unreadable("expands to more than " + MAX_NODES + " nodes (YAML aliases repeat content); "
					+ "write the repeated parts out or use $ref");
		}
		if ((nodes & 1023) == 0 && System.nanoTime() - startedAt > MAX_NANOS) {
			throw new Unreadable("took too long to read");
		}
		return switch (node) {
			case ScalarNode scalar -> scalar(scalar);
			case SequenceNode sequence -> {
				var array = JsonNodeFactory.instance.arrayNode();
				for (Node item : sequence.getValue()) {
					array.add(tree(item, depth + 1));
				}
				yield array;
			}
			case MappingNode mapping -> {
				ObjectNode object = JsonNodeFactory.instance.objectNode();
				merge(object, mapping, depth);
				yield object;
			}
			default -> throw new Unreadable("contains a YAML node of an unknown kind");
		};
	}

	private void merge(ObjectNode object, MappingNode mapping, int depth) throws Unreadable {
		for (NodeTuple entry : mapping.getValue()) {
			if (!(entry.getKeyNode() instanceof ScalarNode key)) {
				throw new Unreadable("uses a mapping key that is not a plain value");
			}
			if (Tag.MERGE.equals(key.getTag())) {
				Node merged = entry.getValueNode();
				Iterator<Node> sources = merged instanceof SequenceNode list ? list.getValue().iterator()
						: java.util.List.of(merged).iterator();
				while (sources.hasNext()) {
					if (!(sources.next() instanceof MappingNode source)) {
						throw new Unreadable("merges ('<<') something that is not a mapping");
					}
					ObjectNode from = (ObjectNode) tree(source, depth + 1);
					from.properties().forEach(field -> object.putIfAbsent(field.getKey(), field.getValue()));
				}
			}
			else {
				object.set(key.getValue(), tree(entry.getValueNode(), depth + 1));
			}
		}
	}

	private static JsonNode scalar(ScalarNode scalar) {
		String value = scalar.getValue();
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		Tag tag = scalar.getTag();
		try {
			if (Tag.NULL.equals(tag)) {
				return nodes.nullNode();
			}
			if (Tag.BOOL.equals(tag)) {
				return nodes.booleanNode(TRUE.contains(value.toLowerCase(Locale.ROOT)));
			}
			if (Tag.INT.equals(tag)) {
				return nodes.numberNode(new BigInteger(value.replace("_", "")));
			}
			if (Tag.FLOAT.equals(tag)) {
				return nodes.numberNode(Double.parseDouble(value.replace("_", "")));
			}
		}
		catch (NumberFormatException ex) {
			// YAML 1.1 spellings such as 0x1F or .inf: keep the text.
		}
		return nodes.textNode(value);
	}

	private static Unreadable explain(YAMLException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("aliases")) {
			return new Unreadable("uses more than " + MAX_ALIASES + " YAML aliases of collections");
		}
		if (message.contains("Nesting Depth")) {
			return new Unreadable("is nested deeper than " + MAX_DEPTH + " levels");
		}
		if (message.contains("exceeds the limit")) {
			return new Unreadable("is larger than 1 MB");
		}
		if (message.contains("Recursive key")) {
			return new Unreadable("uses a recursive YAML key");
		}
		if (ex instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
			return new Unreadable("is not valid YAML or JSON (line " + (marked.getProblemMark().getLine() + 1) + ")");
		}
		return new Unreadable("is not valid YAML or JSON");
	}

}
