package com.mljudge.problembank;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void parsesNameParameterTypesAndReturnType() {
		Signature signature = Signature.parse("int[] cluster(double[][] points, int k, double[][] initialCentroids)");
		assertThat(signature.methodName()).isEqualTo("cluster");
		assertThat(signature.parameterTypes()).containsExactly(double[][].class, int.class, double[][].class);
		assertThat(signature.parameterNames()).containsExactly("points", "k", "initialCentroids");
		assertThat(signature.returnType()).isEqualTo(int[].class);
		assertThat(signature.describeParameters()).isEqualTo("cluster(double[][], int, double[][])");
	}

	@Test
	void acceptsStringsCharsAndSpacesInsideBrackets() {
		Signature signature = Signature.parse("  String [ ] words ( String[][] grid , char c, long n )  ");
		assertThat(signature.parameterTypes()).containsExactly(String[][].class, char.class, long.class);
		assertThat(signature.returnType()).isEqualTo(String[].class);
	}

	@Test
	void acceptsNoParameters() {
		assertThat(Signature.parse("double pi()").parameterTypes()).isEmpty();
	}

	@Test
	void rejectsVoidUnsupportedTypesAndDuplicateNames() {
		assertThatThrownBy(() -> Signature.parse("void run(int a)")).hasMessageContaining("unsupported type 'void'");
		assertThatThrownBy(() -> Signature.parse("int f(Integer a)")).hasMessageContaining("'Integer'");
		assertThatThrownBy(() -> Signature.parse("int f(int a, int a)")).hasMessageContaining("used twice");
		assertThatThrownBy(() -> Signature.parse("int f(int)")).hasMessageContaining("cannot read parameter 'int'");
		assertThatThrownBy(() -> Signature.parse("cluster(points)")).hasMessageContaining("expected '<returnType>");
	}

	@Test
	void convertsAJsonArrayIntoOneArgumentPerParameter() {
		Signature signature = Signature.parse("int[] cluster(double[][] points, int k, double[][] initialCentroids)");
		Object[] arguments = signature.arguments(this.json.readTree("[[[0, 1], [2, \"NaN\"]], 2, [[0, 0]]]"));
		assertThat(arguments).hasSize(3);
		double[][] points = (double[][]) arguments[0];
		assertThat(points[0]).containsExactly(0, 1);
		assertThat(points[1][0]).isEqualTo(2);
		assertThat(points[1][1]).isNaN();
		assertThat(arguments[1]).isEqualTo(2);
	}

	@Test
	void namesTheParameterAndPositionThatDoesNotFit() {
		Signature signature = Signature.parse("int[] cluster(double[][] points, int k, double[][] initialCentroids)");
		assertThatThrownBy(() -> signature.arguments(this.json.readTree("[[[0, 1]], 2]")))
			.hasMessage("expected 3 values for cluster(double[][] points, int k, double[][] initialCentroids), got 2");
		assertThatThrownBy(() -> signature.arguments(this.json.readTree("[[[0, 1]], 2.5, [[0, 0]]]")))
			.hasMessageStartingWith("parameter 'k' (int): expected an integer (int), got 2.5");
		assertThatThrownBy(() -> signature.arguments(this.json.readTree("[[[0, 1], [2, \"x\"]], 2, [[0, 0]]]")))
			.hasMessageStartingWith("parameter 'points' (double[][]): [1][1]: expected a number");
		assertThatThrownBy(() -> signature.arguments(this.json.readTree("{\"k\": 2}")))
			.hasMessageContaining("expected a JSON array");
	}

}
