package dev.agentcore.controlplane.simulator;

import java.util.Set;
import java.util.UUID;

/** Target rules that need the gateway or the target's state: authorizer pairing, consent. */
final class TargetStates {

	private TargetStates() {
	}

	/** Identity-forwarding credentials need the matching inbound authorizer (developer guide, outbound authorization). */
	static void pairsWith(SimulatedGateway gateway, TargetInput spec) {
		String type = spec.credentialType();
		String authorizer = gateway.authorizerType();
		if (type.equals("JWT_PASSTHROUGH") && !Set.of("CUSTOM_JWT", "AUTHENTICATE_ONLY").contains(authorizer)) {
			throw AwsError.validation("credentialProviderConfigurations", "JWT_PASSTHROUGH needs a gateway with a CUSTOM_JWT "
					+ "or AUTHENTICATE_ONLY authorizer; gateway " + gateway.gatewayId() + " uses " + authorizer);
		}
		if (type.equals("CALLER_IAM_CREDENTIALS") && !authorizer.equals("AWS_IAM")) {
			throw AwsError.validation("credentialProviderConfigurations", "CALLER_IAM_CREDENTIALS needs a gateway with an "
					+ "AWS_IAM authorizer; gateway " + gateway.gatewayId() + " uses " + authorizer);
		}
	}

	static void requireNoConsentAwaited(SimulatedTarget target) {
		if (target.awaitingConsent()) {
			throw AwsError.conflict("Target " + target.targetId() + " is " + target.status()
					+ "; it takes no change until the user consents at its authorization URL");
		}
	}

	static SimulatedTarget.Consent consent(String base, TargetInput spec) {
		String token = UUID.randomUUID().toString();
		return new SimulatedTarget.Consent(token, base + SimulatorControlsController.CONSENT_PATH + token, "simulated-user",
				false, SimulatedTarget.credentials(spec.members()));
	}

	/** A new consent for the same credentials and user, at a new URL of the same simulator. */
	static SimulatedTarget.Consent renewed(SimulatedTarget.Consent previous) {
		String token = UUID.randomUUID().toString();
		return new SimulatedTarget.Consent(token, base(previous.url()) + SimulatorControlsController.CONSENT_PATH + token,
				previous.userId(), false, previous.credentials());
	}

	static String base(String url) {
		return url.substring(0, url.indexOf(SimulatorControlsController.CONSENT_PATH));
	}

}
