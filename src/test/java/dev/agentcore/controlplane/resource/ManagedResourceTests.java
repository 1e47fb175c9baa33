package dev.agentcore.controlplane.resource;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle the kit gives every aggregate: generations, the change marker, a deletion requested once (and
 * withdrawn), the refusals with the kind's codes, and the events each transition records for the save to publish.
 */
class ManagedResourceTests {

	static final ManagedKind KIND = new ManagedKind(ResourceType.GATEWAY, "thing", "THING", "", "everywhere");

	static final Instant LAST_WEEK = Instant.parse("2026-11-30T10:00:00Z");

	/** The smallest aggregate on the kit: a name and a text spec. */
	static final class Thing extends ManagedResource<Thing> {

		private String spec;

		Thing(UUID id, String name, String spec, Integer version, Lifecycle lifecycle) {
			super(id, "team-a", name, version, lifecycle, ResourceStatus.accepted());
			this.spec = spec;
		}

		static Thing declare(String spec, String actor) {
			return new Thing(UUID.randomUUID(), "orders", spec, null, Lifecycle.declared()).declared(spec, actor);
		}

		boolean respecify(String name, String newSpec, String actor) {
			checkChange(name);
			if (spec.equals(newSpec)) {
				return false;
			}
			respecified(spec, newSpec, actor);
			spec = newSpec;
			return true;
		}

		boolean requestDeletion(String actor) {
			return deletionRequested(spec, "", actor);
		}

		boolean keep(String actor) {
			return kept("Kept.", actor);
		}

		@Override
		protected ManagedKind kind() {
			return KIND;
		}

	}

	static Thing stored() {
		return new Thing(UUID.randomUUID(), "orders", "v1", 3, new Lifecycle(4, LAST_WEEK, LAST_WEEK, null, null, null));
	}

	@Test
	void declaredAtGenerationOneRecordingItsHistoryEntryAndAuditRecord() {
		Thing thing = Thing.declare("v1", "alice");
		assertThat(thing.generation()).isEqualTo(1);
		assertThat(thing.version()).as("not saved yet").isZero();
		assertThat(thing.createdAt()).isEqualTo(thing.updatedAt());
		assertThat(thing.ref()).isEqualTo(ResourceRef.root(ResourceType.GATEWAY, thing.id(), "team-a"));
		assertThat(thing.domainEvents()).containsExactly(
				new ResourceAccepted(thing.ref(), EventType.SPEC_ACCEPTED, "Thing orders declared (generation 1).", "alice"),
				ChangeAccepted.created(thing.ref(), "v1"));
	}

	@Test
	void aNewSpecIsTheNextGenerationAndAnEqualOneIsNoChange() {
		Thing thing = stored();
		assertThat(thing.respecify("orders", "v1", "bob")).isFalse();
		assertThat(thing.generation()).isEqualTo(4);
		assertThat(thing.updatedAt()).isEqualTo(LAST_WEEK);
		assertThat(thing.domainEvents()).isEmpty();
		assertThat(thing.respecify("orders", "v2", "bob")).isTrue();
		assertThat(thing.generation()).isEqualTo(5);
		assertThat(thing.updatedAt()).isAfter(LAST_WEEK);
		assertThat(thing.createdAt()).isEqualTo(LAST_WEEK);
		assertThat(thing.domainEvents()).containsExactly(
				new ResourceAccepted(thing.ref(), EventType.SPEC_ACCEPTED, "Thing orders: spec replaced (generation 5).", "bob"),
				ChangeAccepted.replaced(thing.ref(), "v1", "v2"));
	}

	@Test
	void theNameNeverChangesAndADeletingResourceTakesNoChange() {
		Thing thing = stored();
		assertThat(codeOf(() -> thing.respecify("payments", "v2", "bob"))).isEqualTo("NAME_IMMUTABLE");
		assertThat(thing.requestDeletion("carol")).isTrue();
		assertThat(thing.lifecycle().deletionRequestedAt()).isEqualTo(thing.updatedAt()).isAfter(LAST_WEEK);
		assertThat(thing.requestDeletion("carol")).as("requested once").isFalse();
		assertThat(codeOf(() -> thing.respecify("orders", "v1", "bob"))).as("even an equal spec").isEqualTo("THING_DELETING");
		assertThat(codeOf(() -> thing.respecify("payments", "v1", "bob"))).as("deletion is checked first")
			.isEqualTo("THING_DELETING");
		assertThat(thing.generation()).isEqualTo(4);
		assertThat(thing.domainEvents()).containsExactly(
				new ResourceAccepted(thing.ref(), EventType.DELETION_REQUESTED, "Thing orders: deletion requested.", "carol"),
				ChangeAccepted.deleted(thing.ref(), "v1"));
	}

	@Test
	void aWithdrawnDeletionIsTheNextGeneration() {
		Thing thing = stored();
		assertThat(thing.keep("provisioner")).as("nothing to withdraw").isFalse();
		thing.requestDeletion("carol");
		assertThat(thing.keep("provisioner")).isTrue();
		assertThat(thing.deletionRequested()).isFalse();
		assertThat(thing.generation()).isEqualTo(5);
		assertThat(thing.respecify("orders", "v2", "bob")).as("takes changes again").isTrue();
	}

	@Test
	void theVersionIsTheETagToMatch() {
		Thing thing = stored();
		assertThat(thing.requireVersion("\"3\"")).isSameAs(thing);
		assertThat(codeOf(() -> thing.requireVersion("\"2\""))).isEqualTo("PRECONDITION_FAILED");
		assertThat(codeOf(() -> thing.requireVersion(null))).isEqualTo("PRECONDITION_REQUIRED");
	}

}
