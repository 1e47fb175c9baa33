package dev.agentcore.controlplane.gatewayrule;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.JsonColumns;
import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;

/** The provisioner's writes to a gateway rule: status, and the id AWS gave it. */
@Component
public class RuleStatus extends StatusColumns {

	RuleStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, new StatusTable("gateway_rules", "aws_rule_id", null, null, List.of()));
	}

	@Bean
	static JsonColumns ruleJsonColumns() {
		return JsonColumns.of(RuleSpec.class);
	}

}
