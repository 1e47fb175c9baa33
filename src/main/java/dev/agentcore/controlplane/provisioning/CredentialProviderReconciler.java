package dev.agentcore.controlplane.provisioning;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.credentialprovider.CredentialProvider;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderManagement;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderStatus;
import dev.agentcore.controlplane.credentialprovider.PendingSecrets;
import dev.agentcore.controlplane.credentialprovider.VendorRules;
import dev.agentcore.controlplane.credentialprovider.Vendors;

/**
 * Credential providers on the shared skeleton. The secret AgentCore should hold comes from {@link PendingSecrets}
 * while the generation that carried it is not applied; once sent, AgentCore keeps it. Its ARN and (OAuth2) callback
 * URL are the identity AWS gives it, the token vault's secret ARN its own column.
 */
@Component
class CredentialProviderReconciler
		extends ResourceReconciler<CredentialProvider, DesiredCredentialProvider, AgentCoreCredentials.Provider> {

	private final PendingSecrets secrets;

	private final CredentialProviderStatus status;

	CredentialProviderReconciler(ReconcileSupport support, CredentialProviderManagement providers,
			CredentialProviderStatus status, AgentCoreCredentials aws, PendingSecrets secrets) {
		super(support, Kinds.credentialProvider(providers, status, aws, secrets));
		this.secrets = secrets;
		this.status = status;
	}

	@Override
	DesiredCredentialProvider desired(CredentialProvider provider) {
		CredentialProviderSpec spec = provider.spec();
		String secret = null;
		if (provider.status().observedGeneration() < provider.secretGeneration()) {
			switch (secrets.state(provider.id(), provider.secretGeneration())) {
				case PENDING -> secret = secrets.reveal(provider.id(), provider.secretGeneration());
				case SENT -> {
				}
				case MISSING -> throw new Unreconcilable("SECRET_MISSING", "The "
						+ (spec.type() == CredentialProviderSpec.ProviderType.OAUTH2 ? "clientSecret" : "apiKey")
						+ " of generation " + provider.secretGeneration() + " was not sent to AgentCore and is no longer held "
						+ "(the control plane keeps secrets only in memory, for a short time, and restarted or passed the time "
						+ "limit). PUT the provider again with its secret.");
			}
		}
		if (spec.type() == CredentialProviderSpec.ProviderType.API_KEY) {
			return new DesiredCredentialProvider(provider.name(), false, null, null, null, null, null, secret);
		}
		CredentialProviderSpec.OAuth2 oauth2 = spec.oauth2();
		String member = Vendors.configMember(spec.vendor());
		CredentialProviderSpec.Metadata metadata = oauth2.authorizationServerMetadata();
		if (metadata == null && member.equals("includedOauth2ProviderConfig") && oauth2.discoveryUrl() != null) {
			metadata = new CredentialProviderSpec.Metadata(VendorRules.issuer(spec.vendor(), oauth2), null, null, null, null);
		}
		return new DesiredCredentialProvider(provider.name(), true, spec.vendor(), member, oauth2.clientId(),
				member.equals("customOauth2ProviderConfig") ? oauth2.discoveryUrl() : null, metadata, secret);
	}

	@Override
	Next ready(CredentialProvider provider, String awsId, AgentCoreCredentials.Provider observed, Report report) {
		if (observed.secretArn() != null && !observed.secretArn().equals(provider.aws().secretArn())) {
			report.record(status.secretArn(observed.secretArn()));
		}
		return super.ready(provider, awsId, observed, report);
	}

	@Override
	AwsState classify(String awsStatus) {
		return awsStatus == null || awsStatus.equals("READY") ? AwsState.READY : AwsState.ofAgentCore(awsStatus);
	}

	@Override
	String fixHint() {
		return "Fix the spec and PUT it (with the secret), or POST .../reconcile.";
	}

}
