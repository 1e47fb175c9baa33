package dev.agentcore.controlplane.simulator;

import java.util.List;

import org.springframework.context.ApplicationContext;

/** For tests outside the simulator's package: the secrets of the sessions a simulator's STS handed out. */
public final class SimulatedSessions {

	private SimulatedSessions() {
	}

	/** Every access key id, secret access key and session token STS handed out, in that order per session. */
	public static List<String> secrets(ApplicationContext simulator) {
		return simulator.getBean(SimulatedAccounts.class)
			.sessions()
			.stream()
			.flatMap(session -> java.util.stream.Stream.of(session.accessKeyId(), session.secretAccessKey(),
					session.sessionToken()))
			.toList();
	}

}
