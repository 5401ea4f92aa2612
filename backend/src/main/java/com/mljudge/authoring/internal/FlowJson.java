package com.mljudge.authoring.internal;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a value on one line as JSON that is also a YAML flow value: ", " and ": "
 * between items (some YAML readers want the space after a colon), and every
 * floating-point number with a decimal point (a YAML 1.1 reader takes "1E-9" for a
 * string).
 */
final class FlowJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FlowJson() {
	}

	static String write(JsonNode node) {
		StringBuilder out = new StringBuilder();
		write(node, out);
		return out.toString();
	}

	static String string(String text) {
		return JSON.writeValueAsString(text);
	}

	static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	private static void write(JsonNode node, StringBuilder out) {
		if (node == null || node.isNull()) {
			out.append("null");
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				out.append((i == 0) ? "" : ", ");
				write(node.get(i), out);
			}
			out.append(']');
		}
		else if (node.isObject()) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				out.append(first ? "" : ", ").append(string(field.getKey())).append(": ");
				write(field.getValue(), out);
				first = false;
			}
			out.append('}');
		}
		else if (node.isIntegralNumber()) {
			out.append(node.asString());
		}
		else if (node.isNumber()) {
			out.append(number(node.asDouble()));
		}
		else if (node.isBoolean()) {
			out.append(node.asBoolean());
		}
		else {
			out.append(string(node.asString()));
		}
	}

	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return string(Double.toString(value));
		}
		return Double.toString(value);
	}

}
