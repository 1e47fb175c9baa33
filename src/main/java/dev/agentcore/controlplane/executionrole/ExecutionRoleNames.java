package dev.agentcore.controlplane.executionrole;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;

/**
 * The names and ARNs of managed execution roles: named after their gateway (with the configured prefix), in the
 * gateway's account (a placed gateway's role is made in its account), before IAM has made them (IAM's ARNs follow
 * from partition, account and name).
 */
@Component
public class ExecutionRoleNames {

	private final GatewayManagement gateways;

	private final ExecutionRoleSettings settings;

	private final AwsAccount account;

	ExecutionRoleNames(GatewayManagement gateways, ExecutionRoleSettings settings, AwsAccount account) {
		this.gateways = gateways;
		this.settings = settings;
		this.account = account;
	}

	/** The role's ARN: as IAM reported it, or as it will be in its gateway's account. */
	public String arnOf(ExecutionRole role) {
		if (role.aws().roleArn() != null) {
			return role.aws().roleArn();
		}
		return arn(gateways.find(role.gatewayId())
			.map(Gateway::placement)
			.filter(placement -> !placement.own())
			.map(placement -> placement.accountId())
			.orElse(account.accountId()), role.name());
	}

	/** The ARN a managed role of {@code gatewayName} would have (for a gateway not declared yet, e.g. a plan). */
	public String arnFor(String gatewayName) {
		return arn(account.accountId(), nameFor(gatewayName));
	}

	/** The name a managed role of {@code gatewayName} gets (unless another role took it, ignoring case). */
	public String nameFor(String gatewayName) {
		return RoleNames.of(settings.namePrefix(), gatewayName);
	}

	private String arn(String accountId, String roleName) {
		return "arn:" + account.partition() + ":iam::" + accountId + ":role/" + roleName;
	}

}
