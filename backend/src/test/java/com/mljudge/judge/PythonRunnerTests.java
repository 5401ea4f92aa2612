package com.mljudge.judge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PythonRunnerTests {

	@Test
	void pythonIsOffWithoutTheRunnerAndSaysWhy() {
		assertThat(PythonRunner.find()).isEmpty();
		if (Runtime.version().feature() < 21) {
			assertThat(PythonRunner.offReason())
				.isEqualTo("Python is off: needs JDK 21+ (this server runs JDK " + Runtime.version().feature() + ")");
		}
		else {
			assertThat(PythonRunner.offReason()).startsWith("Python is off: the Python runner");
		}
	}

	@Test
	void functionNamesAreTheMethodNamesInSnakeCase() {
		assertThat(PythonRunner.functionName("cluster")).isEqualTo("cluster");
		assertThat(PythonRunner.functionName("rocAuc")).isEqualTo("roc_auc");
		assertThat(PythonRunner.functionName("int8RoundTrip")).isEqualTo("int8_round_trip");
		assertThat(PythonRunner.functionName("bestSplit")).isEqualTo("best_split");
		assertThat(PythonRunner.functionName("topKCosine")).isEqualTo("top_k_cosine");
		assertThat(PythonRunner.functionName("parseHTTPHeader")).isEqualTo("parse_http_header");
	}

}
