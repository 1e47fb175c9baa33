package dev.agentcore.controlplane.simulator;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator's control of who signs with an access key ({@link SimulatedCallers}):
 * {@code PUT /local/aws/callers/{accessKeyId}} with {@code {"principalArn": "arn:aws:iam::222233334444:role/agents"}}
 * makes requests signed with that key come from that principal, e.g. to call an AWS_IAM gateway from another account.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
class SimulatedCallersController {

	private final SimulatedCallers callers;

	SimulatedCallersController(SimulatedCallers callers) {
		this.callers = callers;
	}

	@PutMapping("/local/aws/callers/{accessKeyId}")
	ResponseEntity<String> register(@PathVariable String accessKeyId, @RequestBody JsonNode body) {
		return callers.register(accessKeyId, body.path("principalArn").asString("")) ? ResponseEntity.noContent().build()
				: ResponseEntity.badRequest().body("principalArn must be an IAM role or user ARN, "
						+ "arn:aws:iam::<12-digit account>:role/<name>");
	}

}
