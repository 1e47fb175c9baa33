package dev.agentcore.controlplane.provisioning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code controlplane_resources{kind,phase,account,region}} counts every kind the provisioner reconciles, not only
 * gateways; in the control plane's own account and region, account and region are "own".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceMetricsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyProvisionedKindIsCountedByPhase() {
		Api team = Api.asTeam(port, Fixtures.unique("metrics"));
		Api admin = Api.asAdmin(port);
		long before = counted(admin.get("/actuator/prometheus").body(), "idp_profile");
		assertThat(team.post("/api/v1/idp-profiles", Fixtures.cognitoProfile(Fixtures.unique("counted"))).status())
			.isEqualTo(201);
		String scrape = admin.get("/actuator/prometheus").body();
		for (String kind : new String[] { "gateway", "target", "idp_profile", "policy_engine", "policy", "execution_role" }) {
			assertThat(scrape).as(kind).contains("controlplane_resources{account=\"own\",kind=\"" + kind + "\",phase=\"READY\",region=\"own\"}");
		}
		assertThat(counted(scrape, "idp_profile")).isEqualTo(before + 1);
	}

	/** Resources of {@code kind} in every phase. */
	private static long counted(String scrape, String kind) {
		Matcher value = Pattern.compile("(?m)^controlplane_resources\\{account=\"[^\"]*\",kind=\"" + kind
				+ "\",phase=\"[A-Z]+\",region=\"[^\"]*\"} (\\S+)$")
			.matcher(scrape);
		long sum = 0;
		while (value.find()) {
			sum += (long) Double.parseDouble(value.group(1));
		}
		return sum;
	}

}
