package com.mljudge.judge.internal.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Instrumented class files kept for the next verdict of the same source (a Run followed
 * by a Submit, a resubmission, the reference, another user's identical code): compile,
 * verify and instrument are skipped.
 * <p>
 * Only bytes are shared, never loaded classes: each verdict defines them afresh in its
 * own loader. Shared classes were visible to users (another user's identical source gave
 * the same {@code identityHashCode(Solution.class)} and the same cached lambda objects)
 * and made static state a leak to guard against; class files are a function of the source
 * alone, so nothing of an earlier verdict, whoever submitted it, can be seen. The price
 * is the JIT's work, which starts again with each verdict.
 */
public final class WarmClasses {

	/** Instrumented class files by name and the compiler that produced them. */
	public record Warm(Map<String, byte[]> classes, String compiler) {

		public Warm {
			classes = Map.copyOf(classes);
		}

	}

	private final Map<String, Warm> kept;

	public WarmClasses(int capacity) {
		this.kept = new LinkedHashMap<>(capacity * 2, 0.75f, true) {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Warm> eldest) {
				return size() > capacity;
			}

		};
	}

	public static String key(String entryClass, String source) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(entryClass.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			return HexFormat.of().formatHex(sha.digest(source.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	public synchronized Optional<Warm> get(String key) {
		return Optional.ofNullable(this.kept.get(key));
	}

	/** Keeps class files for later verdicts. */
	public synchronized void keep(String key, Warm warm) {
		this.kept.put(key, warm);
	}

	public synchronized int size() {
		return this.kept.size();
	}

}
