package dev.agentcore.controlplane.provisioning;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.permissions.GatewayPermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** The preflight is on unless turned off, and when off it asks IAM nothing (for identities without iam:Simulate*). */
class PreflightSwitchTests {

	@Test
	void onByDefault() {
		assertThat(settings(Map.of()).preflight()).isTrue();
	}

	@Test
	void turnedOffItAsksIamNothing() {
		IamChecks iam = mock(IamChecks.class);
		GatewayPermissions permissions = mock(GatewayPermissions.class);
		TargetManagement targets = mock(TargetManagement.class);
		Preflight preflight = new Preflight(iam, permissions,
				settings(Map.of("controlplane.provisioning.preflight", "false")), JsonMapper.builder().build(), targets);
		preflight.gateway(null, null);
		preflight.target(null, null, null);
		verifyNoInteractions(iam, permissions, targets);
	}

	static ProvisioningSettings settings(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("controlplane.provisioning",
				ProvisioningSettings.class);
	}

}
