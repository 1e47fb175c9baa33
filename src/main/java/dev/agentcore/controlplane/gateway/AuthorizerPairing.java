package dev.agentcore.controlplane.gateway;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.web.InvalidRequest;

/**
 * Target credentials that forward the caller's identity work only behind the matching inbound
 * authorizer: JWT passthrough needs a gateway that validates JWTs (CUSTOM_JWT or
 * AUTHENTICATE_ONLY), caller IAM credentials need an AWS_IAM gateway. Checked both ways: when a
 * target is declared, and when its gateway's authorizer changes.
 */
public enum AuthorizerPairing {

	JWT_PASSTHROUGH(EnumSet.of(AuthorizerType.CUSTOM_JWT, AuthorizerType.AUTHENTICATE_ONLY), "PASSTHROUGH_NEEDS_JWT_AUTHORIZER",
			"forwards the caller's JWT, which only a CUSTOM_JWT or AUTHENTICATE_ONLY gateway validates and keeps"),
	CALLER_IAM_CREDENTIALS(EnumSet.of(AuthorizerType.AWS_IAM), "CALLER_IAM_NEEDS_IAM_AUTHORIZER",
			"signs with the caller's IAM identity, which only an AWS_IAM gateway knows");

	private final Set<AuthorizerType> authorizers;

	private final String code;

	private final String why;

	AuthorizerPairing(Set<AuthorizerType> authorizers, String code, String why) {
		this.authorizers = authorizers;
		this.code = code;
		this.why = why;
	}

	/** A target with {@code credentialType} on a gateway whose authorizer is {@code gateway}: 400 unless they pair. */
	public static void checkTarget(AuthorizerType gateway, String credentialType) {
		for (AuthorizerPairing pairing : values()) {
			if (pairing.name().equals(credentialType) && !pairing.authorizers.contains(gateway)) {
				throw InvalidRequest.rule(pairing.code, "credentials.type", credentialType + " " + pairing.why
						+ "; this gateway's authorizer is " + gateway + ". Use another credential type, or a gateway with a "
						+ pairing.authorizers + " authorizer.");
			}
		}
	}

	/** A gateway authorizer changing to {@code gateway}, with targets (name to credential type): 400 naming those it breaks. */
	static void checkGateway(AuthorizerType gateway, Map<String, String> targetCredentials) {
		for (AuthorizerPairing pairing : values()) {
			List<String> broken = targetCredentials.entrySet()
				.stream()
				.filter(target -> target.getValue().equals(pairing.name()) && !pairing.authorizers.contains(gateway))
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			if (!broken.isEmpty()) {
				InvalidRequest problem = InvalidRequest.rule(pairing.code, "authorizer.type", "Target(s) " + broken + " use "
						+ pairing.name() + ", which " + pairing.why + "; a " + gateway + " authorizer would break them. Change "
						+ "their credentials first, or keep a " + pairing.authorizers + " authorizer.");
				problem.getBody().setProperty("targets", broken);
				throw problem;
			}
		}
	}

}
