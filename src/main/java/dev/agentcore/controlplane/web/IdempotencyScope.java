package dev.agentcore.controlplane.web;

/** Implemented by the authenticated principal: the namespace its {@code Idempotency-Key}s live in (its team). */
public interface IdempotencyScope {

	String idempotencyScope();

}
