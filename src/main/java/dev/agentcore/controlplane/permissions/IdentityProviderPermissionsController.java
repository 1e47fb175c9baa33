package dev.agentcore.controlplane.permissions;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;

@RestController
@Tag(name = "IDP profiles")
class IdentityProviderPermissionsController {

	private final IdpProfileManagement profiles;

	IdentityProviderPermissionsController(IdpProfileManagement profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/v1/idp-profiles/{id}/permissions")
	@Operation(summary = "The IAM policy the control plane needs for a managed identity provider",
			description = "For the identity that runs the control plane: the Cognito user pool operations on exactly this "
					+ "profile's pool, and the Secrets Manager operations on exactly its client secrets.")
	@ProblemResponses({ 404, 409 })
	IdentityProviderPermissions.ManagedIdpPlan permissions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		IdpProfile profile = profiles.visible(caller, id);
		if (!profile.isManaged()) {
			throw PermissionsProblems.notManaged();
		}
		return IdentityProviderPermissions.plan(profile.managedIdp().aws().userPoolArn(), profile.secretNamePrefix());
	}

}
