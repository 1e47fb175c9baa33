package dev.agentcore.controlplane.provisioning;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.idp.IdpProfileSpec;

/**
 * What AWS should hold for a gateway.
 *
 * @param name the gateway's name
 * @param spec its declared spec
 * @param profile the IDP profile behind a CUSTOM_JWT authorizer; null otherwise
 * @param policyEngineArn the ARN of the policy engine to attach (resolved from our engine when the spec names it
 * by id); null when none
 */
public record DesiredGateway(String name, GatewaySpec spec, IdpProfileSpec profile, String policyEngineArn) {

	/** A gateway whose policy engine, if any, the spec names by ARN. */
	public DesiredGateway(String name, GatewaySpec spec, IdpProfileSpec profile) {
		this(name, spec, profile, spec.policyEngine() == null ? null : spec.policyEngine().arn());
	}

}
