package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.cedar.StatementCheck;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngineMode;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gateway.PolicyEngineAttachments;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * The policy module's rules for a gateway's {@code policyEngine}: an engine named by id, or by the ARN of
 * an engine we manage, is one of the team's and not being deleted, and a gateway is not switched to ENFORCE when nothing of its engine
 * permits any of its tools (Cedar denies by default, so every tool call would be refused).
 */
@Component
class EngineAttachmentRules implements PolicyEngineAttachments {

	private final PolicyEngines engines;

	private final Policies policies;

	private final GatewayTools tools;

	EngineAttachmentRules(PolicyEngines engines, Policies policies, GatewayTools tools) {
		this.engines = engines;
		this.policies = policies;
		this.tools = tools;
	}

	@Override
	public void checkAttachment(String team, Gateway current, GatewaySpec next, boolean acknowledgeDenyAll) {
		GatewayMembers.PolicyEngine declared = next.policyEngine();
		if (declared == null) {
			return;
		}
		Optional<PolicyEngine> engine;
		if (declared.policyEngineId() != null) {
			engine = engines.findById(declared.policyEngineId()).filter(found -> found.team().equals(team));
			if (engine.isEmpty()) {
				throw InvalidRequest.fields(List.of(new FieldError("policyEngine.policyEngineId",
						"names no policy engine of your team")));
			}
			if (engine.get().deletionRequested()) {
				throw PolicyProblems.engineDeleting();
			}
		}
		else {
			// An ARN made outside the control plane may be attached (its policies are not known here); one of the engines
			// we manage is refused unless it is the team's: attaching pins it, and its owner could no longer delete it.
			engine = engines.findByArnIgnoringCase(declared.arn());
			if (engine.isPresent() && !engine.get().team().equals(team)) {
				throw InvalidRequest.fields(List.of(new FieldError("policyEngine.arn", "names a policy engine of another "
						+ "team; attach one of your team's engines (policyEngineId), or an engine made outside the control plane")));
			}
			if (engine.isPresent() && engine.get().deletionRequested()) {
				throw PolicyProblems.engineDeleting();
			}
		}
		if (engine.isPresent() && declared.mode() == PolicyEngineMode.ENFORCE && !acknowledgeDenyAll
				&& !alreadyEnforcing(current, declared)) {
			requireSomePermit(engine.get(), current);
		}
	}

	@Override
	public Optional<dev.agentcore.controlplane.account.Placement> placementOf(java.util.UUID engineId) {
		return engines.findById(engineId).map(PolicyEngine::placement);
	}

	private static boolean alreadyEnforcing(Gateway current, GatewayMembers.PolicyEngine declared) {
		GatewayMembers.PolicyEngine before = current == null ? null : current.spec().policyEngine();
		return before != null && before.mode() == PolicyEngineMode.ENFORCE
				&& java.util.Objects.equals(before.policyEngineId(), declared.policyEngineId())
				&& java.util.Objects.equals(before.arn(), declared.arn());
	}

	/** Refuses unless some permit of the engine can apply to a tool of the gateway (conditions aside). */
	private void requireSomePermit(PolicyEngine engine, Gateway gateway) {
		CedarSchema schema = gateway == null ? CedarSchema.generate(List.of())
				: CedarSchema.generate(List.of(tools.of(gateway)));
		Set<String> actions = schema.tools().keySet();
		boolean noKnownTools = actions.isEmpty() && schema.opaqueTargets().isEmpty();
		String arn = gateway == null ? null : gateway.aws().gatewayArn();
		List<Policy> live = policies.allOf(engine.id()).stream().filter(policy -> !policy.deletionRequested()).toList();
		for (Policy policy : live) {
			if (StatementCheck.mayPermitAnyOf(policy.spec().statement(),
					action -> noKnownTools || actions.contains(action) || schema.opaque(action), arn)) {
				return;
			}
		}
		throw PolicyProblems.enforceWouldDenyAll(engine.name(), live.size(), actions.stream().sorted().toList());
	}

}
