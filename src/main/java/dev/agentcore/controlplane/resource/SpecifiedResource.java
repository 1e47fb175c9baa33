package dev.agentcore.controlplane.resource;

import java.util.Objects;
import java.util.UUID;

/**
 * A managed resource whose desired state is one spec a caller declared: the spec, who declared the resource, and
 * the two transitions every such kind has (a new spec is the next generation; deletion records the spec in the
 * audit trail). A kind adds only its identity, its AWS view and the rules of its own transitions.
 *
 * @param <A> the aggregate
 * @param <S> its spec (a value, stored as {@code jsonb})
 */
public abstract class SpecifiedResource<A extends SpecifiedResource<A, S>, S> extends ManagedResource<A> {

	private S spec;

	private final String createdBy;

	protected SpecifiedResource(UUID id, String team, String name, S spec, Integer version, Lifecycle lifecycle,
			String createdBy, ResourceStatus status) {
		super(id, team, name, version, lifecycle, status);
		this.spec = spec;
		this.createdBy = createdBy;
	}

	/** Accepts {@code newSpec} as the next generation; false when it equals the current one (nothing to provision). */
	protected final boolean replaceSpec(S newSpec, String actor) {
		if (Objects.equals(spec, newSpec)) {
			return false;
		}
		respecified(spec, newSpec, actor);
		spec = newSpec;
		return true;
	}

	/** Asks for deletion, the spec going to the audit trail; false when it was already asked for. */
	protected final boolean deletionOfSpecRequested(String detail, String actor) {
		return deletionRequested(spec, detail, actor);
	}

	public S spec() {
		return spec;
	}

	public String createdBy() {
		return createdBy;
	}

}
