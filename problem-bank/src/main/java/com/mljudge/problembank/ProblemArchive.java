package com.mljudge.problembank;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Problems as a zip in the bank's folder layout ({@code <slug>/problem.yaml},
 * {@code <slug>/wrong/X.java}). Reading trusts nothing in the archive: names are checked
 * for traversal, symbolic links are refused (the central directory is read for their Unix
 * mode), sizes are counted while inflating (headers can lie), and text must be UTF-8. Any
 * refusal means no problems at all, so a caller stores nothing.
 */
public final class ProblemArchive {

	/** What an archive may hold at most. */
	public record Limits(int maxFiles, long maxFileBytes, long maxTotalBytes) {

		public static final Limits DEFAULTS = new Limits(2000, 1024 * 1024, 32L * 1024 * 1024);

	}

	/** The folders read, or the reasons the archive was refused (then no folders). */
	public record Contents(Map<String, Map<String, String>> folders, List<String> errors) {

		public Contents {
			errors = List.copyOf(errors);
		}

		public boolean refused() {
			return !this.errors.isEmpty();
		}

	}

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

	/** Fixed timestamps, so the same problems always give the same bytes. */
	private static final FileTime EPOCH = FileTime.fromMillis(315532800000L);

	private ProblemArchive() {
	}

	/** Writes folders (slug to files) as a zip, folders and files in name order. */
	public static void write(Map<String, Map<String, String>> folders, OutputStream out) {
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			for (Map.Entry<String, Map<String, String>> folder : new TreeMap<>(folders).entrySet()) {
				for (Map.Entry<String, String> file : new TreeMap<>(folder.getValue()).entrySet()) {
					ZipEntry entry = new ZipEntry(folder.getKey() + "/" + file.getKey());
					entry.setLastModifiedTime(EPOCH);
					zip.putNextEntry(entry);
					zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			zip.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] toBytes(Map<String, Map<String, String>> folders) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		write(folders, bytes);
		return bytes.toByteArray();
	}

	/**
	 * Reads an archive already in memory (an upload, bounded by the web layer's size
	 * limit).
	 */
	public static Contents read(byte[] archive, Limits limits) {
		List<String> errors = new ArrayList<>();
		Set<String> central = CentralDirectory.check(archive, errors);
		Map<String, Map<String, String>> folders = new TreeMap<>();
		Set<String> seen = new HashSet<>();
		long total = 0;
		int files = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				String problem = pathProblem(name);
				if (problem != null) {
					errors.add(quote(name) + ": " + problem);
					continue;
				}
				if (!seen.add(name)) {
					errors.add(quote(name) + ": the archive holds this entry twice");
					continue;
				}
				if (central != null && !central.contains(name)) {
					errors.add(quote(name) + ": entry is not listed in the archive's central directory");
				}
				if (entry.isDirectory()) {
					continue;
				}
				if (++files > limits.maxFiles()) {
					errors.add("too many files: more than " + limits.maxFiles());
					break;
				}
				byte[] bytes = inflate(zip, limits.maxFileBytes());
				if (bytes == null) {
					errors.add(quote(name) + ": larger than " + limits.maxFileBytes() + " bytes when unpacked");
					break;
				}
				total += bytes.length;
				if (total > limits.maxTotalBytes()) {
					errors.add("the archive unpacks to more than " + limits.maxTotalBytes() + " bytes");
					break;
				}
				int slash = name.indexOf('/');
				if (slash < 0) {
					errors.add(quote(name) + ": file outside a problem folder (expected <slug>/...)");
					continue;
				}
				String slug = name.substring(0, slash);
				if (!ProblemFiles.isSlug(slug)) {
					errors
						.add(quote(slug + "/") + ": folder name is not a valid slug (lower-case words joined by '-')");
					continue;
				}
				String text = utf8(bytes);
				if (text == null) {
					errors.add(quote(name) + ": not UTF-8 text");
					continue;
				}
				int nul = text.indexOf('\u0000');
				if (nul >= 0) {
					// PostgreSQL stores no NUL in text: refuse it here, by name, instead
					// of
					// failing at the insert.
					errors.add(quote(name) + ": holds a NUL character (U+0000) on line "
							+ (text.substring(0, nul).chars().filter((c) -> c == '\n').count() + 1)
							+ "; text files may not");
					continue;
				}
				if (!name.substring(name.lastIndexOf('/') + 1).startsWith(".")) {
					folders.computeIfAbsent(slug, (s) -> new TreeMap<>()).put(name.substring(slash + 1), text);
				}
			}
		}
		catch (ZipException ex) {
			errors.add("not a readable zip archive: " + ex.getMessage());
		}
		catch (IOException ex) {
			errors.add("cannot read the archive: " + ex.getMessage());
		}
		if (errors.isEmpty() && folders.isEmpty()) {
			errors.add("the archive holds no problem folders");
		}
		return errors.isEmpty() ? new Contents(folders, errors) : new Contents(Map.of(), errors);
	}

	/** Why an entry name is unsafe or outside the layout; null when it is fine. */
	static String pathProblem(String name) {
		if (name.isEmpty()) {
			return "empty entry name";
		}
		if (name.indexOf('\\') >= 0) {
			return "backslash in the path (paths use '/')";
		}
		if (name.startsWith("/")) {
			return "absolute path";
		}
		if (DRIVE.matcher(name).matches()) {
			return "drive letter in the path";
		}
		if (name.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			return "control character in the path";
		}
		String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		for (String segment : trimmed.split("/", -1)) {
			if (segment.equals("..") || segment.equals(".")) {
				return "'" + segment + "' in the path";
			}
			if (segment.isEmpty()) {
				return "empty folder name in the path";
			}
		}
		return null;
	}

	/**
	 * The entry's bytes, or null once more than {@code max} came out (the declared size
	 * is not trusted).
	 */
	private static byte[] inflate(InputStream in, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long count = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			count += n;
			if (count > max) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static String quote(String name) {
		String shown = (name.length() > 120) ? name.substring(0, 120) + "…" : name;
		return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
	}

}
