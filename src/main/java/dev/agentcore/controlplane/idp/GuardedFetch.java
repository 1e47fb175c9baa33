package dev.agentcore.controlplane.idp;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Fetches documents from URLs that users gave us, the way a server-side fetch of user input must
 * be done: https only, no loopback, link-local (169.254.169.254, the instance metadata service),
 * private or multicast addresses, no redirects to another host, short timeouts, bounded size.
 * The embedded default may allow private networks, since its local issuer is on localhost.
 */
@Component
class GuardedFetch {

	static final int MAX_REDIRECTS = 3;

	private final IdpSettings settings;

	private final HttpClient client;

	GuardedFetch(IdpSettings settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.fetchTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * A fetch that failed: {@code invalid} when the URL is wrong or the server answered wrongly,
	 * otherwise the server could not be reached (which may pass).
	 */
	static final class FetchFailed extends Exception {

		private final boolean invalid;

		FetchFailed(String message, boolean invalid) {
			super(message, null, false, false);
			this.invalid = invalid;
		}

		boolean invalid() {
			return invalid;
		}

	}

	String get(URI uri) throws FetchFailed {
		URI current = uri;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			guard(current);
			HttpResponse<InputStream> response = send(current);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				URI next = response.headers().firstValue("Location").map(current::resolve).orElse(null);
				close(response);
				if (next == null || !next.getHost().equalsIgnoreCase(current.getHost())) {
					throw new FetchFailed(current + " redirects to another host (" + (next == null ? "none" : next.getHost())
							+ "); redirects are followed only on the same host", true);
				}
				current = next;
				continue;
			}
			if (status != 200) {
				close(response);
				throw new FetchFailed(current + " answered HTTP " + status, true);
			}
			return read(current, response);
		}
		throw new FetchFailed(uri + " redirects more than " + MAX_REDIRECTS + " times", true);
	}

	/**
	 * POSTs a body (a token request) without following redirects; the caller judges the status.
	 *
	 * @param headers extra request headers; values must not contain line breaks
	 */
	Fetched post(URI uri, String contentType, byte[] body, Map<String, String> headers) throws FetchFailed {
		guard(uri);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(settings.fetchTimeout())
			.header("Accept", "application/json")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		HttpResponse<InputStream> response = exchange(uri, request.build());
		byte[] bytes = read(uri, response).getBytes(StandardCharsets.UTF_8);
		return new Fetched(uri, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), bytes);
	}

	/** Whether http and private addresses are allowed (the embedded default only). */
	boolean allowsPrivateNetworks() {
		return settings.allowPrivateNetworks();
	}

	private void guard(URI uri) throws FetchFailed {
		String scheme = uri.getScheme();
		if (!"https".equals(scheme) && !(settings.allowPrivateNetworks() && "http".equals(scheme))) {
			throw new FetchFailed(uri + " is not https", true);
		}
		if (uri.getHost() == null) {
			throw new FetchFailed(uri + " has no host", true);
		}
		if (settings.allowPrivateNetworks()) {
			return;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				if (isInternal(address)) {
					throw new FetchFailed(uri.getHost() + " resolves to " + address.getHostAddress()
							+ ", a loopback, link-local or private address; only public issuers can be checked", true);
				}
			}
		}
		catch (UnknownHostException ex) {
			throw new FetchFailed("the host " + uri.getHost() + " cannot be resolved", false);
		}
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xFE) == 0xFC;
		}
		int first = bytes[0] & 0xFF;
		int second = bytes[1] & 0xFF;
		return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 192 && second == 0);
	}

	private HttpResponse<InputStream> send(URI uri) throws FetchFailed {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(settings.fetchTimeout())
			.header("Accept", "application/json")
			.GET()
			.build();
		return exchange(uri, request);
	}

	private HttpResponse<InputStream> exchange(URI uri, HttpRequest request) throws FetchFailed {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new FetchFailed(uri + " cannot be reached (" + describe(ex) + ")", false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchFailed("interrupted while fetching " + uri, false);
		}
	}

	private String read(URI uri, HttpResponse<InputStream> response) throws FetchFailed {
		long limit = settings.maxDocumentSize().toBytes();
		try (InputStream body = response.body()) {
			byte[] bytes = body.readNBytes((int) limit + 1);
			if (bytes.length > limit) {
				throw new FetchFailed(uri + " returned more than " + limit + " bytes", true);
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new FetchFailed("reading " + uri + " failed (" + describe(ex) + ")", false);
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ex) {
			// Nothing more to read from it.
		}
	}

	private static String describe(IOException ex) {
		if (ex instanceof java.net.http.HttpTimeoutException) {
			return "timed out";
		}
		if (ex instanceof java.net.ConnectException) {
			return "connection refused";
		}
		return ex.getMessage() == null ? "I/O error" : ex.getMessage();
	}

}
