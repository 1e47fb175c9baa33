package dev.agentcore.controlplane.simulator;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * STS's {@code GetCallerIdentity} on the wire: every caller of the simulated account is the
 * control plane's role ({@link IamSeed#CONTROL_PLANE_ROLE}) in a session, as on ECS or EKS.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@RequestMapping(StsWireController.BASE_PATH)
class StsWireController {

	static final String BASE_PATH = "/local/aws/sts";

	private final SimulatedIam iam;

	private final SimulatedAgentCore account;

	StsWireController(SimulatedIam iam, SimulatedAgentCore account) {
		this.iam = iam;
		this.account = account;
	}

	@PostMapping(path = { "", "/" }, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> call(@RequestParam("Action") String action) {
		account.stats().call(action);
		if (!"GetCallerIdentity".equals(action)) {
			throw IamError.invalidAction(action);
		}
		String accountId = iam.accountId();
		String roleId = iam.role(IamSeed.CONTROL_PLANE_ROLE).roleId();
		String requestId = UUID.randomUUID().toString();
		String body = QueryXml.response(QueryXml.STS_NAMESPACE, action, requestId,
				result -> result.element("Arn", "arn:aws:sts::" + accountId + ":assumed-role/" + IamSeed.CONTROL_PLANE_ROLE
						+ "/" + IamSeed.CONTROL_PLANE_SESSION)
					.element("UserId", roleId + ":" + IamSeed.CONTROL_PLANE_SESSION)
					.element("Account", accountId));
		return ResponseEntity.ok().contentType(MediaType.TEXT_XML).header("x-amzn-RequestId", requestId).body(body);
	}

}
