package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.ClientSecret;
import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.provisioning.CognitoUserPools;

/** {@link CognitoUserPools} through the AWS SDK for Java v2 ({@code cognito-idp}, JSON 1.1). */
@Component
class SdkCognito implements CognitoUserPools {

	static final String WELL_KNOWN = "/.well-known/openid-configuration";

	private final IdentityClients clients;

	private final SdkCalls calls;

	SdkCognito(IdentityClients clients, SdkCalls calls) {
		this.clients = clients;
		this.calls = calls;
	}

	@Override
	public Call<UserPool> createUserPool(String name, Map<String, String> tags) {
		var created = calls.mutating("CreateUserPool", () -> aws().createUserPool(r -> r.poolName(name).userPoolTags(tags)));
		return new Call<>(pool(created.userPool()), created.responseMetadata().requestId());
	}

	@Override
	public Optional<UserPool> describeUserPool(String userPoolId) {
		return calls.readIfPresent("DescribeUserPool", () -> pool(aws().describeUserPool(r -> r.userPoolId(userPoolId)).userPool()));
	}

	@Override
	public Optional<UserPool> findUserPoolByName(String name) {
		String token = null;
		do {
			String next = token;
			ListUserPoolsResponse page = calls.read("ListUserPools", () -> aws().listUserPools(r -> r.maxResults(60).nextToken(next)));
			for (UserPoolDescriptionType pool : page.userPools()) {
				if (pool.name().equals(name)) {
					return describeUserPool(pool.id());
				}
			}
			token = page.nextToken();
		}
		while (token != null);
		return Optional.empty();
	}

	@Override
	public Call<Void> deleteUserPool(String userPoolId) {
		return new Call<>(null, calls.deleteIfPresent("DeleteUserPool",
				() -> aws().deleteUserPool(r -> r.userPoolId(userPoolId)).responseMetadata().requestId()));
	}

	@Override
	public Optional<Domain> describeDomain(String prefix) {
		// Cognito answers an empty description, not an error, for a domain no pool has.
		DomainDescriptionType domain = calls.read("DescribeUserPoolDomain",
				() -> aws().describeUserPoolDomain(r -> r.domain(prefix)).domainDescription());
		if (domain == null || domain.domain() == null || domain.userPoolId() == null) {
			return Optional.empty();
		}
		return Optional.of(new Domain(domain.domain(), domain.userPoolId(), domain.statusAsString()));
	}

	@Override
	public Call<Void> createDomain(String userPoolId, String prefix) {
		var created = calls.mutating("CreateUserPoolDomain",
				() -> aws().createUserPoolDomain(r -> r.userPoolId(userPoolId).domain(prefix)));
		return new Call<>(null, created.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deleteDomain(String userPoolId, String prefix) {
		return new Call<>(null, calls.deleteIfPresent("DeleteUserPoolDomain",
				() -> aws().deleteUserPoolDomain(r -> r.userPoolId(userPoolId).domain(prefix)).responseMetadata().requestId()));
	}

	@Override
	public Optional<ResourceServer> describeResourceServer(String userPoolId, String identifier) {
		return calls.readIfPresent("DescribeResourceServer", () -> server(aws()
			.describeResourceServer(r -> r.userPoolId(userPoolId).identifier(identifier))
			.resourceServer()));
	}

	@Override
	public Call<Void> createResourceServer(String userPoolId, ResourceServer server) {
		var created = calls.mutating("CreateResourceServer", () -> aws().createResourceServer(r -> r.userPoolId(userPoolId)
			.identifier(server.identifier())
			.name(server.name())
			.scopes(scopes(server))));
		return new Call<>(null, created.responseMetadata().requestId());
	}

	@Override
	public Call<Void> updateResourceServer(String userPoolId, ResourceServer server) {
		var updated = calls.mutating("UpdateResourceServer", () -> aws().updateResourceServer(r -> r.userPoolId(userPoolId)
			.identifier(server.identifier())
			.name(server.name())
			.scopes(scopes(server))));
		return new Call<>(null, updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deleteResourceServer(String userPoolId, String identifier) {
		return new Call<>(null, calls.deleteIfPresent("DeleteResourceServer", () -> aws()
			.deleteResourceServer(r -> r.userPoolId(userPoolId).identifier(identifier))
			.responseMetadata()
			.requestId()));
	}

	@Override
	public List<ClientSummary> listClients(String userPoolId) {
		List<ClientSummary> all = new ArrayList<>();
		String token = null;
		do {
			String next = token;
			ListUserPoolClientsResponse page = calls.read("ListUserPoolClients",
					() -> aws().listUserPoolClients(r -> r.userPoolId(userPoolId).maxResults(60).nextToken(next)));
			page.userPoolClients().forEach(client -> all.add(new ClientSummary(client.clientId(), client.clientName())));
			token = page.nextToken();
		}
		while (token != null);
		return all;
	}

	@Override
	public Optional<AppClient> describeClient(String userPoolId, String clientId) {
		return calls.readIfPresent("DescribeUserPoolClient", () -> {
			UserPoolClientType client = aws().describeUserPoolClient(r -> r.userPoolId(userPoolId).clientId(clientId))
				.userPoolClient();
			return new AppClient(client.clientId(), client.clientName(), client.allowedOAuthScopes(),
					client.allowedOAuthFlowsAsStrings(), Boolean.TRUE.equals(client.allowedOAuthFlowsUserPoolClient()),
					client.supportedIdentityProviders());
		});
	}

	@Override
	public Call<CreatedClient> createClient(String userPoolId, String name, List<String> scopes) {
		var created = calls.mutating("CreateUserPoolClient", () -> aws().createUserPoolClient(r -> r.userPoolId(userPoolId)
			.clientName(name)
			.generateSecret(true)
			.allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
			.allowedOAuthFlowsUserPoolClient(true)
			.allowedOAuthScopes(scopes)
			.supportedIdentityProviders("COGNITO")));
		UserPoolClientType client = created.userPoolClient();
		return new Call<>(new CreatedClient(client.clientId(), new ClientSecret(client.clientSecret())),
				created.responseMetadata().requestId());
	}

	@Override
	public Call<Void> updateClient(String userPoolId, String clientId, String name, List<String> scopes) {
		var updated = calls.mutating("UpdateUserPoolClient", () -> aws().updateUserPoolClient(r -> r.userPoolId(userPoolId)
			.clientId(clientId)
			.clientName(name)
			.allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
			.allowedOAuthFlowsUserPoolClient(true)
			.allowedOAuthScopes(scopes)
			.supportedIdentityProviders("COGNITO")));
		return new Call<>(null, updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deleteClient(String userPoolId, String clientId) {
		return new Call<>(null, calls.deleteIfPresent("DeleteUserPoolClient", () -> aws()
			.deleteUserPoolClient(r -> r.userPoolId(userPoolId).clientId(clientId))
			.responseMetadata()
			.requestId()));
	}

	@Override
	public ClientSecret clientSecret(String userPoolId, String clientId) {
		return calls.read("DescribeUserPoolClient", () -> new ClientSecret(aws()
			.describeUserPoolClient(r -> r.userPoolId(userPoolId).clientId(clientId))
			.userPoolClient()
			.clientSecret()));
	}

	private UserPool pool(UserPoolType pool) {
		return new UserPool(pool.id(), pool.arn(), pool.name(), pool.domain(), clients.issuer(pool.id()) + WELL_KNOWN);
	}

	private static ResourceServer server(ResourceServerType server) {
		return new ResourceServer(server.identifier(), server.name(),
				server.scopes().stream().map(ResourceServerScopeType::scopeName).toList());
	}

	private static List<ResourceServerScopeType> scopes(ResourceServer server) {
		return server.scopes()
			.stream()
			.map(scope -> ResourceServerScopeType.builder().scopeName(scope).scopeDescription(scope + " access").build())
			.toList();
	}

	private CognitoIdentityProviderClient aws() {
		return clients.cognito();
	}

}
