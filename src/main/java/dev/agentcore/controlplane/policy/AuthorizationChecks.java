package dev.agentcore.controlplane.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.cedar.ToolCallAuthorization;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.policy.AuthorizationCheck.Decision;
import dev.agentcore.controlplane.policy.AuthorizationCheck.DeterminingPolicy;
import dev.agentcore.controlplane.policy.AuthorizationCheck.EvaluatedRequest;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * What-if checks: would the gateway's policy engine allow this caller to call this tool with this
 * input, with the engine's policies or with proposed ones instead? Evaluated locally with Cedar, the way
 * the gateway builds the request; nothing is stored.
 */
@Service
class AuthorizationChecks {

	private final GatewayManagement gateways;

	private final Attachments attachments;

	private final EngineSchemas schemas;

	private final LiveStatements policies;

	private final CallerPrincipals principals;

	AuthorizationChecks(GatewayManagement gateways, Attachments attachments, EngineSchemas schemas,
			LiveStatements policies, CallerPrincipals principals) {
		this.gateways = gateways;
		this.attachments = attachments;
		this.schemas = schemas;
		this.policies = policies;
		this.principals = principals;
	}

	AuthorizationCheck check(Caller caller, UUID gatewayId, AuthorizationCheckRequest request) {
		Gateway gateway = gateways.visible(caller, gatewayId);
		Optional<Attachments.Attached> attached = attachments.engineOf(gateway);
		if (attached.isEmpty() && request.policies() == null) {
			throw PolicyProblems.noPolicyEngine();
		}
		CedarSchema schema = schemas.of(gateway);
		if (!schema.tools().containsKey(request.tool()) && !schema.opaque(request.tool())) {
			throw PolicyProblems.unknownTool(request.tool(), schema.toolList());
		}
		boolean enforced = attached.map(Attachments.Attached::enforced).orElse(false);
		CallerPrincipals.Resolved principal = principals.resolve(caller, gateway, request.principal());
		if (principal.refused()) {
			return new AuthorizationCheck(Decision.DENY, enforced, List.of(), principal.refusals(), List.of(), null);
		}
		Map<String, String> statements = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		if (request.policies() != null) {
			PolicyValidation.requireWithinLimits(request.policies(), index -> "policies[" + index + "]");
			CedarSchema validating = attached.map(engine -> schemas.of(engine.engine())).orElse(schema);
			PolicyValidation.requireValid(validating, request.policies(), index -> "policies[" + index + "]");
			for (int i = 0; i < request.policies().size(); i++) {
				statements.put("policies[" + i + "]", request.policies().get(i));
			}
			notes.add("Evaluated with the " + request.policies().size() + " proposed statement(s) instead of the engine's policies.");
		}
		else {
			for (LiveStatements.LiveStatement policy : policies.of(attached.orElseThrow().engine().id())) {
				statements.put(policy.id().toString(), policy.statement());
				names.put(policy.id().toString(), policy.name());
			}
		}
		String arn = gateway.aws().gatewayArn();
		if (arn == null) {
			arn = "arn:aws:bedrock-agentcore:unknown:unknown:gateway/" + gateway.name();
			notes.add("The gateway is not in AWS yet, so it has no ARN: statements naming it by ARN cannot match. "
					+ "Evaluated with " + arn + ".");
		}
		ToolCallAuthorization.Evaluation evaluation = request.policies() != null
				? ToolCallAuthorization.evaluateProposed(schema, principal.claims(), principal.iamArn(), request.tool(), arn,
						request.input(), statements)
				: ToolCallAuthorization.evaluate(schema, principal.claims(), principal.iamArn(), request.tool(), arn,
						request.input(), statements);
		if (!evaluation.inputErrors().isEmpty()) {
			throw InvalidRequest.fields(evaluation.inputErrors().stream()
				.map(error -> new FieldError(error.field(), error.message()))
				.toList());
		}
		notes.addAll(evaluation.notes());
		List<String> errors = new ArrayList<>(evaluation.refusals());
		evaluation.policyErrors().forEach((id, message) -> errors.add(label(id, names) + " could not be evaluated and "
				+ "was skipped: " + message));
		List<DeterminingPolicy> determining = evaluation.determiningPolicies().stream()
			.map(id -> new DeterminingPolicy(id, names.get(id)))
			.toList();
		EvaluatedRequest evaluated = new EvaluatedRequest(evaluation.principal(), evaluation.tags(),
				CedarSchema.ACTION + "::\"" + request.tool() + "\"", CedarSchema.GATEWAY + "::\"" + arn + "\"",
				evaluation.input());
		return new AuthorizationCheck(evaluation.allowed() ? Decision.ALLOW : Decision.DENY, enforced, determining, errors,
				notes, evaluated);
	}

	private static String label(String id, Map<String, String> names) {
		return names.containsKey(id) ? "Policy " + names.get(id) + " (" + id + ")" : "Statement " + id;
	}

}
