package dev.agentcore.controlplane.credentialprovider;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceResponses;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@RequestMapping("/api/v1/credential-providers")
@Tag(name = "Credential providers", description = "AgentCore Identity: OAuth2 and API-key credential providers that "
		+ "gateway targets authenticate to their backends with; secrets are write-only")
class CredentialProviderController {

	static final String PATH = "/api/v1/credential-providers/";

	private final CredentialProviderManagement providers;

	private final Violations violations;

	CredentialProviderController(CredentialProviderManagement providers, Violations violations) {
		this.providers = providers;
		this.violations = violations;
	}

	@PostMapping
	@Operation(summary = "Declare a credential provider", description = "Accepted at once (202); the provisioner creates "
			+ "it in AgentCore Identity's token vault and shows its ARN, its secret's ARN and (OAuth2) the callback URL in "
			+ "'aws'. clientSecret and apiKey are write-only: sent to AgentCore, never stored or shown. Vendor rules are "
			+ "checked first, each with its own code. Accepts Idempotency-Key.")
	@ProblemResponses({ 400, 409, 413, 415, 422 })
	ResponseEntity<CredentialProviderResponse> declare(@AuthenticationPrincipal Caller caller,
			@RequestBody CredentialProviderRequest request) {
		check(request);
		return accepted(providers.declare(caller, request.name(), request.spec(), request.secret()));
	}

	@GetMapping
	@Operation(summary = "List credential providers", description = "Your team's providers in creation order, "
			+ "keyset-paginated; admins see all teams and may filter with ?team=.")
	@ProblemResponses({ 400 })
	Page<CredentialProviderResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Phase phase,
			@RequestParam(required = false) String name,
			@Parameter(description = "admins only: one team") @RequestParam(required = false) String team,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return providers.list(caller, team, phase, name, PageRequest.of(limit, cursor)).map(CredentialProviderResponse::from);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a credential provider", description = "Never shows the secret. The ETag is the version to "
			+ "send in If-Match.")
	@ProblemResponses({ 404 })
	ResponseEntity<CredentialProviderResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		CredentialProvider provider = providers.visible(caller, id);
		return ResourceResponses.read(provider, CredentialProviderResponse.from(provider));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a credential provider", description = "Full replacement; needs If-Match. The name and "
			+ "type cannot change. Without clientSecret or apiKey AgentCore keeps the secret it holds; with one, the secret "
			+ "is rotated (an event says so, without the value). A changed OAuth2 configuration needs the clientSecret "
			+ "(SECRET_REQUIRED_FOR_CHANGE): AgentCore replaces it whole.")
	@ProblemResponses({ 400, 404, 409, 412, 413, 415, 428 })
	ResponseEntity<CredentialProviderResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody CredentialProviderRequest request) {
		check(request);
		return accepted(providers.respecify(caller, id, ifMatch, request.name(), request.spec(), request.secret()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a credential provider", description = "Needs If-Match. Refused with "
			+ "CREDENTIAL_PROVIDER_IN_USE (naming the targets) while a target names it. The provider disappears (GET 404) "
			+ "once AgentCore confirms.")
	@ProblemResponses({ 404, 409, 412, 428 })
	ResponseEntity<CredentialProviderResponse> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return accepted(providers.requestDeletion(caller, id, ifMatch));
	}

	@PostMapping("/{id}/reconcile")
	@Operation(summary = "Reconcile now", description = "Observe AWS and retry at once; also ends a terminal failure.")
	@ProblemResponses({ 404 })
	ResponseEntity<CredentialProviderResponse> reconcile(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		return accepted(providers.requestReconcile(caller, id));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "History of the provider", description = "Newest first, keyset-paginated. Rotations are "
			+ "recorded without the secret.")
	@ProblemResponses({ 400, 404 })
	Page<ResourceEvent> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return providers.events(caller, id, limit, cursor);
	}

	private void check(CredentialProviderRequest request) {
		Violations.Collector found = violations.of(request);
		String misplaced = request.misplacedSecret();
		if (misplaced != null) {
			found.add(misplaced, "is not a member of a " + request.type() + " provider");
		}
		found.throwIfAny();
	}

	private static ResponseEntity<CredentialProviderResponse> accepted(CredentialProvider provider) {
		return ResourceResponses.accepted(PATH, provider, CredentialProviderResponse.from(provider));
	}

}
