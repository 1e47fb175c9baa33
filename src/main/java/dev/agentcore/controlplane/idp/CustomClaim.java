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
 * @param name the claim, e.g. {@code groups}
 * @param valueType STRING or STRING_ARRAY
 * @param operator EQUALS (STRING, one value), CONTAINS or CONTAINS_ANY (STRING_ARRAY)
 * @param values the values to match, case-sensitive
 */
@Schema(example = "{\"name\": \"groups\", \"valueType\": \"STRING_ARRAY\", \"operator\": \"CONTAINS_ANY\", \"values\": [\"agents\"]}")
public record CustomClaim(
		@NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "may contain only letters, digits, '_', '.', ':' and '-'") String name,
		@NotNull ValueType valueType, @NotNull Operator operator,
		@NotEmpty @Size(max = 255) List<@NotNull @Size(min = 1, max = 255) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "may contain only letters, digits, '_', '.' and '-'") String> values) {

	public enum ValueType {

		STRING, STRING_ARRAY

	}

	public enum Operator {

		EQUALS, CONTAINS, CONTAINS_ANY

	}

}
