package dev.agentcore.controlplane.stream;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.agentcore.controlplane.resource.CommittedEvents;
import dev.agentcore.controlplane.resource.EventPosition;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Problems;
import dev.agentcore.controlplane.web.Problems.FieldError;

@RestController
@Profile("!simulator")
@Tag(name = "Events", description = "Everything that happens to your resources, live")
class EventStreamController {

	static final String LAST_EVENT_ID = "Last-Event-ID";

	private final EventFeed feed;

	private final CommittedEvents events;

	private final StreamSettings settings;

	private final StreamQuota quota;

	EventStreamController(EventFeed feed, CommittedEvents events, StreamSettings settings, StreamQuota quota) {
		this.feed = feed;
		this.events = events;
		this.settings = settings;
		this.quota = quota;
	}

	@GetMapping(path = "/api/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(operationId = "streamEvents", summary = "Stream events as they are committed",
			description = "Server-Sent Events: every event of your team's resource histories (spec accepted, phase "
					+ "changed, AWS call, retry, failure, drift, deletion) in commit order, across replicas. Each message's "
					+ "id is the event id; reconnect with Last-Event-ID (EventSource does) to resume with nothing lost or "
					+ "repeated. Without it the stream starts now. A comment line is sent when the stream is idle; a reader "
					+ "that falls too far behind is disconnected and should reconnect. The stream ends when the token that "
					+ "opened it expires (a last comment says so); reconnect with a new token and Last-Event-ID. One caller "
					+ "holds at most controlplane.stream.max-per-caller streams (5 by default) at once; more are answered "
					+ "429 TOO_MANY_STREAMS. Admins see all teams, or one with ?team=.")
	@ApiResponse(responseCode = "200", description = "The event stream",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = StreamEvent.class)))
	@ProblemResponses({ 400, 429 })
	SseEmitter stream(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "admins only: one team's events") @RequestParam(required = false) String team,
			@Parameter(description = "the id of the last event received; the stream resumes after it")
			@RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId) {
		String scope = caller.admin() ? blankToNull(team) : caller.requireTeam();
		EventPosition start = start(lastEventId);
		String holder = caller.subject();
		quota.take(holder);
		try {
			SseEmitter emitter = new SseEmitter(settings.maxDuration().toMillis());
			Subscription subscription = new Subscription(scope, start, emitter, settings, tokenExpiry());
			emitter.onCompletion(subscription::closed);
			emitter.onTimeout(subscription::closed);
			emitter.onError(error -> subscription.closed());
			Thread.ofVirtual().name("event-stream").start(() -> {
				try {
					subscription.run(feed, events);
				}
				finally {
					quota.release(holder);
				}
			});
			return emitter;
		}
		catch (RuntimeException ex) {
			quota.release(holder);
			throw ex;
		}
	}

	private EventPosition start(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return events.horizon();
		}
		long id;
		try {
			id = Long.parseLong(lastEventId.trim());
		}
		catch (NumberFormatException ex) {
			throw invalid("must be the id of an event this stream sent");
		}
		return events.positionOf(id)
			.orElseThrow(() -> invalid("names no event (" + id + "); reconnect without it to start from now"));
	}

	private static ErrorResponseException invalid(String message) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validationFailed("1 field is invalid; see errors.",
				List.of(new FieldError(LAST_EVENT_ID, message))), null);
	}

	/** When the bearer token of this request expires, or null when it names no expiry. */
	private static Instant tokenExpiry() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token ? token.getToken().getExpiresAt()
				: null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
