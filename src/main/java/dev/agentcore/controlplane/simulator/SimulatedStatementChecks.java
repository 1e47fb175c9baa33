package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
import java.util.List;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.cedar.PolicyIssue;
import dev.agentcore.controlplane.cedar.StatementCheck;

/**
 * How the simulated service checks a statement sent to an engine: with the same Cedar engine, against
 * the schema of the account's gateways that attach the engine; with FAIL_ON_ANY_FINDINGS also what its
 * automated reasoning would flag on the statement alone. What it finds fails the policy's transition.
 */
final class SimulatedStatementChecks {

	private final SimulatorSettings settings;

	SimulatedStatementChecks(SimulatorSettings settings) {
		this.settings = settings;
	}

	List<String> findings(SimulatedAgentCore.Snapshot account, String engineArn, PolicyInput spec) {
		CedarSchema schema = CedarSchema.generate(views(account).stream()
			.filter(view -> engineArn.equals(view.engineArn()))
			.map(SimulatedToolSets::toolSet)
			.toList());
		StatementCheck.Result result = StatementCheck.check(schema, List.of(new StatementCheck.Statement("policy",
				spec.statement())));
		List<String> findings = new ArrayList<>();
		for (PolicyIssue issue : result.issuesOf("policy")) {
			findings.add("Line " + issue.line() + ", column " + issue.column() + ": " + issue.message());
		}
		if (findings.isEmpty() && "FAIL_ON_ANY_FINDINGS".equals(spec.validationMode())) {
			findings.addAll(StatementCheck.findings(spec.statement()));
		}
		return findings;
	}

	/** The ids of the gateways whose policyEngineConfiguration names the engine. */
	List<String> gatewaysAttaching(SimulatedAgentCore.Snapshot account, String engineArn) {
		return views(account).stream()
			.filter(view -> engineArn.equals(view.engineArn()))
			.map(view -> view.gateway().gatewayId())
			.toList();
	}

	private List<SimulatedToolSets.GatewayView> views(SimulatedAgentCore.Snapshot account) {
		return SimulatedToolSets.views(account, settings.region(), settings.accountId());
	}

}
