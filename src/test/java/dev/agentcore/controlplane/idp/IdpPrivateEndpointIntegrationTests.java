package dev.agentcore.controlplane.idp;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.support.Fixtures;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.SimulatedAwsTests;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An IDP profile for a private identity provider: its private endpoint reaches the authorizer of every gateway that
 * uses it, as AWS holds it, and a change of the endpoint updates those gateways.
 */
class IdpPrivateEndpointIntegrationTests extends SimulatedAwsTests {

	static final String MANAGED_VPC = """
			{"managedVpc": {"vpcId": "vpc-0a1b2c3d4e5f60718", "subnetIds": ["%s"], "ipAddressType": "IPV4",
			 "routingDomain": "idp.corp.example.com"}}""";

	@Test
	void aGatewayUsingAPrivateProfileSendsItsEndpointAndFollowsItsChanges() {
		String body = """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration",
				 "allowedScopes": ["tools:read"], "privateEndpoint": %s}""".formatted(unique("private-idp"),
				TestIssuer.get().issuer(), MANAGED_VPC.formatted("subnet-0a1b2c3d4e5f60718"));
		String profile = "/api/v1/idp-profiles/" + post("/api/v1/idp-profiles", body);
		JsonNode shown = api.get(profile).json();
		assertThat(shown.at("/privateEndpoint/managedVpc/subnetIds/0").asString()).isEqualTo("subnet-0a1b2c3d4e5f60718");
		assertThat(shown.has("privateEndpointOverrides")).as("none declared, none shown").isFalse();

		String gateway = "/api/v1/gateways/" + post("/api/v1/gateways",
				Fixtures.jwtGateway(unique("PrivateIdp"), profile.substring(profile.lastIndexOf('/') + 1)));
		String awsId = awaitPhase(gateway, "READY").at("/aws/gatewayId").asString();
		JsonNode authorizer = heldAuthorizer(awsId);
		assertThat(authorizer.at("/privateEndpoint/managedVpcResource/vpcIdentifier").asString()).isEqualTo("vpc-0a1b2c3d4e5f60718");
		assertThat(authorizer.at("/privateEndpoint/managedVpcResource/subnetIds/0").asString()).isEqualTo("subnet-0a1b2c3d4e5f60718");
		assertThat(authorizer.at("/privateEndpoint/managedVpcResource/endpointIpAddressType").asString()).isEqualTo("IPV4");
		assertThat(authorizer.at("/privateEndpoint/managedVpcResource/routingDomain").asString()).isEqualTo("idp.corp.example.com");
		assertThat(api.get(gateway + "/permissions").json().at("/callerPolicy/Statement").valueStream()
			.map(statement -> statement.get("Sid").asString())).as("AgentCore's network role for the managed VPC")
			.contains("CreateAgentCoreNetworkServiceLinkedRole", "DescribeManagedVpcEndpointNetworks");

		String changed = body.replace("subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788")
			.replace("\"privateEndpoint\":", """
					"privateEndpointOverrides": [{"domain": "keys.idp.corp.example.com",
					  "privateEndpoint": {"latticeResourceConfiguration": "rcfg-0123456789abcdef0"}}], "privateEndpoint":""");
		Http.Response updated = api.put(profile, "\"" + shown.get("version").asInt() + "\"", changed);
		assertThat(updated.status()).as(updated.body()).isIn(200, 202);
		JsonNode after = await(() -> {
			JsonNode held = heldAuthorizer(awsId);
			return held.at("/privateEndpoint/managedVpcResource/subnetIds/0").asString("").equals("subnet-0f1e2d3c4b5a69788")
					? held : null;
		});
		assertThat(after.at("/privateEndpointOverrides/0/domain").asString()).isEqualTo("keys.idp.corp.example.com");
		assertThat(after.at("/privateEndpointOverrides/0/privateEndpoint/selfManagedLatticeResource/resourceConfigurationIdentifier")
			.asString()).isEqualTo("rcfg-0123456789abcdef0");
		assertThat(api.get(profile).json().at("/privateEndpointOverrides/0/domain").asString()).isEqualTo("keys.idp.corp.example.com");
		JsonNode settled = awaitPhase(gateway, "READY");
		assertThat(settled.at("/status/message").asString()).doesNotContainIgnoringCase("drift");
	}

	@Test
	void aPrivateEndpointIsCheckedAgainstTheModelNamingTheField() {
		Http.Response refused = api.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration",
				 "allowedScopes": ["tools:read"], "privateEndpoint": %s,
				 "privateEndpointOverrides": [{"domain": "https://keys.example.com/", "privateEndpoint": {}}]}"""
			.formatted(unique("bad-idp"), TestIssuer.get().issuer(), MANAGED_VPC.formatted("net-1")));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString())).contains(
				"privateEndpoint.managedVpc.subnetIds[0]", "privateEndpointOverrides[0].domain",
				"privateEndpointOverrides[0].privateEndpoint");
	}

	@Test
	void aManagedCognitoProfileTakesNoPrivateEndpoint() {
		Http.Response refused = api.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "api", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["api/read"]}]},
				 "privateEndpoint": {"latticeResourceConfiguration": "rcfg-0123456789abcdef0"}}""".formatted(unique("managed")));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("privateEndpoint");
	}

	static JsonNode heldAuthorizer(String gatewayId) {
		return resources().get("gateways").valueStream()
			.filter(gateway -> gateway.get("gatewayId").asString().equals(gatewayId))
			.findFirst()
			.orElseThrow()
			.at("/authorizerConfiguration/customJWTAuthorizer");
	}

}
