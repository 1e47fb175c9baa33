package dev.agentcore.controlplane.resource;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/**
 * What the kit needs to know of a managed kind to speak of it: its type, its name in prose and the prefix of its
 * problem codes. The problems every kind has come from here, with the kind's name.
 *
 * @param type the resource type of the history and the provisioner
 * @param label the kind in prose, lower case ("policy engine")
 * @param codePrefix the prefix of the kind's own problem codes ("POLICY_ENGINE")
 * @param within where the kind lives, for "not found" ("" or " in this gateway")
 * @param uniqueAcross where names are unique, for "name taken" ("in the AWS account, so across all teams")
 */
public record ManagedKind(ResourceType type, String label, String codePrefix, String within, String uniqueAcross) {

	/** The kind's label starting a sentence, with the resource's name: "Policy engine orders". */
	public String named(String name) {
		return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1) + " " + name;
	}

	/** The resource if found and its team visible to the caller; otherwise 404, whether it exists or not. */
	public <A extends ManagedResource<A>> A visible(Optional<A> found, Predicate<String> canSeeTeam, UUID id) {
		return found.filter(resource -> canSeeTeam.test(resource.team())).orElseThrow(() -> notFound(id));
	}

	/**
	 * The resource, visible as {@link #visible} says, for a change to what it holds (a gateway's targets, an engine's
	 * policies): 409 {@code <KIND>_DELETING} once its deletion was requested.
	 */
	public <A extends ManagedResource<A>> A changeable(Optional<A> found, Predicate<String> canSeeTeam, UUID id) {
		A resource = visible(found, canSeeTeam, id);
		if (resource.deletionRequested()) {
			throw deleting();
		}
		return resource;
	}

	public ErrorResponseException notFound(UUID id) {
		return Problems.error(HttpStatus.NOT_FOUND, codePrefix + "_NOT_FOUND", "There is no " + label + " " + id + within + ".");
	}

	/** "a policy engine", "an IDP profile". */
	private String aLabel() {
		return ("AEIOU".indexOf(label.charAt(0)) >= 0 || "aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
	}

	public ErrorResponseException nameTaken(String name) {
		String article = aLabel();
		return Problems.conflict("NAME_TAKEN", article.substring(0, 1).toUpperCase(Locale.ROOT) + article.substring(1)
				+ " named '" + name + "' already exists. Names are unique "
				+ uniqueAcross + "; choose another name.");
	}

	public ErrorResponseException nameImmutable(String name) {
		return Problems.conflict("NAME_IMMUTABLE", "The name of " + aLabel() + " cannot change (it is '" + name
				+ "'). Create a new " + label + " to use another name.");
	}

	public ErrorResponseException deleting() {
		return Problems.conflict(codePrefix + "_DELETING", "The " + label + " is being deleted; it accepts no changes.");
	}

}
