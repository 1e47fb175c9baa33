package dev.agentcore.controlplane.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.outbound.GuardedFetch;

/**
 * The check of a webhook URL when it is saved: https, no user info or fragment, and an IP literal
 * must be public (never loopback, link-local such as the instance metadata service, private, shared
 * 100.64/10, multicast or unspecified). Host names are resolved and checked at every delivery by the
 * outbound client, which connects to exactly the address it checked; a name that does not resolve
 * today may tomorrow. Where the outbound client allows private networks (the embedded default and
 * tests, {@code controlplane.outbound.allow-private-networks}) http and loopback are accepted too.
 */
@Component
class Destinations {

	private final GuardedFetch fetch;

	Destinations(GuardedFetch fetch) {
		this.fetch = fetch;
	}

	/** Why the URL may not be used, or null when it may. */
	String refusal(URI uri) {
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return "must be an absolute https URL with a host and no user info or fragment";
		}
		boolean privateAllowed = fetch.allowsPrivateNetworks();
		if (!"https".equals(uri.getScheme()) && !(privateAllowed && "http".equals(uri.getScheme()))) {
			return "must be https";
		}
		if (privateAllowed || !isIpLiteral(uri.getHost())) {
			return null;
		}
		try {
			InetAddress address = InetAddress.getByName(uri.getHost());
			return isInternal(address) ? "is a loopback, link-local or private address; webhooks go to public endpoints only"
					: null;
		}
		catch (UnknownHostException ex) {
			return "is not a valid address";
		}
	}

	private static boolean isIpLiteral(String host) {
		return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
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
		return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 192 && second == 0)
				|| (first == 198 && (second == 18 || second == 19)) || first >= 240;
	}

}
