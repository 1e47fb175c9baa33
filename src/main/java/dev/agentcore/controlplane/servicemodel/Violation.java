package dev.agentcore.controlplane.servicemodel;

/**
 * One broken constraint: the member's path as AgentCore names it in {@code fieldList}
 * ({@code authorizerConfiguration.customJWTAuthorizer.allowedScopes.1}; list items counted from
 * 1, map values by key, map keys as {@code .key}) and the service's wording of the constraint.
 *
 * @param kind {@code required}, {@code length}, {@code range}, {@code pattern}, {@code enum},
 * {@code unique}, {@code type}, {@code union} or {@code unknown}
 */
public record Violation(String path, String kind, String message) {
}
