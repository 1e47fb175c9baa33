package dev.agentcore.controlplane.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Ids;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.Problems;
import dev.agentcore.controlplane.web.Problems.FieldError;
import dev.agentcore.controlplane.web.Timestamps;
import dev.agentcore.controlplane.web.UrlRedaction;
import dev.agentcore.controlplane.web.Versions;

/** Declares, replaces and removes a team's webhooks; each change is audited (without the secret). */
@Service
class WebhookManagement {

	private final Webhooks webhooks;

	private final SecretBox secrets;

	private final Destinations destinations;

	private final ApplicationEventPublisher publisher;

	private final WebhookSettings settings;

	WebhookManagement(Webhooks webhooks, SecretBox secrets, Destinations destinations,
			ApplicationEventPublisher publisher, WebhookSettings settings) {
		this.webhooks = webhooks;
		this.secrets = secrets;
		this.destinations = destinations;
		this.publisher = publisher;
		this.settings = settings;
	}

	/** The new webhook and its secret, which is shown this once. */
	record Created(Webhook webhook, String secret) {
	}

	@Transactional
	Created declare(Caller caller, WebhookRequest request) {
		String team = caller.requireTeam();
		secrets.requireKey();
		checkUrl(request.url());
		if (webhooks.countLockingTeam(team) >= settings.maxPerTeam()) {
			throw new ErrorResponseException(HttpStatus.CONFLICT, Problems.problem(HttpStatus.CONFLICT,
					"WEBHOOK_LIMIT_REACHED", "Team " + team + " already has " + settings.maxPerTeam()
							+ " webhooks, the most a team may register. Delete one it no longer needs, or subscribe an "
							+ "existing one to more event types."),
					null);
		}
		Instant now = Timestamps.now();
		Webhook webhook = new Webhook(Ids.newId(), team, request.url(), request.description(), request.types(),
				request.isEnabled(), null, null, 1, now, now, caller.actor());
		String secret = SecretBox.generate();
		webhooks.insert(webhook, secrets.seal(secret, webhook.id().toString()));
		publisher.publishEvent(ChangeAccepted.created(ref(webhook), spec(webhook)));
		return new Created(webhook, secret);
	}

	@Transactional
	Webhook replace(Caller caller, UUID id, String ifMatch, WebhookRequest request) {
		Webhook current = visible(caller, id);
		Versions.requireIfMatch(ifMatch, current.version());
		// The API shows URLs with their secrets masked; sending that form back keeps the original.
		String url = UrlRedaction.isRedactedFormOf(request.url(), current.url()) ? current.url() : request.url();
		checkUrl(url);
		boolean reenabled = request.isEnabled() && !current.enabled();
		Webhook replaced = new Webhook(id, current.team(), url, request.description(), request.types(),
				request.isEnabled(), reenabled ? null : current.disabledReason(),
				reenabled ? null : current.failingSince(), current.version() + 1, current.createdAt(), Timestamps.now(),
				current.createdBy());
		if (!webhooks.replace(replaced, current.version())) {
			throw Versions.stale(current.version() + 1);
		}
		publisher.publishEvent(ChangeAccepted.replaced(ref(replaced), spec(current), spec(replaced)));
		return replaced;
	}

	@Transactional
	void remove(Caller caller, UUID id, String ifMatch) {
		Webhook current = visible(caller, id);
		Versions.requireIfMatch(ifMatch, current.version());
		webhooks.delete(id);
		publisher.publishEvent(ChangeAccepted.deleted(ref(current), spec(current)));
	}

	Page<Webhook> list(Caller caller, String team, PageRequest page) {
		String scope = caller.admin() ? team : caller.requireTeam();
		return page.page(webhooks.page(scope, page.after(), page.fetchSize()), Webhook::id);
	}

	/** The webhook if the caller may see it; otherwise 404, whether it exists or not. */
	Webhook visible(Caller caller, UUID id) {
		return webhooks.find(id)
			.filter(webhook -> caller.canSee(webhook.team()))
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					Problems.problem(HttpStatus.NOT_FOUND, "WEBHOOK_NOT_FOUND", "There is no webhook " + id + "."), null));
	}

	private void checkUrl(String url) {
		String refusal;
		try {
			refusal = destinations.refusal(new URI(url));
		}
		catch (URISyntaxException ex) {
			refusal = "is not a URL";
		}
		if (refusal != null) {
			throw InvalidRequest.fields(List.of(new FieldError("url", refusal)));
		}
	}

	private static ResourceRef ref(Webhook webhook) {
		return ResourceRef.root(ResourceType.WEBHOOK, webhook.id(), webhook.team());
	}

	/** What the audit trail compares: everything a team declares, never the secret. */
	private static Map<String, Object> spec(Webhook webhook) {
		return Map.of("url", webhook.url(), "description", webhook.description() == null ? "" : webhook.description(),
				"eventTypes", webhook.eventTypes(), "enabled", webhook.enabled());
	}

}
