package dev.agentcore.controlplane.provisioning;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.permissions.GatewayPermissions.PlannedTarget;

/**
 * What must hold before a gateway's change reaches AWS: its managed execution role is in IAM, its
 * managed IDP profile has its user pool and app clients, its policy engine is READY, and the
 * preflight finds nothing missing in IAM. The desired state carries what AWS gave those resources
 * (the role's and the engine's ARNs, the profile's settings). One collaborator, because the gateway
 * reconciler asks all of them at the same points and in this order.
 */
@Component
class GatewayPrerequisites {

	private final RoleGate roles;

	private final IdpProfileManagement profiles;

	private final GatewayPolicyEngines policyEngines;

	private final Preflight preflight;

	GatewayPrerequisites(RoleGate roles, IdpProfileManagement profiles, GatewayPolicyEngines policyEngines,
			Preflight preflight) {
		this.roles = roles;
		this.profiles = profiles;
		this.policyEngines = policyEngines;
		this.preflight = preflight;
	}

	/** What the gateway waits for, first the role, then the profile, then the engine; null when nothing. */
	String blocked(Gateway gateway) {
		String role = roles.beforeGateway(gateway);
		if (role != null) {
			return role;
		}
		GatewaySpec.Authorizer authorizer = gateway.spec().authorizer();
		if (!authorizer.type().validatesJwt()) {
			return policyEngines.blocked(gateway);
		}
		return profiles.find(authorizer.idpProfileId())
			.filter(profile -> !profile.authorizerReady())
			.map(profile -> "Waiting for IDP profile " + profile.name() + " to create its user pool and app clients (it is "
					+ profile.status().phase() + ").")
			.orElseGet(() -> policyEngines.blocked(gateway));
	}

	/** The desired state: the spec with the managed role's ARN, the engine's ARN and the profile's settings. */
	DesiredGateway desired(Gateway gateway) {
		GatewaySpec spec = roles.applied(gateway);
		String policyEngineArn = policyEngines.arn(gateway);
		if (!spec.authorizer().type().validatesJwt()) {
			return new DesiredGateway(gateway.name(), spec, null, policyEngineArn);
		}
		return profiles.find(spec.authorizer().idpProfileId())
			.map(IdpProfile::spec)
			.map(profile -> new DesiredGateway(gateway.name(), spec, profile, policyEngineArn))
			.orElseThrow(() -> new Unreconcilable("IDP_PROFILE_MISSING", "The IDP profile of the authorizer no longer exists."));
	}

	/** Right before the gateway is created or updated: asks IAM what would otherwise fail later. */
	void preflight(Gateway gateway, List<PlannedTarget> targets, Report report) {
		preflight.gateway(gateway, targets, report);
	}

	/** The gateway is gone: its managed role, which waited for it, may go now. */
	void gatewayDeleted(Gateway gateway) {
		roles.gatewayDeleted(gateway);
	}

}
