package dev.agentcore.controlplane.servicemodel;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A shape of the model: {@code structure}, {@code union}, {@code list}, {@code map}, {@code enum},
 * {@code string}, {@code integer}, {@code long}, {@code boolean}, {@code timestamp},
 * {@code document}, ...
 *
 * @param members a structure's or union's members, in the model's order (empty otherwise)
 * @param member a list's member, a map's value
 * @param key a map's key
 */
public record Shape(String name, String type, Map<String, Member> members, Member member, Member key,
		JsonNode defaultValue, Constraints constraints) {

	public boolean isStructure() {
		return type.equals("structure") || type.equals("union");
	}

	public boolean isUnion() {
		return type.equals("union");
	}

	public boolean isString() {
		return type.equals("string") || type.equals("enum");
	}

	public boolean isNumber() {
		return type.equals("integer") || type.equals("long") || type.equals("double") || type.equals("float")
				|| type.equals("intEnum");
	}

}
