package dev.agentcore.controlplane.idp;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.network.PrivateEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileAdoptionsTests {

	static final String URL = "https://idp.corp.example.com/.well-known/openid-configuration";

	@Test
	void anImportedGatewayDoesNotReuseAProfileThatWouldSendItAPrivateEndpoint() {
		IdpProfileSpec imported = new IdpProfileSpec(null, Provider.OIDC, URL, List.of(), List.of(), List.of("read"), List.of());
		IdpProfileSpec privateOne = new IdpProfileSpec(null, Provider.OIDC, URL, List.of(), List.of(), List.of("read"), List.of(),
				new PrivateEndpoint(null, "rcfg-0123456789abcdef0"), List.of());
		assertThat(ProfileAdoptions.sameAuthorizer(imported, imported)).isTrue();
		assertThat(ProfileAdoptions.sameAuthorizer(privateOne, imported)).isFalse();
	}

}
