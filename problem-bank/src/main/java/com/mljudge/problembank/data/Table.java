package com.mljudge.problembank.data;

import java.util.List;

/**
 * A small CSV dataset: column names and rows of cells; an empty cell is a missing value.
 */
public record Table(String name, List<String> columns, List<List<String>> rows) {

	public Table {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	public int columnIndex(String column) {
		int index = this.columns.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException(
					this.name + " has no column '" + column + "' (has " + this.columns + ")");
		}
		return index;
	}

	public String[] column(String column) {
		int index = columnIndex(column);
		return this.rows.stream().map((row) -> row.get(index)).toArray(String[]::new);
	}

	/**
	 * The given columns as numbers, one row per table row; a missing cell becomes NaN.
	 */
	public double[][] numeric(String... columns) {
		int[] indexes = java.util.Arrays.stream(columns).mapToInt(this::columnIndex).toArray();
		double[][] values = new double[this.rows.size()][indexes.length];
		for (int i = 0; i < values.length; i++) {
			for (int j = 0; j < indexes.length; j++) {
				String cell = this.rows.get(i).get(indexes[j]);
				values[i][j] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
			}
		}
		return values;
	}

	/**
	 * A categorical column coded 0, 1, ... in order of {@code levels}; unknown or missing
	 * values are -1.
	 */
	public int[] codes(String column, List<String> levels) {
		return java.util.Arrays.stream(column(column)).mapToInt(levels::indexOf).toArray();
	}

}
