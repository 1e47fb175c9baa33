package dev.agentcore.controlplane.policy;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.gateway.Gateway;

/** The Cedar schema a policy engine validates against: that of every gateway it is attached to. */
@Component
class EngineSchemas {

	private final Attachments attachments;

	private final GatewayTools tools;

	EngineSchemas(Attachments attachments, GatewayTools tools) {
		this.attachments = attachments;
		this.tools = tools;
	}

	CedarSchema of(PolicyEngine engine) {
		return CedarSchema.generate(attachments.gatewaysOf(engine).stream().map(tools::of).toList());
	}

	/** The schema of one gateway alone (what GET .../policy-schema shows and what-if checks evaluate with). */
	CedarSchema of(Gateway gateway) {
		return CedarSchema.generate(List.of(tools.of(gateway)));
	}

}
