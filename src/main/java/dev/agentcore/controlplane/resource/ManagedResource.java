package dev.agentcore.controlplane.resource;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Embedded;

import dev.agentcore.controlplane.web.Versions;

/**
 * What every managed aggregate is besides its spec and its AWS view: identity, team, name, the version that is its
 * ETag, the {@link Lifecycle} and the provisioner's {@link ResourceStatus}, with the guarded transitions they share. An
 * aggregate records its own events (history, provisioner, audit), published by the repository when it saves it.
 */
public abstract class ManagedResource<A extends ManagedResource<A>> extends AbstractAggregateRoot<A> {

	@Id
	private final UUID id;

	private final String team;

	private final String name;

	@Version
	private Integer version;

	@Embedded.Empty
	private Lifecycle lifecycle;

	@Embedded.Empty
	private final ResourceStatus status;

	protected ManagedResource(UUID id, String team, String name, Integer version, Lifecycle lifecycle,
			ResourceStatus status) {
		this.id = id;
		this.team = team;
		this.name = name;
		this.version = version;
		this.lifecycle = lifecycle;
		this.status = status;
	}

	/** The kind, for the problems and the messages it shares with every kind. */
	protected abstract ManagedKind kind();

	/** This resource as its history knows it; a child overrides it to join its parent's history. */
	public ResourceRef ref() {
		return ResourceRef.root(kind().type(), id, team);
	}

	/** 412/428 unless {@code ifMatch} names this version; returns this resource to change it. */
	@SuppressWarnings("unchecked")
	public A requireVersion(String ifMatch) {
		Versions.requireIfMatch(ifMatch, version());
		return (A) this;
	}

	/** Records the declaration: the history's first entry and the audit record of the spec. */
	@SuppressWarnings("unchecked")
	protected final A declared(Object spec, String actor) {
		registerEvent(new ResourceAccepted(ref(), EventType.SPEC_ACCEPTED, kind().named(name) + " declared (generation 1).",
				actor, createdIn()));
		registerEvent(ChangeAccepted.created(ref(), spec));
		return (A) this;
	}

	/**
	 * Where the first reconcile of this resource, just declared, creates it in AWS, when the aggregate alone says so:
	 * the provisioner then queues it for its turn at that account and region's quota as it is declared. Null (the
	 * default) where the first reconcile may call elsewhere or not at all.
	 */
	protected ResourceChanged.CreatedIn createdIn() {
		return null;
	}

	/** Refuses any change once deletion was requested, and a new name (AgentCore cannot rename). */
	protected final void checkChange(String newName) {
		if (deletionRequested()) {
			throw kind().deleting();
		}
		checkName(newName);
	}

	/** Refuses a new name: AgentCore cannot rename, and people find a resource by its name. */
	public final void checkName(String newName) {
		if (!name.equals(newName)) {
			throw kind().nameImmutable(name);
		}
	}

	/** Moves to the next generation, recording it and the audit's patch from the previous spec. */
	protected final void respecified(Object previousSpec, Object newSpec, String actor) {
		nextGeneration(kind().named(name) + ": spec replaced", actor);
		registerEvent(ChangeAccepted.replaced(ref(), previousSpec, newSpec));
	}

	/** Moves to the next generation for {@code reason} (what the spec depends on changed); recorded with it. */
	protected final void nextGeneration(String reason, String actor) {
		lifecycle = lifecycle.respecified();
		accepted(EventType.SPEC_ACCEPTED, reason + " (generation " + generation() + ").", actor);
	}

	/** Marks a change that keeps the generation (a cascade upgrade, a synchronization request, a discovery check). */
	protected final void touched() {
		lifecycle = lifecycle.touched();
	}

	/** Withdraws a requested deletion: wanted again at the next generation, recorded with {@code message}. */
	protected final boolean kept(String message, String actor) {
		if (!deletionRequested()) {
			return false;
		}
		lifecycle = lifecycle.kept();
		accepted(EventType.SPEC_ACCEPTED, message, actor);
		return true;
	}

	/**
	 * Marks the resource for deletion, recording it with {@code detail} (may be empty) and the audit record of the
	 * spec; returns false when deletion was requested already.
	 */
	protected final boolean deletionRequested(Object spec, String detail, String actor) {
		if (!markedForDeletion(kind().named(name) + ": deletion requested." + detail, actor)) {
			return false;
		}
		registerEvent(ChangeAccepted.deleted(ref(), spec));
		return true;
	}

	/** Marks the resource for deletion without an audit record (the control plane decided it, not a caller). */
	protected final boolean markedForDeletion(String message, String actor) {
		if (deletionRequested()) {
			return false;
		}
		lifecycle = lifecycle.deleting();
		accepted(EventType.DELETION_REQUESTED, message, actor);
		return true;
	}

	/** Records an event in the history and hands the resource to the provisioner, when saved. */
	protected final void accepted(EventType type, String message, String actor) {
		registerEvent(new ResourceAccepted(ref(), type, message, actor));
	}

	/** Records an audit record, when saved. */
	protected final void audited(ChangeAccepted change) {
		registerEvent(change);
	}

	/** What the transitions since the last save recorded, in order; the repository publishes them when it saves. */
	@Override
	@DomainEvents
	public Collection<Object> domainEvents() {
		return super.domainEvents();
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

	public int version() {
		return version == null ? 0 : version;
	}

	public Lifecycle lifecycle() {
		return lifecycle;
	}

	public long generation() {
		return lifecycle.generation();
	}

	public Instant createdAt() {
		return lifecycle.createdAt();
	}

	public Instant updatedAt() {
		return lifecycle.updatedAt();
	}

	public boolean deletionRequested() {
		return lifecycle.deletionRequested();
	}

	/** Set while a create call may have reached AWS without its result being recorded. */
	public Instant createPendingAt() {
		return lifecycle.createPendingAt();
	}

	public ResourceStatus status() {
		return status;
	}

}
