package dev.agentcore.controlplane.support;

import java.util.List;

/**
 * URLs that point at loopback or internal addresses, in the spellings a check must see through:
 * IPv6 and IPv4-mapped forms, localhost names, single-number, hex and octal IPv4 (issue #21).
 */
public final class InternalUrls {

	public static final List<String> SPELLINGS = List.of("https://10.0.0.7/hook", "https://169.254.169.254/latest",
			"https://127.0.0.1/hook", "https://[::1]/hook", "https://[0:0:0:0:0:0:0:1]/hook",
			"https://[::ffff:127.0.0.1]/hook", "https://[::ffff:7f00:1]/hook", "https://localhost/hook",
			"https://localhost./hook", "https://LocalHost:8443/hook", "https://api.localhost/hook",
			"https://2130706433/hook", "https://0x7f000001/hook", "https://0177.0.0.1/hook", "https://017700000001/hook",
			"https://0x7f.0.0.1/hook", "https://127.1/hook", "https://127.0.0.1./hook", "https://100.64.0.1/hook",
			"https://0.0.0.0/hook", "https://203.0.113.9/hook", "https://[fe80::1%25eth0]/hook");

	private InternalUrls() {
	}

}
