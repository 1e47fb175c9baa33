package dev.agentcore.controlplane.adoption;

import dev.agentcore.controlplane.provisioning.AgentCoreInventory.FoundGateway;
import dev.agentcore.controlplane.provisioning.AgentCoreInventory.FoundTarget;

/** What an import tells the history: where the resource came from, and what its spec cannot express. */
final class ImportMessages {

	private ImportMessages() {
	}

	static String gateway(FoundGateway found) {
		StringBuilder message = new StringBuilder("Imported from AWS gateway " + found.identity().id() + " ("
				+ found.status() + ") with " + found.targets().size() + " target(s) in AWS.");
		found.targets().stream().filter(target -> target.refusal() != null).forEach(target -> message.append(" Target ")
			.append(target.name()).append(" (").append(target.targetId()).append(") is not imported: ").append(target.refusal()));
		found.notes().forEach(note -> message.append(' ').append(note));
		return message.toString();
	}

	static String target(FoundTarget found) {
		StringBuilder message = new StringBuilder("Imported from AWS target " + found.targetId() + " (" + found.status() + ").");
		found.notes().forEach(note -> message.append(' ').append(note));
		return message.toString();
	}

}
