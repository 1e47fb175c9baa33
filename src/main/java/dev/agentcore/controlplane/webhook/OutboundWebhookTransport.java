package dev.agentcore.controlplane.webhook;

import java.net.URI;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.outbound.FetchFailed;
import dev.agentcore.controlplane.outbound.Fetched;
import dev.agentcore.controlplane.outbound.GuardedFetch;
import dev.agentcore.controlplane.outbound.OutboundBusy;
import dev.agentcore.controlplane.web.UrlRedaction;

/**
 * Deliveries through the service's one guarded outbound client: https to public addresses only (the
 * address checked is the address connected to), one deadline for the whole exchange, a size cap on
 * the answer, a bound on concurrent calls (of which the webhook's team holds its share), and no
 * redirects (a 3xx is a failed delivery). A name that does not resolve, an address that is not
 * allowed and a refused connection read the same to the team, and are retried alike: otherwise the
 * delivery log would tell anyone who registers a webhook which internal names exist. The details go
 * to the server log at DEBUG.
 */
@Component
class OutboundWebhookTransport implements WebhookTransport {

	static final String UNREACHABLE = "The endpoint cannot be reached: its host does not resolve to an allowed public "
			+ "address, or it refused or dropped the connection.";

	static final String TIMED_OUT = "The endpoint did not answer completely within the deadline.";

	private static final Logger log = LoggerFactory.getLogger(OutboundWebhookTransport.class);

	private final GuardedFetch fetch;

	OutboundWebhookTransport(GuardedFetch fetch) {
		this.fetch = fetch;
	}

	@Override
	public Outcome post(String team, URI url, Map<String, String> headers, byte[] body) {
		long started = System.nanoTime();
		try {
			Fetched response = fetch.post(team, url, "application/json", body, headers);
			int status = response.status();
			if (status >= 200 && status < 300) {
				return new Outcome(status, elapsed(started), null, true);
			}
			boolean retryable = status >= 500 || status == 408 || status == 429;
			return new Outcome(status, elapsed(started), "The receiver answered HTTP " + status + ".", retryable);
		}
		catch (FetchFailed ex) {
			log.debug("A webhook delivery of team {} failed: {}", team, UrlRedaction.redactUrls(ex.getMessage()));
			return switch (ex.reason()) {
				case NOT_ALLOWED, UNREACHABLE -> new Outcome(null, elapsed(started), UNREACHABLE, true);
				case TIMED_OUT -> new Outcome(null, elapsed(started), TIMED_OUT, true);
				case BAD_RESPONSE -> new Outcome(null, elapsed(started), ex.getMessage(), true);
				case TOO_LARGE -> new Outcome(null, elapsed(started), ex.getMessage(), false);
			};
		}
		catch (OutboundBusy ex) {
			return new Outcome(null, elapsed(started), "Every outbound slot of this replica was busy.", true);
		}
	}

	private static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
