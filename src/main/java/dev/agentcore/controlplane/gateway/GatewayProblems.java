package dev.agentcore.controlplane.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** The gateway module's problems, each with the code the API documents. */
public final class GatewayProblems {

	private GatewayProblems() {
	}

	/** Another gateway of ours took over this AWS gateway meanwhile (two imports racing). */
	static ErrorResponseException awsGatewayManaged(String awsGatewayId) {
		return Problems.conflict("GATEWAY_ALREADY_MANAGED", "The gateway " + awsGatewayId + " is managed by the control "
				+ "plane already: another import took it a moment ago.");
	}

	static ErrorResponseException placementImmutable(dev.agentcore.controlplane.account.Placement current,
			dev.agentcore.controlplane.account.Placement requested) {
		return Problems.conflict("PLACEMENT_IMMUTABLE", "A gateway's placement cannot change (it is " + current + ", not "
				+ requested + "): another account or region is a new gateway. Declare a new gateway there, or leave "
				+ "placement out to keep it.");
	}

	static ErrorResponseException authorizerTypeImmutable(GatewaySpec.AuthorizerType current) {
		return Problems.conflict("AUTHORIZER_TYPE_IMMUTABLE", "AgentCore cannot change a gateway's authorizer type (it is " + current
				+ "). Keep the type, or create a new gateway with the other type and move the targets.");
	}

	static ErrorResponseException hasTargets(long count) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "GATEWAY_HAS_TARGETS", "The gateway has " + count
				+ " target(s), and AgentCore cannot delete a gateway with targets. Delete them first, or send "
				+ "?cascade=true to delete the targets and then the gateway.");
		problem.setProperty("targetCount", count);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	static ErrorResponseException noJwtAuthorizer(GatewaySpec.AuthorizerType type) {
		return Problems.conflict("NO_JWT_AUTHORIZER", "The gateway's authorizer is " + type
				+ "; only CUSTOM_JWT and AUTHENTICATE_ONLY gateways check bearer tokens.");
	}

	/** The gateway is being deleted: it takes no changes, and no new targets. */
	public static ErrorResponseException deleting() {
		return Gateway.KIND.deleting();
	}

}
