package dev.agentcore.controlplane.cedar;

import java.util.List;
import java.util.Map;

/**
 * One tool of a gateway as its policy engine sees it: the Cedar action {@code <target>___<tool>} and the
 * JSON Schema of its input, which becomes the type of {@code context.input}.
 *
 * @param action the action id, {@code <target name>___<tool name>}
 * @param inputSchema the tool's input as JSON Schema (an object schema); empty when the tool takes nothing
 */
public record ToolSignature(String action, Map<String, Object> inputSchema) {

	/** How AgentCore joins a target's name and a tool's name into an action id. */
	public static final String SEPARATOR = "___";

	public ToolSignature {
		inputSchema = inputSchema == null ? Map.of() : inputSchema;
	}

	public static ToolSignature of(String target, String tool, Map<String, Object> inputSchema) {
		return new ToolSignature(target + SEPARATOR + tool, inputSchema);
	}

	/** The tools of an inline OpenAPI document: one per operation, named after its operationId. */
	public static List<ToolSignature> fromOpenApi(String target, String inlineOpenApi) {
		return OpenApiTools.of(target, inlineOpenApi);
	}

	/** The target part of an action id, or null when the id has no separator. */
	public static String targetOf(String action) {
		int at = action.indexOf(SEPARATOR);
		return at < 0 ? null : action.substring(0, at);
	}

}
