package dev.agentcore.controlplane.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.springframework.stereotype.Component;

/**
 * The SSRF guard of webhook deliveries (the same rules as the IDP discovery fetch): https only, no
 * user info, and a host that resolves only to public addresses — never loopback, link-local (the
 * instance metadata service), private, shared (100.64/10), multicast or unspecified ones. Tests may
 * allow http to loopback through a test-only setting. The check runs when a URL is accepted and again
 * before every delivery, since DNS answers change.
 */
@Component
class Destinations {

	private final WebhookSettings settings;

	Destinations(WebhookSettings settings) {
		this.settings = settings;
	}

	/** Why the URL may not be called, or null when it may; {@code resolve} also checks what DNS answers. */
	String refusal(URI uri, boolean resolve) {
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return "must be an absolute https URL with a host and no user info or fragment";
		}
		boolean loopbackHttp = settings.allowLoopbackHttp() && "http".equals(uri.getScheme());
		if (!"https".equals(uri.getScheme()) && !loopbackHttp) {
			return "must be https";
		}
		if (!resolve && !loopbackHttp && !isIpLiteral(uri.getHost())) {
			return null;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				boolean allowed = loopbackHttp ? address.isLoopbackAddress() : !isInternal(address);
				if (!allowed) {
					return "resolves to " + address.getHostAddress() + ", " + (loopbackHttp ? "not a loopback address"
							: "a loopback, link-local or private address; webhooks go to public endpoints only");
				}
			}
			return null;
		}
		catch (UnknownHostException ex) {
			return resolve || loopbackHttp ? "its host " + uri.getHost() + " cannot be resolved" : null;
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
