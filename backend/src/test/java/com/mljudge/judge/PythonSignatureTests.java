package com.mljudge.judge;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The Python face of a Java signature, written without GraalPy (JDK 17). */
class PythonSignatureTests {

	@Test
	void kMeansStarterNamesItsParametersInSnakeCase() {
		String starter = PythonSignature.starter("cluster", List.of(double[][].class, int.class, double[][].class),
				List.of("points", "k", "initialCentroids"), int[].class);

		assertThat(starter).isEqualTo("""
				def cluster(points, k, initial_centroids):
				    \"""
				    points: list of lists of floats
				    k: int
				    initial_centroids: list of lists of floats
				    returns: list of ints
				    \"""
				    # your code here
				    return []
				""");
	}

	@Test
	void declarationIsTheStartersFirstLineWithoutTheColon() {
		assertThat(PythonSignature.declaration("mlpGradients", List.of("X", "yTrue", "W1")))
			.isEqualTo("def mlp_gradients(X, y_true, W1)");
	}

	@Test
	void aParameterNamedLikeAPythonKeywordGetsATrailingUnderscore() {
		assertThat(PythonSignature.declaration("mmr", List.of("candidates", "lambda", "from")))
			.isEqualTo("def mmr(candidates, lambda_, from_)");
	}

	@Test
	void placeholdersAndDocstringsFollowTheJavaTypes() {
		assertThat(
				PythonSignature.starter("ok", List.of(char[].class, String.class), List.of("cs", "s"), boolean.class))
			.contains("cs: list of one-character strs")
			.contains("s: str")
			.endsWith("    return False\n");
	}

	@Test
	void refusesTypesAndNamesThatDoNotPair() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PythonSignature.starter("f", List.of(int.class), List.of("a", "b"), int.class));
	}

	@Test
	void languagesAreReadInAnyCaseAndJavaIsAlwaysJudged() {
		assertThat(Language.of(" Python ")).contains(Language.PYTHON);
		assertThat(Language.of("ruby")).isEmpty();
		assertThat(Language.judged()).contains(Language.JAVA);
		assertThat(Language.PYTHON.offReason()).isEqualTo(PythonRunner.offReason());
	}

}
