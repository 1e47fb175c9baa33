package dev.agentcore.controlplane.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: bearer authentication (so Swagger UI's "Authorize" takes a pasted
 * token), the shared {@code Problem} schema, and the 401/403 answers every API operation can
 * give. The server is relative so the document is the same wherever the service runs.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI controlPlaneOpenApi() {
		return new OpenAPI()
			.info(new Info().title("AgentCore Gateway control plane")
				.version("v1")
				.description("Declare Amazon Bedrock AgentCore gateways, gateway targets and JWT authorizers; "
						+ "the control plane provisions them and reports status. Every /api call needs "
						+ "'Authorization: Bearer <JWT>'. Errors are RFC 9457 problem details with a stable 'code'."))
			.servers(List.of(new Server().url("/").description("this control plane")))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("An access token from the configured issuer (Cognito, Auth0, Okta or any OIDC provider).")));
	}

	@Bean
	OpenApiCustomizer apiOperationsAnswerProblems() {
		return openApi -> {
			// Spring's own ProblemDetail shape nests extensions under "properties"; on the wire they are flat.
			openApi.getComponents().getSchemas().remove("ProblemDetail");
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith("/api/")) {
					item.readOperations().forEach(OpenApiConfiguration::secureWithProblems);
					item.readOperationsMap().forEach((method, operation) -> {
						if (method != PathItem.HttpMethod.GET) {
							mayMeetAConcurrentChange(operation);
						}
					});
				}
			});
		};
	}

	@Bean
	OperationCustomizer documentedProblems() {
		return (operation, handler) -> {
			ProblemResponses problems = handler.getMethodAnnotation(ProblemResponses.class);
			if (problems != null) {
				for (int status : problems.value()) {
					operation.getResponses().addApiResponse(Integer.toString(status), problem(describe(status)));
				}
			}
			return operation;
		};
	}

	private static String describe(int status) {
		return switch (status) {
			case 400 -> "Invalid request: VALIDATION_FAILED lists every field to fix; rule violations have their own code.";
			case 404 -> "No such resource, or one of another team.";
			case 409 -> "Conflicts with the current state (the code says which, e.g. NAME_TAKEN).";
			case 412 -> "PRECONDITION_FAILED: If-Match names an older version; GET again and retry.";
			case 413 -> "PAYLOAD_TOO_LARGE: the body exceeds the limit.";
			case 415 -> "The body must be application/json.";
			case 422 -> "IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another request.";
			case 428 -> "PRECONDITION_REQUIRED: send If-Match with the ETag you read.";
			case 503 -> "OUTBOUND_BUSY, SCHEMA_PARSING_BUSY or CEDAR_BUSY: too much of this work is in progress; retry after "
					+ "Retry-After seconds.";
			default -> org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase();
		};
	}

	private static void secureWithProblems(Operation operation) {
		operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
		operation.getResponses()
			.addApiResponse("401", problem("Missing, expired or invalid bearer token (see WWW-Authenticate)."))
			.addApiResponse("403", problem("The token lacks the scope this operation needs."))
			.addApiResponse("406", problem("NOT_ACCEPTABLE: Accept allows neither application/json nor application/problem+json; "
					+ "refused before anything is changed."));
	}

	/** A write may be stopped by the database for a change running at the same moment (a 503 to retry). */
	private static void mayMeetAConcurrentChange(Operation operation) {
		ApiResponse busy = operation.getResponses().get("503");
		String concurrent = "CONCURRENT_CHANGE: another change of the same resources ran at the same moment; nothing was "
				+ "changed, send the request again after Retry-After seconds.";
		operation.getResponses().addApiResponse("503",
				busy == null ? problem(concurrent) : busy.description(busy.getDescription() + " " + concurrent));
	}

	/** A response documented as a problem detail; for use by every module's OpenAPI customizations. */
	public static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema().example("name"));
		fieldError.addProperty("message", new StringSchema().example("must not be blank"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem detail");
		problem.addProperty("type", new StringSchema().format("uri").example(Problems.TYPE_PREFIX + "validation-failed"));
		problem.addProperty("title", new StringSchema().example("Bad Request"));
		problem.addProperty("status", new IntegerSchema().example(400));
		problem.addProperty("detail", new StringSchema().example("1 field is invalid; see errors."));
		problem.addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/gateways"));
		problem.addProperty("code", new StringSchema().description("Stable machine-readable error code").example("VALIDATION_FAILED"));
		problem.addProperty("errors", new ArraySchema().items(fieldError).description("Every violation, for VALIDATION_FAILED"));
		problem.setRequired(List.of("type", "title", "status", "code"));
		return problem;
	}

}
