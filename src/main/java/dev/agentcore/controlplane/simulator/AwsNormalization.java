package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import dev.agentcore.controlplane.servicemodel.AwsAnswers;
import dev.agentcore.controlplane.servicemodel.CedarText;
import dev.agentcore.controlplane.servicemodel.Member;
import dev.agentcore.controlplane.servicemodel.ServiceModel;
import dev.agentcore.controlplane.servicemodel.Shape;

/**
 * The {@code normalize} fault: answers as AWS does rather than echoing the request, walking the
 * operation's output shape in the model: members the model defaults are filled in, lists of
 * strings come back in another order, Cedar statements are reformatted (whitespace only) and
 * secret values (sensitive members of credential providers) are masked.
 */
final class AwsNormalization {

	private static final ServiceModel MODEL = ServiceModel.agentCore();

	private AwsNormalization() {
	}

	static JsonNode answer(String operation, JsonNode body) {
		if (body == null || !body.isObject()) {
			return body;
		}
		JsonNode copy = body.deepCopy();
		return value(MODEL.shape(MODEL.operation(operation).output()), false, copy, "");
	}

	private static JsonNode value(Shape shape, boolean sensitive, JsonNode node, String path) {
		switch (shape.type()) {
			case "structure", "union" -> {
				if (!node.isObject()) {
					return node;
				}
				ObjectNode object = (ObjectNode) node;
				for (Member member : shape.members().values()) {
					JsonNode held = object.get(member.name());
					if ((held == null || held.isNull()) && member.defaultValue() != null && !shape.isUnion()) {
						object.set(member.name(), member.defaultValue().deepCopy());
					}
					else if (held != null && !held.isNull()) {
						object.set(member.name(), value(MODEL.shape(member.target()), member.effective(MODEL).sensitive(), held,
								path + "/" + member.name()));
					}
				}
				return object;
			}
			case "list" -> {
				if (!node.isArray()) {
					return node;
				}
				ArrayNode items = (ArrayNode) node;
				Shape item = MODEL.shape(shape.member().target());
				List<JsonNode> values = new ArrayList<>();
				items.forEach(each -> values.add(value(item, shape.member().effective(MODEL).sensitive(), each, path + "/[]")));
				if (values.stream().allMatch(JsonNode::isString)) {
					java.util.Collections.reverse(values);
				}
				items.removeAll();
				items.addAll(values);
				return items;
			}
			case "map" -> {
				if (!node.isObject()) {
					return node;
				}
				ObjectNode map = (ObjectNode) node;
				Shape item = MODEL.shape(shape.member().target());
				boolean secret = shape.member().effective(MODEL).sensitive();
				map.propertyNames().stream().toList()
					.forEach(key -> map.set(key, value(item, secret, map.get(key), path + "/{}")));
				return map;
			}
			case "string" -> {
				if (!node.isString()) {
					return node;
				}
				if (sensitive && path.contains("credentialProvider")) {
					return StringNode.valueOf(AwsAnswers.MASK);
				}
				return shape.name().equals("Statement") ? StringNode.valueOf(reformatted(node.asString())) : node;
			}
			default -> {
				return node;
			}
		}
	}

	/** The statement as a formatter lays it out: a line per scope element, two spaces in (string literals untouched). */
	static String reformatted(String statement) {
		int[] depth = { 0 };
		return CedarText.rewritten(statement, (out, c) -> {
			switch (c) {
				case '(' -> out.append(++depth[0] == 1 ? " (\n  " : "(");
				case ')' -> out.append(--depth[0] == 0 ? "\n)" : ")");
				case ',' -> out.append(depth[0] == 1 ? ",\n  " : ", ");
				default -> {
					if (!Character.isWhitespace(c)) {
						out.append(c);
					}
					else if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
						out.append(' ');
					}
				}
			}
		});
	}

}
