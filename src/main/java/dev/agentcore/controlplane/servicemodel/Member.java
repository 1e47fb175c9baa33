package dev.agentcore.controlplane.servicemodel;

import tools.jackson.databind.JsonNode;

/**
 * A member of a structure or union (or the member, key or value of a list or map).
 *
 * @param location {@code body}, {@code uri}, {@code query}, {@code header} or {@code payload}
 * @param locationName the query parameter's or header's name
 * @param defaultValue the model's default, {@code null} when it has none
 * @param constraints the member's own constraint traits (see {@link #effective})
 */
public record Member(String name, String target, boolean required, String location, String locationName,
		boolean idempotencyToken, JsonNode defaultValue, Constraints constraints) {

	public boolean inBody() {
		return location.equals("body");
	}

	/** The constraints that hold for this member: its own over its target shape's. */
	public Constraints effective(ServiceModel model) {
		return constraints.over(model.shape(target).constraints());
	}

}
