package dev.agentcore.controlplane.simulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Request bodies as AgentCore reads them: absent is an empty structure, anything but an object is refused. */
final class WireBodies {

	private WireBodies() {
	}

	static JsonNode object(JsonNode body) {
		if (body == null || body.isNull()) {
			return JsonNodeFactory.instance.objectNode();
		}
		if (!body.isObject()) {
			throw AwsError.validation("The request body must be a JSON object");
		}
		return body;
	}

}
