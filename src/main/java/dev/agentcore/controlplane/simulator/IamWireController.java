package dev.agentcore.controlplane.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The role operations of IAM on the wire (the Query protocol the AWS SDK speaks: a form-encoded
 * POST naming the {@code Action}, answered in XML), and the policy simulator.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@RequestMapping(IamWireController.BASE_PATH)
class IamWireController {

	static final String BASE_PATH = "/local/aws/iam";

	private final SimulatedAccountServices accounts;

	private final SimulatedAgentCore account;

	IamWireController(SimulatedAccountServices accounts, SimulatedAgentCore account) {
		this.accounts = accounts;
		this.account = account;
	}

	@PostMapping(path = { "", "/" }, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> call(@RequestParam MultiValueMap<String, String> form) {
		QueryParameters params = new QueryParameters(form);
		// The signer's account: an assumed role's credentials reach the IAM of that account.
		SimulatedIam iam = accounts.iam();
		String action = params.value("Action");
		account.stats().call(action == null ? "(none)" : action);
		String requestId = UUID.randomUUID().toString();
		String body = QueryXml.response(QueryXml.IAM_NAMESPACE, action, requestId, switch (action == null ? "" : action) {
			case "CreateRole" -> result -> role(result, iam.createRole(params.value("RoleName"), params.value("Path"),
					params.value("AssumeRolePolicyDocument"), params.value("Description"), params.tags()));
			case "GetRole" -> result -> role(result, iam.role(params.value("RoleName")));
			case "DeleteRole" -> run(() -> iam.deleteRole(params.value("RoleName")));
			case "PutRolePolicy" -> run(() -> iam.putRolePolicy(params.value("RoleName"), params.value("PolicyName"),
					params.value("PolicyDocument")));
			case "GetRolePolicy" -> {
				String document = iam.rolePolicy(params.value("RoleName"), params.value("PolicyName"));
				yield result -> result.element("RoleName", iam.role(params.value("RoleName")).name())
					.element("PolicyName", params.value("PolicyName"))
					.policy("PolicyDocument", document);
			}
			case "DeleteRolePolicy" -> run(() -> iam.deleteRolePolicy(params.value("RoleName"), params.value("PolicyName")));
			case "ListRolePolicies" -> {
				List<String> names = iam.rolePolicies(params.value("RoleName"));
				yield result -> {
					result.open("PolicyNames");
					names.forEach(name -> result.element("member", name));
					result.close("PolicyNames").element("IsTruncated", false);
				};
			}
			case "TagRole" -> run(() -> iam.tagRole(params.value("RoleName"), params.tags()));
			case "UpdateAssumeRolePolicy" -> run(() -> iam.updateTrustPolicy(params.value("RoleName"),
					params.value("PolicyDocument")));
			case "SimulatePrincipalPolicy" -> simulation(iam.simulate(params.value("PolicySourceArn"),
					params.members("ActionNames"), params.members("ResourceArns"), params.context()));
			default -> throw IamError.invalidAction(action);
		});
		return ResponseEntity.ok().contentType(MediaType.TEXT_XML).header("x-amzn-RequestId", requestId).body(body);
	}

	/** An operation without output: done now, answered with the request id only. */
	private static java.util.function.Consumer<QueryXml> run(Runnable operation) {
		operation.run();
		return null;
	}

	static void role(QueryXml xml, SimulatedRole role) {
		xml.open("Role")
			.element("Path", role.path())
			.element("RoleName", role.name())
			.element("RoleId", role.roleId())
			.element("Arn", role.arn())
			.element("CreateDate", role.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
			.policy("AssumeRolePolicyDocument", role.trustPolicy())
			.element("Description", role.description())
			.element("MaxSessionDuration", 3600);
		if (!role.tags().isEmpty()) {
			xml.open("Tags");
			role.tags().forEach((key, value) -> xml.open("member").element("Key", key).element("Value", value).close("member"));
			xml.close("Tags");
		}
		xml.close("Role");
	}

	private static java.util.function.Consumer<QueryXml> simulation(List<IamPolicyEvaluator.Result> results) {
		return xml -> {
			xml.open("EvaluationResults");
			for (IamPolicyEvaluator.Result result : results) {
				xml.open("member")
					.element("EvalActionName", result.action())
					.element("EvalResourceName", result.resource())
					.element("EvalDecision", result.decision());
				xml.open("MatchedStatements");
				result.matched()
					.forEach(source -> xml.open("member")
						.element("SourcePolicyId", source.id())
						.element("SourcePolicyType", source.type())
						.close("member"));
				xml.close("MatchedStatements").open("MissingContextValues");
				result.missingContext().forEach(key -> xml.element("member", key));
				xml.close("MissingContextValues").close("member");
			}
			xml.close("EvaluationResults").element("IsTruncated", false);
		};
	}

	/** The Query protocol's flattened members: {@code Name.member.N} lists and {@code Tags.member.N.Key}. */
	record QueryParameters(MultiValueMap<String, String> form) {

		String value(String name) {
			return form.getFirst(name);
		}

		List<String> members(String prefix) {
			List<String> values = new java.util.ArrayList<>();
			for (int i = 1; form.containsKey(prefix + ".member." + i); i++) {
				values.add(form.getFirst(prefix + ".member." + i));
			}
			return values;
		}

		Map<String, String> tags() {
			Map<String, String> tags = new LinkedHashMap<>();
			for (int i = 1; form.containsKey("Tags.member." + i + ".Key"); i++) {
				tags.put(form.getFirst("Tags.member." + i + ".Key"), form.getFirst("Tags.member." + i + ".Value"));
			}
			return tags;
		}

		Map<String, List<String>> context() {
			Map<String, List<String>> context = new LinkedHashMap<>();
			for (int i = 1; form.containsKey("ContextEntries.member." + i + ".ContextKeyName"); i++) {
				String entry = "ContextEntries.member." + i;
				context.put(form.getFirst(entry + ".ContextKeyName"), members(entry + ".ContextKeyValues"));
			}
			return context;
		}

	}

}
