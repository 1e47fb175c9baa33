package dev.agentcore.controlplane.credentialprovider;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems;

/** The problems of the credential provider module besides the kit's and the vendor rules'. */
final class CredentialProviderProblems {

	private CredentialProviderProblems() {
	}

	static ErrorResponseException typeImmutable(ProviderType type) {
		return Problems.conflict("CREDENTIAL_PROVIDER_TYPE_IMMUTABLE", "The provider is " + type + " and stays so (AgentCore "
				+ "keeps OAuth2 and API-key providers apart). Create a new provider of the other type instead.");
	}

	/** A changed OAuth2 configuration goes to AgentCore whole, client secret included. */
	static InvalidRequest secretNeededForChange() {
		return InvalidRequest.rule("SECRET_REQUIRED_FOR_CHANGE", "oauth2.clientSecret", "AgentCore replaces an OAuth2 "
				+ "provider's whole configuration, client secret included (UpdateOauth2CredentialProvider), and the control "
				+ "plane does not keep the secret: send clientSecret with a changed vendor or oauth2.");
	}

	/**
	 * @param targets the targets (of teams the caller sees) that name the provider
	 * @param othersHidden how many more, of other teams
	 */
	static ErrorResponseException inUse(List<String> targets, int othersHidden) {
		String others = othersHidden == 0 ? "" : (targets.isEmpty() ? "" : " and ") + othersHidden
				+ " target(s) of other teams";
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "CREDENTIAL_PROVIDER_IN_USE", "The credential provider "
				+ "is used by " + (targets.isEmpty() ? "" : "target(s) " + targets) + others + ". Change their credentials or "
				+ "delete them first.");
		problem.setProperty("targets", targets);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

}
