package dev.agentcore.controlplane.executionrole;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;

/** The provisioner's writes to a managed role: status, and the id and ARN IAM gave it. */
@Component
public class ExecutionRoleStatus extends StatusColumns {

	ExecutionRoleStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, new StatusTable("execution_roles", "aws_role_id", "aws_role_arn", null, List.of()));
	}

}
