/**
 * The provisioner: a durable work queue and one reconciler per kind of managed resource, each on
 * the shared skeleton {@link dev.agentcore.controlplane.provisioning.ResourceReconciler}, making AWS
 * hold what the desired state declares and reporting back through status columns and events.
 *
 * <p>The recipe: every step a new kind of managed resource takes (e.g. gateway rules).
 * <ol>
 * <li><b>Table.</b> A new migration (released ones are never edited) creating the kind's table from the
 * template: {@code create table x (like managed_resource_columns including defaults including constraints,
 * primary key (id), ...)}, adding its spec, its parent's id and its AWS identity columns
 * ({@code aws_x_id}, {@code aws_x_arn}). {@code KindRegistrationIntegrationTests} refuses a table whose
 * lifecycle and status columns differ from the template's.</li>
 * <li><b>Resource type.</b> A {@code ResourceType} constant: it names the queue's task instances, the history's
 * and the audit trail's records, the event stream's and the webhooks' events.</li>
 * <li><b>Its module.</b> The aggregate (a {@code SpecifiedResource} when its desired state is one spec, embedding {@code ResourceStatus}, guarding its own transitions, with a
 * {@code ref()}), a {@code StatusColumns} subclass naming its {@code StatusTable} (writes of its own columns
 * are {@code ColumnWrite} values, never run there), and a management service whose changes go through
 * {@code ResourceChanges} (that is what puts them in the history, the audit trail, the event stream and the
 * webhooks, and enqueues the reconcile).</li>
 * <li><b>AWS port.</b> Its calls on a port here ({@link dev.agentcore.controlplane.provisioning.AgentCore}-like,
 * each safe to repeat), implemented in {@code provisioning.aws}.</li>
 * <li><b>Declaration.</b> In {@link dev.agentcore.controlplane.provisioning.Kinds}: its
 * {@link dev.agentcore.controlplane.provisioning.ResourceKind} (type, AWS noun, status columns, how a row
 * loads, what the skeleton reads of it), its {@link dev.agentcore.controlplane.provisioning.ResourceClient}
 * (in {@link dev.agentcore.controlplane.provisioning.KindClients}: which port call is create, observe, find by
 * name, update, delete), what it waits for before converging ({@code waitsFor}) and before deleting
 * ({@code deletesAfter}), whom it wakes ({@code wakes}: READY, GENERATION_APPLIED, DELETED), and the IAM
 * actions its client calls ({@code calls}). The skeleton does the waiting, the messages and the waking.</li>
 * <li><b>Reconciler.</b> A {@code @Component} extending {@code ResourceReconciler} with that declaration:
 * {@code desired} and only the hooks that differ ({@code ready}, {@code beforeChange}, {@code classify},
 * {@code replaceFailedCreate}, {@code fixHint}). Registering it is what adds the kind to
 * {@code controlplane_resources{kind,phase}} ({@code ProvisioningMetrics}) and to the queue
 * ({@code Reconciler}, which refuses a second reconciler of one type and a kind declaring no IAM actions).
 * Everything a pass writes goes through its {@code Report} (its own columns with {@code record}, what must be
 * committed before the next AWS call with {@code checkpoint}, what other modules must hear with
 * {@code announce}); {@code StatusWritesTests} refuses any other writer.</li>
 * <li><b>IAM.</b> The permissions planner's policy for the control plane's identity grants every action the
 * kind declares ({@code KindRegistrationIntegrationTests} fails otherwise).</li>
 * <li><b>Where they apply:</b> plans (a rehearsal's forecast, {@code ProvisioningForecast}), imports
 * ({@code adoption}, through {@code AgentCoreInventory}), and the simulator's part of the kind (its record, its
 * {@code SimulatedShape} and rules on a {@code SimulatedStore}). {@code KindRegistrationIntegrationTests} declares one
 * resource of every kind and fails when one does not reach the event stream, the webhooks or the audit trail, or is
 * neither in a plan and an import nor says there why not.</li>
 * </ol>
 */
package dev.agentcore.controlplane.provisioning;
