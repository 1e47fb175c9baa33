package dev.agentcore.controlplane.simulator;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.servicemodel.ModelValidator;
import dev.agentcore.controlplane.servicemodel.ServiceModel;
import dev.agentcore.controlplane.servicemodel.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated AgentCore checks an authorizer's private endpoints from the model, as every other input. */
class AuthorizerPrivateEndpointInputTests {

	static final String GATEWAY = """
			{"name": "private-idp", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "protocolType": "MCP",
			 "authorizerType": "CUSTOM_JWT", "authorizerConfiguration": {"customJWTAuthorizer": {
			   "discoveryUrl": "https://idp.corp.example.com/.well-known/openid-configuration",
			   "privateEndpoint": {"managedVpcResource": {"vpcIdentifier": "%s", "subnetIds": ["subnet-0a1b2c3d4e5f60718"],
			     "endpointIpAddressType": "IPV4"}},
			   "privateEndpointOverrides": [%s]}}}""";

	static final String OVERRIDE = """
			{"domain": "keys.idp.corp.example.com", "privateEndpoint": {"selfManagedLatticeResource":
			 {"resourceConfigurationIdentifier": "rcfg-0123456789abcdef0"}}}""";

	@Test
	void aValidAuthorizerEndpointPasses() {
		assertThat(violations("vpc-0a1b2c3d4e5f60718", OVERRIDE)).isEmpty();
	}

	@Test
	void aBadVpcAndMoreThanFiveOverridesAreRefused() {
		String six = String.join(",", java.util.Collections.nCopies(6, OVERRIDE));
		assertThat(violations("vpc-XYZ", six)).extracting(Violation::path)
			.anyMatch(path -> path.contains("privateEndpoint.managedVpcResource.vpcIdentifier"))
			.anyMatch(path -> path.endsWith("privateEndpointOverrides"));
	}

	static List<Violation> violations(String vpc, String overrides) {
		return new ModelValidator(ServiceModel.agentCore(), ModelInputChecks.NOT_IN_ANY_MODEL).body("CreateGateway",
				JsonMapper.builder().build().readTree(GATEWAY.formatted(vpc, overrides)));
	}

}
