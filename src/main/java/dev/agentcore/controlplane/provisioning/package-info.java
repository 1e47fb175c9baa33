/**
 * The provisioner: a durable work queue and one reconciler per kind of managed resource, each on
 * the shared skeleton {@link dev.agentcore.controlplane.provisioning.ResourceReconciler}, making AWS
 * hold what the desired state declares and reporting back through status columns and events.
 *
 * <p>A new kind of managed resource needs:
 * <ol>
 * <li>a table with the spec and the shared status columns (phase, observed_generation,
 * status_message, last_error, attempts, next_attempt_at, last_transition_at,
 * deletion_requested_at, create_token, create_pending_at, last_reconciled_at,
 * reconcile_requested_at, aws_status, aws_status_reasons, plus its AWS identity columns);</li>
 * <li>in its own module: the aggregate (embedding {@code ResourceStatus}, guarding its own
 * transitions, with a {@code ref()}), a {@code StatusColumns} subclass naming its
 * {@code StatusTable} (writes of its own columns are {@code ColumnWrite} values, never run there),
 * and a management service that publishes {@code ResourceChanged};</li>
 * <li>a {@code ResourceType} constant (it names the queue's task instances);</li>
 * <li>here: a reconciler extending {@code ResourceReconciler}, giving its constructor one
 * {@code ResourceKind} (the queue's kind, AWS's noun, the status columns, how a row loads and what
 * the skeleton reads of it) and implementing the desired state, the AWS calls and only what
 * differs; and its AWS port implemented in {@code provisioning.aws}. Everything a pass writes
 * goes through its {@code Report} (its own columns with {@code record}, what must be committed
 * before the next AWS call with {@code checkpoint}); {@code StatusWritesTests} refuses any other
 * writer.</li>
 * </ol>
 */
package dev.agentcore.controlplane.provisioning;
