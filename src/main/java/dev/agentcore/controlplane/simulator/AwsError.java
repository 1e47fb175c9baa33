package dev.agentcore.controlplane.simulator;

import java.util.List;

/**
 * An error as AgentCore sends it: the exception type (the {@code x-amzn-ErrorType} header and
 * the SDK exception class), its HTTP status, and the message.
 */
class AwsError extends RuntimeException {

	private final String type;

	private final int status;

	private final List<FieldProblem> fields;

	private final String reason;

	private AwsError(String type, int status, String message, List<FieldProblem> fields, String reason) {
		super(message, null, false, false);
		this.type = type;
		this.status = status;
		this.fields = List.copyOf(fields);
		this.reason = reason;
	}

	private AwsError(String type, int status, String message, List<FieldProblem> fields) {
		this(type, status, message, fields, null);
	}

	static AwsError validation(String message) {
		return new AwsError("ValidationException", 400, message, List.of(), "FieldValidationFailed");
	}

	static AwsError validation(String field, String message) {
		return new AwsError("ValidationException", 400, "1 validation error detected: Value at '" + field + "' failed to satisfy constraint: " + message,
				List.of(new FieldProblem(field, message)), "FieldValidationFailed");
	}

	/** Every constraint of the service model a request broke, one {@code fieldList} entry each. */
	static AwsError validation(List<dev.agentcore.controlplane.servicemodel.Violation> violations) {
		String detail = String.join("; ", violations.stream()
			.map(violation -> "Value at '" + violation.path() + "' failed to satisfy constraint: " + violation.message())
			.toList());
		return new AwsError("ValidationException", 400, violations.size() + " validation error"
				+ (violations.size() == 1 ? "" : "s") + " detected: " + detail,
				violations.stream().map(violation -> new FieldProblem(violation.path(), violation.message())).toList(),
				"FieldValidationFailed");
	}

	/** A client token used again with a different request, as AgentCore answers it. */
	static AwsError idempotentParameterMismatch() {
		return new AwsError("ValidationException", 400, "The client token was already used with a different request. "
				+ "Use a new client token for a different request.", List.of(), "IdempotentParameterMismatchException");
	}

	/** IAM refused the caller, in AWS's wording, naming the action. */
	/** @param action the IAM action, e.g. {@code bedrock-agentcore:CreateGateway} */
	static AwsError accessDenied(String action, String account) {
		return new AwsError("AccessDeniedException", 403, "User: arn:aws:iam::" + account + ":user/simulated is not "
				+ "authorized to perform: " + action + " because no identity-based policy allows the " + action + " action",
				List.of());
	}

	/**
	 * A method the model binds to no operation on this path. What AgentCore's router answers is not
	 * documented; 405 is HTTP's own answer, with the AWS error shape so that SDKs surface it (the SDK
	 * maps it to its service exception with this code; the provisioner treats it as not retryable).
	 */
	static AwsError methodNotAllowed(String method, String modelled) {
		return new AwsError("UnknownOperationException", 405, "No operation is bound to " + method
				+ " on this path; the service model binds " + modelled + " (UpdatePolicy and UpdatePolicyEngine are "
				+ "PATCH since 2026-03-03, with description as {\"optionalValue\": ...}).", List.of());
	}

	static AwsError notFound(String message) {
		return new AwsError("ResourceNotFoundException", 404, message, List.of());
	}

	static AwsError conflict(String message) {
		return new AwsError("ConflictException", 409, message, List.of());
	}

	static AwsError quotaExceeded(String message) {
		return new AwsError("ServiceQuotaExceededException", 402, message, List.of());
	}

	static AwsError throttled() {
		return new AwsError("ThrottlingException", 429, "Rate exceeded", List.of());
	}

	static AwsError internal() {
		return new AwsError("InternalServerException", 500, "An internal error occurred. Try your request again.",
				List.of());
	}

	String type() {
		return type;
	}

	int status() {
		return status;
	}

	List<FieldProblem> fields() {
		return fields;
	}

	/** ValidationException's reason: FieldValidationFailed, IdempotentParameterMismatchException, ... */
	String reason() {
		return reason;
	}

	record FieldProblem(String name, String message) {
	}

}
