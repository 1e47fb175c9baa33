package dev.agentcore.controlplane.idp;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.web.Ids;
import dev.agentcore.controlplane.web.Timestamps;

/** An IDP profile: a team's reusable JWT authorizer settings. Its {@code version} is its ETag. */
@Table("idp_profiles")
public class IdpProfile {

	@Id
	private final UUID id;

	private final String team;

	private final String name;

	private IdpProfileSpec spec;

	private Discovery discovery;

	@Version
	private Integer version;

	private final Instant createdAt;

	private Instant updatedAt;

	private final String createdBy;

	IdpProfile(UUID id, String team, String name, IdpProfileSpec spec, Discovery discovery, Integer version,
			Instant createdAt, Instant updatedAt, String createdBy) {
		this.id = id;
		this.team = team;
		this.name = name;
		this.spec = spec;
		this.discovery = discovery;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.createdBy = createdBy;
	}

	static IdpProfile declare(String team, String name, IdpProfileSpec spec, Discovery discovery, String actor) {
		Instant now = Timestamps.now();
		return new IdpProfile(Ids.newId(), team, name, spec, discovery, null, now, now, actor);
	}

	/** The name is how people find a profile: it does not change. */
	void checkRespecify(String newName) {
		if (!name.equals(newName)) {
			throw IdpProfileProblems.nameImmutable(name);
		}
	}

	void respecify(String newName, IdpProfileSpec newSpec, Discovery checked) {
		checkRespecify(newName);
		this.spec = newSpec;
		this.discovery = checked;
		this.updatedAt = Timestamps.now();
	}

	void recordDiscovery(Discovery checked) {
		this.discovery = checked;
		this.updatedAt = Timestamps.now();
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

	public IdpProfileSpec spec() {
		return spec;
	}

	public Discovery discovery() {
		return discovery;
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

}
