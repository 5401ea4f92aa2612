package com.mljudge.problembank;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentConverterTests {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	@Test
	void convertsEverySupportedShape() {
		assertThat(convert("42", int.class)).isEqualTo(42);
		assertThat(convert("9000000000", long.class)).isEqualTo(9_000_000_000L);
		assertThat(convert("3", double.class)).isEqualTo(3.0);
		assertThat(convert("true", boolean.class)).isEqualTo(true);
		assertThat(convert("\"x\"", char.class)).isEqualTo('x');
		assertThat(convert("\"abc\"", char[].class)).isEqualTo(new char[] { 'a', 'b', 'c' });
		assertThat(convert("[\"a\", \"b\"]", char[].class)).isEqualTo(new char[] { 'a', 'b' });
		assertThat(convert("[[\"a\"], []]", String[][].class)).isEqualTo(new String[][] { { "a" }, {} });
		assertThat(convert("[[1, 2], [3]]", int[][].class)).isEqualTo(new int[][] { { 1, 2 }, { 3 } });
		assertThat(convert("[[true], [false, true]]", boolean[][].class))
			.isEqualTo(new boolean[][] { { true }, { false, true } });
		assertThat(convert("[]", double[][].class)).isEqualTo(new double[0][]);
	}

	@Test
	void spellsNanAndInfinitiesAsStrings() {
		assertThat((double[]) convert("[\"NaN\", \"Infinity\", \"-Infinity\"]", double[].class))
			.containsExactly(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
	}

	@Test
	void bareYamlNanIsRejectedByTheParserSoTheFormatAsksForStrings() {
		// Jackson's YAML parser cannot read a bare .nan; the loader reports it as invalid
		// YAML.
		assertThatThrownBy(() -> YAML.readTree("[.nan]")).hasMessageContaining(".nan");
	}

	@Test
	void namesTheElementThatDoesNotFit() {
		assertThatThrownBy(() -> convert("[[1, 2], [3, 2.5]]", int[][].class))
			.hasMessage("[1][1]: expected an integer (int), got 2.5");
		assertThatThrownBy(() -> convert("2147483648", int.class)).hasMessage("2147483648 does not fit in int");
		assertThatThrownBy(() -> convert("[1, null]", double[].class)).hasMessage("[1]: expected double, got null");
		assertThatThrownBy(() -> convert("\"ab\"", char.class)).hasMessageContaining("one-character string");
		assertThatThrownBy(() -> convert("1", String.class)).hasMessage("expected a string, got 1");
		assertThatThrownBy(() -> convert("\"1\"", double.class)).hasMessageContaining("expected a number");
	}

	private static Object convert(String yaml, Class<?> type) {
		JsonNode node = YAML.readTree(yaml);
		return ArgumentConverter.convert(node, type);
	}

}
