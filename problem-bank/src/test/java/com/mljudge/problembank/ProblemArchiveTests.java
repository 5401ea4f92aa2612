package com.mljudge.problembank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archives in the bank's layout: the whole bank survives a round trip, and each hostile
 * shape is refused.
 */
class ProblemArchiveTests {

	@Test
	void theWholeBankSurvivesARoundTrip() {
		ProblemBank bank = ProblemBank.loadFromClasspath();
		Map<String, Map<String, String>> folders = new TreeMap<>();
		bank.problems().forEach((p) -> folders.put(p.slug(), bank.files(p.slug())));
		byte[] zip = ProblemArchive.toBytes(folders);
		ProblemArchive.Contents read = ProblemArchive.read(zip, ProblemArchive.Limits.DEFAULTS);
		assertThat(read.errors()).isEmpty();
		assertThat(read.folders()).isEqualTo(folders);
		assertThat(ProblemArchive.toBytes(read.folders())).isEqualTo(zip);
		read.folders()
			.forEach((slug, files) -> assertThat(ProblemFiles.read(slug, files, folders.keySet()).errors()).isEmpty());
	}

	@Test
	void refusesParentFolderSegments() {
		assertRefused(zip(Map.of("kmeans/../../etc/passwd", "x")), "'..' in the path");
	}

	@Test
	void refusesAbsolutePaths() {
		assertRefused(zip(Map.of("/etc/kmeans/problem.yaml", "x")), "absolute path");
	}

	@Test
	void refusesDriveLetters() {
		assertRefused(zip(Map.of("C:/kmeans/problem.yaml", "x")), "drive letter");
	}

	@Test
	void refusesBackslashes() {
		assertRefused(zip(Map.of("kmeans\\..\\problem.yaml", "x")), "backslash");
	}

	@Test
	void refusesSymbolicLinks() {
		byte[] zip = zip(Map.of("kmeans/problem.yaml", "/etc/passwd"));
		markFirstEntryAsSymlink(zip);
		assertRefused(zip, "symbolic links are not allowed");
	}

	@Test
	void refusesMoreFilesThanTheLimit() {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i <= ProblemArchive.Limits.DEFAULTS.maxFiles(); i++) {
			files.put("many/f" + i + ".md", "x");
		}
		assertRefused(zip(files), "too many files");
	}

	@Test
	void refusesAFileThatInflatesPastTheLimit() {
		// Zeros compress about a thousandfold: a few kilobytes in the archive, two
		// megabytes unpacked.
		assertRefused(zip(Map.of("bomb/statement.md", "0".repeat(2 * 1024 * 1024))), "larger than");
	}

	@Test
	void refusesAnArchiveThatInflatesPastTheTotalLimit() {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < 40; i++) {
			files.put("bomb/f" + i + ".md", "0".repeat(1000 * 1024));
		}
		assertRefused(zip(files), "unpacks to more than");
	}

	@Test
	void refusesDuplicateEntries() {
		byte[] zip = zip(new TreeMap<>(Map.of("twice/aaa.md", "one", "twice/aab.md", "two")));
		replaceAll(zip, "twice/aab.md", "twice/aaa.md");
		assertRefused(zip, "holds this entry twice");
	}

	@Test
	void refusesTextThatIsNotUtf8() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("latin/statement.md"));
			zip.write(new byte[] { 'c', 'a', 'f', (byte) 0xe9, ' ', (byte) 0xff });
			zip.closeEntry();
		}
		assertRefused(bytes.toByteArray(), "not UTF-8 text");
	}

	@Test
	void refusesTextHoldingANulCharacterNamingFileAndLine() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("nul-text/statement.md"));
			zip.write("first line\nsecond \u0000 line\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertRefused(bytes.toByteArray(), "'nul-text/statement.md': holds a NUL character (U+0000) on line 2");
	}

	@Test
	void refusesFilesOutsideAProblemFolder() {
		assertRefused(zip(Map.of("problem.yaml", "x")), "outside a problem folder");
	}

	@Test
	void refusesBadFolderNames() {
		assertRefused(zip(Map.of("Not A Slug/problem.yaml", "x")), "not a valid slug");
	}

	@Test
	void refusesSomethingThatIsNotAZip() {
		assertRefused("just text".getBytes(StandardCharsets.UTF_8), "no problem folders");
	}

	private static void assertRefused(byte[] zip, String reason) {
		ProblemArchive.Contents contents = ProblemArchive.read(zip, ProblemArchive.Limits.DEFAULTS);
		assertThat(contents.refused()).isTrue();
		assertThat(contents.folders()).isEmpty();
		assertThat(String.join("\n", contents.errors())).contains(reason);
	}

	static byte[] zip(Map<String, String> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Sets "made by Unix" and the mode lrwxrwxrwx in the first central directory entry.
	 */
	private static void markFirstEntryAsSymlink(byte[] zip) {
		for (int at = 0; at + 4 < zip.length; at++) {
			if (zip[at] == 0x50 && zip[at + 1] == 0x4b && zip[at + 2] == 0x01 && zip[at + 3] == 0x02) {
				zip[at + 5] = 3;
				int mode = 0120777;
				zip[at + 40] = (byte) (mode & 0xff);
				zip[at + 41] = (byte) ((mode >> 8) & 0xff);
				return;
			}
		}
		throw new IllegalStateException("no central directory entry");
	}

	private static void replaceAll(byte[] zip, String from, String to) {
		byte[] a = from.getBytes(StandardCharsets.UTF_8);
		byte[] b = to.getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + a.length <= zip.length; at++) {
			if (java.util.Arrays.equals(zip, at, at + a.length, a, 0, a.length)) {
				System.arraycopy(b, 0, zip, at, b.length);
			}
		}
	}

}
