package com.mljudge.practice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mljudge.problembank.InvalidProblemBankException;
import com.mljudge.problembank.ProblemBank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the bank strictly. Conceptual items link to coding problems that are still being written on other
 * branches; while the only errors are such dangling {@code related} links, practice loads a copy of the bank
 * without them (and says so) rather than keeping the whole site from starting. Any other error still fails.
 */
final class BankLoading {

	private static final Logger log = LoggerFactory.getLogger(BankLoading.class);

	private static final String DANGLING = "no problem folder named";

	private static final Pattern RELATED = Pattern.compile("^related:\\s*\\[(.*)]", Pattern.MULTILINE);

	private BankLoading() {
	}

	static ProblemBank load() {
		try {
			return ProblemBank.loadFromClasspath();
		}
		catch (InvalidProblemBankException ex) {
			if (!ex.errors().stream().allMatch((error) -> error.contains(DANGLING))) {
				throw ex;
			}
			log.warn("Problem bank: ignoring {} related link(s) to problems not in the bank yet:\n  {}",
					ex.errors().size(), String.join("\n  ", ex.errors()));
			return loadWithoutDanglingLinks(readClasspathBank());
		}
	}

	static ProblemBank loadWithoutDanglingLinks(Map<String, String> files) {
		Set<String> slugs = files.keySet()
			.stream()
			.filter((path) -> path.endsWith("/problem.yaml"))
			.map((path) -> path.substring(0, path.indexOf('/')))
			.collect(Collectors.toSet());
		Path copy = null;
		try {
			copy = Files.createTempDirectory("practice-bank-");
			for (Map.Entry<String, String> file : files.entrySet()) {
				Path target = copy.resolve(file.getKey());
				Files.createDirectories(target.getParent());
				String text = file.getKey().endsWith("/problem.yaml") ? dropDangling(file.getValue(), slugs)
						: file.getValue();
				Files.writeString(target, text, StandardCharsets.UTF_8);
			}
			return ProblemBank.loadFromDirectory(copy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	static String dropDangling(String yaml, Set<String> slugs) {
		Matcher related = RELATED.matcher(yaml);
		if (!related.find()) {
			return yaml;
		}
		String kept = Arrays.stream(related.group(1).split(","))
			.map(String::strip)
			.filter((slug) -> slugs.contains(slug))
			.collect(Collectors.joining(", "));
		return yaml.substring(0, related.start()) + "related: [" + kept + "]" + yaml.substring(related.end());
	}

	private static Map<String, String> readClasspathBank() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				BankLoading.class.getClassLoader());
		try {
			String root = resolver.getResource("classpath:problems/").getURL().toString();
			Map<String, String> files = new TreeMap<>();
			for (Resource resource : resolver.getResources("classpath:problems/**")) {
				String url = resource.getURL().toString();
				if (resource.isReadable() && url.startsWith(root) && !url.endsWith("/")) {
					try (InputStream in = resource.getInputStream()) {
						files.put(url.substring(root.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the problem bank from the classpath", ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// A leftover temporary folder is harmless.
		}
	}

}
