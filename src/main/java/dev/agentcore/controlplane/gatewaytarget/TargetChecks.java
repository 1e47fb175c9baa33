package dev.agentcore.controlplane.gatewaytarget;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderManagement;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;
import dev.agentcore.controlplane.web.Violations;

/**
 * Every rule of a target request, for POST, PUT, their plans and imports: all field violations at
 * once, then the credentials matrix. Inline schemas are parsed within {@link SchemaParsingSlots}.
 */
@Component
class TargetChecks {

	private final Violations violations;

	private final SchemaParsingSlots parsing;

	private final CredentialProviderManagement providers;

	TargetChecks(Violations violations, SchemaParsingSlots parsing, CredentialProviderManagement providers) {
		this.violations = violations;
		this.parsing = parsing;
		this.providers = providers;
	}

	/** {@link #check(TargetRequest)}, and a provider named by id is one of {@code team}'s, of the credentials' type. */
	void check(TargetRequest request, String team) {
		check(request);
		Credentials credentials = request.spec().credentials();
		if (credentials != null && credentials.providerId() != null) {
			providers.requireUsable(team, credentials.providerId(),
					credentials.type() == Credentials.CredentialType.OAUTH ? ProviderType.OAUTH2 : ProviderType.API_KEY,
					"credentials.providerId");
		}
	}

	void check(TargetRequest request) {
		Violations.Collector found = violations.of(request);
		if (hasInlineSchema(request)) {
			parsing.run(() -> TargetRules.check(request, found));
		}
		else {
			TargetRules.check(request, found);
		}
		found.throwIfAny();
		CredentialRules.allowed(request.type(), request.spec().credentials());
	}

	private static boolean hasInlineSchema(TargetRequest request) {
		return (request.openApi() != null && request.openApi().inline() != null)
				|| (request.smithy() != null && request.smithy().inline() != null);
	}

}
