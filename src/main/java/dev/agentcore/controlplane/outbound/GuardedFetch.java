package dev.agentcore.controlplane.outbound;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.outbound.FetchFailed.Reason;
import dev.agentcore.controlplane.web.UrlRedaction;

/**
 * The one way this service calls URLs that users gave it. Every call:
 * <ul>
 * <li>is https (http only with {@code controlplane.outbound.allow-private-networks}, the embedded default);</li>
 * <li>resolves the host once, refuses it if any address is internal ({@link AddressPolicy}), and
 * connects to exactly the address it checked;</li>
 * <li>completes (DNS, connect, TLS, headers, body, redirects) within one deadline, and reads at
 * most {@code max-response-size} bytes;</li>
 * <li>takes one of {@code max-concurrent} slots, of which one team holds at most
 * {@code max-concurrent-per-team}, or fails at once with {@link OutboundBusy} (503): a team whose
 * own servers are slow fills its share, never the others';</li>
 * <li>follows redirects (GET only, at most 3) only to the same scheme, host and port.</li>
 * </ul>
 * Failures are {@link FetchFailed} with a message safe to store; refused addresses are logged.
 */
@Component
public class GuardedFetch {

	static final int MAX_REDIRECTS = 3;

	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(GuardedFetch.class);

	private static final ExecutorService RESOLVERS = Executors.newVirtualThreadPerTaskExecutor();

	/** Resolves a host name; tests substitute one. */
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	private final OutboundSettings settings;

	private final Resolver resolver;

	private final SharedSlots slots;

	@Autowired
	GuardedFetch(OutboundSettings settings) {
		this(settings, InetAddress::getAllByName);
	}

	GuardedFetch(OutboundSettings settings, Resolver resolver) {
		this.settings = settings;
		this.resolver = resolver;
		this.slots = new SharedSlots(settings.maxConcurrent(),
				Math.min(settings.maxConcurrentPerTeam(), settings.maxConcurrent()));
	}

	/** GETs a JSON document, following same-origin redirects; the caller judges the status. */
	public Fetched get(URI uri) throws FetchFailed {
		return run(new Http11Exchange.Request("GET", uri, Map.of("Accept", "application/json"), null), true,
				CallingTeam.current());
	}

	/**
	 * POSTs a body (a token request, a webhook) without following redirects.
	 *
	 * @param headers extra request headers; values must not contain line breaks
	 */
	public Fetched post(URI uri, String contentType, byte[] body, Map<String, String> headers) throws FetchFailed {
		return post(CallingTeam.current(), uri, contentType, body, headers);
	}

	/**
	 * POSTs on behalf of a team outside of its requests (a webhook delivery): the call counts against
	 * that team's share of the slots.
	 */
	public Fetched post(String team, URI uri, String contentType, byte[] body, Map<String, String> headers)
			throws FetchFailed {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Content-Type", contentType);
		all.values().forEach(GuardedFetch::requireSingleLine);
		all.keySet().forEach(GuardedFetch::requireSingleLine);
		return run(new Http11Exchange.Request("POST", uri, all, body), false, team == null ? null : "team:" + team);
	}

	/** Why this client would refuse to call the URL before resolving it, or null: the check a saved URL passes. */
	public String refusal(URI uri) {
		return DestinationPolicy.refusal(uri, settings.allowPrivateNetworks());
	}

	/** Whether http and private addresses are allowed (the embedded default only). */
	public boolean allowsPrivateNetworks() {
		return settings.allowPrivateNetworks();
	}

	/** Slots held now by a team's calls, and by everyone's. */
	public int slotsHeldBy(String team) {
		return slots.heldBy("team:" + team);
	}

	public int slotsInUse() {
		return slots.inUse();
	}

	private Fetched run(Http11Exchange.Request request, boolean followRedirects, String key) throws FetchFailed {
		SharedSlots.Refusal refusal = slots.tryAcquire(key);
		if (refusal != null) {
			boolean share = refusal == SharedSlots.Refusal.SHARE_IN_USE;
			log.warn("Refused an outbound fetch of {}: {}", request.uri().getHost(), share
					? key + " holds its share of " + slots.perKey() + " slots" : "all " + settings.maxConcurrent()
							+ " slots are in use");
			throw share ? OutboundBusy.shareInUse(slots.perKey(), RETRY_AFTER) : OutboundBusy.allInUse(RETRY_AFTER);
		}
		try {
			Deadline deadline = new Deadline(settings.deadline());
			URI current = request.uri();
			for (int hop = 0;; hop++) {
				List<InetSocketAddress> addresses = checkedAddresses(current, deadline);
				RawResponse response = Http11Exchange.exchange(addresses, new Http11Exchange.Request(request.method(),
						current, request.headers(), request.body()), deadline, settings.maxResponseSize().toBytes());
				if (!followRedirects || !response.isRedirect()) {
					return new Fetched(current, response.status(), response.header("content-type"), response.body());
				}
				if (hop == MAX_REDIRECTS) {
					throw new FetchFailed(Reason.NOT_ALLOWED, shown(request.uri()) + " redirects more than " + MAX_REDIRECTS + " times");
				}
				current = sameOrigin(current, response.header("location"));
			}
		}
		finally {
			slots.release(key);
		}
	}

	private List<InetSocketAddress> checkedAddresses(URI uri, Deadline deadline) throws FetchFailed {
		String refusal = DestinationPolicy.refusal(uri, settings.allowPrivateNetworks());
		if (refusal != null) {
			log.warn("Refused an outbound fetch of {}: it {}", shown(uri), refusal);
			throw new FetchFailed(Reason.NOT_ALLOWED, shown(uri) + " " + refusal);
		}
		String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
		InetAddress[] resolved = resolve(host, deadline);
		List<InetSocketAddress> addresses = new ArrayList<>();
		for (InetAddress address : resolved) {
			if (!settings.allowPrivateNetworks() && AddressPolicy.isInternal(address)) {
				log.warn("Refused an outbound fetch of {}: it resolves to an internal address", shown(uri));
				log.debug("{} resolved to {}", host, address.getHostAddress());
				throw new FetchFailed(Reason.NOT_ALLOWED, host + " resolves to an address that is not allowed "
						+ "(loopback, private, link-local or reserved); only public servers can be reached");
			}
			addresses.add(new InetSocketAddress(address, Http11Exchange.port(uri)));
		}
		return addresses;
	}

	/** Resolution runs beside the request thread, so a slow DNS server cannot hold it past the deadline. */
	private InetAddress[] resolve(String host, Deadline deadline) throws FetchFailed {
		Future<InetAddress[]> lookup = RESOLVERS.submit(() -> resolver.resolve(host));
		try {
			InetAddress[] addresses = lookup.get(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
			if (addresses.length == 0) {
				throw new UnknownHostException(host);
			}
			return addresses;
		}
		catch (ExecutionException | UnknownHostException ex) {
			throw new FetchFailed(Reason.UNREACHABLE, "the host " + host + " cannot be resolved");
		}
		catch (TimeoutException ex) {
			lookup.cancel(true);
			throw new FetchFailed(Reason.TIMED_OUT, "resolving " + host + " took longer than "
					+ deadline.total().toMillis() + " ms");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchFailed(Reason.UNREACHABLE, "interrupted while resolving " + host);
		}
	}

	private static URI sameOrigin(URI current, String location) throws FetchFailed {
		URI next;
		try {
			next = location == null || location.isBlank() ? null : current.resolve(location.trim());
		}
		catch (IllegalArgumentException ex) {
			next = null;
		}
		if (next == null) {
			throw new FetchFailed(Reason.BAD_RESPONSE, shown(current) + " redirects without a valid Location");
		}
		if (next.getHost() == null || !current.getScheme().equals(next.getScheme())
				|| !current.getHost().equalsIgnoreCase(next.getHost())
				|| Http11Exchange.port(current) != Http11Exchange.port(next)) {
			throw new FetchFailed(Reason.NOT_ALLOWED, shown(current) + " redirects to another origin; redirects are followed "
					+ "only to the same scheme, host and port");
		}
		return next;
	}

	/** A URL as messages and logs may show it: without the secrets inside it. */
	private static String shown(URI uri) {
		return UrlRedaction.redact(uri.toString());
	}

	private static void requireSingleLine(String value) {
		if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("header names and values must not contain line breaks");
		}
	}

}
