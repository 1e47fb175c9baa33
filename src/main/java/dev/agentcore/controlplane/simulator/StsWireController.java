package dev.agentcore.controlplane.simulator;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * STS on the wire. {@code GetCallerIdentity}: an unassumed caller is the control plane's role
 * ({@link IamSeed#CONTROL_PLANE_ROLE}) in a session of the simulated account, as on ECS or EKS; a caller signing
 * with assumed credentials is that session in its account. {@code AssumeRole}: a role of another simulated account
 * ({@link SimulatedAccounts}) that trusts the caller, with the external id it requires.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@RequestMapping(StsWireController.BASE_PATH)
class StsWireController {

	static final String BASE_PATH = "/local/aws/sts";

	private final SimulatedIam iam;

	private final SimulatedAgentCore account;

	private final SimulatedAccounts accounts;

	StsWireController(SimulatedIam iam, SimulatedAgentCore account, SimulatedAccounts accounts) {
		this.iam = iam;
		this.account = account;
		this.accounts = accounts;
	}

	@PostMapping(path = { "", "/" }, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> call(@RequestParam("Action") String action,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestParam(name = "RoleArn", required = false) String roleArn,
			@RequestParam(name = "RoleSessionName", required = false) String sessionName,
			@RequestParam(name = "ExternalId", required = false) String externalId,
			@RequestParam(name = "DurationSeconds", required = false) Integer durationSeconds) {
		account.stats().call(action);
		String caller = SigningScope.of(authorization).accessKeyId();
		String requestId = UUID.randomUUID().toString();
		String body = switch (action) {
			case "GetCallerIdentity" -> callerIdentity(caller, requestId);
			case "AssumeRole" -> assumeRole(caller, roleArn, sessionName, externalId, durationSeconds, requestId);
			default -> throw IamError.invalidAction(action);
		};
		return ResponseEntity.ok().contentType(MediaType.TEXT_XML).header("x-amzn-RequestId", requestId).body(body);
	}

	private String callerIdentity(String caller, String requestId) {
		String userId = accounts.session(caller)
			.map(session -> "AROA" + session.accountId() + ":" + session.sessionName())
			.orElseGet(() -> iam.role(IamSeed.CONTROL_PLANE_ROLE).roleId() + ":" + IamSeed.CONTROL_PLANE_SESSION);
		return QueryXml.response(QueryXml.STS_NAMESPACE, "GetCallerIdentity", requestId,
				result -> result.element("Arn", accounts.callerArn(caller))
					.element("UserId", userId)
					.element("Account", accounts.accountOf(caller)));
	}

	private String assumeRole(String caller, String roleArn, String sessionName, String externalId, Integer seconds,
			String requestId) {
		if (roleArn == null || sessionName == null) {
			throw IamError.validation("AssumeRole needs RoleArn and RoleSessionName");
		}
		SimulatedAccounts.Session session = accounts.assume(caller, roleArn, sessionName, externalId, seconds);
		return QueryXml.response(QueryXml.STS_NAMESPACE, "AssumeRole", requestId,
				result -> result.open("Credentials")
					.element("AccessKeyId", session.accessKeyId())
					.element("SecretAccessKey", session.secretAccessKey())
					.element("SessionToken", session.sessionToken())
					.element("Expiration", session.expiration().toString())
					.close("Credentials")
					.open("AssumedRoleUser")
					.element("Arn", session.assumedRoleArn())
					.element("AssumedRoleId", "AROA" + session.accountId() + ":" + session.sessionName())
					.close("AssumedRoleUser"));
	}

}
