package dev.agentcore.controlplane.provisioning.aws;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.Tag;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.Roles;

/**
 * Managed execution roles through the SDK's IAM client: the trust policy, one inline permissions
 * policy ({@link Roles#PERMISSIONS_POLICY}) and the tags that mark the role as the control
 * plane's for one gateway. IAM has no client tokens: a create that finds the name taken adopts
 * the role only when its tags name the same gateway.
 */
@Component
class SdkRoles implements Roles {

	static final String MANAGED_BY = "managed-by";

	static final String CONTROL_PLANE = "agentcore-gateway-control-plane";

	static final String GATEWAY_ID = "agentcore-gateway-control-plane:gateway-id";

	static final String GATEWAY_NAME = "agentcore-gateway-control-plane:gateway-name";

	private final IamCalls calls;

	private final RolePolicies policies;

	SdkRoles(IamCalls calls, RolePolicies policies) {
		this.calls = calls;
		this.policies = policies;
	}

	@Override
	public Call<Role> create(DesiredRole desired) {
		CreateRoleResponse created;
		try {
			created = calls.call("iam:CreateRole", () -> calls.iam().createRole(r -> r.roleName(desired.name())
				.assumeRolePolicyDocument(desired.trustPolicy())
				.description("AgentCore gateway " + desired.gatewayName() + ": managed by the control plane")
				.tags(tags(desired).entrySet().stream().map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
					.toList())));
		}
		catch (AgentCoreFailure ex) {
			if (!"EntityAlreadyExists".equals(ex.errorType())) {
				throw ex;
			}
			software.amazon.awssdk.services.iam.model.Role existing = owned(desired.name(), desired.gatewayId()).orElseThrow(() -> ex);
			return new Call<>(new Role(existing.roleId(), existing.arn(), false), ex.requestId());
		}
		if (desired.permissionsPolicy() != null) {
			calls.call("iam:PutRolePolicy", () -> calls.iam().putRolePolicy(r -> r.roleName(desired.name())
				.policyName(PERMISSIONS_POLICY).policyDocument(desired.permissionsPolicy())));
		}
		return new Call<>(new Role(created.role().roleId(), created.role().arn(), true),
				created.responseMetadata().requestId());
	}

	@Override
	public Optional<Role> observe(String name, UUID gatewayId, DesiredRole desired) {
		return owned(name, gatewayId).map(role -> new Role(role.roleId(), role.arn(), desired != null
				&& policies.same(role.assumeRolePolicyDocument(), desired.trustPolicy())
				&& policies.sameInline(policies.inline(name), wantedInline(desired))
				&& tagsOf(role).entrySet().containsAll(tags(desired).entrySet())));
	}

	@Override
	public Call<Role> update(DesiredRole desired) {
		software.amazon.awssdk.services.iam.model.Role role = owned(desired.name(), desired.gatewayId())
			.orElseThrow(() -> new AgentCoreFailure("NoSuchEntity", 404, "Role " + desired.name() + " is gone.", true, null,
					null));
		String requestId = null;
		if (!policies.same(role.assumeRolePolicyDocument(), desired.trustPolicy())) {
			requestId = calls.call("iam:UpdateAssumeRolePolicy", () -> calls.iam().updateAssumeRolePolicy(r -> r
				.roleName(desired.name()).policyDocument(desired.trustPolicy()))).responseMetadata().requestId();
		}
		Map<String, String> inline = policies.inline(desired.name());
		Map<String, String> wanted = wantedInline(desired);
		for (String other : inline.keySet()) {
			if (!wanted.containsKey(other)) {
				requestId = calls.call("iam:DeleteRolePolicy", () -> calls.iam().deleteRolePolicy(r -> r
					.roleName(desired.name()).policyName(other))).responseMetadata().requestId();
			}
		}
		if (desired.permissionsPolicy() != null && !policies.same(inline.get(PERMISSIONS_POLICY),
				desired.permissionsPolicy())) {
			requestId = calls.call("iam:PutRolePolicy", () -> calls.iam().putRolePolicy(r -> r.roleName(desired.name())
				.policyName(PERMISSIONS_POLICY).policyDocument(desired.permissionsPolicy()))).responseMetadata().requestId();
		}
		if (!tagsOf(role).entrySet().containsAll(tags(desired).entrySet())) {
			requestId = calls.call("iam:TagRole", () -> calls.iam().tagRole(r -> r.roleName(desired.name())
				.tags(tags(desired).entrySet().stream().map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
					.toList()))).responseMetadata().requestId();
		}
		return new Call<>(new Role(role.roleId(), role.arn(), true), requestId);
	}

	@Override
	public Call<Void> delete(String name, UUID gatewayId) {
		var found = calls.callOrNull("iam:GetRole", () -> calls.iam().getRole(r -> r.roleName(name)));
		if (found == null || !ours(found.role(), gatewayId)) {
			return new Call<>(null, null);
		}
		for (String policy : policies.inline(name).keySet()) {
			calls.callOrNull("iam:DeleteRolePolicy", () -> calls.iam().deleteRolePolicy(r -> r.roleName(name).policyName(policy)));
		}
		var deleted = calls.callOrNull("iam:DeleteRole", () -> calls.iam().deleteRole(r -> r.roleName(name)));
		return new Call<>(null, deleted == null ? null : deleted.responseMetadata().requestId());
	}

	/** The role of that name if the control plane made it for this gateway; a stranger's role is a terminal failure. */
	private Optional<software.amazon.awssdk.services.iam.model.Role> owned(String name, UUID gatewayId) {
		var found = calls.callOrNull("iam:GetRole", () -> calls.iam().getRole(r -> r.roleName(name)));
		if (found == null) {
			return Optional.empty();
		}
		software.amazon.awssdk.services.iam.model.Role role = found.role();
		if (!ours(role, gatewayId)) {
			throw new AgentCoreFailure("EntityAlreadyExists", 409, "An IAM role named " + name + " already exists and "
					+ "was not created by the control plane for this gateway (its tag " + GATEWAY_ID + " does not name it). "
					+ "The control plane never takes over a role it did not make: delete or rename that role, or name your "
					+ "own role with roleArn, then POST .../reconcile.", false, found.responseMetadata().requestId(), null);
		}
		return Optional.of(role);
	}

	private static boolean ours(software.amazon.awssdk.services.iam.model.Role role, UUID gatewayId) {
		return gatewayId.toString().equals(tagsOf(role).get(GATEWAY_ID));
	}

	private static Map<String, String> wantedInline(DesiredRole desired) {
		return desired == null || desired.permissionsPolicy() == null ? Map.of()
				: Map.of(PERMISSIONS_POLICY, desired.permissionsPolicy());
	}

	private static Map<String, String> tags(DesiredRole desired) {
		return desired == null ? Map.of() : Map.of(MANAGED_BY, CONTROL_PLANE, GATEWAY_ID, desired.gatewayId().toString(),
				GATEWAY_NAME, desired.gatewayName());
	}

	private static Map<String, String> tagsOf(software.amazon.awssdk.services.iam.model.Role role) {
		return role.tags().stream().collect(java.util.stream.Collectors.toMap(Tag::key, Tag::value, (a, b) -> b));
	}

}
