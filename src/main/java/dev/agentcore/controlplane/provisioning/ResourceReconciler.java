package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.resource.StatusColumns;

/**
 * The reconcile every managed resource shares: load the row; delete if asked (after what must go
 * first); otherwise wait for dependencies, build the desired state, create once (client token
 * committed before the call, adoption by name after a lost result or a conflict), follow AWS's
 * transitions, report failures, update when AWS differs (drift when the spec was already applied),
 * and look again later. Each kind says only what differs: how to load, build, call and compare.
 *
 * @param <R> the row(s) a kind reconciles from
 * @param <D> the desired state sent to AWS
 * @param <O> what AWS reports
 */
abstract class ResourceReconciler<R, D, O extends Observed> {

	protected final ReconcileSupport support;

	private final ResourceKind<R, D, O> kind;

	protected ResourceReconciler(ReconcileSupport support, ResourceKind<R, D, O> kind) {
		this.support = support;
		this.kind = kind;
	}

	/** The queue's kind of work this reconciler does. */
	final ResourceType kind() {
		return kind.type();
	}

	/** The kind's declaration (its client, what it waits for, whom it wakes). */
	final ResourceKind<R, D, O> declaration() {
		return kind;
	}

	final Optional<R> load(UUID id) {
		return kind.load().apply(id);
	}

	final Managed managed(R row) {
		return kind.managed().apply(row);
	}

	final StatusColumns status() {
		return kind.status();
	}

	/** AWS's name of the resource in operation names: "Gateway" for CreateGateway. */
	final String awsNoun() {
		return kind.awsNoun();
	}

	/** The desired state; throws {@link Unreconcilable} when it cannot be built. */
	abstract D desired(R row);

	AwsState classify(String awsStatus) {
		return AwsState.ofAgentCore(awsStatus);
	}

	/** Whether a failed create is replaced (deleted and created again) rather than updated again. */
	boolean replaceFailedCreate() {
		return false;
	}

	/**
	 * Runs right before the resource is created or updated in AWS (e.g. the preflight); throws
	 * {@link Unreconcilable} to stop it.
	 */
	void beforeChange(R row, Report report) {
	}

	/** AWS holds the spec and is ready; kinds add what follows (synchronizations, waking dependents). */
	Next ready(R row, String awsId, O observed, Report report) {
		Managed managed = managed(row);
		report.ready(managed.generation(), "Ready: generation " + managed.generation() + " is in AWS.");
		return Next.in(Backoff.drift(support.settings.driftInterval()));
	}

	/** AWS waits for something outside the control plane (e.g. a person's consent). */
	Next awaitingOutside(R row, O observed, Report report) {
		return report.transition(managed(row).phase(), "AgentCore reports " + observed.status() + ".",
				support.settings.transitionPoll());
	}

	/**
	 * When AWS refuses to delete the resource in its current state until someone outside acts: reports it
	 * (see {@link Report#waitingOutside}) and says when to look again; null to delete now.
	 */
	Next deleteWaitsOutside(R row, Managed managed, O observed, Report report) {
		return null;
	}

	/** Runs the AWS part of a reconcile within the kind's concurrency limits. */
	Next withinLimits(R row, Supplier<Next> work) {
		return work.get();
	}

	/** Whether the kind's create, update and delete calls count against AgentCore's mutating quota (IAM's do not). */
	boolean mutatesWithinQuota() {
		return true;
	}

	/**
	 * Before a call that changes AWS: null to make it now, or, behind a backlog at the quota, the reconcile's turn
	 * ({@link RateLimits#mutatingTurn}), at which it comes back; until then it costs nothing.
	 */
	private Next awaitTurn(Managed managed, Report report) {
		if (!mutatesWithinQuota()) {
			return null;
		}
		java.time.Instant turn = support.limits.mutatingTurn(ProvisioningQueue.instance(kind(), managed.ref().id()));
		if (turn == null) {
			return null;
		}
		report.message(support.limits.waitingForTurn());
		report.onlyTurnAwaited();
		return Next.turn(turn);
	}

	/** The AWS service this kind talks to, as failure messages name it. */
	String awsService() {
		return "AgentCore";
	}

	/** How a person fixes a terminal failure. */
	String fixHint() {
		return "Fix the spec and PUT it, or POST .../reconcile.";
	}

	final Next reconcile(UUID id) {
		Optional<R> found = load(id);
		if (found.isEmpty()) {
			return Next.done();
		}
		R row = found.get();
		Managed managed = managed(row);
		Report report = support.report(status(), managed);
		try {
			// What it waits for is asked before the limits: a placed resource waits for its account before it may
			// work in it, and a wait holds no share of the account's threads.
			String blocked = managed.deletionRequested() ? null : Wait.first(kind.waits(), row);
			if (blocked != null) {
				report.message(blocked);
				return Next.in(waitingPoll(10));
			}
			return withinLimits(row, () -> managed.deletionRequested() ? delete(row, managed, report)
					: converge(row, managed, report));
		}
		catch (AgentCoreFailure failure) {
			return report.failure(failure, managed.status().attempts(), support.settings, awsService(), fixHint());
		}
		catch (Unreconcilable ex) {
			report.failed(ex.code(), ex.getMessage());
			return Next.done();
		}
		finally {
			report.write();
		}
	}

	private Next converge(R row, Managed managed, Report report) {
		D desired = desired(row);
		Decision decision = Decision.beforeObserving(managed);
		if (decision.action() != Decision.Action.OBSERVE) {
			return create(row, managed, desired, decision.action() == Decision.Action.ADOPT_OR_CREATE, report);
		}
		String awsId = managed.awsId();
		Optional<O> observed = kind.client().observe(row, awsId, desired);
		AwsState state = observed.map(o -> classify(o.status())).orElse(null);
		decision = Decision.afterObserving(managed, observed, state, replaceFailedCreate());
		observed.ifPresent(report::observed);
		String noun = awsNoun();
		return switch (decision.action()) {
			case RECREATE -> {
				report.drift(noun + " " + awsId + " no longer exists in AWS (deleted outside the control plane); creating it again.");
				report.forgetIdentity();
				yield Next.now();
			}
			case WAIT -> report.transition(Decision.transitionPhase(state, managed.phase()),
					"AgentCore reports " + observed.get().status() + ".", support.settings.transitionPoll());
			case AWAIT_OUTSIDE -> awaitingOutside(row, observed.get(), report);
			case REPORT_FAILED -> {
				report.failed("AWS_" + noun + observed.get().status(), "AgentCore reports " + observed.get().status()
						+ ": " + observed.get().statusReasons());
				yield Next.done();
			}
			case REPLACE -> {
				Next turn = awaitTurn(managed, report);
				if (turn != null) {
					yield turn;
				}
				AgentCore.Call<Void> call = kind.client().delete(row, awsId, desired, report);
				report.awsCall("Delete" + noun, call.requestId(), "removing failed " + awsId + " to create it again");
				report.phase(Phase.UPDATING, "Replacing the failed " + noun + " " + awsId + ".");
				yield Next.in(support.settings.transitionPoll());
			}
			case UPDATE -> {
				if (decision.drift()) {
					List<String> differences = observed.get().differences();
					report.drift(noun + " " + awsId + " was changed outside the control plane"
							+ (differences.isEmpty() ? "" : " (" + String.join(", ", differences) + ")") + "; setting it back.");
				}
				Next turn = awaitTurn(managed, report);
				if (turn != null) {
					yield turn;
				}
				beforeChange(row, report);
				AgentCore.Call<O> call = kind.client().update(row, awsId, desired, report);
				List<String> kept = call.result() == null ? List.of() : call.result().kept();
				report.awsCall("Update" + noun, call.requestId(), "applying generation " + managed.generation()
						+ (kept.isEmpty() ? "" : "; kept as AWS held them (not owned by the spec): " + String.join(", ", kept)));
				if (call.result() != null) {
					report.observed(call.result());
				}
				yield report.transition(Phase.UPDATING, "AgentCore is applying generation " + managed.generation() + ".",
						support.settings.transitionPoll());
			}
			case READY -> {
				Next next = ready(row, awsId, observed.get(), report);
				wake(row, report, Wake.When.READY);
				if (!managed.specApplied()) {
					wake(row, report, Wake.When.GENERATION_APPLIED);
				}
				yield next;
			}
			default -> throw new IllegalStateException("not a decision after observing: " + decision);
		};
	}

	private Next create(R row, Managed managed, D desired, boolean adoptFirst, Report report) {
		Next turn = awaitTurn(managed, report);
		if (turn != null) {
			return turn;
		}
		String noun = awsNoun();
		if (adoptFirst) {
			Optional<O> adopted = kind.client().findByName(row, desired);
			if (adopted.isPresent()) {
				report.awsCall("Create" + noun, null, "adopted " + adopted.get().identity().id()
						+ ", created by an earlier attempt whose result was not recorded");
				// Adopted, it may hold an older spec than this generation's: observed at the next look, not taken as ready.
				report.created(adopted.get());
				return creating(report);
			}
		}
		beforeChange(row, report);
		String token = clientToken(managed.ref().id(), managed.generation());
		report.checkpoint(StatusColumns.createPending(token));
		AgentCore.Call<O> call;
		try {
			call = kind.client().create(row, desired, token);
		}
		catch (AgentCoreFailure failure) {
			if (failure.isConflict() && kind.client().findByName(row, desired).isPresent()) {
				throw new AgentCoreFailure(failure.errorType(), failure.httpStatus(), "A " + noun + " named "
						+ managed.name() + " already exists in AWS, created outside the control plane. Delete or rename it "
						+ "there (or import it), then POST .../reconcile.", false, failure.requestId(), failure);
			}
			throw failure;
		}
		report.awsCall("Create" + noun, call.requestId(), "created " + call.result().identity().id());
		createdInAws(row, desired);
		return created(row, managed, desired, call.result(), report);
	}

	/**
	 * After a create AWS answered (not an adoption): what the create carried is what AWS holds for this generation,
	 * e.g. a gateway's tags, which its first READY pass then need not read back.
	 */
	void createdInAws(R row, D desired) {
	}

	/**
	 * Where AWS answers the create with the resource already READY (what it made is what was sent), it is ready now:
	 * a look after the usual poll would only say so later (issue #27, POST to READY). Otherwise AWS is creating it,
	 * and with a short first poll the first look is made in this pass ({@link #firstLook}).
	 */
	private Next created(R row, Managed managed, D desired, O created, Report report) {
		report.created(created);
		if (classify(created.status()) == AwsState.READY) {
			return readyNow(row, managed, created, report);
		}
		Next creating = creating(report);
		return firstLook(managed, created.identity().id(), desired, report).orElse(creating);
	}

	private Next readyNow(R row, Managed managed, O observed, Report report) {
		Next next = ready(row, observed.identity().id(), observed, report);
		wake(row, report, Wake.When.READY);
		if (!managed.specApplied()) {
			wake(row, report, Wake.When.GENERATION_APPLIED);
		}
		return next;
	}

	/**
	 * The first look at a resource AWS is creating, made in the pass that created it, at once, when the first poll is
	 * short ({@link #FIRST_LOOK_IN_PASS}): left to the queue, that look would wait for a round trip through it (status
	 * written, rescheduled, picked, loaded again) several times the poll itself, and a resource AWS makes quickly is
	 * ready by the time the create's identity is committed (issue #27). Still one look, no extra read: a resource AWS
	 * is still creating is looked at next by the queue, a poll later. What the pass found so far is committed first,
	 * and the row read again, so the look sees what the next pass would; it is empty (the queue looks, and reports
	 * what it finds) unless AWS holds the spec READY for the same generation.
	 */
	private Optional<Next> firstLook(Managed managed, String awsId, D desired, Report report) {
		if (support.settings.transitionPoll().compareTo(FIRST_LOOK_IN_PASS) > 0) {
			return Optional.empty();
		}
		report.checkpointForThisPass();
		Optional<R> reloaded = load(managed.ref().id());
		if (reloaded.isEmpty() || managed(reloaded.get()).generation() != managed.generation()
				|| managed(reloaded.get()).deletionRequested()) {
			return Optional.empty();
		}
		R row = reloaded.get();
		Optional<O> looked;
		try {
			looked = kind.client().observe(row, awsId, desired);
		}
		catch (AgentCoreFailure failure) {
			return Optional.empty();
		}
		looked.ifPresent(report::observed);
		if (looked.isEmpty() || classify(looked.get().status()) != AwsState.READY || !looked.get().matchesDesired()) {
			return Optional.empty();
		}
		return Optional.of(readyNow(row, managed(row), looked.get(), report));
	}

	/** The longest first poll with which a pass looks at what it created rather than leaving the first look to the queue. */
	static final Duration FIRST_LOOK_IN_PASS = Duration.ofMillis(50);

	private Next creating(Report report) {
		return report.transition(Phase.CREATING, "AgentCore is creating the " + awsNoun() + ".",
				support.settings.transitionPoll());
	}

	private Next delete(R row, Managed managed, Report report) {
		String blocked = Wait.first(kind.deleteWaits(), row);
		if (blocked != null) {
			report.transition(Phase.DELETING, blocked, support.settings.transitionPoll());
			return Next.in(waitingPoll(4));
		}
		D desired = desiredOrNull(row);
		String awsId = managed.awsId();
		if (awsId == null && managed.createPendingAt() != null) {
			awsId = kind.client().findByName(row, desired).map(o -> o.identity().id()).orElse(null);
		}
		if (awsId != null) {
			Optional<O> observed = kind.client().observe(row, awsId, desired);
			if (observed.isPresent()) {
				Next waiting = deleteWaitsOutside(row, managed, observed.get(), report);
				if (waiting != null) {
					return waiting;
				}
				if (classify(observed.get().status()) != AwsState.DELETING) {
					Next turn = awaitTurn(managed, report);
					if (turn != null) {
						return turn;
					}
					AgentCore.Call<Void> call = kind.client().delete(row, awsId, desired, report);
					report.awsCall("Delete" + awsNoun(), call.requestId(), "deleting " + awsId);
					if ("DELETE_FAILED".equals(observed.get().status())) {
						return report.deleteRetried(observed.get(), awsNoun(), managed.status().attempts(), support.settings);
					}
				}
				return report.transition(Phase.DELETING, "AgentCore is deleting the " + awsNoun() + ".",
						support.settings.transitionPoll());
			}
		}
		report.deleted(awsNoun() + " " + managed.name() + " deleted"
				+ (awsId == null ? " (it never existed in AWS)." : "; AWS confirmed."));
		wake(row, report, Wake.When.DELETED);
		return Next.done();
	}

	/**
	 * How long a row waiting for other resources waits before it looks again: {@code polls} transition polls, of at
	 * least 100 ms. What it waits for wakes it when it moves; the short first poll of a transition (10 ms) would
	 * otherwise make every waiting row cost a reconcile ten times a second.
	 */
	private Duration waitingPoll(int polls) {
		Duration poll = support.settings.transitionPoll();
		return (poll.compareTo(WAITING_POLL_FLOOR) < 0 ? WAITING_POLL_FLOOR : poll).multipliedBy(polls);
	}

	private static final Duration WAITING_POLL_FLOOR = Duration.ofMillis(100);

	/** Announces, with the report, the wake-ups the kind declares for {@code when}. */
	private void wake(R row, Report report, Wake.When when) {
		for (Wake<R> wake : kind.wakes()) {
			if (wake.when() == when) {
				wake.find().apply(row).forEach(id -> report.announce(new Wake.Due(wake.kind(), id)));
			}
		}
	}

	private D desiredOrNull(R row) {
		try {
			return desired(row);
		}
		catch (Unreconcilable ex) {
			return null;
		}
	}

	/** At least 33 characters, stable for the row and generation, so a repeated create is the same create. */
	static String clientToken(UUID id, long generation) {
		return id + "-g" + generation;
	}

}
