package com.mljudge.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * The page caches' shared bookkeeping: pages by key with their expiry, least recently
 * used ones forgotten beyond a capacity, and which expired pages are being rendered
 * again. Only one request renders an expired page; the others meanwhile get the page it
 * replaces ("stale"), instead of all of them rendering it at once the moment it expires.
 */
final class PageStore<P> {

	/** A page to serve as it is, and how it was found: {@code hit} or {@code stale}. */
	record Found<P>(P page, String how) {
	}

	private final Map<String, P> pages;

	private final Map<String, Boolean> rendering = new ConcurrentHashMap<>();

	private final ToLongFunction<P> expiresAtMillis;

	PageStore(int capacity, ToLongFunction<P> expiresAtMillis) {
		this.pages = RecentlyUsed.map(capacity);
		this.expiresAtMillis = expiresAtMillis;
	}

	/**
	 * The page to serve, or null when the caller renders it; the caller then calls
	 * {@link #rendered} when done, whether or not it kept a page.
	 */
	Found<P> find(String key, long nowMillis) {
		P page = this.pages.get(key);
		if (page == null) {
			return null;
		}
		if (this.expiresAtMillis.applyAsLong(page) > nowMillis) {
			return new Found<>(page, "hit");
		}
		return (this.rendering.putIfAbsent(key, Boolean.TRUE) != null) ? new Found<>(page, "stale") : null;
	}

	/**
	 * Keeps {@code page} (when not null) and lets the next expired look-up render again.
	 */
	void rendered(String key, P page) {
		if (page != null) {
			this.pages.put(key, page);
		}
		this.rendering.remove(key);
	}

	/** Drops every page whose key starts with {@code prefix}. */
	void forget(String prefix) {
		synchronized (this.pages) {
			this.pages.keySet().removeIf((key) -> key.startsWith(prefix));
		}
	}

}
