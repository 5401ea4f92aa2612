package com.mljudge.problems.internal;

import com.mljudge.judge.Judge;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problems.ProblemValidation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProblemsConfiguration {

	/**
	 * The bank shipped on the classpath. The build's self-check guarantees it is valid;
	 * if it is not, the app refuses to start and the exception lists every broken file
	 * and field.
	 */
	@Bean
	ProblemBank problemBank() {
		return ProblemBank.loadFromClasspath();
	}

	@Bean
	ProblemValidation problemValidation(Judge judge) {
		return new ProblemValidation(judge);
	}

}
