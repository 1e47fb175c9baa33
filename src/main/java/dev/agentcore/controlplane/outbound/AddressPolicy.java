package dev.agentcore.controlplane.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a server-side fetch of a user-given URL may reach: only globally routable
 * unicast ones. Refused are loopback, private, link-local (169.254.169.254 is the instance
 * metadata service), carrier-grade NAT, benchmarking, documentation, reserved and broadcast IPv4,
 * and every IPv6 form that embeds or translates to IPv4 (mapped, compatible, NAT64, 6to4, Teredo),
 * since those reach the same internal hosts by another name.
 */
final class AddressPolicy {

	private AddressPolicy() {
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			return isInternalIpv4(bytes, 0);
		}
		if (address instanceof Inet6Address) {
			return isInternalIpv6(bytes);
		}
		return true;
	}

	private static boolean isInternalIpv4(byte[] bytes, int offset) {
		int a = bytes[offset] & 0xFF;
		int b = bytes[offset + 1] & 0xFF;
		int c = bytes[offset + 2] & 0xFF;
		return a == 0 // "this network"
				|| a == 10 || a == 127 // private, loopback
				|| (a == 100 && b >= 64 && b <= 127) // carrier-grade NAT
				|| (a == 169 && b == 254) // link-local, instance metadata
				|| (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) // private
				|| (a == 192 && b == 0 && (c == 0 || c == 2)) // IETF protocol assignments, TEST-NET-1
				|| (a == 192 && b == 88 && c == 99) // 6to4 relay anycast
				|| (a == 198 && (b == 18 || b == 19)) // benchmarking
				|| (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113) // TEST-NET-2, -3
				|| a >= 224; // multicast, reserved 240/4, broadcast
	}

	private static boolean isInternalIpv6(byte[] b) {
		int first16 = ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
		if ((b[0] & 0xFE) == 0xFC || (b[0] & 0xFF) == 0xFF) {
			return true; // unique local fc00::/7, multicast ff00::/8
		}
		if (first16 >= 0xFE80 && first16 <= 0xFEFF) {
			return true; // link-local fe80::/10 and the old site-local fec0::/10
		}
		if (zeros(b, 0, 10)) {
			return true; // ::/80 holds unspecified, loopback, IPv4-compatible and IPv4-mapped addresses
		}
		if (first16 == 0x0064 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
			return true; // NAT64: 64:ff9b::/96 and the local-use 64:ff9b:1::/48
		}
		if (first16 == 0x0100 && zeros(b, 2, 6)) {
			return true; // discard-only 100::/64
		}
		if (first16 == 0x2001 && ((b[2] & 0xFF) < 0x02)) {
			return true; // IETF protocol assignments 2001::/23: Teredo 2001::/32, ORCHID, benchmarking
		}
		if (first16 == 0x2001 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
			return true; // documentation 2001:db8::/32
		}
		return first16 == 0x2002; // 6to4 embeds an IPv4 address
	}

	private static boolean zeros(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
