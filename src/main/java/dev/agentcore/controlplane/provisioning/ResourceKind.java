package dev.agentcore.controlplane.provisioning;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.resource.StatusColumns;

/**
 * What the reconcile skeleton knows of a kind besides its AWS calls: the queue's kind, AWS's noun in
 * operation names, where its status is written, how a row is loaded and what of it the skeleton reads.
 * One value, given once to {@link ResourceReconciler}'s constructor, instead of five look-alike methods in
 * every reconciler.
 *
 * @param type the queue's kind of work
 * @param awsNoun AWS's name of the resource in operation names: "Gateway" for CreateGateway
 * @param status the kind's status columns
 * @param load the row by id, with what its reconcile needs (empty once deleted)
 * @param managed what the skeleton reads of a row
 * @param <R> the row
 */
record ResourceKind<R>(ResourceType type, String awsNoun, StatusColumns status, Function<UUID, Optional<R>> load,
		Function<R, Managed> managed) {
}
