package dev.agentcore.controlplane.resource;

/**
 * Published, within its transaction, whenever a caller's change to a resource was accepted, so that
 * the audit trail records it with the transaction or not at all. The specs are the values the API
 * stores; the audit trail turns them into a JSON Patch.
 *
 * @param action what the caller did
 * @param ref the resource
 * @param previousSpec the spec before the change; null when it did not exist
 * @param newSpec the spec after the change; null when it is being deleted
 */
public record ChangeAccepted(Action action, ResourceRef ref, Object previousSpec, Object newSpec) {

	public enum Action {

		CREATE, REPLACE, DELETE, RECONCILE, SYNCHRONIZE, DISCOVERY_CHECK

	}

	public static ChangeAccepted created(ResourceRef ref, Object spec) {
		return new ChangeAccepted(Action.CREATE, ref, null, spec);
	}

	public static ChangeAccepted replaced(ResourceRef ref, Object previousSpec, Object newSpec) {
		return new ChangeAccepted(Action.REPLACE, ref, previousSpec, newSpec);
	}

	public static ChangeAccepted deleted(ResourceRef ref, Object spec) {
		return new ChangeAccepted(Action.DELETE, ref, spec, null);
	}

	/** An action that changes no spec (reconcile, synchronize, a discovery check). */
	public static ChangeAccepted requested(Action action, ResourceRef ref) {
		return new ChangeAccepted(action, ref, null, null);
	}

}
