package dev.agentcore.controlplane.provisioning;

import java.util.Optional;
import java.util.function.Function;

/**
 * The AWS calls the reconcile skeleton makes for one kind, each safe to repeat: create (with a client
 * token), observe by AWS id, find by name (after a lost create result), update, delete. One value per
 * kind, given to its {@link ResourceKind}, built over the kind's AWS port ({@link AgentCore},
 * {@link AgentCorePolicies}, {@link Roles}, the managed identity providers), so a reconciler no longer
 * passes each call through.
 *
 * @param <R> the row the calls are for
 * @param <D> the desired state
 * @param <O> what AWS reports
 */
interface ResourceClient<R, D, O extends Observed> {

	AgentCore.Call<O> create(R row, D desired, String clientToken);

	/** Empty when AWS does not have it. */
	Optional<O> observe(R row, String awsId, D desired);

	Optional<O> findByName(R row, D desired);

	/** A kind whose update makes several calls records them, and checkpoints, on {@code report}. */
	AgentCore.Call<O> update(R row, String awsId, D desired, Report report);

	/**
	 * A kind whose deletion makes several calls records them, and checkpoints, on {@code report}; {@code desired}
	 * is null when it cannot be built.
	 */
	AgentCore.Call<Void> delete(R row, String awsId, D desired, Report report);

	interface Create<R, D, O> {

		AgentCore.Call<O> call(R row, D desired, String clientToken);

	}

	interface Observe<R, D, O> {

		Optional<O> call(R row, String awsId, D desired);

	}

	interface FindByName<R, D, O> {

		Optional<O> call(R row, D desired);

	}

	interface Update<R, D, O> {

		AgentCore.Call<O> call(R row, String awsId, D desired);

	}

	interface Delete<R> {

		AgentCore.Call<Void> call(R row, String awsId);

	}

	/** A client of five single calls. */
	static <R, D, O extends Observed> ResourceClient<R, D, O> of(Create<R, D, O> create, Observe<R, D, O> observe,
			FindByName<R, D, O> findByName, Update<R, D, O> update, Delete<R> delete) {
		return new ResourceClient<>() {

			@Override
			public AgentCore.Call<O> create(R row, D desired, String clientToken) {
				return create.call(row, desired, clientToken);
			}

			@Override
			public Optional<O> observe(R row, String awsId, D desired) {
				return observe.call(row, awsId, desired);
			}

			@Override
			public Optional<O> findByName(R row, D desired) {
				return findByName.call(row, desired);
			}

			@Override
			public AgentCore.Call<O> update(R row, String awsId, D desired, Report report) {
				return update.call(row, awsId, desired);
			}

			@Override
			public AgentCore.Call<Void> delete(R row, String awsId, D desired, Report report) {
				return delete.call(row, awsId);
			}

		};
	}

	/**
	 * A client of a kind that lives inside a parent AWS resource (a target in its gateway, a policy in its
	 * engine): nothing is observed or found while the parent has no AWS id.
	 */
	static <R, D, O extends Observed> ResourceClient<R, D, O> inside(Function<R, String> parentAwsId,
			Create<R, D, O> create, Observe<R, D, O> observe, FindByName<R, D, O> findByName, Update<R, D, O> update,
			Delete<R> delete) {
		return of(create,
				(row, awsId, desired) -> parentAwsId.apply(row) == null ? Optional.empty()
						: observe.call(row, awsId, desired),
				(row, desired) -> parentAwsId.apply(row) == null ? Optional.empty() : findByName.call(row, desired), update,
				delete);
	}

}
