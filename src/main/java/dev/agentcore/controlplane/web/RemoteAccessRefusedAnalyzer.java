package dev.agentcore.controlplane.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains {@link LoopbackOnly.RemoteAccessRefused} at start-up instead of printing a stack trace. */
class RemoteAccessRefusedAnalyzer extends AbstractFailureAnalyzer<LoopbackOnly.RemoteAccessRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LoopbackOnly.RemoteAccessRefused cause) {
		return new FailureAnalysis(cause.getMessage(), "Remove server.address (SERVER_ADDRESS) or set it to 127.0.0.1; "
				+ "production (no profile) has no such endpoints and listens wherever it is told.", cause);
	}

}
