package com.mljudge.judge.internal.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The JDK classes and members user code may touch, read from {@code allowlist.txt}.
 * Members are judged on the class that declares them, so
 * {@code ArrayList.parallelStream()} is seen as {@code Collection.parallelStream()} and
 * denied there.
 */
final class Allowlist {

	/** All members except {@code denied}, or only {@code allowed}. */
	record Rule(boolean all, Set<String> allowed, Set<String> denied) {

		boolean permits(String member) {
			return this.all ? !this.denied.contains(member) : this.allowed.contains(member);
		}

	}

	private static final Rule CONSTRUCTORS_ONLY = new Rule(false, Set.of("<init>"), Set.of());

	private final Map<String, Rule> rules;

	private Allowlist(Map<String, Rule> rules) {
		this.rules = rules;
	}

	static Allowlist standard() {
		try (InputStream in = Allowlist.class.getResourceAsStream("allowlist.txt")) {
			if (in == null) {
				throw new IllegalStateException("allowlist.txt is missing from the judge");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Allowlist parse(BufferedReader reader) throws IOException {
		Map<String, Rule> rules = new HashMap<>();
		String line;
		while ((line = reader.readLine()) != null) {
			line = line.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] words = line.split("\\s+");
			boolean all = false;
			Set<String> allowed = new HashSet<>();
			Set<String> denied = new HashSet<>();
			for (int i = 1; i < words.length; i++) {
				if (words[i].equals("*")) {
					all = true;
				}
				else if (words[i].startsWith("-")) {
					denied.add(words[i].substring(1));
				}
				else {
					allowed.add(words[i]);
				}
			}
			rules.put(words[0], new Rule(all, Set.copyOf(allowed), Set.copyOf(denied)));
		}
		return new Allowlist(Map.copyOf(rules));
	}

	/** The rule for a JDK class, or null when user code may not touch it at all. */
	Rule rule(String internalName) {
		Rule rule = this.rules.get(internalName);
		if (rule != null) {
			return rule;
		}
		int slash = internalName.lastIndexOf('/');
		if (slash > 0) {
			Rule wholePackage = this.rules.get(internalName.substring(0, slash) + "/*");
			if (wholePackage != null) {
				return wholePackage;
			}
		}
		if (isPlainThrowable(internalName)) {
			return CONSTRUCTORS_ONLY;
		}
		return null;
	}

	private static boolean isPlainThrowable(String name) {
		int slash = name.lastIndexOf('/');
		if (slash < 0) {
			return false;
		}
		String pkg = name.substring(0, slash);
		String simple = name.substring(slash + 1);
		return (pkg.equals("java/lang") || pkg.equals("java/util"))
				&& (simple.endsWith("Exception") || simple.endsWith("Error")) && !simple.contains("$");
	}

}
