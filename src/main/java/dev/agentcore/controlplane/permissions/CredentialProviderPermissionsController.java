package dev.agentcore.controlplane.permissions;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.credentialprovider.CredentialProvider;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderManagement;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;

/** What the control plane's own identity needs to manage a credential provider. */
@RestController
@Tag(name = "Credential providers")
class CredentialProviderPermissionsController {

	private final CredentialProviderManagement providers;

	CredentialProviderPermissionsController(CredentialProviderManagement providers) {
		this.providers = providers;
	}

	@GetMapping("/api/v1/credential-providers/{id}/permissions")
	@Operation(operationId = "credentialProviderPermissions", summary = "Least-privilege IAM policy to manage the provider",
			description = "What the control plane's AWS identity needs to create, change and delete the provider (and the "
					+ "token vault's secret AgentCore keeps for it). What a gateway's execution role needs to use it is in "
					+ "the gateway's permissions.")
	@ProblemResponses({ 404 })
	CredentialProviderPermissions.Plan providerPermissions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		CredentialProvider provider = providers.visible(caller, id);
		return CredentialProviderPermissions.plan(provider, "*");
	}

}
