package dev.agentcore.controlplane.account;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;

/** The provisioner's writes to an account: status, and the account and session STS confirmed. */
@Component
public class AccountStatus extends StatusColumns {

	AccountStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, new StatusTable("accounts", "aws_account_id", "aws_session_arn", null, List.of()));
	}

}
