package dev.agentcore.controlplane.idp;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import dev.agentcore.controlplane.idp.GuardedFetch.FetchFailed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Server-side fetches of user-given URLs refuse the addresses an attacker would aim at. */
class GuardedFetchTests {

	GuardedFetch guarded = new GuardedFetch(new IdpSettings(false, Duration.ofSeconds(1), DataSize.ofKilobytes(64)));

	@Test
	void refusesInstanceMetadataLoopbackAndPrivateAddresses() {
		for (String url : new String[] { "https://169.254.169.254/latest/meta-data/", "https://127.0.0.1/x",
				"https://localhost/x", "https://10.0.0.8/x", "https://192.168.1.1/x", "https://172.16.0.1/x",
				"https://[::1]/x", "https://[fd00::1]/x", "https://0.0.0.0/x", "https://100.64.0.1/x" }) {
			FetchFailed refused = catchThrowableOfType(FetchFailed.class, () -> guarded.get(URI.create(url)));
			assertThat(refused).as(url).isNotNull();
			assertThat(refused.invalid()).isTrue();
			assertThat(refused.getMessage()).contains("private address");
		}
	}

	@Test
	void refusesPlainHttp() {
		FetchFailed refused = catchThrowableOfType(FetchFailed.class,
				() -> guarded.get(URI.create("http://issuer.example.com/.well-known/openid-configuration")));
		assertThat(refused.getMessage()).contains("not https");
	}

	@Test
	void publicAddressesAreNotInternal() throws Exception {
		assertThat(GuardedFetch.isInternal(InetAddress.getByName("8.8.8.8"))).isFalse();
		assertThat(GuardedFetch.isInternal(InetAddress.getByName("2600::1"))).isFalse();
		assertThat(GuardedFetch.isInternal(InetAddress.getByName("169.254.169.254"))).isTrue();
	}

}
