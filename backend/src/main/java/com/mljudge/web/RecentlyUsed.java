package com.mljudge.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A thread-safe map that forgets its least recently used entry beyond a capacity: the web
 * layer's caches.
 */
final class RecentlyUsed {

	private RecentlyUsed() {
	}

	static <K, V> Map<K, V> map(int capacity) {
		return Collections.synchronizedMap(new LinkedHashMap<>(capacity * 2, 0.75f, true) {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}

		});
	}

}
