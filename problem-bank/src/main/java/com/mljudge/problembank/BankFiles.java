package com.mljudge.problembank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every file of the bank as text, keyed by its path below the bank root
 * ("kmeans/problem.yaml"). Reading it all up front lets the same validator run on a
 * source folder, on target/classes and inside a jar (including Spring Boot's nested jars,
 * whose connections are JarURLConnections).
 */
record BankFiles(Map<String, String> files) {

	static final String CLASSPATH_ROOT = "problems";

	BankFiles {
		files = Map.copyOf(files);
	}

	static BankFiles fromDirectory(Path root) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
				String relative = root.relativize(path).toString().replace('\\', '/');
				files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read problem bank at " + root, ex);
		}
		return new BankFiles(files);
	}

	static BankFiles fromClasspath(ClassLoader loader) {
		URL url = loader.getResource(CLASSPATH_ROOT);
		if (url == null) {
			throw new IllegalStateException("no '" + CLASSPATH_ROOT + "' folder on the classpath");
		}
		try {
			if ("file".equals(url.getProtocol())) {
				return fromDirectory(Path.of(url.toURI()));
			}
			URLConnection connection = url.openConnection();
			if (connection instanceof JarURLConnection jar) {
				jar.setUseCaches(false);
				try (JarFile file = jar.getJarFile()) {
					return fromJar(file, jar.getEntryName());
				}
			}
			throw new IllegalStateException("cannot list problems at " + url);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read problem bank at " + url, ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("bad problem bank location " + url, ex);
		}
	}

	private static BankFiles fromJar(JarFile jar, String rootEntry) throws IOException {
		String prefix = rootEntry.endsWith("/") ? rootEntry : rootEntry + "/";
		Map<String, String> files = new TreeMap<>();
		Enumeration<JarEntry> entries = jar.entries();
		while (entries.hasMoreElements()) {
			JarEntry entry = entries.nextElement();
			if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
				try (InputStream in = jar.getInputStream(entry)) {
					files.put(entry.getName().substring(prefix.length()),
							new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return new BankFiles(files);
	}

	/** The files of one folder, keyed by their path inside it ("wrong/Slow.java"). */
	Map<String, Map<String, String>> byFolder() {
		Map<String, Map<String, String>> folders = new TreeMap<>();
		this.files.forEach((path, text) -> {
			int slash = path.indexOf('/');
			if (slash > 0) {
				folders.computeIfAbsent(path.substring(0, slash), (slug) -> new TreeMap<>())
					.put(path.substring(slash + 1), text);
			}
		});
		return folders;
	}

}
