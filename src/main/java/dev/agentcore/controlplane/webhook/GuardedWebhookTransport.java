package dev.agentcore.controlplane.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Deliveries over java.net.http with the SSRF guard before every call, a connect and response
 * deadline, no redirects (a 3xx is a failed delivery), and at most 4 KB of the response read.
 */
@Component
class GuardedWebhookTransport implements WebhookTransport {

	private final Destinations destinations;

	private final WebhookSettings settings;

	private final HttpClient client;

	GuardedWebhookTransport(Destinations destinations, WebhookSettings settings) {
		this.destinations = destinations;
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Outcome post(URI url, Map<String, String> headers, byte[] body) {
		long started = System.nanoTime();
		String refused = destinations.refusal(url, true);
		if (refused != null) {
			return new Outcome(null, elapsed(started), "The URL " + refused + ".", false);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(settings.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "agentcore-control-plane-webhooks")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		try {
			HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream answer = response.body()) {
				answer.readNBytes(4096);
			}
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return new Outcome(status, elapsed(started), null, true);
			}
			boolean retryable = status >= 500 || status == 408 || status == 429;
			return new Outcome(status, elapsed(started), "The receiver answered HTTP " + status + ".", retryable);
		}
		catch (HttpTimeoutException ex) {
			return new Outcome(null, elapsed(started), "No answer within " + settings.timeout().toMillis() + " ms.", true);
		}
		catch (IOException ex) {
			return new Outcome(null, elapsed(started), "The receiver cannot be reached ("
					+ (ex instanceof java.net.ConnectException ? "connection refused" : ex.getClass().getSimpleName()) + ").",
					true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(null, elapsed(started), "Interrupted while delivering.", true);
		}
	}

	private static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
