package com.mljudge.judge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reference outputs by problem version, computed once: a small LRU map. Computing happens
 * outside the lock, so two callers may race to compute the same key once; both get equal
 * answers.
 */
public final class ReferenceCache {

	private final Map<String, ReferenceOutputs> entries;

	public ReferenceCache(int capacity) {
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, ReferenceOutputs> eldest) {
				return size() > capacity;
			}
		};
	}

	public ReferenceOutputs get(String key, Supplier<ReferenceOutputs> compute) {
		synchronized (this.entries) {
			ReferenceOutputs cached = this.entries.get(key);
			if (cached != null) {
				return cached;
			}
		}
		ReferenceOutputs computed = compute.get();
		synchronized (this.entries) {
			this.entries.putIfAbsent(key, computed);
			return this.entries.get(key);
		}
	}

}
