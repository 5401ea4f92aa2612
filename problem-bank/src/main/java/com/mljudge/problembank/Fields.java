package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Typed, error-reporting access to one YAML mapping. Unknown keys are reported once, on
 * creation, so that a misspelt optional field is an error rather than a silently ignored
 * default. Getters report problems and return null so parsing can go on and find the next
 * error.
 */
final class Fields {

	private final JsonNode node;

	private final String file;

	private final String path;

	private final Errors errors;

	Fields(JsonNode node, String file, String path, Errors errors, Set<String> allowed) {
		this.node = node;
		this.file = file;
		this.path = path;
		this.errors = errors;
		for (String key : node.propertyNames()) {
			if (!allowed.contains(key)) {
				error(key, "unknown field (allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
			}
		}
	}

	String field(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	void error(String key, String message) {
		this.errors.add(this.file, field(key), message);
	}

	boolean has(String key) {
		JsonNode value = this.node.get(key);
		return value != null && !value.isNull();
	}

	JsonNode raw(String key) {
		return this.node.get(key);
	}

	JsonNode required(String key) {
		if (!has(key)) {
			error(key, "is required");
			return null;
		}
		return this.node.get(key);
	}

	String text(String key, boolean required) {
		JsonNode value = required ? required(key) : this.node.get(key);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString() || value.stringValue().isBlank()) {
			error(key, "expected a non-empty string, got " + value);
			return null;
		}
		return value.stringValue();
	}

	List<String> texts(String key, boolean required, int min, int max) {
		JsonNode value = required ? required(key) : this.node.get(key);
		if (value == null || value.isNull()) {
			return required ? null : List.of();
		}
		if (!value.isArray()) {
			error(key, "expected a list of strings, got " + value);
			return null;
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			JsonNode item = value.get(i);
			if (!item.isString() || item.stringValue().isBlank()) {
				error(key + "[" + i + "]", "expected a non-empty string, got " + item);
			}
			else {
				texts.add(item.stringValue());
			}
		}
		if (value.size() < min || value.size() > max) {
			error(key, "expected " + range(min, max) + " items, got " + value.size());
		}
		return texts;
	}

	Long integer(String key, boolean required, long min) {
		JsonNode value = required ? required(key) : this.node.get(key);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			error(key, "expected an integer, got " + value);
			return null;
		}
		if (value.longValue() < min) {
			error(key, "must be at least " + min + ", got " + value.longValue());
			return null;
		}
		return value.longValue();
	}

	Double number(String key, boolean required, double min) {
		JsonNode value = required ? required(key) : this.node.get(key);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
			error(key, "expected a finite number, got " + value);
			return null;
		}
		if (value.doubleValue() < min) {
			error(key, "must be at least " + min + ", got " + value.doubleValue());
			return null;
		}
		return value.doubleValue();
	}

	Boolean bool(String key, boolean fallback) {
		JsonNode value = this.node.get(key);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (!value.isBoolean()) {
			error(key, "expected true or false, got " + value);
			return fallback;
		}
		return value.booleanValue();
	}

	/** A nested mapping, or null (reported) when it is there but not a mapping. */
	Fields object(String key, boolean required, Set<String> allowed) {
		JsonNode value = required ? required(key) : this.node.get(key);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isObject()) {
			error(key, "expected a mapping, got " + value);
			return null;
		}
		return new Fields(value, this.file, field(key), this.errors, allowed);
	}

	/** A mapping found inside a list item of this mapping, e.g. {@code tests[3]}. */
	Fields nested(JsonNode value, String key, Set<String> allowed) {
		return new Fields(value, this.file, field(key), this.errors, allowed);
	}

	/**
	 * Scalars of a free-form mapping (checker or generator params) as Java numbers,
	 * strings and booleans.
	 */
	Map<String, Object> scalars(String key) {
		Map<String, Object> values = new LinkedHashMap<>();
		JsonNode value = this.node.get(key);
		if (value == null || value.isNull()) {
			return values;
		}
		if (!value.isObject()) {
			error(key, "expected a mapping, got " + value);
			return values;
		}
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			JsonNode item = entry.getValue();
			if (item.isNumber()) {
				values.put(entry.getKey(), item.isIntegralNumber() ? (Object) item.longValue() : item.doubleValue());
			}
			else if (item.isString()) {
				values.put(entry.getKey(), item.stringValue());
			}
			else if (item.isBoolean()) {
				values.put(entry.getKey(), item.booleanValue());
			}
			else {
				error(key + "." + entry.getKey(), "expected a number, string or boolean, got " + item);
			}
		}
		return values;
	}

	private static String range(int min, int max) {
		if (max == Integer.MAX_VALUE) {
			return "at least " + min;
		}
		return (min == max) ? String.valueOf(min) : min + " to " + max;
	}

}
