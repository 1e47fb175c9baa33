package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.simulator.CognitoRecords.AppClient;
import dev.agentcore.controlplane.simulator.CognitoRecords.ResourceServer;
import dev.agentcore.controlplane.simulator.CognitoRecords.Scope;
import dev.agentcore.controlplane.simulator.CognitoRecords.UserPool;

/**
 * The user pool operations of {@code cognito-idp} the provisioner uses, on the AWS JSON 1.1 wire
 * ({@code X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>}), member names of the model; names and
 * domain prefixes are checked against the model's patterns here, as the wire does, before the rules of
 * {@link SimulatedCognito} apply.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
class CognitoWireController {

	static final String PATH = "/local/aws/cognito";

	static final Pattern DOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

	static final Pattern POOL_NAME = Pattern.compile("[\\w\\s+=,.@-]{1,128}");

	/** Cognito per account and region: each call reaches the one its signer is in. */
	private final SimulatedAccountServices accounts;

	private final AwsJsonWire wire;


	private final SimulatorStats stats = new SimulatorStats();

	private final Map<String, Function<JsonNode, JsonNode>> operations = new LinkedHashMap<>();

	CognitoWireController(SimulatedAccountServices accounts, AwsJsonWire wire) {
		this.accounts = accounts;
		this.wire = wire;
		operations.put("CreateUserPool", r -> wrap("UserPool", CognitoWireFormat.pool(cognito().createUserPool(
				matching(JsonMembers.required(r, "PoolName"), "poolName", POOL_NAME, "[\\w\\s+=,.@-]+"),
				tags(r.get("UserPoolTags"))))));
		operations.put("DescribeUserPool", r -> wrap("UserPool", CognitoWireFormat.pool(cognito().pool(JsonMembers.required(r, "UserPoolId")))));
		operations.put("ListUserPools", this::listUserPools);
		operations.put("DeleteUserPool", r -> {
			String id = JsonMembers.required(r, "UserPoolId");
			cognito().deleteUserPool(id);
			clients().deleteAllOf(id);
			return empty();
		});
		operations.put("CreateUserPoolDomain", r -> {
			cognito().createDomain(JsonMembers.required(r, "UserPoolId"), matching(JsonMembers.required(r, "Domain"), "domain",
					DOMAIN, "^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$"));
			return empty().put("ManagedLoginVersion", 1);
		});
		operations.put("DescribeUserPoolDomain", r -> wrap("DomainDescription", cognito().domain(JsonMembers.required(r, "Domain"))
			.map(domain -> CognitoWireFormat.domain(domain, accounts.cognito().accountId()))
			.orElseGet(JsonMembers.NODES::objectNode)));
		operations.put("DeleteUserPoolDomain", r -> {
			cognito().deleteDomain(JsonMembers.required(r, "UserPoolId"), JsonMembers.required(r, "Domain"));
			return empty();
		});
		operations.put("CreateResourceServer", r -> putServer(r, true));
		operations.put("UpdateResourceServer", r -> putServer(r, false));
		operations.put("DescribeResourceServer", r -> wrap("ResourceServer", CognitoWireFormat.server(cognito()
			.resourceServer(JsonMembers.required(r, "UserPoolId"), JsonMembers.required(r, "Identifier")))));
		operations.put("DeleteResourceServer", r -> {
			cognito().deleteResourceServer(JsonMembers.required(r, "UserPoolId"), JsonMembers.required(r, "Identifier"));
			return empty();
		});
		operations.put("CreateUserPoolClient", r -> wrap("UserPoolClient", CognitoWireFormat.client(clients().create(r))));
		operations.put("UpdateUserPoolClient", r -> wrap("UserPoolClient", CognitoWireFormat.client(clients().update(r))));
		operations.put("DescribeUserPoolClient", r -> wrap("UserPoolClient", CognitoWireFormat.client(
				clients().client(JsonMembers.required(r, "UserPoolId"), JsonMembers.required(r, "ClientId")))));
		operations.put("DeleteUserPoolClient", r -> {
			clients().delete(JsonMembers.required(r, "UserPoolId"), JsonMembers.required(r, "ClientId"));
			return empty();
		});
		operations.put("ListUserPoolClients", this::listClients);
	}

	@PostMapping({ PATH, PATH + "/" })
	void call(HttpServletRequest request, HttpServletResponse response) {
		wire.serve(request, response, "AWSCognitoIdentityProviderService", operations,
				Set.of("DescribeUserPool", "ListUserPools", "DescribeUserPoolDomain", "DescribeResourceServer",
						"DescribeUserPoolClient", "ListUserPoolClients"), stats);
	}

	private JsonNode listUserPools(JsonNode request) {
		List<UserPool> pools = cognito().pools();
		Pages.Page<UserPool> page = page(pools, request, "MaxResults", true);
		ObjectNode node = empty();
		ArrayNode items = node.putArray("UserPools");
		page.items().forEach(pool -> items.add(CognitoWireFormat.poolSummary(pool)));
		if (page.nextToken() != null) {
			node.put("NextToken", page.nextToken());
		}
		return node;
	}

	private JsonNode listClients(JsonNode request) {
		List<AppClient> all = clients().of(JsonMembers.required(request, "UserPoolId"));
		Pages.Page<AppClient> page = page(all, request, "MaxResults", false);
		ObjectNode node = empty();
		ArrayNode items = node.putArray("UserPoolClients");
		page.items().forEach(client -> items.add(CognitoWireFormat.clientSummary(client)));
		if (page.nextToken() != null) {
			node.put("NextToken", page.nextToken());
		}
		return node;
	}

	/** Cognito pages are at most 60 items; ListUserPools requires MaxResults. */
	private static <T> Pages.Page<T> page(List<T> all, JsonNode request, String member, boolean required) {
		Integer max = JsonMembers.integer(request, member);
		if ((max == null && required) || (max != null && (max < 1 || max > 60))) {
			throw AwsJsonError.invalidParameter("1 validation error detected: Value at 'maxResults' failed to satisfy "
					+ "constraint: Member must have value between 1 and 60");
		}
		List<T> ordered = new ArrayList<>(all);
		String token = JsonMembers.text(request, "NextToken");
		int start = token == null ? 0 : Integer.parseInt(new String(java.util.Base64.getUrlDecoder().decode(token)));
		int size = max == null ? 60 : max;
		List<T> items = ordered.subList(Math.min(start, ordered.size()), Math.min(start + size, ordered.size()));
		String next = start + size < ordered.size()
				? java.util.Base64.getUrlEncoder().encodeToString(Integer.toString(start + size).getBytes()) : null;
		return new Pages.Page<>(List.copyOf(items), next);
	}

	private JsonNode putServer(JsonNode request, boolean create) {
		String poolId = JsonMembers.required(request, "UserPoolId");
		String identifier = JsonMembers.required(request, "Identifier");
		List<Scope> scopes = new ArrayList<>();
		request.path("Scopes").forEach(scope -> scopes.add(new Scope(JsonMembers.required(scope, "ScopeName"),
				JsonMembers.required(scope, "ScopeDescription"))));
		cognito().putResourceServer(new ResourceServer(poolId, identifier, JsonMembers.required(request, "Name"),
				List.copyOf(scopes)), create);
		return wrap("ResourceServer", CognitoWireFormat.server(cognito().resourceServer(poolId, identifier)));
	}

	/** The value, if it matches the model's pattern; else the wire's validation error, as Cognito words it. */
	private static String matching(String value, String member, Pattern pattern, String shown) {
		if (!pattern.matcher(value).matches()) {
			String which = member.equals("domain") ? "Value '" + value + "' at '" + member + "'" : "Value at '" + member + "'";
			throw AwsJsonError.invalidParameter("1 validation error detected: " + which + " failed to satisfy constraint: "
					+ "Member must satisfy regular expression pattern: " + shown);
		}
		return value;
	}

	private SimulatedCognito cognito() {
		return accounts.cognito().pools();
	}

	private CognitoAppClients clients() {
		return accounts.cognito().clients();
	}

	private static Map<String, String> tags(JsonNode tags) {
		Map<String, String> values = new LinkedHashMap<>();
		if (tags != null && tags.isObject()) {
			tags.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
		}
		return values;
	}

	private static ObjectNode wrap(String member, JsonNode value) {
		ObjectNode node = empty();
		node.set(member, value);
		return node;
	}

	private static ObjectNode empty() {
		return JsonMembers.NODES.objectNode();
	}

}
