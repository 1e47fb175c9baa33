package dev.agentcore.controlplane.outbound;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every address form that reaches an internal host, however it is spelled, is internal. */
class AddressPolicyTests {

	@Test
	void internalIpv4RangesAreRefused() throws Exception {
		for (String address : new String[] { "0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.169.254",
				"172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1",
				"198.19.255.254", "198.51.100.7", "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255" }) {
			assertThat(AddressPolicy.isInternal(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

	@Test
	void ipv6FormsThatEmbedOrTranslateIpv4AreRefused() throws Exception {
		for (String address : new String[] { "::", "::1", "::127.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
				"64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1", "2002:7f00:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
				"2001:db8::1", "100::1", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "ff02::1" }) {
			assertThat(AddressPolicy.isInternal(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

	@Test
	void publicAddressesAreAllowed() throws Exception {
		for (String address : new String[] { "8.8.8.8", "1.1.1.1", "198.20.0.1", "223.255.255.1", "2600::1",
				"2606:4700::1111", "2001:4860:4860::8888" }) {
			assertThat(AddressPolicy.isInternal(InetAddress.getByName(address))).as(address).isFalse();
		}
	}

}
