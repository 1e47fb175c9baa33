package dev.agentcore.controlplane.provisioning.aws;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class MemberShimTests {

	@Test
	void overlayMergesObjectsAndArraysElementWiseReplacesValuesAndRemovesNulls() {
		ObjectNode body = object("""
				{"name": "g", "protocolConfiguration": {"mcp": {"instructions": "x"}},
				 "interceptorConfigurations": [{"interceptionPoints": ["REQUEST"]}, {"interceptionPoints": ["RESPONSE"]}],
				 "kmsKeyArn": "k"}""");
		MemberShim.overlay(body, object("""
				{"protocolConfiguration": {"mcp": {"sessionConfiguration": {"sessionTimeoutInSeconds": 900}}},
				 "interceptorConfigurations": [{}, {"inputConfiguration": {"payloadFilter": {"exclude": [{"field": "RESPONSE_BODY"}]}}}],
				 "kmsKeyArn": null, "name": "h"}"""));
		assertThat(body).isEqualTo(object("""
				{"name": "h", "protocolConfiguration": {"mcp": {"instructions": "x", "sessionConfiguration": {"sessionTimeoutInSeconds": 900}}},
				 "interceptorConfigurations": [{"interceptionPoints": ["REQUEST"]},
				   {"interceptionPoints": ["RESPONSE"], "inputConfiguration": {"payloadFilter": {"exclude": [{"field": "RESPONSE_BODY"}]}}}]}"""));
	}

	@Test
	void pointersCreateTheObjectsAndArraysOnTheirWay() {
		ObjectNode extra = MemberShim.JSON.createObjectNode();
		JsonPointers.put(extra, "/interceptorConfigurations/1/inputConfiguration/payloadFilter", object("{\"exclude\": []}"));
		JsonPointers.put(extra, "/protocolConfiguration/mcp/disableMcpListToolsPagination", MemberShim.JSON.valueToTree(true));
		assertThat(extra).isEqualTo(object("""
				{"interceptorConfigurations": [{}, {"inputConfiguration": {"payloadFilter": {"exclude": []}}}],
				 "protocolConfiguration": {"mcp": {"disableMcpListToolsPagination": true}}}"""));
		assertThat(JsonPointers.dotted("/protocolConfiguration/mcp/sessionConfiguration"))
			.isEqualTo("protocolConfiguration.mcp.sessionConfiguration");
	}

	private static ObjectNode object(String json) {
		return (ObjectNode) MemberShim.JSON.readTree(json);
	}

}
