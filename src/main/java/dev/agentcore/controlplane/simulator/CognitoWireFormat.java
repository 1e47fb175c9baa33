package dev.agentcore.controlplane.simulator;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.simulator.CognitoRecords.AppClient;
import dev.agentcore.controlplane.simulator.CognitoRecords.Domain;
import dev.agentcore.controlplane.simulator.CognitoRecords.ResourceServer;
import dev.agentcore.controlplane.simulator.CognitoRecords.UserPool;

/**
 * Cognito's shapes on the wire ({@code UserPoolType}, {@code UserPoolClientType}, ...), member names of the service
 * model, and the app client a request configures.
 */
final class CognitoWireFormat {

	private CognitoWireFormat() {
	}

	static ObjectNode pool(UserPool pool) {
		ObjectNode node = JsonMembers.NODES.objectNode();
		node.put("Id", pool.id());
		node.put("Name", pool.name());
		node.put("Arn", pool.arn());
		node.put("Status", "Enabled");
		JsonMembers.timestamp(node, "CreationDate", pool.createdAt());
		JsonMembers.timestamp(node, "LastModifiedDate", pool.updatedAt());
		if (pool.domain() != null) {
			node.put("Domain", pool.domain());
		}
		ObjectNode tags = node.putObject("UserPoolTags");
		pool.tags().forEach(tags::put);
		node.put("UserPoolTier", "ESSENTIALS");
		node.put("DeletionProtection", "INACTIVE");
		return node;
	}

	static ObjectNode poolSummary(UserPool pool) {
		ObjectNode node = JsonMembers.NODES.objectNode();
		node.put("Id", pool.id());
		node.put("Name", pool.name());
		node.put("Status", "Enabled");
		JsonMembers.timestamp(node, "CreationDate", pool.createdAt());
		JsonMembers.timestamp(node, "LastModifiedDate", pool.updatedAt());
		return node;
	}

	static ObjectNode domain(Domain domain, String accountId) {
		ObjectNode node = JsonMembers.NODES.objectNode();
		node.put("UserPoolId", domain.userPoolId());
		node.put("AWSAccountId", accountId);
		node.put("Domain", domain.prefix());
		node.put("CloudFrontDistribution", domain.prefix() + ".cloudfront.simulated");
		node.put("Version", "1");
		node.put("Status", domain.status());
		node.put("ManagedLoginVersion", 1);
		return node;
	}

	static ObjectNode server(ResourceServer server) {
		ObjectNode node = JsonMembers.NODES.objectNode();
		node.put("UserPoolId", server.userPoolId());
		node.put("Identifier", server.identifier());
		node.put("Name", server.name());
		ArrayNode scopes = node.putArray("Scopes");
		server.scopes().forEach(scope -> scopes.addObject().put("ScopeName", scope.name()).put("ScopeDescription", scope.description()));
		return node;
	}

	/** A client as DescribeUserPoolClient and CreateUserPoolClient answer: with its secret, as Cognito does. */
	static ObjectNode client(AppClient client) {
		ObjectNode node = JsonMembers.NODES.objectNode();
		node.put("UserPoolId", client.userPoolId());
		node.put("ClientName", client.name());
		node.put("ClientId", client.clientId());
		if (client.secret() != null) {
			node.put("ClientSecret", client.secret());
		}
		JsonMembers.timestamp(node, "CreationDate", client.createdAt());
		JsonMembers.timestamp(node, "LastModifiedDate", client.updatedAt());
		node.put("AccessTokenValidity", client.accessTokenMinutes());
		node.putObject("TokenValidityUnits").put("AccessToken", "minutes").put("IdToken", "minutes").put("RefreshToken", "days");
		node.set("SupportedIdentityProviders", JsonMembers.array(client.identityProviders()));
		node.set("AllowedOAuthFlows", JsonMembers.array(client.flows()));
		node.set("AllowedOAuthScopes", JsonMembers.array(client.scopes()));
		node.put("AllowedOAuthFlowsUserPoolClient", client.oauthEnabled());
		node.put("EnableTokenRevocation", true);
		node.put("AuthSessionValidity", 3);
		return node;
	}

	/**
	 * The client a CreateUserPoolClient or UpdateUserPoolClient request configures (an update resets what it does
	 * not mention to the defaults).
	 */
	static AppClient client(JsonNode request, String poolId, String id, String secret, Instant created, Instant updated) {
		return new AppClient(poolId, id, JsonMembers.required(request, "ClientName"), secret,
				JsonMembers.strings(request, "AllowedOAuthFlows"), JsonMembers.strings(request, "AllowedOAuthScopes"),
				JsonMembers.flag(request, "AllowedOAuthFlowsUserPoolClient"),
				JsonMembers.strings(request, "SupportedIdentityProviders"), accessTokenMinutes(request), created, updated);
	}

	/** AccessTokenValidity is in TokenValidityUnits.AccessToken, hours unless said otherwise; 60 minutes by default. */
	private static int accessTokenMinutes(JsonNode request) {
		Integer validity = JsonMembers.integer(request, "AccessTokenValidity");
		if (validity == null) {
			return 60;
		}
		String unit = JsonMembers.text(request.path("TokenValidityUnits"), "AccessToken");
		return switch (unit == null ? "hours" : unit) {
			case "seconds" -> Math.max(1, validity / 60);
			case "minutes" -> validity;
			case "days" -> validity * 24 * 60;
			default -> validity * 60;
		};
	}

	static ObjectNode clientSummary(AppClient client) {
		ObjectNode node = JsonMembers.NODES.objectNode();
		node.put("ClientId", client.clientId());
		node.put("UserPoolId", client.userPoolId());
		node.put("ClientName", client.name());
		return node;
	}

}
