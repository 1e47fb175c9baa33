package dev.agentcore.controlplane.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Caller", description = "Who the control plane thinks you are")
class MeController {

	private final List<CallerDetails> details;

	MeController(List<CallerDetails> details) {
		this.details = details;
	}

	@GetMapping
	@Operation(summary = "Describe the caller",
			description = "The subject, team, control-plane scopes, admin flag and OAuth client id read from the bearer "
					+ "token, so portals can show and hide actions and people can debug their tokens; and the AWS accounts "
					+ "and regions the team may place gateways in.")
	MeResponse me(@AuthenticationPrincipal Caller caller) {
		java.util.Map<String, Object> about = new java.util.TreeMap<>();
		details.forEach(detail -> about.put(detail.name(), detail.of(caller)));
		return MeResponse.from(caller, about.get("accounts"));
	}

	/**
	 * @param subject the token's subject
	 * @param team the caller's team, or null when the token names none
	 * @param scopes control-plane scopes held, implied ones included
	 * @param admin whether the caller sees all teams
	 * @param clientId the OAuth client id, when the token names it
	 * @param accounts the AWS accounts and regions the team may place gateways in (besides the control plane's own)
	 */
	record MeResponse(String subject, String team, List<String> scopes, boolean admin, String clientId, Object accounts) {

		static MeResponse from(Caller caller, Object accounts) {
			return new MeResponse(caller.subject(), caller.team(), caller.scopes(), caller.admin(), caller.clientId(),
					accounts == null ? List.of() : accounts);
		}

	}

}
