package dev.agentcore.controlplane.webhook;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.agentcore.controlplane.resource.EventType;

/**
 * A webhook as a team declares it (POST) or replaces it (PUT, full replacement).
 *
 * @param url the https endpoint that receives signed deliveries; it must resolve to public addresses
 * @param description free text
 * @param eventTypes the event types to deliver; empty or absent for all
 * @param enabled false pauses deliveries; true re-enables a webhook that was disabled after failing (default true)
 */
@Schema(example = """
		{"url": "https://portal.example.com/hooks/agentcore", "description": "Portal progress updates",
		 "eventTypes": ["PHASE_CHANGED", "FAILED"], "enabled": true}""")
record WebhookRequest(@NotBlank @Size(max = 2048) String url, @Size(max = 200) String description,
		@Size(max = 20) List<@NotNull EventType> eventTypes, Boolean enabled) {

	List<EventType> types() {
		return eventTypes == null ? List.of() : eventTypes.stream().distinct().toList();
	}

	boolean isEnabled() {
		return enabled == null || enabled;
	}

}
