package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.permissions.PermissionPlanner.PlannedTarget;

/** The AWS resources a gateway's targets reach, collected once, in a stable order. */
final class TargetResources {

	final TreeSet<String> functions = new TreeSet<>();

	final TreeMap<String, TreeSet<String>> objectsByOwner = new TreeMap<>();

	final TreeSet<String> oauthProviders = new TreeSet<>();

	final TreeSet<String> apiKeyProviders = new TreeSet<>();

	/** Invoke permissions of runtimes and SigV4-signed endpoints: action to resources. */
	final TreeMap<String, TreeSet<String>> invocations = new TreeMap<>();

	private final String account;

	private TargetResources(String account) {
		this.account = account;
	}

	static TargetResources of(List<PlannedTarget> targets, String partition, String account, List<String> notes) {
		TargetResources resources = new TargetResources(account);
		targets.forEach(target -> resources.collect(target, partition, notes));
		return resources;
	}

	private void collect(PlannedTarget target, String partition, List<String> notes) {
		TargetSpec spec = target.spec();
		switch (target.type()) {
			case OPENAPI -> {
				schema(spec.openApi(), partition, target.name(), notes);
				signed(target, partition, notes);
			}
			case SMITHY -> {
				schema(spec.smithy(), partition, target.name(), notes);
				notes.add("Target " + target.name() + " is a Smithy model: the execution role also needs the actions of "
						+ "the service it models (e.g. s3:ListBucket for Amazon S3), which only the model names.");
			}
			case LAMBDA -> {
				functions.add(spec.lambda().functionArn());
				if (spec.lambda().toolSchema().s3() != null) {
					object(spec.lambda().toolSchema().s3(), partition, target.name(), notes);
				}
			}
			case API_GATEWAY -> {
				if (signedByRole(spec)) {
					notes.add("Target " + target.name() + " calls API Gateway REST API " + spec.apiGateway().restApiId()
							+ " with the execution role: allow execute-api:Invoke on its stage " + spec.apiGateway().stage()
							+ " if the API uses IAM authorization.");
				}
			}
			case AGENTCORE_RUNTIME -> runtime(target, notes);
			case MCP_SERVER -> signed(target, partition, notes);
			default -> {
			}
		}
		Credentials credentials = spec.credentials();
		if (credentials != null && credentials.type() == Credentials.CredentialType.JWT_PASSTHROUGH) {
			notes.add("Target " + target.name() + " receives the caller's JWT (JWT_PASSTHROUGH): nothing is needed on the "
					+ "execution role; the target validates the token.");
		}
		if (credentials != null && credentials.type() == Credentials.CredentialType.OAUTH
				&& credentials.effectiveGrant() == Credentials.GrantType.TOKEN_EXCHANGE) {
			notes.add("Target " + target.name() + " exchanges the caller's token on their behalf (TOKEN_EXCHANGE): nothing "
					+ "beyond the token vault is needed on the execution role.");
		}
		if (credentials != null && credentials.type() == Credentials.CredentialType.OAUTH) {
			oauthProviders.add(credentials.providerArn());
		}
		if (credentials != null && credentials.type() == Credentials.CredentialType.API_KEY) {
			apiKeyProviders.add(credentials.providerArn());
		}
	}

	/** A runtime is invoked by the role (GATEWAY_IAM_ROLE), by the caller (CALLER_IAM_CREDENTIALS), or not through IAM. */
	private void runtime(PlannedTarget target, List<String> notes) {
		TargetBlocks.AgentcoreRuntime runtime = target.spec().agentcoreRuntime();
		String qualifier = runtime.qualifier() == null ? "DEFAULT" : runtime.qualifier();
		Credentials.CredentialType type = target.spec().credentials().type();
		if (type == Credentials.CredentialType.GATEWAY_IAM_ROLE) {
			TreeSet<String> resources = invocations.computeIfAbsent("bedrock-agentcore:InvokeAgentRuntime", key -> new TreeSet<>());
			resources.add(runtime.runtimeArn());
			resources.add(runtime.runtimeArn() + "/runtime-endpoint/" + qualifier);
		}
		else if (type == Credentials.CredentialType.CALLER_IAM_CREDENTIALS) {
			notes.add("Target " + target.name() + " is invoked with the caller's own IAM identity: the callers of the gateway "
					+ "(not the execution role) need bedrock-agentcore:InvokeAgentRuntime on " + runtime.runtimeArn() + ".");
		}
	}

	/** MCP servers and OpenAPI endpoints signed with the role: the signing service's invoke permission, where the URL tells. */
	private void signed(PlannedTarget target, String partition, List<String> notes) {
		Credentials credentials = target.spec().credentials();
		if (!signedByRole(target.spec()) || credentials.signing() == null) {
			return;
		}
		String service = credentials.signing().service();
		String endpoint = target.type() == dev.agentcore.controlplane.gatewaytarget.TargetType.MCP_SERVER
				? target.spec().mcpServer().endpoint() : null;
		SignedEndpoints.of(service, endpoint == null ? "" : endpoint, partition, account).ifPresentOrElse(
				invocation -> invocations.computeIfAbsent(invocation.action(), key -> new TreeSet<>()).add(invocation.resource()),
				() -> notes.add("Target " + target.name() + " is signed for " + service + " with the execution role: allow "
						+ service + "'s invoke action on " + (endpoint == null ? "the API its schema's servers name" : endpoint)
						+ " (the planner cannot tell the resource from the URL)."));
	}

	private static boolean signedByRole(TargetSpec spec) {
		return spec.credentials() != null && spec.credentials().type() == Credentials.CredentialType.GATEWAY_IAM_ROLE;
	}

	private void schema(TargetBlocks.SchemaSource source, String partition, String target, List<String> notes) {
		if (source != null && source.s3() != null) {
			object(source.s3(), partition, target, notes);
		}
	}

	private void object(TargetBlocks.S3Location location, String partition, String target, List<String> notes) {
		String path = location.uri().substring("s3://".length());
		if (!ExactResources.exact(path)) {
			notes.add(ExactResources.notGranted("Target " + target, location.uri()));
			return;
		}
		String owner = Objects.requireNonNullElse(location.bucketOwnerAccountId(), "");
		objectsByOwner.computeIfAbsent(owner, key -> new TreeSet<>()).add("arn:" + partition + ":s3:::" + path);
	}

}
