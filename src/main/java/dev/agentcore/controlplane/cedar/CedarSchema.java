package dev.agentcore.controlplane.cedar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.cedarpolicy.model.exception.CacheException;
import com.cedarpolicy.model.exception.InternalException;
import com.cedarpolicy.model.schema.Schema;
import com.cedarpolicy.model.schema.Schema.JsonOrCedar;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Cedar schema AgentCore Policy generates from the tools of the gateways an engine is attached to:
 * namespace {@code AgentCore}; the principal types of those gateways ({@code OAuthUser} with an
 * {@code id} and string tags, {@code IamEntity} with an {@code id}); the resource {@code Gateway};
 * one action per tool, {@code <target>___<tool>}, in {@code CallTool}, which is in {@code Mcp}, with
 * {@code context.input} typed from the tool's input schema.
 */
public final class CedarSchema {

	public static final String NAMESPACE = "AgentCore";

	public static final String GATEWAY = NAMESPACE + "::Gateway";

	public static final String ACTION = NAMESPACE + "::Action";

	/** The action groups every tool belongs to. */
	public static final Set<String> GROUPS = Set.of("CallTool", "Mcp");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Schemas in use, at most 256 and 64 MB (the JSON text and the native parsed copy, estimated from the text). */
	static final NativeCache<String, CedarSchema> GENERATED = new NativeCache<>(256, 64L * 1024 * 1024,
			key -> (long) key.length() * CedarEvaluation.BYTES_PER_CHARACTER);

	/**
	 * The tools of one gateway and who calls it.
	 *
	 * @param principal who calls the gateway
	 * @param tools the tools whose input schemas are known
	 * @param opaqueTargets targets whose tools only AgentCore knows (S3 schemas, Smithy, MCP servers, API Gateway)
	 */
	public record ToolSet(PrincipalKind principal, List<ToolSignature> tools, Set<String> opaqueTargets) {
	}

	private final Map<String, Object> document;

	private final Map<String, ToolSignature> tools;

	private final Set<String> opaqueTargets;

	private final Set<PrincipalKind> principals;

	private final List<String> notes;

	private final boolean fromGateways;

	private final Schema schema;

	private volatile String text;

	private CedarSchema(String json, Map<String, Object> document, Map<String, ToolSignature> tools,
			Set<String> opaqueTargets, Set<PrincipalKind> principals, List<String> notes, boolean fromGateways) {
		this.document = document;
		this.tools = tools;
		this.opaqueTargets = opaqueTargets;
		this.principals = principals;
		this.notes = notes;
		this.fromGateways = fromGateways;
		try {
			this.schema = Schema.parse(JsonOrCedar.Json, json);
		}
		catch (InternalException ex) {
			throw new IllegalStateException("Cedar refused the generated schema: " + ex.getErrors(), ex);
		}
		try {
			schema.cache();
		}
		catch (CacheException ex) {
			// The native cache is full: this schema is sent with each call instead, which is only slower.
		}
	}

	/** The schema of the given gateways; without any, the bare namespace (both principal types, no tools). */
	public static CedarSchema generate(List<ToolSet> gateways) {
		Map<String, ToolSignature> tools = new LinkedHashMap<>();
		Map<String, Set<PrincipalKind>> callers = new LinkedHashMap<>();
		Set<PrincipalKind> principals = EnumSet.noneOf(PrincipalKind.class);
		Set<String> opaque = new TreeSet<>();
		List<String> notes = new ArrayList<>();
		for (ToolSet gateway : gateways) {
			principals.add(gateway.principal());
			opaque.addAll(gateway.opaqueTargets());
			for (ToolSignature tool : gateway.tools()) {
				ToolSignature known = tools.putIfAbsent(tool.action(), tool);
				if (known != null && !known.inputSchema().equals(tool.inputSchema())) {
					notes.add("Tool " + tool.action() + " has different input schemas in two gateways; the first is used");
				}
				callers.computeIfAbsent(tool.action(), action -> EnumSet.noneOf(PrincipalKind.class)).add(gateway.principal());
			}
		}
		if (principals.isEmpty()) {
			principals.addAll(EnumSet.allOf(PrincipalKind.class));
		}
		Map<String, Object> namespace = new LinkedHashMap<>();
		namespace.put("entityTypes", entityTypes(principals));
		Map<String, Object> commonTypes = new LinkedHashMap<>();
		namespace.put("actions", actions(tools, callers, commonTypes, notes));
		namespace.put("commonTypes", commonTypes);
		Map<String, Object> document = Map.of(NAMESPACE, namespace);
		String json = JSON.writeValueAsString(document);
		boolean fromGateways = !gateways.isEmpty();
		String key = json + '\u0000' + opaque + '\u0000' + notes + '\u0000' + fromGateways;
		return GENERATED.get(key, unused -> CedarThreads.call(() -> new CedarSchema(json, document,
				Collections.unmodifiableMap(tools), Collections.unmodifiableSet(opaque), Collections.unmodifiableSet(principals),
				List.copyOf(notes), fromGateways)));
	}

	private static Map<String, Object> entityTypes(Set<PrincipalKind> principals) {
		Map<String, Object> types = new LinkedHashMap<>();
		for (PrincipalKind principal : principals) {
			Map<String, Object> entity = new LinkedHashMap<>();
			entity.put("shape", Map.of("type", "Record", "attributes", Map.of("id", Map.of("type", "String"))));
			if (principal == PrincipalKind.OAUTH_USER) {
				entity.put("tags", Map.of("type", "String"));
			}
			types.put(principal.entityType(), entity);
		}
		types.put("Gateway", Map.of());
		return types;
	}

	private static Map<String, Object> actions(Map<String, ToolSignature> tools, Map<String, Set<PrincipalKind>> callers,
			Map<String, Object> commonTypes, List<String> notes) {
		Map<String, Object> actions = new LinkedHashMap<>();
		actions.put("Mcp", Map.of());
		actions.put("CallTool", Map.of("memberOf", List.of(Map.of("id", "Mcp"))));
		for (ToolSignature tool : tools.values()) {
			String typeName = typeName(tool.action(), commonTypes.keySet());
			commonTypes.put(typeName, JsonSchemaTypes.record(tool.inputSchema(), tool.action() + " input", notes, 0));
			Map<String, Object> appliesTo = new LinkedHashMap<>();
			appliesTo.put("principalTypes", callers.get(tool.action()).stream().map(PrincipalKind::entityType).toList());
			appliesTo.put("resourceTypes", List.of("Gateway"));
			appliesTo.put("context", Map.of("type", "Record", "attributes", Map.of("input", Map.of("type", typeName))));
			actions.put(tool.action(), Map.of("memberOf", List.of(Map.of("id", "CallTool")), "appliesTo", appliesTo));
		}
		return actions;
	}

	/** {@code <action>Input}, made a Cedar identifier (target names may hold hyphens) and unique. */
	private static String typeName(String action, Set<String> taken) {
		String base = action.replaceAll("[^A-Za-z0-9_]", "_") + "Input";
		if (Character.isDigit(base.charAt(0))) {
			base = "_" + base;
		}
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + i;
		}
		return name;
	}

	/** The schema in Cedar's JSON schema format. */
	public Map<String, Object> document() {
		return document;
	}

	/** The schema in Cedar's human-readable schema format. */
	public String text() {
		String current = text;
		if (current == null) {
			current = CedarThreads.call(() -> {
				try {
					return schema.toCedarFormat();
				}
				catch (InternalException ex) {
					throw new IllegalStateException("Cedar could not print the generated schema: " + ex.getErrors(), ex);
				}
			});
			text = current;
		}
		return current;
	}

	/** The tools, by action id, in the order the gateways declare them. */
	public Map<String, ToolSignature> tools() {
		return tools;
	}

	public Set<String> opaqueTargets() {
		return opaqueTargets;
	}

	/** Whether the action belongs to a target whose tools only AgentCore knows. */
	public boolean opaque(String action) {
		String target = ToolSignature.targetOf(action);
		return target != null && opaqueTargets.contains(target);
	}

	public Set<PrincipalKind> principals() {
		return principals;
	}

	/** Input properties Cedar cannot type, and other things an author should know. */
	public List<String> notes() {
		return notes;
	}

	/** Whether the schema comes from at least one gateway (otherwise it knows no tools at all). */
	public boolean fromGateways() {
		return fromGateways;
	}

	Schema cedar() {
		return schema;
	}

	/** The actions' names, sorted and comma-separated, for messages. */
	public String toolList() {
		return tools.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(tools.keySet()));
	}

}
