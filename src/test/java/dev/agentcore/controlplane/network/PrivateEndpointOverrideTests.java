package dev.agentcore.controlplane.network;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.web.Violations;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateEndpointOverrideTests {

	static final PrivateEndpoint LATTICE = new PrivateEndpoint(null, "rcfg-0123456789abcdef0");

	static final String FIELD = "privateEndpointOverrides";

	@Test
	void hostNamesEachOnceWithOneWayInAreAccepted() {
		Violations.Collector violations = new Violations.Collector();
		PrivateEndpointOverride.check(List.of(new PrivateEndpointOverride("keys.idp.corp.example.com", LATTICE),
				new PrivateEndpointOverride("idp", LATTICE)), FIELD, violations);
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void aUrlARepeatedDomainAndAnEndpointWithoutAWayInAreRefusedNamingTheEntry() {
		Violations.Collector violations = new Violations.Collector();
		PrivateEndpointOverride.check(List.of(new PrivateEndpointOverride("https://keys.example.com/", LATTICE),
				new PrivateEndpointOverride("keys.example.com", LATTICE), new PrivateEndpointOverride("KEYS.example.com", LATTICE),
				new PrivateEndpointOverride("other.example.com", new PrivateEndpoint(null, null))), FIELD, violations);
		assertThat(violations.has(FIELD + "[0].domain")).as("a URL is no host name").isTrue();
		assertThat(violations.has(FIELD + "[1]")).isFalse();
		assertThat(violations.has(FIELD + "[2].domain")).as("domains compare without case").isTrue();
		assertThat(violations.has(FIELD + "[3].privateEndpoint")).as("neither managedVpc nor a resource configuration").isTrue();
	}

	@Test
	void aManagedVpcWithoutSubnetsIsRefused() {
		Violations.Collector violations = new Violations.Collector();
		PrivateEndpoint.check(new PrivateEndpoint(new PrivateEndpoint.ManagedVpc("vpc-0a1b2c3d", List.of(), null,
				PrivateEndpoint.IpAddressType.IPV4, null), null), "privateEndpoint", violations);
		assertThat(violations.has("privateEndpoint.managedVpc.subnetIds")).isTrue();
	}

}
