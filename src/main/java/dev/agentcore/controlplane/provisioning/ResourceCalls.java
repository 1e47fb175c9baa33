package dev.agentcore.controlplane.provisioning;

import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link ResourceClient} straight from an AWS port's five calls, named by method reference, for the kinds whose
 * port takes what AWS knows them by (the AWS id, the name, and the parent's AWS id for a kind inside another):
 * {@code ResourceCalls.of(Gateway::name, aws::createGateway, aws::observeGateway, ...)}.
 */
final class ResourceCalls {

	private ResourceCalls() {
	}

	/** A top-level kind's client; {@code name} is what AWS finds it by. */
	static <R, D, O extends Observed> ResourceClient<R, D, O> of(Function<R, String> name, Create<D, O> create,
			Read<D, O> observe, Read<D, O> findByName, Update<D, O> update, Delete delete) {
		return ResourceClient.of((row, desired, token) -> create.call(desired, token),
				(row, awsId, desired) -> observe.call(awsId, desired),
				(row, desired) -> findByName.call(name.apply(row), desired),
				(row, awsId, desired) -> update.call(awsId, desired), (row, awsId) -> delete.call(awsId));
	}

	/** A client of a kind inside a parent AWS resource, whose calls take the parent's AWS id first. */
	static <R, D, O extends Observed> ResourceClient<R, D, O> inside(Function<R, String> parent, Function<R, String> name,
			InsideCreate<D, O> create, InsideRead<D, O> observe, InsideRead<D, O> findByName, InsideUpdate<D, O> update,
			InsideDelete delete) {
		return ResourceClient.inside(parent, (row, desired, token) -> create.call(parent.apply(row), desired, token),
				(row, awsId, desired) -> observe.call(parent.apply(row), awsId, desired),
				(row, desired) -> findByName.call(parent.apply(row), name.apply(row), desired),
				(row, awsId, desired) -> update.call(parent.apply(row), awsId, desired),
				(row, awsId) -> delete.call(parent.apply(row), awsId));
	}

	interface Create<D, O> {

		AgentCore.Call<O> call(D desired, String clientToken);

	}

	/** Observe by AWS id, or find by name. */
	interface Read<D, O> {

		Optional<O> call(String key, D desired);

	}

	interface Update<D, O> {

		AgentCore.Call<O> call(String awsId, D desired);

	}

	interface Delete {

		AgentCore.Call<Void> call(String awsId);

	}

	interface InsideCreate<D, O> {

		AgentCore.Call<O> call(String parentAwsId, D desired, String clientToken);

	}

	interface InsideRead<D, O> {

		Optional<O> call(String parentAwsId, String key, D desired);

	}

	interface InsideUpdate<D, O> {

		AgentCore.Call<O> call(String parentAwsId, String awsId, D desired);

	}

	interface InsideDelete {

		AgentCore.Call<Void> call(String parentAwsId, String awsId);

	}

}
