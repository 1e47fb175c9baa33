package dev.agentcore.controlplane.webhook;

import java.net.URI;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.outbound.FetchFailed;
import dev.agentcore.controlplane.outbound.Fetched;
import dev.agentcore.controlplane.outbound.GuardedFetch;
import dev.agentcore.controlplane.outbound.OutboundBusy;

/**
 * Deliveries through the service's one guarded outbound client: https to public addresses only (the
 * address checked is the address connected to), one deadline for the whole exchange, a size cap on
 * the answer, a bound on concurrent calls, and no redirects (a 3xx is a failed delivery).
 */
@Component
class OutboundWebhookTransport implements WebhookTransport {

	private final GuardedFetch fetch;

	OutboundWebhookTransport(GuardedFetch fetch) {
		this.fetch = fetch;
	}

	@Override
	public Outcome post(URI url, Map<String, String> headers, byte[] body) {
		long started = System.nanoTime();
		try {
			Fetched response = fetch.post(url, "application/json", body, headers);
			int status = response.status();
			if (status >= 200 && status < 300) {
				return new Outcome(status, elapsed(started), null, true);
			}
			boolean retryable = status >= 500 || status == 408 || status == 429;
			return new Outcome(status, elapsed(started), "The receiver answered HTTP " + status + ".", retryable);
		}
		catch (FetchFailed ex) {
			boolean retryable = ex.reason() == FetchFailed.Reason.TIMED_OUT || ex.reason() == FetchFailed.Reason.UNREACHABLE
					|| ex.reason() == FetchFailed.Reason.BAD_RESPONSE;
			return new Outcome(null, elapsed(started), ex.getMessage(), retryable);
		}
		catch (OutboundBusy ex) {
			return new Outcome(null, elapsed(started), "Every outbound slot of this replica was busy.", true);
		}
	}

	private static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
