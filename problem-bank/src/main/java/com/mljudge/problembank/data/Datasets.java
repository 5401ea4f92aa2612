package com.mljudge.problembank.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled open datasets (sources and licences in problem-bank/DATASETS.md), read from
 * {@code datasets/} on the classpath. The files are plain comma-separated values without
 * quoting.
 */
public final class Datasets {

	private Datasets() {
	}

	/**
	 * Fisher's iris, 150 rows: sepal_length, sepal_width, petal_length, petal_width,
	 * species. CC BY 4.0.
	 */
	public static Table iris() {
		return read("iris");
	}

	/**
	 * Wisconsin Diagnostic Breast Cancer, 569 rows: 30 features and diagnosis
	 * (malignant/benign). CC BY 4.0.
	 */
	public static Table breastCancer() {
		return read("breast_cancer");
	}

	/**
	 * Palmer penguins, 344 rows: species, island, bill and flipper lengths, body mass,
	 * sex. CC0.
	 */
	public static Table penguins() {
		return read("penguins");
	}

	static Table read(String name) {
		String resource = "datasets/" + name + ".csv";
		try (InputStream in = Datasets.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("dataset " + resource + " is not on the classpath");
			}
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
			List<String> columns = Arrays.asList(lines[0].split(",", -1));
			List<List<String>> rows = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				if (!lines[i].isEmpty()) {
					List<String> row = Arrays.asList(lines[i].split(",", -1));
					if (row.size() != columns.size()) {
						throw new IllegalStateException(resource + " line " + (i + 1) + ": expected " + columns.size()
								+ " cells, got " + row.size());
					}
					rows.add(row);
				}
			}
			return new Table(name, columns, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
