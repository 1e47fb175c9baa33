package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.credentialprovider.CredentialProvider;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderManagement;
import dev.agentcore.controlplane.gatewayrule.GatewayRule;
import dev.agentcore.controlplane.gatewayrule.RuleManagement;
import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * What hangs off a gateway's targets: the rules that route to them (deleted before them) and the credential
 * providers their credentials name by id (READY before them, their ARN in the target's spec).
 */
@Component
class GatewayDependents {

	private final RuleManagement rules;

	private final CredentialProviderManagement providers;

	GatewayDependents(RuleManagement rules, CredentialProviderManagement providers) {
		this.rules = rules;
		this.providers = providers;
	}

	/** The rules of a gateway: it is deleted after them, and wakes them when READY. */
	List<GatewayRule> rulesOf(UUID gatewayId) {
		return rules.rulesOf(gatewayId);
	}

	/** The rules that route to a target: it is deleted after them, and wakes them when READY. */
	List<GatewayRule> rulesRoutingTo(GatewayTarget target) {
		return rules.rulesOf(target.gatewayId()).stream()
			.filter(rule -> rule.spec().targets().contains(target.name()))
			.toList();
	}

	/** A target whose credentials name a credential provider by id waits for it to be READY in AWS. */
	Wait<TargetReconciler.Row> targetsProviderWait() {
		return Wait.forResource(ResourceType.CREDENTIAL_PROVIDER, row -> providerOf(row.target()),
				provider -> !provider.deletionRequested() && provider.aws().providerArn() != null
						&& provider.status().phase() == Phase.READY,
				provider -> "Waiting for credential provider " + provider.name() + " to be READY (it is "
						+ (provider.deletionRequested() ? Phase.DELETING : provider.status().phase()) + ").");
	}

	/** The target's spec as AWS takes it: a credential provider named by id, named by its ARN. */
	TargetSpec targetSpec(GatewayTarget target) {
		Credentials credentials = target.spec().credentials();
		if (credentials == null || credentials.providerId() == null) {
			return target.spec();
		}
		CredentialProvider provider = providerOf(target).filter(found -> found.aws().providerArn() != null)
			.orElseThrow(() -> new Unreconcilable("CREDENTIAL_PROVIDER_MISSING", "Credential provider "
					+ credentials.providerId() + " the credentials name is gone. PUT the target with another providerId."));
		return target.spec().withCredentials(credentials.withProviderArn(provider.aws().providerArn()));
	}

	private Optional<CredentialProvider> providerOf(GatewayTarget target) {
		Credentials credentials = target.spec().credentials();
		return credentials == null || credentials.providerId() == null ? Optional.empty()
				: providers.find(credentials.providerId());
	}

}
