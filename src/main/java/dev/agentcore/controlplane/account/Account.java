package dev.agentcore.controlplane.account;

import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.SpecifiedResource;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;

/**
 * An AWS account the control plane provisions into: its id is the aggregate's name (it cannot change), its spec
 * the regions, the role to assume and the teams that may use it; READY once the control plane assumed the role and
 * STS confirmed the account. Accounts belong to the admins ({@link #OWNER}), not to a team.
 */
@Table("accounts")
public class Account extends SpecifiedResource<Account, AccountSpec, Account.AssumedIdentity> {

	/** The team column of every account: only admins manage accounts. */
	public static final String OWNER = "admins";

	static final ManagedKind KIND = new ManagedKind(ResourceType.ACCOUNT, "account", "ACCOUNT", "",
			"across the control plane");

	@PersistenceCreator
	Account(UUID id, String team, String name, AccountSpec spec, Integer version, Lifecycle lifecycle, String createdBy,
			ResourceStatus status, AssumedIdentity aws) {
		super(KIND, id, team, name, spec, version, lifecycle, createdBy, status, aws);
	}

	static Account declare(String accountId, AccountSpec spec, String actor) {
		return new Account(Ids.newId(), OWNER, accountId, spec, null, Lifecycle.declared(), actor,
				ResourceStatus.accepted(), AssumedIdentity.NONE).declared(spec, actor);
	}

	/** The 12-digit AWS account id. */
	public String accountId() {
		return name();
	}

	/**
	 * What STS confirmed the last time the control plane assumed the role.
	 *
	 * @param accountId the account GetCallerIdentity answered with
	 * @param sessionArn the assumed role's session ({@code arn:aws:sts::<account>:assumed-role/<role>/<session>})
	 */
	public record AssumedIdentity(@ReadOnlyProperty String accountId, @ReadOnlyProperty String sessionArn,
			@ReadOnlyProperty String status) {

		static final AssumedIdentity NONE = new AssumedIdentity(null, null, null);

	}

}
