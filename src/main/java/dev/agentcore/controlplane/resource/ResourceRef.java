package dev.agentcore.controlplane.resource;

import java.util.UUID;

/**
 * A managed resource as its history knows it.
 *
 * @param type what kind of resource
 * @param id the resource's id
 * @param scopeId the history it belongs to: a gateway's history holds its targets' events too
 * @param team the owning team, so a team's events can be read (or streamed) without joins
 */
public record ResourceRef(ResourceType type, UUID id, UUID scopeId, String team) {

	/** A resource that is its own history (a gateway, an IDP profile, a policy engine). */
	public static ResourceRef root(ResourceType type, UUID id, String team) {
		return new ResourceRef(type, id, id, team);
	}

}
