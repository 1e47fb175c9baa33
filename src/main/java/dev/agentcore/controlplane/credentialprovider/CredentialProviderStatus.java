package dev.agentcore.controlplane.credentialprovider;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;
import dev.agentcore.controlplane.resource.StatusUpdate;

/** The provisioner's writes to a credential provider: status, the identity AWS gave it and its secret's ARN. */
@Component
public class CredentialProviderStatus extends StatusColumns {

	CredentialProviderStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, new StatusTable("credential_providers", "aws_provider_name", "aws_provider_arn",
				"aws_callback_url", List.of("aws_secret_arn")));
	}

	/** The ARN of the token vault's secret for the provider (never its value). */
	public StatusUpdate.ColumnWrite secretArn(String arn) {
		return write("aws_secret_arn = ?", arn);
	}

}
