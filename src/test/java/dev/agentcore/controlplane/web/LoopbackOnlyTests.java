package dev.agentcore.controlplane.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import dev.agentcore.controlplane.ControlPlaneApplication;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #11, finding 3: the embedded default stays on the developer's machine unless told otherwise, loudly. */
class LoopbackOnlyTests {

	@Test
	void loopbackAddressesAreAccepted() {
		for (String address : new String[] { "127.0.0.1", "localhost", "::1", "127.0.0.2" }) {
			assertThatCode(() -> check(new MockEnvironment().withProperty("server.address", address))).as(address)
				.doesNotThrowAnyException();
		}
	}

	@Test
	void everyOtherAddressIsRefusedUnlessTheUnsafeSettingIsTrue() {
		for (String address : new String[] { "0.0.0.0", "::", "", "192.168.1.10" }) {
			assertThatThrownBy(() -> check(new MockEnvironment().withProperty("server.address", address))).as(address)
				.isInstanceOf(LoopbackOnly.RemoteAccessRefused.class)
				.hasMessageContaining(LoopbackOnly.UNSAFE);
		}
		assertThatThrownBy(() -> check(new MockEnvironment())).isInstanceOf(LoopbackOnly.RemoteAccessRefused.class);
		assertThatCode(() -> check(new MockEnvironment().withProperty("server.address", "0.0.0.0")
			.withProperty(LoopbackOnly.UNSAFE, "true"))).doesNotThrowAnyException();
	}

	@Test
	void theEmbeddedDefaultRefusesToStartOnEveryInterface() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ControlPlaneApplication.class).profiles("local")
			.run("--server.address=0.0.0.0", "--server.port=0", "--spring.main.banner-mode=off",
					"--controlplane.local.data-dir=target/loopback-only-tests"))
			.isInstanceOf(LoopbackOnly.RemoteAccessRefused.class);
	}

	private static void check(MockEnvironment environment) {
		LoopbackOnly check = new LoopbackOnly();
		check.setEnvironment(environment);
		check.postProcessBeanFactory(new DefaultListableBeanFactory());
	}

}
