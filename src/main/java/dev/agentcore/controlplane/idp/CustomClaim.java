package dev.agentcore.controlplane.idp;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A claim the gateway's authorizer requires in every token.
 *
 * @param name the claim, e.g. {@code groups} or a namespaced {@code https://example.com/roles}; AgentCore's pattern
 * {@code [A-Za-z0-9_.-:]+}, whose {@code .-:} is a range: letters, digits, '_', '.', '/', ':' (and no '-')
 * @param valueType STRING or STRING_ARRAY
 * @param operator EQUALS (STRING, one value), CONTAINS (STRING_ARRAY, one value: the array holds it) or
 * CONTAINS_ANY (STRING_ARRAY, several values: the array holds one of them)
 * @param values the values to match, case-sensitive
 */
@Schema(example = "{\"name\": \"groups\", \"valueType\": \"STRING_ARRAY\", \"operator\": \"CONTAINS_ANY\", \"values\": [\"agents\"]}")
public record CustomClaim(
		@NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9_.-:]+", message = "may contain only letters, digits, '_', '.', '/' and ':' (AgentCore's pattern [A-Za-z0-9_.-:]+)") String name,
		@NotNull ValueType valueType, @NotNull Operator operator,
		@NotEmpty @Size(max = 255) List<@NotNull @Size(min = 1, max = 255) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "may contain only letters, digits, '_', '.' and '-'") String> values) {

	public enum ValueType {

		STRING, STRING_ARRAY

	}

	public enum Operator {

		EQUALS, CONTAINS, CONTAINS_ANY

	}

}
