package dev.agentcore.controlplane.resource;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the kit gives a one-spec kind, so the kind writes none of it: its kind, the history it belongs to (a child's
 * is its parent's), its AWS view, a new spec under the same name and a deletion asked for once.
 */
class SpecifiedResourceTests {

	static final ManagedKind KIND = new ManagedKind(ResourceType.POLICY, "part", "PART", " in this thing", "in the thing");

	record AwsPart(String partId) {
	}

	/** A child kind: its events go to its parent's history. */
	static final class Part extends SpecifiedResource<Part, String, AwsPart> {

		Part(UUID parentId, String spec, AwsPart aws) {
			super(KIND, parentId, UUID.randomUUID(), "team-a", "wheel", spec, null, Lifecycle.declared(), "alice",
					ResourceStatus.accepted(), aws);
		}

	}

	/** A kind that is its own history. */
	static final class Whole extends SpecifiedResource<Whole, String, AwsPart> {

		Whole(String spec) {
			super(KIND, UUID.randomUUID(), "team-a", "car", spec, null, Lifecycle.declared(), "alice",
					ResourceStatus.accepted(), new AwsPart(null));
		}

	}

	@Test
	void aChildBelongsToItsParentsHistoryAndARootToItsOwn() {
		UUID parent = UUID.randomUUID();
		Part part = new Part(parent, "round", new AwsPart("p-1"));
		assertThat(part.ref()).isEqualTo(new ResourceRef(ResourceType.POLICY, part.id(), parent, "team-a"));
		assertThat(part.kind()).isSameAs(KIND);
		assertThat(part.aws()).isEqualTo(new AwsPart("p-1"));
		Whole whole = new Whole("red");
		assertThat(whole.ref()).isEqualTo(ResourceRef.root(ResourceType.POLICY, whole.id(), "team-a"));
	}

	@Test
	void aNewSpecUnderTheSameNameIsTheNextGenerationInTheParentsHistory() {
		UUID parent = UUID.randomUUID();
		Part part = new Part(parent, "round", new AwsPart(null));
		assertThat(part.respecify("wheel", "round", "bob")).as("an equal spec changes nothing").isFalse();
		assertThat(part.respecify("wheel", "square", "bob")).isTrue();
		assertThat(part.spec()).isEqualTo("square");
		assertThat(part.generation()).isEqualTo(2);
		assertThat(part.domainEvents()).contains(ChangeAccepted.replaced(part.ref(), "round", "square"));
		assertThat(part.domainEvents()).allSatisfy(event -> {
			if (event instanceof ResourceAccepted accepted) {
				assertThat(accepted.ref().scopeId()).isEqualTo(parent);
			}
		});
		assertThat(codeOf(() -> part.respecify("tyre", "square", "bob"))).isEqualTo("NAME_IMMUTABLE");
	}

	@Test
	void deletionIsAskedForOnceWithTheSpecInTheAuditTrailAndThenRefusesChanges() {
		Whole whole = new Whole("red");
		assertThat(whole.requestDeletion("bob")).isTrue();
		assertThat(whole.requestDeletion("bob")).as("already asked for").isFalse();
		assertThat(whole.domainEvents()).containsOnlyOnce(ChangeAccepted.deleted(whole.ref(), "red"));
		assertThat(codeOf(() -> whole.respecify("car", "blue", "bob"))).isEqualTo("PART_DELETING");
	}

}
