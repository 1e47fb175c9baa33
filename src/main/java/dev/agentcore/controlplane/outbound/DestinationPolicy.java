package dev.agentcore.controlplane.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * What a URL must be before anything is resolved or sent: the same check where a URL is saved (a
 * webhook) and where it is called ({@link GuardedFetch}), so that nothing saved as acceptable is
 * refused later for a reason the save could have seen. An https URL with a host and no user info; a
 * host that is an address, in any spelling (IPv6, IPv4-mapped IPv6, dotted, single-number, hex or
 * octal IPv4, as {@code inet_aton} reads them), must be public ({@link AddressPolicy}); a host named
 * {@code localhost} is loopback. Other names are resolved and checked at every call: a name may
 * resolve elsewhere tomorrow. With private networks allowed (the embedded default and tests) http and
 * internal addresses pass.
 */
public final class DestinationPolicy {

	static final String INTERNAL = "is an address that is not allowed (loopback, private, link-local or reserved); "
			+ "only public servers can be reached";

	private DestinationPolicy() {
	}

	/** Why the URL may not be called, or null when it may. */
	public static String refusal(URI uri, boolean allowPrivateNetworks) {
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			return "has no host; it must be an absolute URL";
		}
		if (uri.getRawUserInfo() != null) {
			return "contains credentials (user info), which are not allowed in the URL";
		}
		if (!"https".equals(uri.getScheme()) && !(allowPrivateNetworks && "http".equals(uri.getScheme()))) {
			return "is not https";
		}
		if (allowPrivateNetworks) {
			return null;
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (isLocalName(host)) {
			return INTERNAL;
		}
		if (host.startsWith("[")) {
			InetAddress address = ipv6(host);
			return address == null ? "is not a valid address" : AddressPolicy.isInternal(address) ? INTERNAL : null;
		}
		InetAddress ipv4 = ipv4(host);
		return ipv4 != null && AddressPolicy.isInternal(ipv4) ? INTERNAL : null;
	}

	private static boolean isLocalName(String host) {
		String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		return name.equals("localhost") || name.endsWith(".localhost") || name.equals("ip6-localhost")
				|| name.equals("ip6-loopback");
	}

	private static InetAddress ipv6(String bracketed) {
		String literal = bracketed.substring(1, bracketed.length() - 1);
		int zone = literal.indexOf('%');
		try {
			return InetAddress.getByName(zone < 0 ? literal : literal.substring(0, zone));
		}
		catch (UnknownHostException | IllegalArgumentException ex) {
			return null;
		}
	}

	/** The IPv4 address a host spells as {@code inet_aton} reads it (1 to 4 parts, decimal, 0x hex or 0 octal), or null. */
	static InetAddress ipv4(String host) {
		String spelled = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		String[] parts = spelled.split("\\.", -1);
		if (parts.length > 4) {
			return null;
		}
		long[] values = new long[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = number(parts[i]);
			if (values[i] < 0) {
				return null;
			}
		}
		long address = 0;
		for (int i = 0; i < parts.length - 1; i++) {
			if (values[i] > 0xFF) {
				return null;
			}
			address |= values[i] << (8 * (3 - i));
		}
		long last = values[parts.length - 1];
		if (last >= 1L << (8 * (5 - parts.length))) {
			return null;
		}
		address |= last;
		byte[] bytes = { (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address };
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private static long number(String part) {
		try {
			if (part.isEmpty() || part.length() > 12) {
				return -1;
			}
			if (part.startsWith("0x")) {
				return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
			}
			if (part.length() > 1 && part.startsWith("0")) {
				return Long.parseLong(part.substring(1), 8);
			}
			return Long.parseLong(part, 10);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
