package dev.agentcore.controlplane.adoption;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.RateLimits;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems;
import dev.agentcore.controlplane.web.Problems.FieldError;

/** The adoption module's problems, each with the code the OpenAPI document lists. */
final class ImportProblems {

	private ImportProblems() {
	}

	static ErrorResponseException gatewayNotInAws(String awsGatewayId) {
		return Problems.error(HttpStatus.NOT_FOUND, "AWS_GATEWAY_NOT_FOUND", "The AWS account has no gateway "
				+ awsGatewayId + " in this region. GET /api/v1/aws/gateways lists the ones it has.");
	}

	static ErrorResponseException targetNotInAws(String awsTargetId) {
		return Problems.error(HttpStatus.NOT_FOUND, "AWS_TARGET_NOT_FOUND", "The gateway has no target " + awsTargetId
				+ " in AWS.");
	}

	/** The gateway is managed already; its id is shown to those who may see it. */
	static ErrorResponseException alreadyManaged(String what, String awsId, UUID ours) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, what.toUpperCase(java.util.Locale.ROOT)
				+ "_ALREADY_MANAGED", "The " + what.toLowerCase(java.util.Locale.ROOT) + " " + awsId
						+ " is managed by the control plane already" + (ours == null ? "." : " (" + ours + ")."));
		if (ours != null) {
			problem.setProperty("managedBy", ours);
		}
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	static ErrorResponseException nameTaken(String name, UUID ours) {
		return Problems.conflict("NAME_TAKEN", "A gateway of the control plane is named '" + name + "' already"
				+ (ours == null ? "" : " (" + ours + ")") + " but does not manage this AWS gateway; gateway names are "
						+ "unique in the account. Delete or rename one of them first.");
	}

	static ErrorResponseException gatewayNotInAwsYet(UUID gatewayId) {
		return Problems.conflict("GATEWAY_NOT_IN_AWS", "Gateway " + gatewayId + " has no AWS gateway yet; targets can be "
				+ "imported once it is READY.");
	}

	/** What AWS holds cannot be declared exactly: importing it would change it, or break the API's rules. */
	static ErrorResponseException notExpressible(String what, String reason, List<FieldError> errors) {
		ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_NOT_EXPRESSIBLE",
				"The " + what + " cannot be imported: " + reason);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
	}

	static ErrorResponseException importForAdminsOnly() {
		return Problems.error(HttpStatus.FORBIDDEN, "IMPORT_FOR_ADMINS_ONLY", "Only admins import what exists in AWS: "
				+ "the control plane did not make it, and once imported its AWS identity changes and deletes it for the "
				+ "owning team. Ask an admin to import it for your team (POST /api/v1/gateways/imports with "
				+ "\"team\": \"<your team>\").");
	}

	/** The AWS gateway's team tag names another team than the one it would be imported for. */
	static ErrorResponseException taggedForAnotherTeam(String awsGatewayId, String claimed, String team) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "GATEWAY_TAGGED_FOR_ANOTHER_TEAM", "AWS gateway "
				+ awsGatewayId + " is tagged " + TeamTag.KEY + "=" + claimed + ", so it cannot be imported for team "
				+ team + ". Import it for team " + claimed + " (\"team\": \"" + claimed + "\"), or change the tag in AWS "
				+ "first if the gateway has changed hands.");
		problem.setProperty("taggedTeam", claimed);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	/** AgentCore refused what the caller sent in {@code field} (400): the caller's mistake, not a bad gateway. */
	static ErrorResponseException awsFailed(String field, AgentCoreFailure failure) {
		if (RateLimits.ACCOUNT_NOT_READY.equals(failure.errorType())) {
			return Problems.conflict("ACCOUNT_NOT_READY", failure.getMessage() + ". The control plane reads an account "
					+ "once it assumed its role: see GET /api/v1/accounts/{id} for why not, and try again when it is READY.");
		}
		if (failure.httpStatus() == 400) {
			return InvalidRequest.fields(List.of(new FieldError(field, "AgentCore refused it (" + failure.errorType() + ": "
					+ failure.getMessage() + ")")));
		}
		return awsFailed(failure);
	}

	/** AWS is deleting it, or it failed: once AWS removes it, a reconcile would create it again. */
	static ErrorResponseException notImportableNow(String what, String status) {
		return Problems.conflict("AWS_RESOURCE_NOT_IMPORTABLE", "The " + what + " is " + status + " in AWS; only a READY "
				+ "or UPDATING one can be imported (a deleted one would be created again by the first reconcile). Wait "
				+ "until it is READY, or delete it in AWS.");
	}

	static ErrorResponseException awsFailed(AgentCoreFailure failure) {
		return Problems.error(HttpStatus.BAD_GATEWAY, "AWS_CALL_FAILED", "AgentCore answered " + failure.errorType() + ": "
				+ failure.getMessage() + (failure.retryable() ? " Try again." : ""));
	}

}
