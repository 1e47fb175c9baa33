package dev.agentcore.controlplane.cedar;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.cedarpolicy.model.entity.Entity;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * The principal entity a gateway builds for a tool call: an {@code AgentCore::OAuthUser} whose id is
 * the token's {@code sub} and whose tags are all its claims, each as a string (numbers and booleans as
 * their text, arrays and objects as their JSON, null claims left out), or an {@code AgentCore::IamEntity}
 * whose id is the caller's ARN.
 *
 * @param entity the Cedar entity
 * @param tags the tags as text, to show what a policy sees
 */
record CallerEntity(Entity entity, Map<String, String> tags) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static CallerEntity oauthUser(Map<String, Object> claims) {
		String subject = String.valueOf(claims.get("sub"));
		Map<String, String> tags = new TreeMap<>();
		claims.forEach((name, value) -> {
			if (value != null) {
				tags.put(name, text(value));
			}
		});
		Map<String, Value> tagValues = new LinkedHashMap<>();
		tags.forEach((name, value) -> tagValues.put(name, new PrimString(value)));
		return new CallerEntity(new Entity(uid(PrincipalKind.OAUTH_USER, subject), Map.of("id", new PrimString(subject)),
				java.util.Set.of(), tagValues), tags);
	}

	static CallerEntity iamEntity(String arn) {
		return new CallerEntity(new Entity(uid(PrincipalKind.IAM_ENTITY, arn), Map.of("id", new PrimString(arn)),
				java.util.Set.of()), Map.of());
	}

	private static EntityUID uid(PrincipalKind kind, String id) {
		return new EntityUID(EntityTypeName.parse(kind.qualified()).orElseThrow(), id);
	}

	private static String text(Object value) {
		if (value instanceof String string) {
			return string;
		}
		if (value instanceof Double || value instanceof Float) {
			return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		return JSON.writeValueAsString(value);
	}

}
