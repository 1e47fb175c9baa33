package dev.agentcore.controlplane.policy;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;

/** The provisioner's writes to a policy: status, and the identity AWS gave it. */
@Component
public class PolicyStatus extends StatusColumns {

	PolicyStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, new StatusTable("policies", "aws_policy_id", "aws_policy_arn", null, List.of()));
	}

}
