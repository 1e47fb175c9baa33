package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.ResourceSpecificResult;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AwsPlacement;

import dev.agentcore.controlplane.provisioning.IamChecks;

/**
 * The preflight's questions through the SDK: GetRole for the trust policy, STS and GetRole for the
 * control plane's own role, SimulatePrincipalPolicy for decisions (per resource, whether IAM
 * answers one result per resource or per action with resource-specific results).
 */
@Component
class SdkIamChecks implements IamChecks {

	private final IamCalls calls;

	private final StsAccount account;

	private final AgentCoreClients agentCore;

	private volatile Caller caller;

	SdkIamChecks(IamCalls calls, StsAccount account, AgentCoreClients agentCore) {
		this.calls = calls;
		this.account = account;
		this.agentCore = agentCore;
	}

	@Override
	public Optional<String> trustPolicy(String roleArn) {
		String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
		var found = calls.callOrNull("iam:GetRole", () -> calls.iam().getRole(r -> r.roleName(name)));
		return Optional.ofNullable(found).map(role -> RolePolicies.decode(role.role().assumeRolePolicyDocument()));
	}

	@Override
	public Caller caller() {
		AwsPlacement.Target target = AwsPlacement.current();
		if (target != null) {
			// In a placed gateway's account the control plane is the account's role it assumed there.
			return new Caller(target.accountId(), target.roleArn(), target.roleArn(), target.region());
		}
		Caller known = caller;
		if (known == null) {
			var identity = account.identity();
			String region = agentCore.get().serviceClientConfiguration().region().id();
			known = new Caller(identity.account(), identity.arn(), principal(identity.arn()), region);
			caller = known;
		}
		return known;
	}

	@Override
	public List<Decision> simulate(String principalArn, List<String> actions, List<String> resources,
			Map<String, List<String>> context) {
		List<ContextEntry> entries = context.entrySet().stream()
			.map(entry -> ContextEntry.builder().contextKeyName(entry.getKey()).contextKeyValues(entry.getValue())
				.contextKeyType(ContextKeyTypeEnum.STRING_LIST).build())
			.toList();
		List<Decision> decisions = new ArrayList<>();
		String marker = null;
		do {
			String page = marker;
			var response = calls.call("iam:SimulatePrincipalPolicy", () -> calls.iam().simulatePrincipalPolicy(r -> r
				.policySourceArn(principalArn).actionNames(actions).resourceArns(resources).contextEntries(entries)
				.marker(page)));
			for (EvaluationResult result : response.evaluationResults()) {
				if (result.hasResourceSpecificResults() && !result.resourceSpecificResults().isEmpty()) {
					for (ResourceSpecificResult specific : result.resourceSpecificResults()) {
						decisions.add(decision(result.evalActionName(), specific.evalResourceName(),
								specific.evalResourceDecisionAsString()));
					}
				}
				else {
					decisions.add(decision(result.evalActionName(), result.evalResourceName(), result.evalDecisionAsString()));
				}
			}
			marker = Boolean.TRUE.equals(response.isTruncated()) ? response.marker() : null;
		}
		while (marker != null);
		return decisions;
	}

	/**
	 * The IAM principal behind an STS identity: an assumed role's session is its role (looked up,
	 * as the session ARN omits the role's path); a user is itself; root and federated users are
	 * not simulated.
	 */
	private String principal(String arn) {
		String[] parts = arn.split(":", 6);
		String resource = parts.length == 6 ? parts[5] : "";
		if (resource.startsWith("assumed-role/")) {
			String role = resource.split("/")[1];
			var found = calls.callOrNull("iam:GetRole", () -> calls.iam().getRole(r -> r.roleName(role)));
			return found == null ? null : found.role().arn();
		}
		return resource.startsWith("user/") ? arn : null;
	}

	private static Decision decision(String action, String resource, String decision) {
		return new Decision(action, resource, "allowed".equals(decision), decision);
	}

}
