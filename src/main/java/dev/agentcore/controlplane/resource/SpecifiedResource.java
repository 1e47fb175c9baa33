package dev.agentcore.controlplane.resource;

import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A managed resource whose desired state is one spec a caller declared: the spec, who declared the resource, what
 * AWS holds for it (its {@code aws_} columns), the history it belongs to (its own, or its parent's), and the
 * transitions every such kind has (a new spec under the same name is the next generation; deletion records the spec
 * in the audit trail). A kind adds only its identity (a parent's id) and the rules of its own transitions.
 *
 * @param <A> the aggregate
 * @param <S> its spec (a value, stored as {@code jsonb})
 * @param <W> what AWS holds for it (a record of read-only columns, embedded with the prefix {@code aws_})
 */
public abstract class SpecifiedResource<A extends SpecifiedResource<A, S, W>, S, W> extends ManagedResource<A> {

	@Transient
	private final ManagedKind kind;

	/** The history this resource's events go to: its parent's for a child kind, null for its own. */
	@Transient
	private final UUID scopeId;

	private S spec;

	private final String createdBy;

	@Embedded.Empty(prefix = "aws_")
	private final W aws;

	/** A resource that is its own history. */
	protected SpecifiedResource(ManagedKind kind, UUID id, String team, String name, S spec, Integer version,
			Lifecycle lifecycle, String createdBy, ResourceStatus status, W aws) {
		this(kind, null, id, team, name, spec, version, lifecycle, createdBy, status, aws);
	}

	/** A resource whose events belong to the history of its parent, {@code parentId}. */
	protected SpecifiedResource(ManagedKind kind, UUID parentId, UUID id, String team, String name, S spec,
			Integer version, Lifecycle lifecycle, String createdBy, ResourceStatus status, W aws) {
		super(id, team, name, version, lifecycle, status);
		this.kind = kind;
		this.scopeId = parentId;
		this.spec = spec;
		this.createdBy = createdBy;
		this.aws = aws;
	}

	@Override
	protected final ManagedKind kind() {
		return kind;
	}

	/** This resource as its history knows it: its own, or its parent's. */
	@Override
	public final ResourceRef ref() {
		return scopeId == null ? super.ref() : new ResourceRef(kind.type(), id(), scopeId, team());
	}

	/**
	 * Accepts a new spec under the same name as the next generation; returns false when it equals the current one
	 * (nothing to provision). Refuses it once deletion was requested, and a new name.
	 */
	public boolean respecify(String newName, S newSpec, String actor) {
		checkChange(newName);
		return replaceSpec(newSpec, actor);
	}

	/** Asks for deletion, the spec going to the audit trail; returns false when it was already asked for. */
	public boolean requestDeletion(String actor) {
		return deletionOfSpecRequested("", actor);
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

	/** Asks for deletion with {@code detail}, the spec going to the audit trail; false when it was already asked for. */
	protected final boolean deletionOfSpecRequested(String detail, String actor) {
		return deletionRequested(spec, detail, actor);
	}

	public S spec() {
		return spec;
	}

	public String createdBy() {
		return createdBy;
	}

	public W aws() {
		return aws;
	}

}
