package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.SpecifiedResource;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;

/**
 * A Cedar policy engine: the desired state a team declared ({@code spec}) and what the provisioner found
 * ({@code status}, {@code aws}). Its policies are aggregates of their own that reference it by id.
 */
@Table("policy_engines")
public class PolicyEngine extends SpecifiedResource<PolicyEngine, PolicyEngineSpec, PolicyEngine.AwsPolicyEngine> {

	static final ManagedKind KIND = new ManagedKind(ResourceType.POLICY_ENGINE, "policy engine", "POLICY_ENGINE", "",
			"in the AWS account, so across all teams");

	@ReadOnlyProperty
	private final int policyCount;

	/** Where the engine lives (the gateways attaching it live there too); never changes. */
	@Embedded.Empty(prefix = "placement_")
	private final Placement placement;

	@PersistenceCreator
	PolicyEngine(UUID id, String team, String name, PolicyEngineSpec spec, Integer version, Lifecycle lifecycle,
			String createdBy, ResourceStatus status, AwsPolicyEngine aws, int policyCount, Placement placement) {
		super(KIND, id, team, name, spec, version, lifecycle, createdBy, status, aws);
		this.policyCount = policyCount;
		this.placement = placement == null ? Placement.OWN : placement;
	}

	/** Created where it is placed: its turn at that account and region's quota is given as it is declared. */
	@Override
	protected ResourceChanged.CreatedIn createdIn() {
		return new ResourceChanged.CreatedIn(placement.accountId(), placement.region());
	}

	static PolicyEngine declare(String team, String name, PolicyEngineSpec spec, Placement placement, String actor) {
		return new PolicyEngine(Ids.newId(), team, name, spec, null, Lifecycle.declared(), actor, ResourceStatus.accepted(),
				AwsPolicyEngine.NONE, 0, placement).declared(spec, actor);
	}

	static PolicyEngine declare(String team, String name, PolicyEngineSpec spec, String actor) {
		return declare(team, name, spec, Placement.OWN, actor);
	}

	public Placement placement() {
		return placement;
	}

	/** Placement never changes: another account or region is another engine. Null keeps the current one. */
	void checkPlacement(Placement requested) {
		if (requested != null && !requested.equals(placement)) {
			throw dev.agentcore.controlplane.web.Problems.conflict("PLACEMENT_IMMUTABLE", "The policy engine lives in "
					+ placement + "; placement cannot change (" + requested + " would be another engine). Leave placement "
					+ "out, or declare a new engine there.");
		}
	}

	/**
	 * Accepts a new spec under the same name; returns false when nothing changed. Refuses a new key or
	 * new tags (AgentCore takes them only when it creates the engine).
	 */
	@Override
	public boolean respecify(String newName, PolicyEngineSpec newSpec, String actor) {
		checkChange(newName);
		String createOnly = spec().equals(newSpec) ? null : spec().createOnlyChange(newSpec);
		if (createOnly != null) {
			throw PolicyProblems.engineMemberCreateOnly(createOnly);
		}
		return super.respecify(newName, newSpec, actor);
	}

	/** Returns false when deletion was already requested; {@code policies} go first. */
	boolean requestDeletion(int policies, String actor) {
		return deletionOfSpecRequested(policies == 0 ? "" : " With cascade: " + policies + " policies first.", actor);
	}

	public int policyCount() {
		return policyCount;
	}

	/**
	 * What AWS holds for the engine: AgentCore's id ({@code <name>-<10 characters>}), its ARN (what a gateway
	 * attaches), its status (CREATING, ACTIVE, UPDATING, DELETING, or *_FAILED) and the reasons of a failed one.
	 */
	public record AwsPolicyEngine(@ReadOnlyProperty String policyEngineId, @ReadOnlyProperty String policyEngineArn,
			@ReadOnlyProperty String status, @ReadOnlyProperty List<String> statusReasons) {

		static final AwsPolicyEngine NONE = new AwsPolicyEngine(null, null, null, List.of());

	}

}
