package dev.agentcore.controlplane.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.cedar.PrincipalKind;
import dev.agentcore.controlplane.cedar.ToolSignature;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Lambda;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ToolDefinition;
import dev.agentcore.controlplane.gatewaytarget.DeclaredTargets;

/**
 * The tools of a gateway as declared (targets being deleted no longer count): inline Lambda tool
 * schemas and inline OpenAPI operations are known here; the tools of other targets (S3 schemas,
 * Smithy, MCP servers, API Gateway) only AgentCore knows.
 */
@Component
class GatewayTools {

	private final DeclaredTargets targets;

	GatewayTools(DeclaredTargets targets) {
		this.targets = targets;
	}

	CedarSchema.ToolSet of(Gateway gateway) {
		List<ToolSignature> tools = new ArrayList<>();
		Set<String> opaque = new TreeSet<>();
		for (GatewayTarget target : targets.of(gateway.id())) {
			if (target.deletionRequested()) {
				continue;
			}
			List<ToolSignature> known = known(target);
			if (known == null) {
				opaque.add(target.name());
			}
			else {
				tools.addAll(known);
			}
		}
		return new CedarSchema.ToolSet(principal(gateway), tools, opaque);
	}

	/** Who calls the gateway; a NONE authorizer is read as OAuth users without tags (AgentCore documents no other). */
	static PrincipalKind principal(Gateway gateway) {
		return gateway.spec().authorizer().type() == AuthorizerType.AWS_IAM ? PrincipalKind.IAM_ENTITY
				: PrincipalKind.OAUTH_USER;
	}

	private static List<ToolSignature> known(GatewayTarget target) {
		return switch (target.type()) {
			case LAMBDA -> lambda(target.name(), target.spec().lambda());
			case OPENAPI -> openApi(target.name(), target.spec().openApi());
			default -> null;
		};
	}

	private static List<ToolSignature> lambda(String target, Lambda lambda) {
		if (lambda == null || lambda.toolSchema() == null || lambda.toolSchema().inline() == null) {
			return null;
		}
		List<ToolSignature> tools = new ArrayList<>();
		for (ToolDefinition tool : lambda.toolSchema().inline()) {
			tools.add(ToolSignature.of(target, tool.name(), tool.inputSchema()));
		}
		return tools;
	}

	private static List<ToolSignature> openApi(String target, SchemaSource source) {
		return source == null || source.inline() == null ? null : ToolSignature.fromOpenApi(target, source.inline());
	}

}
