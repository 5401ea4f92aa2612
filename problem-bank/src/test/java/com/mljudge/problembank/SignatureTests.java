package com.mljudge.problembank;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureTests {

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

}
