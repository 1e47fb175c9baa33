package dev.agentcore.controlplane.idp;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

import dev.agentcore.controlplane.outbound.GuardedFetch;
import dev.agentcore.controlplane.resource.ResourceResponses;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Versions;
import dev.agentcore.controlplane.web.Violations;

@RestController
@RequestMapping("/api/v1/idp-profiles")
@Tag(name = "IDP profiles", description = "Reusable JWT authorizer settings for gateways (Cognito, Auth0, Okta, OIDC)")
class IdpProfileController {

	private final IdpProfileManagement profiles;

	private final Violations violations;

	private final GuardedFetch fetch;

	private final ProfileRemovals removals;

	private final ProfileDiscovery discovery;

	private final GatewayUsage usage;

	IdpProfileController(IdpProfileManagement profiles, Violations violations, GuardedFetch fetch,
			ProfileRemovals removals, ProfileDiscovery discovery, GatewayUsage usage) {
		this.profiles = profiles;
		this.violations = violations;
		this.fetch = fetch;
		this.removals = removals;
		this.discovery = discovery;
		this.usage = usage;
	}

	@PostMapping
	@Operation(summary = "Declare an IDP profile",
			description = "Checks the seed's provider rules (Cognito tokens have no 'aud', Auth0/Okta need an audience, ...) "
					+ "and runs the live discovery check (one 5 s deadline per fetch, 512 KB at most, public addresses only). "
					+ "With 'managed' (provider COGNITO, no discoveryUrl or allowedClients) the provisioner creates the user "
					+ "pool, its domain, the resource server and one app client per entry, keeps each client secret in "
					+ "Secrets Manager, and fills in discoveryUrl and allowedClients; follow 'status'. Accepts Idempotency-Key.")
	@ProblemResponses({ 400, 409, 413, 415, 422, 503 })
	ResponseEntity<IdpProfileResponse> declare(@AuthenticationPrincipal Caller caller,
			@RequestBody IdpProfileRequest request) {
		validate(request);
		IdpProfile profile = profiles.declare(caller, request.name(), request.spec(), request.managed());
		return ResponseEntity.created(URI.create("/api/v1/idp-profiles/" + profile.id()))
			.eTag(Versions.etag(profile.version()))
			.body(IdpProfileResponse.from(profile, 0));
	}

	@GetMapping
	@Operation(summary = "List IDP profiles", description = "Your team's profiles in creation order; admins see all teams "
			+ "and may filter with ?team=.")
	@ProblemResponses({ 400 })
	Page<IdpProfileResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Provider provider,
			@RequestParam(required = false) String name,
			@Parameter(description = "admins only: one team (empty means all teams)") @RequestParam(required = false) String team,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		Page<IdpProfile> page = profiles.list(caller, team, provider, name, PageRequest.of(limit, cursor));
		Map<UUID, Long> counts = usage.countsFor(page.items().stream().map(IdpProfile::id).toList());
		return page.map(profile -> IdpProfileResponse.from(profile, counts.getOrDefault(profile.id(), 0L)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an IDP profile")
	@ProblemResponses({ 404 })
	ResponseEntity<IdpProfileResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		return withETag(profiles.visible(caller, id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace an IDP profile",
			description = "Needs If-Match. Every gateway that uses the profile gets a new generation and is provisioned again. "
					+ "A managed profile's clients can be added and removed (the provisioner creates and deletes them, with "
					+ "their secrets); its resource server identifier and domain prefix cannot change, and a profile cannot "
					+ "change between managed and not (MANAGED_IMMUTABLE).")
	@ProblemResponses({ 400, 404, 409, 412, 413, 415, 428, 503 })
	ResponseEntity<IdpProfileResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody IdpProfileRequest request) {
		validate(request);
		return withETag(profiles.respecify(caller, id, ifMatch, request.name(), request.spec(), request.managed()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an IDP profile", description = "Needs If-Match; refused with IDP_PROFILE_IN_USE while gateways "
			+ "use it. A profile the team runs goes at once (204). A managed one answers 202: the provisioner deletes its app "
			+ "clients and their secrets, the resource server, the domain and the user pool, in that order, and the profile "
			+ "disappears (GET 404) once AWS confirms.")
	@ApiResponse(responseCode = "202", description = "A managed profile is being deleted")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ProblemResponses({ 404, 409, 412, 428 })
	ResponseEntity<IdpProfileResponse> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return removals.remove(caller, id, ifMatch)
			.map(deleting -> ResponseEntity.status(HttpStatus.ACCEPTED).eTag(Versions.etag(deleting.version()))
				.body(IdpProfileResponse.from(deleting, 0)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/{id}/reconcile")
	@Operation(summary = "Reconcile a managed profile now", description = "Observe AWS and retry at once; also ends a "
			+ "terminal failure. Nothing happens for a profile the team runs.")
	@ProblemResponses({ 404 })
	ResponseEntity<IdpProfileResponse> reconcile(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		IdpProfile profile = profiles.requestReconcile(caller, id);
		return ResponseEntity.status(HttpStatus.ACCEPTED).eTag(Versions.etag(profile.version()))
			.body(IdpProfileResponse.from(profile, usage.countsFor(List.of(id)).getOrDefault(id, 0L)));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "History of a managed profile", description = "What the provisioner did to the user pool, domain, "
			+ "resource server, app clients and secrets; newest first, keyset-paginated.")
	@ProblemResponses({ 400, 404 })
	Page<ResourceEvent> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return profiles.events(caller, id, limit, cursor);
	}

	@PostMapping("/{id}/discovery-check")
	@Operation(summary = "Run the discovery check again", description = "Fetches the discovery document and the JWKS now.")
	@ProblemResponses({ 404, 503 })
	ResponseEntity<IdpProfileResponse> recheck(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		return withETag(discovery.recheck(caller, id));
	}

	@PostMapping("/{id}/token-checks")
	@Operation(summary = "Explain why a token would be accepted or refused",
			description = "Runs the authorizer's checks (signature, issuer, expiry, notBefore, audience, clients, scopes, "
					+ "custom claims) against this profile and says how to fix each failure. The token is never stored or logged, "
					+ "and the answer is never kept for an Idempotency-Key. Needs only the read scope. Encrypted tokens (JWE) are "
					+ "refused with ENCRYPTED_TOKEN.")
	@ProblemResponses({ 400, 404, 409, 503 })
	TokenCheck checkToken(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestBody TokenCheckRequest request) {
		violations.of(request).throwIfAny();
		return profiles.diagnose(caller, id, request.token());
	}

	private ResponseEntity<IdpProfileResponse> withETag(IdpProfile profile) {
		long used = usage.countsFor(List.of(profile.id())).getOrDefault(profile.id(), 0L);
		return ResourceResponses.read(profile, IdpProfileResponse.from(profile, used));
	}

	private void validate(IdpProfileRequest request) {
		IdpProfileRules.checkRequest(request, violations.of(request), fetch.allowsPrivateNetworks());
	}

}
