package dev.agentcore.controlplane.idp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;
import dev.agentcore.controlplane.web.Timestamps;

/**
 * An IDP profile: a team's reusable JWT authorizer settings. A managed profile ({@link #managed()})
 * is also a provisioned resource: the provisioner creates its Cognito user pool and app clients and
 * fills in the discovery URL and client ids ({@link #spec()} shows them). {@code version} is the ETag.
 */
@Table("idp_profiles")
public class IdpProfile {

	@Id
	private final UUID id;

	private final String team;

	private final String name;

	private IdpProfileSpec spec;

	private ManagedCognito managed;

	private Discovery discovery;

	private long generation;

	@Version
	private Integer version;

	private final Instant createdAt;

	private Instant updatedAt;

	private final String createdBy;

	@Embedded.Empty
	private final ResourceStatus status;

	private Instant deletionRequestedAt;

	@Embedded.Empty(prefix = "aws_")
	private final AwsUserPool aws;

	@ReadOnlyProperty
	private final ManagedClients managedClients;

	@ReadOnlyProperty
	private final Instant createPendingAt;

	@ReadOnlyProperty
	private final String publishedAuthorizer;

	@PersistenceCreator
	IdpProfile(UUID id, String team, String name, IdpProfileSpec spec, ManagedCognito managed, Discovery discovery,
			long generation, Integer version, Instant createdAt, Instant updatedAt, String createdBy, ResourceStatus status,
			Instant deletionRequestedAt, AwsUserPool aws, ManagedClients managedClients, Instant createPendingAt,
			String publishedAuthorizer) {
		this.id = id;
		this.team = team;
		this.name = name;
		this.spec = spec;
		this.managed = managed;
		this.discovery = discovery;
		this.generation = generation;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.createdBy = createdBy;
		this.status = status;
		this.deletionRequestedAt = deletionRequestedAt;
		this.aws = aws == null ? AwsUserPool.NONE : aws;
		this.managedClients = managedClients == null ? ManagedClients.NONE : managedClients;
		this.createPendingAt = createPendingAt;
		this.publishedAuthorizer = publishedAuthorizer;
	}

	static IdpProfile declare(String team, String name, IdpProfileSpec spec, ManagedCognito managed, Discovery discovery,
			String actor) {
		Instant now = Timestamps.now();
		UUID id = Ids.newId();
		if (managed != null && managed.domainPrefix() == null) {
			managed = managed.withDomainPrefix(ManagedCognitoRules.derivedDomainPrefix(name, id));
		}
		return new IdpProfile(id, team, name, spec, managed, discovery, 1, null, now, now, actor,
				ResourceStatus.accepted(), null, AwsUserPool.NONE, ManagedClients.NONE, null, null);
	}

	/** The name is how people find a profile: it does not change. */
	void checkRespecify(String newName) {
		if (!name.equals(newName)) {
			throw IdpProfileProblems.nameImmutable(name);
		}
	}

	/**
	 * Accepts new settings; a managed profile's provisioned parts get a new generation. Returns
	 * whether anything changed. The name is fixed, a profile cannot change between managed and not,
	 * and it accepts nothing once its deletion was requested.
	 */
	boolean respecify(String newName, IdpProfileSpec newSpec, ManagedCognito newManaged, Discovery checked) {
		checkRespecify(newName);
		if (deletionRequested()) {
			throw IdpProfileProblems.deleting();
		}
		if ((managed == null) != (newManaged == null)) {
			throw IdpProfileProblems.managedImmutable(managed != null);
		}
		boolean changed = !spec.equals(newSpec) || (managed != null && !managed.equals(newManaged));
		if (managed != null && !managed.equals(newManaged)) {
			generation++;
		}
		this.spec = newSpec;
		this.managed = newManaged;
		this.discovery = checked;
		this.updatedAt = Timestamps.now();
		return changed;
	}

	void recordDiscovery(Discovery checked) {
		this.discovery = checked;
		this.updatedAt = Timestamps.now();
	}

	void requestDeletion() {
		Instant now = Timestamps.now();
		deletionRequestedAt = now;
		updatedAt = now;
	}

	/** This profile as its history knows it. */
	public ResourceRef ref() {
		return ResourceRef.root(ResourceType.IDP_PROFILE, id, team);
	}

	/**
	 * The authorizer settings gateways use: as declared, with the discovery URL and client ids the
	 * provisioner filled in for a managed profile (none until its user pool exists).
	 */
	public IdpProfileSpec spec() {
		if (managed == null) {
			return spec;
		}
		List<String> clients = managedClients.clients().stream().map(ManagedClient::clientId).toList();
		return new IdpProfileSpec(spec.description(), spec.provider(), aws.discoveryUrl(), clients, spec.allowedAudience(),
				spec.allowedScopes(), spec.customClaims());
	}

	/** The settings as the team declared them. */
	public IdpProfileSpec declaredSpec() {
		return spec;
	}

	/** The Cognito identity provider the control plane manages for this profile; null when the team runs its own. */
	public ManagedCognito managed() {
		return managed;
	}

	public boolean isManaged() {
		return managed != null;
	}

	/** Whether gateways can use it: a managed profile needs its user pool and clients first. */
	public boolean authorizerReady() {
		return managed == null || (aws.discoveryUrl() != null && !managedClients.clients().isEmpty());
	}

	/** The Secrets Manager names of this profile's client secrets start with this. */
	public String secretNamePrefix() {
		return "agentcore-control-plane/idp-profiles/" + id + "/";
	}

	/** What gateways were last told about the authorizer: the discovery URL and the client ids. */
	public String authorizerFingerprint() {
		IdpProfileSpec effective = spec();
		return effective.discoveryUrl() + " " + effective.allowedClients();
	}

	public UUID id() {
		return id;
	}

	public String team() {
		return team;
	}

	public String name() {
		return name;
	}

	public Discovery discovery() {
		return discovery;
	}

	public long generation() {
		return generation;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public ResourceStatus status() {
		return status;
	}

	public boolean deletionRequested() {
		return deletionRequestedAt != null;
	}

	public AwsUserPool aws() {
		return aws;
	}

	public ManagedClients managedClients() {
		return managedClients;
	}

	/** Set while a CreateUserPool may have reached AWS without its result being recorded. */
	public Instant createPendingAt() {
		return createPendingAt;
	}

	public String publishedAuthorizer() {
		return publishedAuthorizer;
	}

}
