package com.mljudge.web;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Java values (numbers, strings, arrays of them) as JSON-ready values: arrays become
 * lists and the non-finite doubles become the strings "NaN", "Infinity" and "-Infinity",
 * which JSON cannot spell.
 */
public final class JsonValues {

	private JsonValues() {
	}

	public static Object of(Object value) {
		if (value instanceof Double d && !Double.isFinite(d)) {
			return d.toString();
		}
		if (value instanceof Float f && !Float.isFinite(f)) {
			return f.toString();
		}
		if (value != null && value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> items = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				items.add(of(Array.get(value, i)));
			}
			return items;
		}
		return value;
	}

}
