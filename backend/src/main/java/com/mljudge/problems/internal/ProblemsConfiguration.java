package com.mljudge.problems.internal;

import com.mljudge.judge.Judge;
import com.mljudge.problembank.GeneratedTests;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problems.ProblemValidation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProblemsConfiguration {

	/** One listener however many application contexts a JVM starts. */
	private static final Runnable SERVER_MEMORY_CHANGED = Judge::serverMemoryChanged;

	/**
	 * The bank shipped on the classpath. The build's self-check guarantees it is valid;
	 * if it is not, the app refuses to start and the exception lists every broken file
	 * and field.
	 */
	@Bean
	ProblemBank problemBank() {
		// Generated tests are the server's largest cache: when it moves, the judge
		// measures the server's share of the heap again.
		GeneratedTests.onChange(SERVER_MEMORY_CHANGED);
		return ProblemBank.loadFromClasspath();
	}

	@Bean
	ProblemValidation problemValidation(Judge judge) {
		return new ProblemValidation(judge);
	}

}
