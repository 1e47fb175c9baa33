package dev.agentcore.controlplane.cedar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.DetailedError;
import com.cedarpolicy.model.ValidationRequest;
import com.cedarpolicy.model.ValidationResponse;
import com.cedarpolicy.model.ValidationResponse.SuccessOrFailure;
import com.cedarpolicy.model.exception.AuthException;
import com.cedarpolicy.model.exception.InternalException;
import com.cedarpolicy.model.policy.Policy;
import com.cedarpolicy.model.policy.PolicySet;

/**
 * Checks Cedar statements the way AgentCore's schema checks do, with the real Cedar engine: each must
 * parse as one static policy, keep AgentCore's scope rules, name only tools the engine's gateways have,
 * and validate against the generated schema. Statements naming tools only AgentCore knows (targets
 * with S3 schemas, Smithy, MCP servers, API Gateway), and every statement of an engine attached to no
 * gateway, are checked for syntax and scope only, with a warning saying so.
 */
public final class StatementCheck {

	private static final BasicAuthorizationEngine CEDAR = new BasicAuthorizationEngine();

	/**
	 * Stored statements' scopes by their text, for the ENFORCE guard, which reads an engine's statements again
	 * whenever a gateway changes (16 MB at most; statements being checked are not kept).
	 */
	static final NativeCache<String, PolicyScope> SCOPES = new NativeCache<>(4096, 16L * 1024 * 1024,
			text -> 2L * text.length() + 256);

	private StatementCheck() {
	}

	/** A statement to check, under an id that is unique in the call. */
	public record Statement(String id, String text) {
	}

	/**
	 * What was found, by statement id.
	 *
	 * @param issues what makes a statement invalid (empty lists for valid ones)
	 * @param warnings what was not checked, or is worth knowing
	 */
	public record Result(Map<String, List<PolicyIssue>> issues, Map<String, List<String>> warnings) {

		public boolean passed() {
			return issues.values().stream().allMatch(List::isEmpty);
		}

		public List<PolicyIssue> issuesOf(String id) {
			return issues.getOrDefault(id, List.of());
		}

		public List<String> warningsOf(String id) {
			return warnings.getOrDefault(id, List.of());
		}

	}

	/**
	 * Checks the statements on a Cedar thread; one over {@link StatementLimits} never reaches Cedar and has that
	 * as its issue. Nothing of the statements is kept once the check is done.
	 */
	public static Result check(CedarSchema schema, List<Statement> statements) {
		return CedarThreads.call(() -> checkWithinLimits(schema, statements));
	}

	private static Result checkWithinLimits(CedarSchema schema, List<Statement> given) {
		Map<String, List<PolicyIssue>> issues = new LinkedHashMap<>();
		Map<String, List<String>> warnings = new LinkedHashMap<>();
		List<Statement> statements = new ArrayList<>();
		for (Statement statement : given) {
			issues.put(statement.id(), new ArrayList<>());
			warnings.put(statement.id(), new ArrayList<>());
			StatementLimits.exceeded(statement.text()).ifPresentOrElse(
					reason -> issues.get(statement.id()).add(SourcePositions.atChar(statement.text(), 0, reason)),
					() -> statements.add(statement));
		}
		if (statements.isEmpty()) {
			return new Result(issues, warnings);
		}
		Map<String, Policy> policies = new LinkedHashMap<>();
		statements.forEach(statement -> policies.put(statement.id(), new Policy(statement.text(), statement.id())));
		ValidationResponse response = validate(schema, policies.values());
		if (response.type == SuccessOrFailure.Failure && statements.size() > 1) {
			// One statement that does not parse fails the whole set: check each alone to say which.
			for (Statement statement : statements) {
				Result alone = checkWithinLimits(schema, List.of(statement));
				issues.put(statement.id(), alone.issuesOf(statement.id()));
				warnings.put(statement.id(), alone.warningsOf(statement.id()));
			}
			return new Result(issues, warnings);
		}
		if (response.type == SuccessOrFailure.Failure) {
			Statement statement = statements.getFirst();
			response.errors.orElseThrow().forEach(error -> issues.get(statement.id()).add(issue(statement.text(), error)));
			return new Result(issues, warnings);
		}
		Map<String, List<DetailedError>> cedarErrors = new LinkedHashMap<>();
		response.success.orElseThrow().validationErrors.forEach(error -> cedarErrors
			.computeIfAbsent(error.getPolicyId(), id -> new ArrayList<>()).add(error.getError()));
		Map<String, List<DetailedError>> cedarWarnings = new LinkedHashMap<>();
		response.success.orElseThrow().validationWarnings.forEach(warning -> cedarWarnings
			.computeIfAbsent(warning.getPolicyId(), id -> new ArrayList<>()).add(warning.getError()));
		for (Statement statement : statements) {
			boolean checked = checkParsed(schema, statement, policies.get(statement.id()),
					cedarErrors.getOrDefault(statement.id(), List.of()), issues.get(statement.id()), warnings.get(statement.id()));
			if (checked) {
				cedarWarnings.getOrDefault(statement.id(), List.of())
					.forEach(warning -> warnings.get(statement.id()).add(message(warning)));
			}
		}
		return new Result(issues, warnings);
	}

	/** Returns whether the statement was checked against the schema (Cedar's findings about it then count). */
	private static boolean checkParsed(CedarSchema schema, Statement statement, Policy policy,
			List<DetailedError> cedarErrors, List<PolicyIssue> issues, List<String> warnings) {
		String text = statement.text();
		PolicyScope scope = scope(policy);
		boolean iamOnly = schema.fromGateways() && schema.principals().equals(Set.of(PrincipalKind.IAM_ENTITY));
		issues.addAll(scope.issues(text, iamOnly));
		if (!schema.fromGateways()) {
			warnings.add("Checked for syntax and scope only: the engine is attached to no gateway, so there are no tools to "
					+ "check it against yet. It is checked again when a gateway attaches the engine.");
			return false;
		}
		List<String> opaque = scope.namedActions().stream().filter(schema::opaque).toList();
		if (!opaque.isEmpty()) {
			warnings.add("Names " + String.join(", ", opaque) + ", of targets whose tools only AgentCore knows (S3 "
					+ "schemas, Smithy, MCP servers, API Gateway): checked for syntax and scope here, against the tools by AgentCore.");
			return false;
		}
		Set<String> missing = new LinkedHashSet<>();
		scope.namedActions().stream().filter(action -> !schema.tools().containsKey(action)).forEach(missing::add);
		for (String action : missing) {
			int at = text.indexOf("\"" + action + "\"");
			issues.add(SourcePositions.atChar(text, Math.max(0, at), "Names the tool '" + action + "', which no gateway "
					+ "of this engine has. The tools are: " + schema.toolList() + "."));
		}
		for (DetailedError error : cedarErrors) {
			if (!missing.isEmpty() && aboutActions(error)) {
				continue;
			}
			issues.add(issue(text, error));
		}
		return true;
	}

	/**
	 * The findings of AgentCore's automated reasoning that a statement shows on its own (overly permissive,
	 * overly restrictive); empty for a statement that does not parse.
	 */
	public static List<String> findings(String statement) {
		if (StatementLimits.exceeded(statement).isPresent()) {
			return List.of();
		}
		return CedarThreads.call(() -> {
			try {
				return PolicyScope.of(new Policy(statement, "statement").toJson()).findings();
			}
			catch (InternalException ex) {
				return List.of();
			}
		});
	}

	/**
	 * Whether a (valid) statement, as a permit, can apply to some tool of the gateway with
	 * {@code gatewayArn} (null while it is not in AWS) that {@code tool} recognizes, conditions aside:
	 * what the ENFORCE guard asks of every policy of an engine.
	 */
	public static boolean mayPermitAnyOf(String statement, java.util.function.Predicate<String> tool, String gatewayArn) {
		if (StatementLimits.exceeded(statement).isPresent()) {
			return false;
		}
		return SCOPES.get(statement, text -> CedarThreads.call(() -> scope(new Policy(text, "statement"))))
			.mayPermitAnyOf(tool, gatewayArn);
	}

	/** The scope of a statement that parsed; its JSON form comes from Cedar itself. */
	static PolicyScope scope(Policy policy) {
		try {
			return PolicyScope.of(policy.toJson());
		}
		catch (InternalException ex) {
			throw new IllegalStateException("Cedar could not print a statement it parsed: " + ex.getErrors(), ex);
		}
	}

	private static ValidationResponse validate(CedarSchema schema, java.util.Collection<Policy> policies) {
		try {
			return CEDAR.validate(new ValidationRequest(schema.cedar(), new PolicySet(new LinkedHashSet<>(policies))));
		}
		catch (AuthException ex) {
			throw new IllegalStateException("Cedar could not validate: " + ex.getMessage(), ex);
		}
	}

	private static boolean aboutActions(DetailedError error) {
		return error.message.contains("unrecognized action") || error.message.contains("unable to find an applicable action");
	}

	static PolicyIssue issue(String source, DetailedError error) {
		int offset = error.sourceLocations.isEmpty() ? 0 : error.sourceLocations.getFirst().start;
		return SourcePositions.at(source, offset, message(error));
	}

	static String message(DetailedError error) {
		String message = error.message.replaceFirst("^failed to parse policy with id `[^`]*` from string: ", "")
			.replaceFirst("^for policy `[^`]*`, ", "");
		String label = error.sourceLocations.stream()
			.map(location -> location.label.orElse(""))
			.filter(text -> !text.isBlank())
			.findFirst()
			.orElse(null);
		StringBuilder text = new StringBuilder(message);
		if (label != null) {
			text.append(" (").append(label).append(')');
		}
		error.help.filter(help -> !help.isBlank()).ifPresent(help -> text.append(". ").append(help));
		return text.toString();
	}

}
