package dev.agentcore.controlplane.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
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

import dev.agentcore.controlplane.resource.EventCursor;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Versions;
import dev.agentcore.controlplane.web.Violations;

@RestController
@Profile("!simulator")
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed deliveries of your team's events (Standard Webhooks)")
class WebhookController {

	static final String PATH = "/api/v1/webhooks/";

	private final WebhookManagement webhooks;

	private final Deliveries deliveries;

	private final Violations violations;

	WebhookController(WebhookManagement webhooks, Deliveries deliveries, Violations violations) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.violations = violations;
	}

	@PostMapping
	@Operation(summary = "Register a webhook", description = "201 with the signing secret (whsec_...), shown this once: "
			+ "every delivery carries webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256 of "
			+ "'<id>.<timestamp>.<body>'). The URL must be https and resolve to public addresses. Accepts "
			+ "Idempotency-Key; a replay answers 201 with the Location but without the secret. A team registers at "
			+ "most controlplane.webhooks.max-per-team webhooks (25 by default); beyond that 409 WEBHOOK_LIMIT_REACHED. "
			+ "Responses show the URL with user info and credential-like query values masked; a PUT that sends the "
			+ "masked URL back keeps the original.")
	@ProblemResponses({ 400, 409, 413, 415, 422, 503 })
	ResponseEntity<WebhookResponse> declare(@AuthenticationPrincipal Caller caller, @RequestBody WebhookRequest request) {
		violations.of(request).throwIfAny();
		WebhookManagement.Created created = webhooks.declare(caller, request);
		return ResponseEntity.created(URI.create(PATH + created.webhook().id()))
			.eTag(Versions.etag(created.webhook().version()))
			.cacheControl(CacheControl.noStore())
			.body(WebhookResponse.withSecret(created.webhook(), created.secret()));
	}

	@GetMapping
	@Operation(summary = "List webhooks", description = "Your team's webhooks in creation order, keyset-paginated; admins "
			+ "see all teams and may filter with ?team=.")
	@ProblemResponses({ 400 })
	Page<WebhookResponse> list(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "admins only: one team") @RequestParam(required = false) String team,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return webhooks.list(caller, team, PageRequest.of(limit, cursor)).map(WebhookResponse::from);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a webhook", description = "The ETag is the version to send in If-Match. The secret is not shown.")
	@ProblemResponses({ 404 })
	ResponseEntity<WebhookResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		Webhook webhook = webhooks.visible(caller, id);
		return ResponseEntity.ok().eTag(Versions.etag(webhook.version())).body(WebhookResponse.from(webhook));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a webhook", description = "Full replacement; needs If-Match. enabled=true re-enables a "
			+ "webhook that was disabled after failing. The secret stays.")
	@ProblemResponses({ 400, 404, 412, 413, 415, 428 })
	ResponseEntity<WebhookResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody WebhookRequest request) {
		violations.of(request).throwIfAny();
		Webhook webhook = webhooks.replace(caller, id, ifMatch, request);
		return ResponseEntity.ok().eTag(Versions.etag(webhook.version())).body(WebhookResponse.from(webhook));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a webhook", description = "Needs If-Match; deliveries still queued are dropped.")
	@ProblemResponses({ 404, 412, 428 })
	ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		webhooks.remove(caller, id, ifMatch);
		return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
	}

	@GetMapping("/{id}/deliveries")
	@Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's delivery attempts", description = "Newest first, keyset-paginated: the "
			+ "receiver's status code, the duration, the attempt number and the error of each attempt.")
	@ProblemResponses({ 400, 404 })
	Page<DeliveryResponse> deliveries(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		webhooks.visible(caller, id);
		EventCursor page = EventCursor.of(limit, cursor);
		List<DeliveryResponse> rows = deliveries.newestFirst(id, page.before(), page.limit() + 1);
		if (rows.size() <= page.limit()) {
			return new Page<>(rows, null);
		}
		List<DeliveryResponse> items = List.copyOf(rows.subList(0, page.limit()));
		return new Page<>(items, Long.toString(items.getLast().id()));
	}

}
