package dev.agentcore.controlplane.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.cedar.PolicyIssue;
import dev.agentcore.controlplane.cedar.StatementCheck;
import dev.agentcore.controlplane.cedar.StatementLimits;
import dev.agentcore.controlplane.cedar.StatementCheck.Statement;
import dev.agentcore.controlplane.policy.PolicyProblems.StatementError;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * Validation before anything is stored: a statement is checked against the schema of every gateway
 * its engine is attached to, and refused with every error's line and column; stored policies are
 * checked again when the tools they were written against change.
 */
@Component
class PolicyValidation {

	private final EngineSchemas schemas;

	PolicyValidation(EngineSchemas schemas) {
		this.schemas = schemas;
	}

	/** Throws 400 POLICY_INVALID unless the statement is valid for the engine; returns the warnings. */
	List<String> requireValid(PolicyEngine engine, String statement) {
		return requireValid(schemas.of(engine), List.of(statement), index -> "statement").getFirst();
	}

	/**
	 * Throws 400 POLICY_INVALID unless every statement is valid against {@code schema}; returns each
	 * statement's warnings, in order. {@code field} names statement i in the errors.
	 */
	static List<List<String>> requireValid(CedarSchema schema, List<String> statements, Function<Integer, String> field) {
		requireWithinLimits(statements, field);
		List<Statement> checked = new ArrayList<>();
		for (int i = 0; i < statements.size(); i++) {
			checked.add(new Statement(field.apply(i), statements.get(i)));
		}
		StatementCheck.Result result = StatementCheck.check(schema, checked);
		if (!result.passed()) {
			List<StatementError> errors = new ArrayList<>();
			checked.forEach(statement -> result.issuesOf(statement.id()).forEach(issue -> errors
				.add(new StatementError(statement.id(), issue.line(), issue.column(), issue.message()))));
			throw PolicyProblems.invalid(errors);
		}
		return checked.stream().map(statement -> result.warningsOf(statement.id())).toList();
	}

	/**
	 * Throws 400 POLICY_TOO_COMPLEX, naming each statement, unless all are within Cedar's limits: checked on the
	 * text, before Cedar sees any of them.
	 */
	static void requireWithinLimits(List<String> statements, Function<Integer, String> field) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < statements.size(); i++) {
			int index = i;
			StatementLimits.exceeded(statements.get(i))
				.ifPresent(reason -> errors.add(new FieldError(field.apply(index), reason)));
		}
		if (!errors.isEmpty()) {
			throw PolicyProblems.tooComplex(errors);
		}
	}

	/**
	 * The stored policies of the engine that are no longer valid against {@code schema}, with what is
	 * wrong with each.
	 */
	static Map<Policy, List<PolicyIssue>> broken(CedarSchema schema, List<Policy> policies) {
		Map<String, Policy> byId = policies.stream().collect(Collectors.toMap(policy -> policy.id().toString(), policy -> policy));
		StatementCheck.Result result = StatementCheck.check(schema,
				policies.stream().map(policy -> new Statement(policy.id().toString(), policy.spec().statement())).toList());
		return result.issues().entrySet().stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.collect(Collectors.toMap(entry -> byId.get(entry.getKey()), Map.Entry::getValue));
	}

}
